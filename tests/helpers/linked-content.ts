// The hostile-paths fixture with symbolic links, made at test time (git keeps links poorly): a
// copy of tests/fixtures/hostile-paths in a temporary folder, whose article, picture, page,
// comments file, reactions file and a folder of articles are links to files outside it. Each
// target holds a SECRET marker that must never reach the built site.
import { cp, mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SECRET = "SECRET-OUTSIDE-CONTENT";

export interface LinkedContent {
  /** The content folder to build. */
  dir: string;
  /** The links in it, relative to the content folder. */
  links: string[];
}

export async function linkedContent(): Promise<LinkedContent> {
  const base = await mkdtemp(join(tmpdir(), "dateline-links-"));
  const dir = join(base, "content");
  const outside = join(base, "outside");
  await cp("tests/fixtures/hostile-paths", dir, { recursive: true });
  await mkdir(join(outside, "more"), { recursive: true });
  const story = (headline: string) => `---\nheadline: ${headline} ${SECRET}\ndate: 2026-11-20 08:00\nbyline: Rana Haddad\n---\n${SECRET}\n`;
  await writeFile(join(outside, "story.md"), story("Linked story"));
  await writeFile(join(outside, "more", "folder-story.md"), story("Story in a linked folder"));
  await writeFile(join(outside, "page.md"), `---\ntitle: Linked page ${SECRET}\n---\n${SECRET}\n`);
  await writeFile(join(outside, "picture.svg"), `<svg xmlns="http://www.w3.org/2000/svg"><title>${SECRET}</title></svg>\n`);
  await writeFile(join(outside, "comments.json"), JSON.stringify({ article: "plain-story", comments: [{ id: "c-1", author: "Reader", posted: "2026-11-20T12:00:00Z", text: SECRET }] }));
  await writeFile(join(outside, "reactions.json"), JSON.stringify({ "plain-story": { yes: 999, no: 0 } }));
  const links: [string, string][] = [
    ["articles/linked-story.md", join(outside, "story.md")],
    ["articles/linked-folder", join(outside, "more")],
    ["media/linked.svg", join(outside, "picture.svg")],
    ["pages/linked-page.md", join(outside, "page.md")],
    ["comments/plain-story.json", join(outside, "comments.json")],
    ["reactions.json", join(outside, "reactions.json")],
  ];
  await mkdir(join(dir, "comments"), { recursive: true });
  for (const [link, target] of links) await symlink(target, join(dir, link));
  return { dir, links: links.map(([link]) => link) };
}
