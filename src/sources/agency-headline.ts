// Reuters (and others) prefix a headline with the version of the story: `UPDATE 2-Shipping group
// cuts routes`, `REFILE-…`, `CORRECTED-…`, `RPT-…`. That is the desk's bookkeeping, not the
// headline a reader sees; labels that are (`EXCLUSIVE-`, `ANALYSIS-`) are left as written.
const VERSION_FLAG = /^((?:UPDATE|REFILE|CORRECTED|RPT|REPEAT|CORRECTED AND REFILED)(?: \d{1,2})?)-(?=\S)/;

/** The headline without a version flag, and the flag if there was one. */
export function withoutVersionFlag(headline: string): { headline: string; flag?: string } {
  const match = VERSION_FLAG.exec(headline);
  return match ? { headline: headline.slice(match[0].length), flag: match[1]! } : { headline };
}
