// The one article model every template reads, and the raw input shape loaders produce.
// Loaders (src/sources/) turn bytes into an ArticleInput and know no policy; the model
// (src/model/normalize.ts) turns an ArticleInput into an Article or Problems, once, for all formats.
import type { DateTime } from "luxon";
import type { Problem } from "./problem.ts";

/**
 * HTML that has been escaped or sanitised by src/sources/html-blocks.ts or escapeHtml().
 * The brand stops a raw string from being passed where templates will print it with `| safe`.
 */
export type SafeHtml = string & { readonly __safeHtml: true };

export type SourceFormat = "markdown" | "ninjs" | "wire-text";

export type Status = "published" | "draft" | "scheduled" | "embargoed";

export interface Person {
  /** As the article writes it. */
  name: string;
  /** A role or affiliation given beside the name ("Associated Press", "Staff Writer"). */
  role?: string;
  slug: string;
  /**
   * The name the author's page is titled with, when the article writes the person in another
   * script than _data/authors.ts names them (`رنا حداد` on an Arabic page, "Rana Haddad" on the
   * author page both share); absent when it is `name`.
   */
  pageName?: string;
}

export interface Dateline {
  /** As the source spells it; pages print it in capitals. */
  city: string;
  /** A state, province or country written after the city ("Lebanon", "N.Y."). */
  region?: string;
  /** The wire agency named in the dateline ("Reuters", "AP"). */
  agency?: string;
}

export interface Rendition {
  href: string;
  width?: number;
  height?: number;
  mimetype?: string;
}

export interface Figure {
  /** Site-absolute path (`/media/x.jpg`) or an absolute http(s) URL; absent when the source named no file. */
  src?: string;
  alt: string;
  /** Plain text, escaped by the template. */
  caption?: string;
  /** Plain text; required for every figure by the model: from the source, else from the file's own metadata. */
  credit: string;
  /**
   * Where the credit came from, for the build report and the credits index: `source`, or the
   * embedded field it was read from (`embedded IPTC Credit`, `embedded XMP photoshop:Credit`, `embedded EXIF Artist`).
   */
  creditSource?: string;
  creator?: string;
  /** The rights holder's notice (`© 2026 Jane Doe`), from the source or the file's metadata. */
  copyrightNotice?: string;
  width?: number;
  height?: number;
  renditions: Rendition[];
  /** The source field the figure came from (`lead`, `body line 12`), for the build report. */
  field?: string;
  /** What the page shows: set once per build by src/images/ for every figure with a file. */
  picture?: Picture;
}

/**
 * A figure's picture as pages print it: `<source>`s in modern formats, then the `<img>`.
 * Local photos get derivatives at several widths (src/images/derivatives.ts); remote pictures a
 * srcset from their renditions; SVG graphics are used as they are. `sizes` depends on where the
 * picture is shown, so templates pass it (src/images/picture-sizes.ts).
 */
export interface Picture {
  /** One `<source>` per modern format, best first (AVIF, WebP); empty when there is only the `<img>`. */
  sources: { type: string; srcset: string }[];
  /** The `<img>`: the largest fallback file (JPEG, or PNG for graphics), its srcset when it has several widths. */
  img: { src: string; srcset?: string; width?: number; height?: number; type?: string };
  /** Every fallback-format file, narrowest first: sharing cards and feeds pick one near 1200 px. */
  files: PictureFile[];
}

export interface PictureFile {
  url: string;
  width: number;
  height: number;
}

/** A figure as a loader found it: nothing checked, nothing filled in. */
export interface FigureInput {
  src?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  creator?: string;
  copyrightNotice?: string;
  width?: number;
  height?: number;
  renditions?: Rendition[];
  /** The source field the figure came from, for problems ("associations.featureimage", "body line 12"). */
  field: string;
}

/**
 * Body content as typed blocks. Generic over the figure type so loaders emit
 * Block<FigureInput> and the model hands templates Block<Figure>.
 */
export type Block<F = Figure> =
  | { type: "paragraph"; html: SafeHtml; /** the first paragraph of the story: where the dateline goes */ lead?: boolean }
  | { type: "heading"; level: 2 | 3 | 4; html: SafeHtml }
  | { type: "quote"; html: SafeHtml; cite?: string }
  | { type: "list"; ordered: boolean; items: SafeHtml[] }
  | { type: "figure"; figure: F };

export type BlockInput = Block<FigureInput>;

export interface Comment {
  /** Unique within the article; `comment-<id>` is its anchor on the page. */
  id: string;
  author?: string;
  posted?: DateTime;
  /** Untrusted plain text; templates escape it. */
  text: string;
  /** The top-level comment this one answers (one level of nesting). */
  replyTo?: string;
  /** Chosen by an editor. */
  pick?: boolean;
}

export interface CommentInput {
  id?: string;
  author?: string;
  posted?: string;
  text: string;
  replyTo?: string;
  pick?: boolean;
}

export interface Note {
  date?: DateTime;
  text: string;
}

/**
 * A note shown beside the story, not in it: an editor's note to readers (AP's `EDITOR'S NOTE —`
 * paragraph, shown above the story) or the line crediting contributors (`Associated Press writer
 * Jane Doe contributed to this report.`, Reuters' `Reporting by …; Editing by …`, shown after it).
 */
export type NoteKind = "editor" | "contributors";

export interface StoryNote {
  kind: NoteKind;
  /** Plain text, escaped by the template. */
  text: string;
}

/**
 * What a loader hands the model. Every value is as the source gave it (trimmed text,
 * raw date strings); the model parses, fills defaults and validates.
 */
export interface ArticleInput {
  format: SourceFormat;
  /** Path relative to the project root, used in every problem. */
  path: string;
  /** A stable identifier from the source (ninjs `guid`/`uri`); else the model derives one from the path. */
  id?: string;
  headline?: string;
  dek?: string;
  kicker?: string;
  slug?: string;
  lang?: string;
  /** Raw date strings: ISO 8601, RFC 2822, `2019-04-02 09:30` or a calendar date `2019-04-02`. */
  published?: string;
  updated?: string;
  /** An IANA zone name given by the source. */
  zone?: string;
  /** A dateline as text (`BEIRUT, Lebanon`, `LONDON (Reuters)`) or already split. */
  dateline?: string | Dateline;
  /** Byline strings as given; may hold several names and "By" prefixes. */
  byline: string[];
  section?: string;
  tags: string[];
  /** Raw status word (`published`, `draft`, ...). */
  status?: string;
  /** A raw time before which the article must not appear. */
  embargoedUntil?: string;
  /** Set by loaders when the source itself says the item is withdrawn or not an article. */
  heldBack?: string;
  commentsOpen?: boolean;
  lead?: FigureInput;
  body: BlockInput[];
  comments: CommentInput[];
  corrections: { date?: string; text: string }[];
  /** Editor's notes and contributor lines the loader took out of the body, as the source wrote them. */
  notes?: StoryNote[];
  /** The key the source shares with its versions in other languages (Hugo's `translationKey`), as written. */
  translationKey?: string;
  /**
   * The source's own name for a model field, so problems speak the source's language
   * (`published` → `versioncreated`, `headline` → `headlines[role=main]`).
   */
  fieldNames: Partial<Record<keyof ArticleInput, string>>;
}

export interface Article {
  id: string;
  slug: string;
  /** Site-relative URL ending in `/`; see README "URLs". */
  url: string;
  lang: string;
  dir: "ltr" | "rtl";
  headline: string;
  dek?: string;
  kicker?: string;
  byline: Person[];
  /** When the byline names no person, the agency or staff it credits ("The Associated Press"): no author page. */
  bylineCredit?: string;
  dateline?: Dateline;
  published: DateTime;
  /** `day` when the source gave only a calendar date: pages then show no time. */
  publishedPrecision: "day" | "minute";
  updated?: DateTime;
  /** The IANA zone the article's times are shown in. */
  zone: string;
  status: Status;
  section: string;
  /** As the article writes them. */
  tags: string[];
  /**
   * The page of each tag that _data/tag-spellings.ts files under a name, by the tag as written
   * (`لبنان` → "Lebanon"); absent when it names none. Read it through tagPageName (tag-aliases.ts).
   */
  tagPages?: Record<string, string>;
  /**
   * The address segment of each tag's page in the site's slug mode, by the tag as written (`لبنان`
   * → `labnan`, or `لبنان` with Unicode slugs; → `lebanon` when tagPages files it under Lebanon);
   * a tag with no letters or digits has none, and no page; absent when no tag has one. Read it
   * through tagSlug (tag-aliases.ts).
   */
  tagSlugs?: Record<string, string>;
  lead?: Figure;
  body: Block[];
  comments: Comment[];
  commentsOpen: boolean;
  corrections: Note[];
  /** Editor's notes and contributor lines, in source order; absent when the source has none. */
  notes?: StoryNote[];
  /**
   * Shared by the versions of one story in different languages (src/collections/translations.ts
   * links them); absent when the source names none.
   */
  translationKey?: string;
  source: { path: string; format: SourceFormat };
}

/** What a loader returns for one source file. */
export type ParseResult =
  | { kind: "article"; input: ArticleInput; problems: Problem[] }
  | { kind: "skipped"; path: string; reason: string }
  | { kind: "rejected"; problems: Problem[] };

export type Loader = (text: string, path: string) => ParseResult;
