// The language the intake server answers a form in: the one its hidden `lang` field names (the
// page's language, templates/partials/comment-form.njk), by the chain pages use
// (src/i18n/language-chain.ts: `fr-CA` → `fr` → the site's language → `en`). The field is the
// reader's to forge: anything that is not one plain BCP 47 tag, or none, gets the site's language,
// never an error.
import type { Site } from "../site.ts";
import { canonicalLanguage } from "../model/language.ts";
import { REFERENCE_LANGUAGE, type Catalogues } from "../i18n/catalogues.ts";
import { Interface } from "../i18n/interface.ts";
import { languageChain } from "../i18n/language-chain.ts";
import type { PageLanguage } from "../i18n/page-language.ts";
import { INTAKE_KEYS, type IntakeMessage } from "./intake-messages.ts";

/** RFC 5646 (4.4.1): 35 characters hold any tag of a language, script and region with an extension. */
export const LANG_FIELD_MAX = 35;
/** A tag's characters (RFC 5646: ASCII letters, digits and hyphens): no space, control or markup. */
const TAG = /^[A-Za-z0-9-]+$/;

/** One language's answers: its `lang` and `dir`, and its words for each message. */
export interface Speaker {
  lang: string;
  dir: "ltr" | "rtl";
  say(message: IntakeMessage): string;
}

/** The reference catalogue lacks messages the server says: it would fail on every answer, so it does not start. */
export class IntakeMessagesError extends Error {
  constructor(readonly missing: string[]) {
    super(`the ${REFERENCE_LANGUAGE} catalogue lacks ${missing.length} of the intake server's messages (${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}): take them from Dateline's messages/${REFERENCE_LANGUAGE}.json`);
    this.name = "IntakeMessagesError";
  }
}

export class IntakeLanguages {
  private readonly ui: Interface;
  private readonly available: ReadonlySet<string>;
  /** By catalogue language: a bounded map, however many tags readers invent. */
  private readonly speakers = new Map<string, Speaker>();

  constructor(
    catalogues: Catalogues,
    private readonly site: Site,
    private readonly log: (line: string) => void,
  ) {
    const reference = catalogues.byLanguage.get(REFERENCE_LANGUAGE)!;
    const missing = INTAKE_KEYS.filter((key) => !reference.has(key));
    if (missing.length > 0) throw new IntakeMessagesError(missing);
    this.ui = new Interface(catalogues, site);
    this.available = new Set(catalogues.byLanguage.keys());
  }

  /** The speaker for a form: its one `lang` field's language by the chain, else the site's. */
  forForm(fields: URLSearchParams): Speaker {
    const values = fields.getAll("lang");
    return this.speaker(values.length === 1 ? requestedLanguage(values[0]!) : undefined);
  }

  /** The site's own language: for answers to requests that carry no form (404, 405, 500). */
  forSite(): Speaker {
    return this.speaker(undefined);
  }

  private speaker(requested: string | undefined): Speaker {
    // The catalogue that speaks for the tag, not the tag itself: `fr-CA`, `fr-x-anything` and
    // `fr` are one French speaker, so the map holds one entry per catalogue at most.
    const spoken = languageChain(requested ?? this.site.lang, this.site.lang).find((tag) => this.available.has(tag))!;
    let speaker = this.speakers.get(spoken);
    if (!speaker) {
      speaker = this.makeSpeaker(this.ui.page(spoken));
      this.speakers.set(spoken, speaker);
    }
    return speaker;
  }

  private makeSpeaker(page: PageLanguage): Speaker {
    const reference = () => this.ui.page(REFERENCE_LANGUAGE);
    const failed = new Set<string>();
    return {
      lang: page.lang,
      dir: page.dir,
      say: ({ key, values }) => {
        try {
          return page.t(key, values);
        } catch (cause) {
          // A translated message that reads but does not format (a placeholder the server does not
          // give, a tag such as <b>): the reader still gets the answer, in English.
          if (!failed.has(key)) {
            failed.add(key);
            this.log(`The message "${key}" in ${page.lang} cannot be formatted (${(cause as Error).message}); answering with the English one. Fix it in the ${page.lang} catalogue.`);
          }
          return reference().t(key, values);
        }
      },
    };
  }
}

/** The canonical tag a `lang` field names, or undefined when it is not one plain tag. */
export function requestedLanguage(field: string): string | undefined {
  if (field.length === 0 || field.length > LANG_FIELD_MAX || !TAG.test(field)) return undefined;
  return canonicalLanguage(field);
}
