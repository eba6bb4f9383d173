// Small pieces every source writer shares: picture file names, dates, dateline text, YAML values.
import type { DateTime } from "luxon";
import type { PlannedArticle } from "./article-plan.ts";

/** The shared picture files: SVG graphics by default, JPEG photos with --images. */
export function pictureFile(picture: number, photos: boolean): string {
  const number = String(picture + 1).padStart(2, "0");
  return photos ? `photo-${number}.jpg` : `figure-${number}.svg`;
}

/** `2024-03-12T09:30:00+02:00`: the instant with the offset of the dateline city's zone. */
export function isoWithOffset(time: DateTime): string {
  return time.toISO({ suppressMilliseconds: true })!;
}

/** As the article's source writes its publication time. */
export function publishedText(article: PlannedArticle): string {
  switch (article.dateStyle) {
    case "offset":
      return isoWithOffset(article.published);
    case "local":
      return article.published.toFormat("yyyy-LL-dd HH:mm");
    case "date":
      return article.published.toFormat("yyyy-LL-dd");
  }
}

/** `BEIRUT, Lebanon`, `LONDON (Ledger Wire)`. */
export function datelineText(article: PlannedArticle): string {
  const { city, region } = article.city;
  return `${city}${region ? `, ${region}` : ""}${article.agency ? ` (${article.agency})` : ""}`;
}

/**
 * A YAML scalar: plain when that reads back as the same string, else double-quoted. Inside a
 * flow list (`[a, b]`) commas and brackets would end the item, so they need quotes there.
 */
export function yamlText(text: string, inList = false): string {
  const plain = inList ? /^[A-Za-z0-9][^:#"\n[\]{},]*$/ : /^[A-Za-z0-9][^:#"\n]*$/;
  return plain.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

export function yamlList(items: readonly string[]): string {
  return `[${items.map((item) => yamlText(item, true)).join(", ")}]`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
