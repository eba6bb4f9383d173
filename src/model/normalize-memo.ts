// Preview keeps each source's model between rebuilds: a source whose parse (the same object,
// from the parse cache) and whose surroundings (settings, authors, pictures) are unchanged gets
// the article it got last time, without the model running again (a second per 10,000
// articles), and the preview knows which articles are new or changed.
//
// Only published articles are kept: the model's one use of the clock is to hold back scheduled
// and embargoed items, and time only moves forward, so a published article stays published.
import type { ArticleInput } from "./types.ts";
import type { normalizeArticle } from "./normalize.ts";

type Normalized = ReturnType<typeof normalizeArticle>;

export class NormalizeMemo {
  private kept = new Map<ArticleInput, Kept>();
  private used = new Map<ArticleInput, Kept>();
  private surroundings = "";

  /**
   * Starts a build. `surroundings` says everything else the model reads (settings, authors, the
   * pictures and what was read from them): when it changes, nothing kept is used.
   */
  begin(surroundings: string): void {
    if (surroundings !== this.surroundings) this.kept.clear();
    this.surroundings = surroundings;
    this.used = new Map();
  }

  /**
   * The model's result for a parsed source: kept from the last build when `source` is the same
   * object and `extra` (what joins it from elsewhere: approved comments) the same text; else
   * made now by `normalize`.
   */
  normalize(source: ArticleInput, extra: string, normalize: () => Normalized): { result: Normalized; reused: boolean } {
    const kept = this.kept.get(source);
    if (kept && kept.extra === extra) {
      this.used.set(source, kept);
      return { result: kept.result, reused: true };
    }
    const result = normalize();
    if (result.kind === "published") this.used.set(source, { extra, result });
    return { result, reused: false };
  }

  /** Ends a build: what it did not use (edited or deleted sources) is forgotten. */
  finish(): void {
    this.kept = this.used;
  }
}

interface Kept {
  extra: string;
  result: Normalized;
}
