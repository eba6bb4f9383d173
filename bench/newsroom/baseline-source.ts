// The same article as plain Markdown for the baseline Eleventy site: front matter with the
// article's parts, the body in Markdown, inline figures through the site's `figure` shortcode.
import type { PlannedArticle, PlannedBlock } from "./article-plan.ts";
import { datelineText, isoWithOffset, pictureFile, yamlList, yamlText } from "./source-text.ts";

export function baselineSource(article: PlannedArticle, photos: boolean): string {
  const front = [
    `title: ${yamlText(article.headline)}`,
    `dek: ${yamlText(article.dek)}`,
    ...(article.kicker ? [`kicker: ${article.kicker}`] : []),
    `date: ${isoWithOffset(article.published)}`,
    ...(article.updated ? [`updated: ${isoWithOffset(article.updated)}`] : []),
    `zone: ${article.city.zone}`,
    `dateline: ${yamlText(datelineText(article))}`,
    `byline: ${yamlList(article.byline)}`,
    `section: ${article.section}`,
    `tags: ${yamlList(article.tags)}`,
    "lead:",
    `  src: /media/${pictureFile(article.lead.picture, photos)}`,
    `  alt: ${yamlText(article.lead.alt)}`,
    `  caption: ${yamlText(article.lead.caption)}`,
    `  credit: ${yamlText(article.lead.credit)}`,
  ];
  return `---\n${front.join("\n")}\n---\n${article.body.map((block) => baselineBlock(block, photos)).join("\n\n")}\n`;
}

function baselineBlock(block: PlannedBlock, photos: boolean): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "heading":
      return `## ${block.text}`;
    case "quote":
      return `> ${block.text}`;
    case "figure": {
      const { alt, caption, credit, picture } = block.figure;
      return `{% figure "/media/${pictureFile(picture, photos)}", ${JSON.stringify(alt)}, ${JSON.stringify(caption)}, ${JSON.stringify(credit)} %}`;
    }
    default:
      return block satisfies never;
  }
}
