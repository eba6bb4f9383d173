// What a page says to readers, in one language: its messages (from the catalogues, through
// intl-messageformat, with the language's own plural rules), its numbers, dates and zone names.
// Templates get one as `ui` and never print a word of their own (tests/i18n/literal-strings).
import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";
import { isPluralElement, isSelectElement, isTagElement, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import nunjucks from "nunjucks";
import type { DateTime } from "luxon";
import { escapeXml } from "../xml.ts";
import type { Catalogue } from "./catalogues.ts";
import type { Edition } from "./editions.ts";
import { sectionNameIn, type Site } from "../site.ts";
import { autonym } from "./autonym.ts";
import { ownMatch } from "./language-chain.ts";

/** A value a message may carry: text (escaped), finished HTML from a macro, or a number. */
export type MessageValue = string | number | nunjucks.runtime.SafeString | undefined;
/** `<link>` in a message becomes a link to `href`; other tags in a message are left as their text. */
export type MessageValues = Record<string, MessageValue | { href: string }>;

export interface LanguageSources {
  /** Page language first, each with its catalogue: the chain of language-chain.ts, catalogues only. */
  chain: readonly { lang: string; catalogue: Catalogue }[];
  edition: Edition;
  site: Pick<Site, "lang" | "sections">;
  /** Formatting of text in another language on this page (a story's dates in its own language). */
  other: (lang: string) => PageLanguage;
}

// Values stand in the message as private-use characters while it is formatted, so the message's
// own text can be escaped in one pass and the values put back as they must be.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const TAG_END = "\uE002";
const SLOT = /\uE000(\d+)\uE001|\uE002/g;

export class PageLanguage {
  /** The page's `lang`: the language asked for when it has a catalogue of its own, else the catalogue that speaks for it. */
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
  readonly edition: Edition;
  /** Intl locale with the edition's digits: `ar-u-nu-latn`. */
  readonly locale: string;
  /** The edition's numbering system, for text in the edition's own language; the language's default otherwise. */
  private readonly digits: string | undefined;
  private readonly compiled = new Map<string, IntlMessageFormat>();
  /** By key, the arguments its message chooses branches by (see choiceArguments). */
  private readonly choices = new Map<string, ReadonlySet<string>>();
  private readonly dates = new WeakMap<DateTime, Map<string, string>>();
  private readonly numbers: Intl.NumberFormat;
  private readonly lists: Intl.ListFormat;

  constructor(
    lang: string,
    dir: "ltr" | "rtl",
    private readonly sources: LanguageSources,
  ) {
    this.lang = lang;
    this.dir = dir;
    this.edition = sources.edition;
    // A story in another language sitting in this edition (German in the English one) keeps its language's digits.
    this.digits = ownMatch(lang, new Set([sources.edition.lang])) ? sources.edition.digits : undefined;
    this.locale = this.digits ? `${lang}-u-nu-${this.digits}` : lang;
    this.numbers = new Intl.NumberFormat(this.locale);
    this.lists = new Intl.ListFormat(this.locale, { type: "conjunction" });
  }

  /** The message `key` as plain text (templates escape it). */
  t(key: string, values: Record<string, MessageValue> = {}): string {
    const plain: Record<string, PrimitiveType> = {};
    for (const [name, value] of Object.entries(values)) plain[name] = typeof value === "object" ? String(value) : value;
    return String(this.format(key).format(plain));
  }

  /**
   * The message `key` as HTML: its text escaped, text values escaped, macro output kept, and
   * `<link>…</link>` made a link to `values.link.href`.
   */
  html(key: string, values: MessageValues = {}): nunjucks.runtime.SafeString {
    const slots: string[] = [];
    const slotted: Record<string, PrimitiveType | ((chunks: string[]) => string)> = {};
    const format = this.format(key);
    let chosen = this.choices.get(key);
    if (!chosen) this.choices.set(key, (chosen = choiceArguments(format.getAst())));
    for (const [name, value] of Object.entries(values)) {
      // A select's argument chooses a branch, so it is given as it is; it is never printed.
      if (typeof value === "number" || value === undefined || (typeof value === "string" && chosen.has(name))) slotted[name] = value;
      else if (value instanceof nunjucks.runtime.SafeString) slotted[name] = `${OPEN}${slots.push(String(value)) - 1}${CLOSE}`;
      else if (typeof value === "string") slotted[name] = `${OPEN}${slots.push(escapeXml(value)) - 1}${CLOSE}`;
      else {
        const open = `${OPEN}${slots.push(`<a href="${escapeXml(value.href)}">`) - 1}${CLOSE}`;
        slotted[name] = (chunks) => `${open}${chunks.join("")}${TAG_END}`;
      }
    }
    const text = String(format.format(slotted));
    return new nunjucks.runtime.SafeString(escapeXml(text).replace(SLOT, (_, index: string | undefined) => (index === undefined ? "</a>" : slots[Number(index)]!)));
  }

  /** "A, B and C" in the page's language; items from macros stay HTML, text is escaped. */
  list(items: readonly (string | nunjucks.runtime.SafeString)[]): nunjucks.runtime.SafeString {
    const marked = items.map((_, index) => `${OPEN}${index}${CLOSE}`);
    const html = items.map((item) => (item instanceof nunjucks.runtime.SafeString ? String(item) : escapeXml(item)));
    return new nunjucks.runtime.SafeString(escapeXml(this.lists.format(marked)).replace(SLOT, (_, index: string) => html[Number(index)]!));
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /** A year as a heading prints it: the edition's digits, no grouping (`2026`, `٢٠٢٦`). */
  year(value: number | string): string {
    return new Intl.NumberFormat(this.locale, { useGrouping: false }).format(Number(value));
  }

  /** "17 November 2026", in this language, in the date's own zone. */
  date(value: DateTime): string {
    return this.kept(value, "date", () => this.t("time.date", { date: value.reconfigure(this.luxonLocale()).toLocaleString({ year: "numeric", month: "long", day: "numeric" }) }));
  }

  /** "November 2026": an archive month's name. */
  month(value: DateTime): string {
    return this.kept(value, "month", () => this.t("time.month", { month: value.reconfigure(this.luxonLocale()).toLocaleString({ year: "numeric", month: "long" }) }));
  }

  /** A listing's or group's heading: a month named in this language, else its title (a section, tag or name). */
  heading(group: { title: string; month?: DateTime }): string {
    return group.month ? this.month(group.month) : group.title;
  }

  /** "7:40 AM EET": the time with the zone as the newsroom names it in this language (catalogue key `zone.<IANA name>`). */
  time(value: DateTime): string {
    return this.kept(value, "time", () => {
      const local = value.reconfigure(this.luxonLocale());
      const time = local.toLocaleString({ hour: "numeric", minute: "2-digit" });
      return this.t("time.withZone", { time, zone: this.zoneName(value) });
    });
  }

  /**
   * A story's dateline as this language's papers set it before the first word (`dateline.text`):
   * "BEIRUT, Lebanon (Reuters) —", "بيروت، لبنان (رويترز) -". The city in capitals where the script has them.
   */
  dateline(dateline: { city: string; region?: string; agency?: string }): string {
    const { region, agency } = dateline;
    return this.t("dateline.text", {
      city: dateline.city.toLocaleUpperCase(this.lang),
      region: region ?? "",
      hasRegion: region ? "yes" : "no",
      agency: agency ?? "",
      hasAgency: agency ? "yes" : "no",
    });
  }

  /** A section's name in this language (`_data/site.ts` `sections[].names`), else as the site names it. */
  section(slug: string): string {
    const section = this.sources.site.sections.find((candidate) => candidate.slug === slug);
    if (!section) return slug;
    return sectionNameIn(section, this.edition.lang);
  }

  /** An address in this page's edition: `/search/` → `/ar/search/`. */
  url(path: string): string {
    return `${this.edition.prefix}${path}`;
  }

  /** A language's name in itself (`العربية`, `Français`): see autonym.ts. */
  autonym(lang: string): string {
    return autonym(lang);
  }

  /** `value` as text in `lang`'s own formats and zone names: a story's dates on a page of another language. */
  in(lang: string): PageLanguage {
    return lang === this.lang ? this : this.sources.other(lang);
  }

  private zoneName(value: DateTime): string {
    const key = `zone.${value.zoneName ?? ""}`;
    // Only this language's own catalogue: another language's abbreviation would be the wrong words.
    const own = this.sources.chain[0];
    const message = own && own.lang === this.lang ? own.catalogue.get(key) : undefined;
    if (message) return String(this.compile(key, message).format({ daylight: value.isInDST ? "yes" : "no" }));
    return value.reconfigure(this.luxonLocale()).toFormat("ZZZZ");
  }

  private luxonLocale(): { locale: string; numberingSystem?: string } {
    return this.digits ? { locale: this.lang, numberingSystem: this.digits } : { locale: this.lang };
  }

  private kept(value: DateTime, kind: string, make: () => string): string {
    let texts = this.dates.get(value);
    if (!texts) this.dates.set(value, (texts = new Map()));
    let text = texts.get(kind);
    if (text === undefined) texts.set(kind, (text = make()));
    return text;
  }

  private format(key: string): IntlMessageFormat {
    const found = this.compiled.get(key);
    if (found) return found;
    for (const { catalogue } of this.sources.chain) {
      const message = catalogue.get(key);
      if (message !== undefined) return this.compile(key, message);
    }
    throw new Error(`Internal error: no catalogue has the message "${key}" (messages/en.json must have every key a template asks for)`);
  }

  private compile(key: string, message: string): IntlMessageFormat {
    const compiled = new IntlMessageFormat(message, this.locale);
    this.compiled.set(key, compiled);
    return compiled;
  }
}

/** The arguments a message chooses branches by (`{kind, select, …}`), wherever they are nested; PageLanguage#html keeps the answer per key. */
function choiceArguments(elements: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (isSelectElement(element)) found.add(element.value);
    if (isSelectElement(element) || isPluralElement(element)) for (const option of Object.values(element.options)) choiceArguments(option.value, found);
    if (isTagElement(element)) choiceArguments(element.children, found);
  }
  return found;
}

