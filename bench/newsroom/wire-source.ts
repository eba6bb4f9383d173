// A planned article as plain wire text: a `Key: value` header, the headline, the lead picture's
// caption ending in `[Credit]`, then paragraphs, the first opening with the dateline.
import type { PlannedArticle, PlannedBlock } from "./article-plan.ts";
import { datelineText, isoWithOffset, pictureFile } from "./source-text.ts";

export function wireSource(article: PlannedArticle, photos: boolean): string {
  const figures = [article.lead, ...article.body.flatMap((block) => (block.type === "figure" ? [block.figure] : []))];
  const header = [
    `Date: ${isoWithOffset(article.published)}`,
    ...(article.updated ? [`Updated: ${isoWithOffset(article.updated)}`] : []),
    `Byline: By ${article.byline.join(" and ")}`,
    `Section: ${article.section}`,
    `Tags: ${article.tags.join(", ")}`,
    ...(article.kicker ? [`Kicker: ${article.kicker}`] : []),
    ...(article.commentsOpen ? [] : ["Comments: closed"]),
    ...figures.map((figure, index) => `Image-${index + 1}: ${pictureFile(figure.picture, photos)}`),
  ];
  const paragraphs = article.body.map((block, index) => (index === 0 ? `${datelineText(article)} -- ${wireBlock(block)}` : wireBlock(block)));
  return [header.join("\n"), article.headline, `${article.lead.caption} [${article.lead.credit}]`, ...paragraphs].join("\n\n") + "\n";
}

function wireBlock(block: PlannedBlock): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return block.text;
    case "quote":
      return `"${block.text}"`;
    case "figure":
      return `${block.figure.caption} [${block.figure.credit}]`;
    default:
      return block satisfies never;
  }
}
