// Validates sitemaps against the official schemas with libxml2 (xmllint-wasm), as a search
// engine's validator would: sitemaps.org's sitemap.xsd for /sitemap.xml, and Google's
// sitemap-news.xsd together with it for /news-sitemap.xml. The schemas are read in place from the
// public corpus (../shared/corpus/xsd/). /sitemap.xml may carry translated articles' alternates
// as <xhtml:link>, which sitemap.xsd admits only with a declaration: the one beside this file
// (xhtml-link.xsd says why it is not the W3C's own).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

const SCHEMAS = join(process.cwd(), "..", "shared", "corpus", "xsd");
const XHTML_LINK = join(process.cwd(), "tests", "sitemaps", "xhtml-link.xsd");

function schemaFile(name: string, path = join(SCHEMAS, name)): { fileName: string; contents: string } {
  return { fileName: name, contents: readFileSync(path, "utf8") };
}

/** sitemap.xsd with the XHTML link of alternates, as one schema (as sitemap-with-news.xsd joins the news extension). */
const SITEMAP_WITH_ALTERNATES = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml-link.xsd"/>
</xsd:schema>
`;

/**
 * libxml2's messages for `xml` against sitemaps.org's schema with the XHTML link of alternates
 * ("sitemap"), or against sitemaps.org's schema with Google's news extension ("news", through
 * sitemap-with-news.xsd, which imports both); empty when the file is valid.
 */
export async function sitemapSchemaErrors(xml: string, kind: "sitemap" | "news"): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: kind === "news" ? "news-sitemap.xml" : "sitemap.xml", contents: xml }],
    schema: kind === "news" ? [schemaFile("sitemap-with-news.xsd")] : [{ fileName: "sitemap-with-alternates.xsd", contents: SITEMAP_WITH_ALTERNATES }],
    preload: kind === "news" ? [schemaFile("sitemap.xsd"), schemaFile("sitemap-news.xsd")] : [schemaFile("sitemap.xsd"), schemaFile("xhtml-link.xsd", XHTML_LINK)],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
