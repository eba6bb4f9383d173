// Site settings for unit tests: the real checks, a small newsroom, overridable per suite.
import { checkSite, type Site } from "../../src/site.ts";

export function makeTestSite(overrides: Partial<Site> = {}): Site {
  return checkSite({
    name: "Test Ledger",
    url: "https://news.example.com",
    pathPrefix: "/",
    logo: { path: "/assets/logo.svg", width: 600, height: 60 },
    lang: "en",
    zone: "Europe/London",
    defaultSection: "news",
    sections: [
      { slug: "news", name: "News" },
      { slug: "world", name: "World" },
    ],
    pageSize: 8,
    frontSectionSize: 4,
    relatedCount: 4,
    comments: { endpoint: "https://comments.example.com/comment", maxLength: 1500, policyUrl: "/comment-policy/" },
    reactions: { endpoint: "https://comments.example.com/reaction" },
    datelineZones: {},
    images: { widths: [320, 640, 960, 1280], formats: ["avif", "webp", "auto"], maxPixels: 50_000_000 },
    ...overrides,
  });
}
