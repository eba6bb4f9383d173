// Site settings: the newsroom's name, language, home zone and sections.
// Declarative on purpose: code reads these through src/site.ts, which checks them.

export default {
  name: "The Meridian Ledger",
  /** Absolute origin used in JSON-LD and, later, feeds and sitemaps. No trailing slash. */
  url: process.env.SITE_URL ?? "http://localhost:8080",
  /** The language of the site and of any article whose source names none (BCP 47). */
  lang: "en",
  /** The zone for articles whose source and dateline give none (IANA name). */
  zone: "Europe/London",
  /** Where an article without a section goes. Must be one of `sections`. */
  defaultSection: "news",
  /** Sections in masthead order; an article's `section` must name one of these slugs. */
  sections: [
    { slug: "news", name: "News" },
    { slug: "world", name: "World" },
    { slug: "business", name: "Business" },
    { slug: "science", name: "Science" },
    { slug: "culture", name: "Culture" },
  ],
  /** How many articles the front page lists. */
  frontPageSize: 20,
  /**
   * Dateline cities the built-in city table does not know, or knows under another name,
   * mapped to IANA zones. Keys are compared case-insensitively.
   */
  datelineZones: {
    Washington: "America/New_York",
    "Washington, D.C.": "America/New_York",
  } as Record<string, string>,
};
