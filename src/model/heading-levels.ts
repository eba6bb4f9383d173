// A page never skips a heading level: its <h1> is the headline, so body headings start at
// <h2> and each is at most one level deeper than the heading before it. Sources number their
// headings as their own page did (Markdown's `###` straight under the title, a wire body's
// <h4> subheads, TT's <h3>); the relative nesting is kept, the numbering closed up. The model
// applies it to every format's body.
import type { Block } from "./types.ts";

type Level = 2 | 3 | 4;

export function renumberHeadings<F>(blocks: readonly Block<F>[]): Block<F>[] {
  // Each open heading: the level the source gave it and the level it gets.
  const open: { source: number; level: Level }[] = [];
  return blocks.map((block) => {
    if (block.type !== "heading") return block;
    while (open.length > 0 && open.at(-1)!.source >= block.level) open.pop();
    const level = Math.min((open.at(-1)?.level ?? 1) + 1, 4) as Level;
    open.push({ source: block.level, level });
    return level === block.level ? block : { ...block, level };
  });
}
