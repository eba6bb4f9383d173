// Shared by the loaders, whose ArticleInput and FigureInput literals list every optional field.

/** Optional fields stay absent rather than present-and-undefined, so tests compare cleanly. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
