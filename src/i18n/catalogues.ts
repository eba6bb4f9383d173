// The message catalogues in messages/<language>.json: one flat object of ICU MessageFormat
// strings per language (plurals, selects and `<link>` tags as intl-messageformat reads them).
// A newsroom adds a language by adding a file; one broken message is that message's problem,
// and the page falls back to the next language of its chain for it (language-chain.ts).
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { error, warning, type Problem } from "../model/problem.ts";
import { canonicalLanguage } from "../model/language.ts";

/** Messages by key, of one language. */
export type Catalogue = ReadonlyMap<string, string>;

export interface Catalogues {
  /** By canonical language tag (`ar`, `pt-BR`). */
  byLanguage: ReadonlyMap<string, Catalogue>;
  problems: Problem[];
}

/** The reference catalogue: every key a template may ask for is in it. */
export const REFERENCE_LANGUAGE = "en";

export async function loadCatalogues(folder: string, root: string): Promise<Catalogues> {
  const problems: Problem[] = [];
  const byLanguage = new Map<string, Catalogue>();
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith(".json")).sort();
  for (const name of names) {
    const path = relative(root, join(folder, name));
    const tag = canonicalLanguage(name.slice(0, -".json".length));
    if (!tag) {
      problems.push(error(path, "file", `"${name}" is not named after a language: name a catalogue by its BCP 47 tag, such as ar.json or pt-BR.json`));
      continue;
    }
    const catalogue = parseCatalogue(await readFile(join(folder, name), "utf8"), path, tag, problems);
    if (catalogue) byLanguage.set(tag, catalogue);
  }
  const reference = byLanguage.get(REFERENCE_LANGUAGE);
  // Without it no page can be written: every key falls back to it at the last.
  if (!reference) throw new Error(`${relative(root, join(folder, `${REFERENCE_LANGUAGE}.json`))} is missing or broken: it is the reference catalogue every language falls back to; restore it (git checkout ${REFERENCE_LANGUAGE}.json) or point DATELINE_MESSAGES at a folder that has it`);
  for (const [tag, catalogue] of byLanguage) {
    if (tag === REFERENCE_LANGUAGE) continue;
    const missing = [...reference.keys()].filter((key) => !key.startsWith("zone.") && !catalogue.has(key));
    if (missing.length) {
      const path = relative(root, join(folder, `${tag}.json`));
      problems.push(warning(path, missing.slice(0, 5).join(", "), `${missing.length} message${missing.length === 1 ? " is" : "s are"} not translated: pages in ${tag} show ${missing.length === 1 ? "it" : "them"} from the next language of their chain (${REFERENCE_LANGUAGE} at the latest); add ${missing.length === 1 ? "it" : "them"} to the file`));
    }
  }
  return { byLanguage, problems };
}

/** One file's messages, each checked to be a string intl-messageformat can read. */
export function parseCatalogue(text: string, path: string, tag: string, problems: Problem[]): Catalogue | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    problems.push(error(path, "file", `is not JSON (${(cause as Error).message}): a catalogue is one object of "key": "message" pairs`));
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    problems.push(error(path, "file", `is not one JSON object: a catalogue is one object of "key": "message" pairs`));
    return undefined;
  }
  const catalogue = new Map<string, string>();
  for (const [key, message] of Object.entries(parsed)) {
    if (typeof message !== "string") {
      problems.push(error(path, key, `is ${JSON.stringify(message)}, not a message: write it as a string`));
      continue;
    }
    try {
      new IntlMessageFormat(message, tag);
    } catch (cause) {
      problems.push(error(path, key, `is not an ICU message (${(cause as Error).message}): check its braces, e.g. "{count, plural, one {# comment} other {# comments}}"`));
      continue;
    }
    catalogue.set(key, message);
  }
  return catalogue;
}
