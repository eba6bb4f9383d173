// A planned article as the newsroom's own Markdown: YAML front matter, then the body with
// `## subheads`, `> quotes` and inline figures as images whose title ends in `[Credit]`.
import type { PlannedArticle, PlannedBlock } from "./article-plan.ts";
import { datelineText, isoWithOffset, pictureFile, publishedText, yamlList, yamlText } from "./source-text.ts";

export function markdownSource(article: PlannedArticle, photos: boolean): string {
  const front = [
    `headline: ${yamlText(article.headline)}`,
    `dek: ${yamlText(article.dek)}`,
    ...(article.kicker ? [`kicker: ${article.kicker}`] : []),
    `date: ${publishedText(article)}`,
    ...(article.updated ? [`updated: ${isoWithOffset(article.updated)}`] : []),
    ...(article.statesZone ? [`zone: ${article.city.zone}`] : []),
    `dateline: ${yamlText(datelineText(article))}`,
    `byline: ${article.byline.length === 1 ? yamlText(article.byline[0]!) : yamlList(article.byline)}`,
    `section: ${article.section}`,
    `tags: ${yamlList(article.tags)}`,
    ...(article.commentsOpen ? [] : ["commentsOpen: false"]),
    "lead:",
    `  src: ${pictureFile(article.lead.picture, photos)}`,
    `  alt: ${yamlText(article.lead.alt)}`,
    `  caption: ${yamlText(article.lead.caption)}`,
    `  credit: ${yamlText(article.lead.credit)}`,
  ];
  return `---\n${front.join("\n")}\n---\n${article.body.map((block) => markdownBlock(block, photos)).join("\n\n")}\n`;
}

function markdownBlock(block: PlannedBlock, photos: boolean): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "heading":
      return `## ${block.text}`;
    case "quote":
      return `> ${block.text}`;
    case "figure":
      return `![${block.figure.alt}](${pictureFile(block.figure.picture, photos)} "${block.figure.caption} [${block.figure.credit}]")`;
    default:
      return block satisfies never;
  }
}
