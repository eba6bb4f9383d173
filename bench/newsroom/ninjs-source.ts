// A planned article as an IPTC ninjs 2.4 item, the shape agencies send: headlines, descriptions
// and bodies as role lists, subjects for tags, pictures as associations with renditions.
import type { PlannedArticle, PlannedBlock, PlannedFigure } from "./article-plan.ts";
import { PICTURE_HEIGHT, PICTURE_WIDTH } from "./article-plan.ts";
import { escapeHtml, pictureFile } from "./source-text.ts";
import { PUBLICATION } from "./vocabulary.ts";

export function ninjsSource(article: PlannedArticle, photos: boolean): string {
  const urn = `urn:publicid:meridianledger.example:bench:${article.slug}`;
  const pictures = [article.lead, ...article.body.flatMap((block) => (block.type === "figure" ? [block.figure] : []))];
  const { name, region } = article.city;
  const located = region ? `${name}, ${region}` : name;
  const item = {
    uri: urn,
    type: "text",
    representationtype: "full",
    profile: "text-photo",
    version: "1",
    firstcreated: utc(article.published),
    versioncreated: utc(article.updated ?? article.published),
    pubstatus: "usable",
    urgency: 5,
    language: "en",
    copyrightholder: PUBLICATION,
    headlines: [{ role: "main", value: article.headline }],
    descriptions: [{ role: "summary", value: article.dek }],
    by: article.byline.join(" and "),
    located,
    bodies: [{ role: "main", contenttype: "text/html", value: article.body.map(htmlBlock).join("") }],
    subjects: article.tags.map((name) => ({ name, rel: "about" })),
    associations: pictures.map((figure, index) => association(figure, index === 0 ? "mainpicture" : `picture${index + 1}`, `${urn}:photo:${index + 1}`, photos)),
    standard: { name: "ninjs", version: "2.4", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_2.4.json#" },
  };
  return `${JSON.stringify(item, null, 2)}\n`;
}

function utc(time: PlannedArticle["published"]): string {
  return time.toUTC().toISO({ suppressMilliseconds: true })!;
}

function association(figure: PlannedFigure, name: string, uri: string, photos: boolean) {
  return {
    name,
    uri,
    type: "picture",
    by: figure.photographer,
    copyrightholder: figure.credit.split("/")[1],
    headlines: [{ value: figure.alt }],
    descriptions: [
      { role: "caption", value: figure.caption },
      { role: "alt", value: figure.alt },
      { role: "creditline", value: figure.credit },
    ],
    renditions: [{ name: "highres", href: pictureFile(figure.picture, photos), contenttype: photos ? "image/jpeg" : "image/svg+xml", width: PICTURE_WIDTH, height: PICTURE_HEIGHT }],
  };
}

/** Pictures travel as associations, not in the body: the loader puts them after it. */
function htmlBlock(block: PlannedBlock): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "heading":
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case "quote":
      return `<blockquote><p>${escapeHtml(block.text)}</p></blockquote>`;
    case "figure":
      return "";
    default:
      return block satisfies never;
  }
}
