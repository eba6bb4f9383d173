// Pages of the site that are not news: content/pages/<slug>.md (the comment policy, about,
// corrections policy), each at `/<slug>/`. Front matter: `title` (required), `description`.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { error, hasErrors, warning, type Problem } from "./model/problem.ts";
import { isSlug } from "./model/slug.ts";
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

/** Top-level paths the site's own pages use: a page may not take one. */
const RESERVED = new Set(["section", "tag", "tags", "author", "archive", "search", "media", "assets", "pagefind", "_problems", "feed.xml", "feed.json", "sitemap.xml", "news-sitemap.xml", "robots.txt", "404.html"]);
const FIELDS = new Set(["title", "description"]);

export async function loadPages(contentDir: string, root: string): Promise<{ pages: SitePage[]; problems: Problem[] }> {
  const dir = join(contentDir, "pages");
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return { pages: [], problems: [] };
    throw new Error(`Cannot read the folder ${dir}`, { cause });
  }
  const pages: SitePage[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const path = relative(root, join(dir, name)).split("\\").join("/");
    const slug = name.replace(/\.md$/, "");
    if (!name.endsWith(".md")) {
      problems.push(warning(path, "file", "not a page, ignored: pages are Markdown files named <slug>.md"));
      continue;
    }
    if (!isSlug(slug) || RESERVED.has(slug) || /^\d{4}$/.test(slug)) {
      problems.push(error(path, "file", `"${slug}" cannot be a page's address: use lower-case letters, digits and hyphens, and none of ${[...RESERVED].join(", ")} or a year`));
      continue;
    }
    const page = parsePage(await readFile(join(dir, name), "utf8"), path, slug);
    problems.push(...page.problems);
    if (page.page) pages.push(page.page);
  }
  return { pages, problems };
}

export function parsePage(text: string, path: string, slug: string): { page?: SitePage; problems: Problem[] } {
  const front = readFrontMatter(text, path, "title, description");
  if (!front.ok) return { problems: [front.problem] };
  const problems: Problem[] = [];
  for (const key of Object.keys(front.fields)) {
    if (!FIELDS.has(key)) problems.push(warning(path, key, `unknown field, ignored: a page has ${[...FIELDS].join(" and ")}`));
  }
  const { title, description } = front.fields;
  if (typeof title !== "string" || title.trim() === "") problems.push(error(path, "title", "a page needs a title"));
  if (description !== undefined && typeof description !== "string") problems.push(error(path, "description", "must be text"));
  const body = markdownBlocks(front.body, path);
  problems.push(...body.problems);
  if (body.blocks.some((block) => block.type === "figure")) problems.push(error(path, "body", "pages take no pictures yet: remove the image"));
  if (hasErrors(problems)) return { problems };
  const page: SitePage = { slug, url: `/${slug}/`, title: (title as string).trim(), body: body.blocks as Block[], source: { path } };
  if (typeof description === "string" && description.trim()) page.description = description.trim();
  return { page, problems };
}
