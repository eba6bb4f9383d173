// The last word on where a page made from sources is written, before Eleventy sees it: every
// address is a clean path inside the site, and no two pages claim one. Eleventy stops the whole
// build on a duplicate permalink (DuplicatePermalinkOutputError) and writes `..` wherever it
// leads; here either is the later page's error naming both sources, and that page is left out.
import { error, type Problem } from "../model/problem.ts";
import { isSlug } from "../model/slug.ts";

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]+$/;

/**
 * A path Eleventy may write: `/`, or `/`-separated clean segments ending in `/` for a page or in a
 * file name (`feed.xml`). No `.`, `..`, empty segment, backslash or other character. A segment is
 * a clean slug of either mode (slug.ts): ASCII, or, on a site with Unicode slugs, letters and
 * digits of any script (`/ar/tag/لبنان/`), lower-case and NFKC, with nothing invisible; which
 * mode the site uses is the model's decision, this is only the last check that the path is safe.
 */
export function isSitePath(url: string): boolean {
  if (!url.startsWith("/")) return false;
  const segments = url.slice(1).split("/");
  const last = segments.pop()!;
  return segments.every((segment) => SEGMENT.test(segment) || isSlug(segment, "unicode")) && (last === "" || FILE_NAME.test(last));
}

/** A page's claim on an address, and whom to name when it cannot have it. */
export interface Claim {
  url: string;
  /** The source the page comes from, and the field that made its address. */
  path: string;
  field: string;
  /** The page as the newsroom knows it: `the tag "Climate"`, `the article "Harbour reopens"`. */
  what: string;
}

/** The addresses claimed so far in a build, in the order the pages were met. */
export class Addresses {
  private readonly taken = new Map<string, Claim>();

  constructor(private readonly problems: Problem[]) {}

  /** `items` without those whose address is unsafe or already taken; each left out is an error. */
  claim<T>(items: readonly T[], claimOf: (item: T) => Claim): T[] {
    return items.filter((item) => {
      const claim = claimOf(item);
      if (!isSitePath(claim.url)) {
        this.problems.push(error(claim.path, claim.field, `${claim.what} would be written at "${claim.url}", which is not an address inside the site: it is left out; give it a name with letters or digits`));
        return false;
      }
      const other = this.taken.get(claim.url);
      if (other) {
        this.problems.push(error(claim.path, claim.field, `${claim.what} claims ${claim.url}, which ${other.what} (${other.path}, ${other.field}) already has: it is left out; rename one of them`));
        return false;
      }
      this.taken.set(claim.url, claim);
      return true;
    });
  }
}
