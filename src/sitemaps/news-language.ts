// The language code Google News sitemaps want: ISO 639 (two or three letters), except Chinese,
// which is `zh-cn` (Simplified) or `zh-tw` (Traditional).
// https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap

/** `en-GB` → `en`, `zh-Hant` / `zh-TW` / `zh-HK` → `zh-tw`, `zh` / `zh-Hans` / `zh-CN` → `zh-cn`. */
export function newsLanguage(tag: string): string {
  // Article languages are canonical BCP 47 tags already (src/model/language.ts).
  const locale = new Intl.Locale(tag);
  if (locale.language !== "zh") return locale.language;
  // The likely script fills in what the tag leaves out: zh-TW and zh-HK are written in Traditional.
  return locale.maximize().script === "Hant" ? "zh-tw" : "zh-cn";
}
