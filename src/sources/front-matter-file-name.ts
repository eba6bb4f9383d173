// What a Markdown file's name says that its front matter could: Hugo's "translation by file name"
// (gohugo.io/content/multilingual): `harbour.fr.md` is in French, and is the French version of
// `harbour.md` and `harbour.en.md` in the same folder. The loader reads the language here; which
// files are versions of one story is decided over all of them (src/collections/translations.ts).

/** `name.fr.md`, `name.pt-BR.md`: a language-like suffix before the extension. */
const SUFFIX = /\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\.[^./\\]+$/;

// Hugo reads a suffix only for the languages the site configures; a loader knows no settings, so
// a suffix counts when it is a tag the runtime has a name for: `report.v2.md` and `notes.draft.md`
// keep their whole names.
const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** The language a file's name carries (`harbour.fr.md` → `fr`), canonical; undefined when it names none. */
export function fileNameLanguage(path: string): string | undefined {
  const suffix = SUFFIX.exec(path)?.[1];
  if (suffix === undefined) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(suffix.replace(/_/g, "-"));
    return tag !== undefined && names.of(tag) !== undefined ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The path without its extension and language suffix: what the versions of one story share (`world/harbour`). */
export function pathWithoutLanguage(path: string): string {
  const base = path.replace(/\.[^./\\]+$/, "");
  return fileNameLanguage(path) === undefined ? base : base.replace(/\.[^./\\]+$/, "");
}
