// Every template filter, registered in one place. Each is a plain function in its own file.
import type { Article } from "../model/types.ts";
import type { Site } from "../site.ts";
import type { PageLanguage } from "../i18n/page-language.ts";
import { newsArticleJsonLd } from "../json-ld/news-article.ts";
import { datelineText } from "./dateline-text.ts";
import { jsonScript } from "./json-script.ts";
import { machineDate } from "./machine-date.ts";
import { paragraphs } from "./paragraphs.ts";
import { tagUrl } from "./tag-url.ts";
import { pictureSizes } from "./picture-sizes.ts";
import { commentParagraphs } from "../comments/comment-html.ts";
import { commentThreads } from "../comments/comment-threads.ts";
import { headersFile } from "../security/headers.ts";
import { articleMeta, listingMeta } from "../seo/page-meta.ts";
import type { ListingPage } from "../collections/pagination.ts";
import { creditsMeta } from "../collections/credits-meta.ts";
import { alternateLinks } from "../collections/translations.ts";

interface FilterConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

export function filtersPlugin(config: FilterConfig): void {
  config.addFilter("machineDate", machineDate);
  config.addFilter("datelineText", datelineText);
  config.addFilter("paragraphs", paragraphs);
  config.addFilter("jsonScript", jsonScript);
  config.addFilter("tagUrl", tagUrl);
  config.addFilter("commentThreads", commentThreads);
  config.addFilter("commentParagraphs", commentParagraphs);
  config.addFilter("headersFile", headersFile);
  config.addFilter("pictureSizes", pictureSizes);
  config.addFilter("articleMeta", articleMeta);
  config.addFilter("listingMeta", (listing: ListingPage, site: Site, ui: PageLanguage) => listingMeta(listing, ui.heading(listing), site, ui));
  config.addFilter("creditsMeta", creditsMeta);
  config.addFilter("newsArticleJsonLd", (article: Article, site: Site, translations?: Article[]) => jsonScript(newsArticleJsonLd(article, site, translations)));
  config.addFilter("hreflangLinks", alternateLinks);
}
