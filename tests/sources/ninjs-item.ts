// What the ninjs rule suites share: an item parsed as the loader reads a file at
// content/articles/item.json, and the problems' fields.
import type { ArticleInput, ParseResult } from "../../src/model/types.ts";
import type { Problem } from "../../src/model/problem.ts";
import { parseNinjs } from "../../src/sources/ninjs.ts";

export const ITEM_PATH = "content/articles/item.json";

export function parse(doc: unknown): ParseResult {
  return parseNinjs(JSON.stringify(doc), ITEM_PATH);
}

/** The item as an article; throws (failing the test) when the loader made something else of it. */
export function article(doc: unknown): { input: ArticleInput; problems: Problem[] } {
  const result = parse(doc);
  if (result.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result;
}

export function fields(problems: readonly Problem[]): string[] {
  return problems.map((problem) => problem.field);
}
