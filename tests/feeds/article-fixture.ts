// Hand-made Articles for the feed and sitemap suites: the model's real shape, times in real zones.
import { DateTime } from "luxon";
import { tagSlugsOf } from "../../src/model/tag-aliases.ts";
import type { Article, SafeHtml } from "../../src/model/types.ts";
import type { Site } from "../../src/site.ts";
import { makeTestSite } from "../helpers/test-site.ts";

export const site: Site = makeTestSite({ sections: [{ slug: "news", name: "News" }, { slug: "world", name: "World" }, { slug: "culture", name: "Culture" }] });

export const builtAt = DateTime.fromISO("2026-11-25T12:00:00Z", { setZone: true });

export function time(iso: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true });
}

/** Block HTML as the model hands it to templates (already escaped). */
export function html(text: string): SafeHtml {
  return text as SafeHtml;
}

/** A published article; `published` (ISO with offset) and the slug make the URL. */
export function article(slug: string, published: string, overrides: Partial<Article> = {}): Article {
  const when = time(published);
  // The tags' page addresses as the model makes them on a site with ASCII slugs (the default).
  const tagSlugs = tagSlugsOf({ tags: overrides.tags ?? [], tagPages: overrides.tagPages }, "ascii");
  return {
    id: slug,
    slug,
    url: `/${when.toFormat("yyyy/LL/dd")}/${slug}/`,
    lang: "en",
    dir: "ltr",
    headline: `Headline for ${slug}`,
    byline: [{ name: "Leila Khoury", slug: "leila-khoury" }],
    published: when,
    publishedPrecision: "minute",
    zone: "Europe/London",
    status: "published",
    section: "news",
    tags: [],
    ...(tagSlugs ? { tagSlugs } : {}),
    body: [{ type: "paragraph", html: html("First paragraph."), lead: true }],
    comments: [],
    commentsOpen: false,
    corrections: [],
    source: { path: `content/articles/${slug}.md`, format: "markdown" },
    ...overrides,
  };
}
