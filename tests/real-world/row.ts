// One row of the real-world table: a source file nobody on the team controls (the public corpus
// in ../shared/corpus/) or one written here in a real newsroom's exact shape
// (tests/fixtures/real/), and what an editor expects to see of it. The table reads as the spec;
// tests/real-world/corpus-table.test.ts checks every row.

export interface Row {
  /**
   * `corpus:<path under ../shared/corpus/>` (read in place, never copied) or
   * `real:<path under tests/fixtures/real/>`.
   */
  file: string;
  /** What an editor expects of this file, in one line: why the row says what it says. */
  why: string;
  /** `held` covers drafts, scheduled and embargoed items, and items that are not articles (pictures, events). */
  outcome: "published" | "held" | "rejected";

  headline?: string;
  /** `null`: the article has no dateline. */
  dateline?: { city: string; region?: string; agency?: string } | null;
  /** The IANA zone the article's times are shown in. */
  zone?: string;
  /** `article.published.toISO({ suppressMilliseconds: true })`, offset included. */
  published?: string;
  lang?: string;
  slug?: string;
  dek?: string;
  kicker?: string;
  tags?: string[];
  /** Every author: `Name`, or `Name, role` when the byline gives a role or agency. */
  byline?: string[];
  /** An agency or staff credit the byline gives instead of a person (`By The Associated Press`). */
  bylineCredit?: string;
  /** The credit of every figure, the lead first. */
  credits?: string[];
  /** The lead figure's caption starts with this. */
  leadCaption?: string;
  /** How many reader comments the page shows. */
  comments?: number;
  commentsOpen?: boolean;
  /** The plain text of the body's first paragraph starts with this. */
  firstParagraph?: string;
  /** The body's plain text (every block) contains each of these. */
  bodyHas?: string[];
  /** ... and none of these: furniture, trailers, headers, text that is not the story. */
  bodyLacks?: string[];
  /** Editor's notes and contributor lines shown beside the story, each starting with this text. */
  notes?: string[];
  /**
   * Each must appear in one problem's `field: message` (for held items the reason counts too):
   * the report line an editor needs to see.
   */
  problems?: string[];
  /** No warning at all may be reported for this file. */
  noWarnings?: boolean;
}
