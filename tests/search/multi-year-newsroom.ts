// The sample newsroom spread over three publication years, for the search tests: the sample's
// articles all run in 2026, and search must find every year's articles alike. A copy of content/
// in a temporary folder with two Markdown articles moved back, so the site has 2026, 2025 and 2024.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The moved articles: source file, the year it now runs in, and a word of its body that no other article has. */
export const MOVED = [
  { file: "articles/athens-metro-night-service.md", year: "2025", slug: "athens", word: "Karamanli" },
  { file: "articles/valparaiso-funiculars-reopen.md", year: "2024", slug: "valparaiso", word: "funiculars" },
] as const;

/** Copies content/ to a new temporary folder and moves the MOVED articles; returns the folder. */
export async function multiYearNewsroom(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-years-"));
  await cp("content", dir, { recursive: true });
  for (const { file, year } of MOVED) {
    const path = join(dir, file);
    const source = await readFile(path, "utf8");
    const moved = source.replace(/^date: 2026-/m, `date: ${year}-`);
    if (moved === source) throw new Error(`${file} has no "date: 2026-" line any more: pick another article for MOVED in tests/search/multi-year-newsroom.ts`);
    await writeFile(path, moved);
  }
  return dir;
}
