// A body that opens with its own title as a heading (`# Title` under Jekyll's or Hugo's title
// field, TT's <h1> atop its HTML body) would print the headline twice on the page.
import type { Block } from "../model/types.ts";
import { collapse, htmlText } from "./ninjs-text.ts";

/** The blocks without a first heading that repeats the headline; `undefined` when there is none. */
export function withoutRepeatedHeadline<F>(blocks: readonly Block<F>[], headline: string | undefined): Block<F>[] | undefined {
  const first = blocks[0];
  if (!headline || first?.type !== "heading") return undefined;
  return comparable(htmlText(first.html)) === comparable(headline) ? blocks.slice(1) : undefined;
}

function comparable(text: string): string {
  return collapse(text).toLowerCase();
}
