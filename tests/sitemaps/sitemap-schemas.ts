// Validates sitemaps against the official schemas with libxml2 (xmllint-wasm), as a search
// engine's validator would: sitemaps.org's sitemap.xsd for /sitemap.xml, and Google's
// sitemap-news.xsd together with it for /news-sitemap.xml. The schemas are read in place from the
// public corpus (../shared/corpus/xsd/).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

const SCHEMAS = join(process.cwd(), "..", "shared", "corpus", "xsd");

function schemaFile(name: string): { fileName: string; contents: string } {
  return { fileName: name, contents: readFileSync(join(SCHEMAS, name), "utf8") };
}

/**
 * libxml2's messages for `xml` against sitemaps.org's schema ("sitemap") or that schema with
 * Google's news extension ("news", through sitemap-with-news.xsd, which imports both); empty when
 * the file is valid.
 */
export async function sitemapSchemaErrors(xml: string, kind: "sitemap" | "news"): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: kind === "news" ? "news-sitemap.xml" : "sitemap.xml", contents: xml }],
    schema: [schemaFile(kind === "news" ? "sitemap-with-news.xsd" : "sitemap.xsd")],
    preload: kind === "news" ? [schemaFile("sitemap.xsd"), schemaFile("sitemap-news.xsd")] : [],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
