// An article's id: its source file name without extension. It files the article's comments
// (content/comments/<id>.json) and travels in comment forms, so it must be a safe file name.

/**
 * Letters, digits, `-`, `_` and `.`, starting with a letter or digit, with no `/` or `\`:
 * whatever a reader sends, `content/comments/<id>.json` stays inside content/comments/.
 */
export const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Not the folder, so moving a source between section folders keeps its id (and its comments). */
export function articleId(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
}
