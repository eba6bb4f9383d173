// Words around a listing page: what kind of page it is, and how many articles it holds,
// with the plural chosen by the language's own rules.
import type { ListingPage } from "./pagination.ts";
import { numberWords } from "../number-words.ts";

const KIND_LABELS: Record<ListingPage["kind"], string> = { section: "Section", tag: "Tag", author: "Author", month: "Archive" };

export function kindLabel(listing: ListingPage): string {
  return KIND_LABELS[listing.kind];
}

export function articleCount(count: number, lang: string): string {
  return counted(count, lang, "article", "articles");
}

export function pictureCount(count: number, lang: string): string {
  return counted(count, lang, "picture", "pictures");
}

function counted(count: number, lang: string, one: string, other: string): string {
  const { plural, number } = numberWords(lang);
  return `${number.format(count)} ${plural.select(count) === "one" ? one : other}`;
}
