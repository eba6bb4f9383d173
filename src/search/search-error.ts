// The one error the search step throws: which step failed, and each message from it.
export class SearchIndexError extends Error {
  constructor(
    step: string,
    readonly errors: string[],
  ) {
    super(`Search index: could not ${step}:\n${errors.map((error) => `  ${error}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

/** Throws when Pagefind (or a step of ours) reported errors. */
export function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new SearchIndexError(step, errors);
}
