// Site settings: the newsroom's name, language, home zone and sections.
// Declarative on purpose: code reads these through src/site.ts, which checks them.
import type { ImageSettings, Section } from "../src/site.ts";
import type { EditionSettings } from "../src/i18n/editions.ts";

export default {
  name: "The Meridian Ledger",
  /** Absolute origin used in JSON-LD and, later, feeds and sitemaps. No trailing slash. */
  url: process.env.SITE_URL ?? "http://localhost:8080",
  /** The folder the site is served from on its host (`/news/`), from PATH_PREFIX; `/` at the root. */
  pathPrefix: process.env.PATH_PREFIX ?? "/",
  /** The publisher's logo for search engines (schema.org NewsMediaOrganization); a file under templates/assets/. */
  logo: { path: "/assets/logo.svg", width: 600, height: 60 },
  /** The language of the site and of any article whose source names none (BCP 47). */
  lang: "en",
  /**
   * Editions in other languages. Each has its own front page, sections, topics, archive, feeds and
   * search under /<lang>/ (/ar/, /fr/); an article belongs to the edition of its language (fr-CA
   * to fr), or to the site's own. `name` is the site's name as the edition prints it; `digits` the
   * numbering system of its numbers and dates ("latn" 0-9, "arab" ٠-٩; the language's default
   * when unset). Every section needs a name in each edition's language (`sections[].names`).
   */
  editions: [
    { lang: "ar", name: "ذا ميريديان ليدجر", digits: "latn" },
    { lang: "fr", name: "The Meridian Ledger" },
  ] as EditionSettings[],
  /** The zone for articles whose source and dateline give none (IANA name). */
  zone: "Europe/London",
  /** Where an article without a section goes. Must be one of `sections`. */
  defaultSection: "news",
  /** Sections in masthead order; an article's `section` must name one of these slugs. */
  sections: [
    { slug: "news", name: "News", names: { ar: "أخبار", fr: "Actualités" } },
    { slug: "world", name: "World", names: { ar: "العالم", fr: "International" } },
    { slug: "business", name: "Business", names: { ar: "اقتصاد", fr: "Économie" } },
    { slug: "science", name: "Science", names: { ar: "علوم", fr: "Sciences" } },
    { slug: "culture", name: "Culture", names: { ar: "ثقافة", fr: "Culture" } },
  ] as Section[],
  /** Articles per listing page (section, tag, author, month). */
  pageSize: 8,
  /** How many of each section's latest articles the front page shows under the lead story. */
  frontSectionSize: 4,
  /** How many related articles close an article page. */
  relatedCount: 4,
  /**
   * Reader comments: where the form posts (the intake server, `npm run comments:serve`, or a form
   * service) and the longest comment. Left unset, preview posts to the intake server on this
   * machine (http://localhost:8787/comment), as does a build of a site whose `url` is on this
   * machine; a production build of a public site closes the form and its report says so
   * (src/form-endpoints.ts). Empty closes the form everywhere.
   */
  comments: {
    endpoint: process.env.COMMENTS_ENDPOINT,
    maxLength: 1500,
    /** The page every comment form links to: a page in content/pages/. */
    policyUrl: "/comment-policy/",
  } as { endpoint?: string; maxLength: number; policyUrl: string },
  /** "Do you like this article?": where the Yes/No form posts, unset as for comments; closed, it is hidden. */
  reactions: {
    endpoint: process.env.REACTIONS_ENDPOINT,
  } as { endpoint?: string },
  /**
   * `_headers` tells browsers to reach the site only over https for a year, subdomains included
   * (Strict-Transport-Security). Set to false while the site or any of its subdomains is not yet
   * served over https; a site whose `url` is http never sends it.
   */
  strictTransportSecurity: true,
  /**
   * Responsive pictures made from every local photo (src/images/). `widths` in pixels, never wider
   * than the original; `formats` best first, "auto" being the original's kind (JPEG for photos,
   * PNG for graphics) as the fallback every browser shows; `maxPixels` the largest picture
   * accepted (width × height): a bigger file is an error in its article, not a stalled build.
   */
  images: {
    widths: [320, 640, 960, 1280],
    formats: ["avif", "webp", "auto"],
    maxPixels: 50_000_000,
  } as ImageSettings,
  /**
   * Dateline cities the built-in city table does not know, or knows under another name,
   * mapped to IANA zones. Keys are compared case-insensitively.
   */
  datelineZones: {
    Washington: "America/New_York",
    "Washington, D.C.": "America/New_York",
  } as Record<string, string>,
};
