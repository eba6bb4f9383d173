// Pages of the site that are not news: content/pages/<slug>.md (the comment policy, about,
// corrections policy), each at `/<slug>/`. Front matter: `title` (required), `description`. The
// file name must be a slug in the site's mode: on a site with Unicode slugs `من-نحن.md` is `/من-نحن/`.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { projectPath, refusedLink } from "./linked-files.ts";
import { error, hasErrors, thrownProblem, warning, type Problem } from "./model/problem.ts";
import { isReserved, isSlug, TOP_LEVEL_NAMES, type SlugMode } from "./model/slug.ts";
import { withSafeFields } from "./model/text-hygiene.ts";
import type { Block } from "./model/types.ts";
import { markdownBlocks, readFrontMatter } from "./sources/front-matter.ts";

export interface SitePage {
  slug: string;
  url: string;
  title: string;
  description?: string;
  body: Block[];
  source: { path: string };
}

const FIELDS = new Set(["title", "description"]);

/** `mode`: the site's slugs (Site.slugs). */
export async function loadPages(contentDir: string, root: string, mode: SlugMode = "ascii"): Promise<{ pages: SitePage[]; problems: Problem[] }> {
  const dir = join(contentDir, "pages");
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => !entry.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return { pages: [], problems: [] };
    throw new Error(`Cannot read the folder ${dir}`, { cause });
  }
  const pages: SitePage[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { name } = entry;
    const path = projectPath(root, join(dir, name));
    // Composed, as slugs are: some file systems (macOS) hand names back decomposed (`u` and `¨`).
    const slug = name.replace(/\.md$/, "").normalize("NFC");
    // A linked page could publish any file the build can read (src/linked-files.ts).
    if (entry.isSymbolicLink()) {
      problems.push(refusedLink(path));
      continue;
    }
    if (!name.endsWith(".md") || !entry.isFile()) {
      problems.push(warning(path, "file", "not a page, ignored: pages are Markdown files named <slug>.md"));
      continue;
    }
    if (!isSlug(slug, mode) || isReserved("page", slug)) {
      const letters = mode === "unicode" ? "lower-case letters of any script" : "lower-case letters";
      problems.push(error(path, "file", `"${slug}" cannot be a page's address: use ${letters}, digits and hyphens, and none of ${[...TOP_LEVEL_NAMES].join(", ")} or a year`));
      continue;
    }
    // One page can only fail itself: a file that cannot be read, or markup that overflows the
    // reader, is this page's problem.
    let page: { page?: SitePage; problems: Problem[] };
    try {
      page = parsePage(await readFile(join(dir, name), "utf8"), path, slug);
    } catch (caught) {
      page = { problems: [thrownProblem(path, "file", "reading this page", caught)] };
    }
    problems.push(...page.problems);
    if (page.page) pages.push(page.page);
  }
  return { pages, problems };
}

export function parsePage(text: string, path: string, slug: string): { page?: SitePage; problems: Problem[] } {
  const front = readFrontMatter(text, path, "title, description");
  if (!front.ok) return { problems: [front.problem] };
  // The same hygiene as an article's fields (src/model/text-hygiene.ts): no control or
  // text-direction character reaches the page, its title or its meta tags.
  const safe = withSafeFields<Record<string, unknown>>({ ...front.fields, body: front.body }, path);
  const problems: Problem[] = [...safe.problems];
  const { body: markdown, ...fields } = safe.fields;
  for (const key of Object.keys(fields)) {
    if (!FIELDS.has(key)) problems.push(warning(path, key, `unknown field, ignored: a page has ${[...FIELDS].join(" and ")}`));
  }
  const { title, description } = fields;
  if (typeof title !== "string" || title.trim() === "") problems.push(error(path, "title", "a page needs a title"));
  if (description !== undefined && typeof description !== "string") problems.push(error(path, "description", "must be text"));
  const body = markdownBlocks(markdown as string, path);
  problems.push(...body.problems);
  if (body.blocks.some((block) => block.type === "figure")) problems.push(error(path, "body", "pages take no pictures yet: remove the image"));
  if (hasErrors(problems)) return { problems };
  const page: SitePage = { slug, url: `/${slug}/`, title: (title as string).trim(), body: body.blocks as Block[], source: { path } };
  if (typeof description === "string" && description.trim()) page.description = description.trim();
  return { page, problems };
}
