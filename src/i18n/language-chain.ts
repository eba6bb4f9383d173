// Which catalogue speaks for a language: the tag itself, then each shorter form of it
// (`pt-BR` → `pt`), then the site's own language, then English, the reference every key is in.

/** `zh-Hant-TW` → [`zh-Hant-TW`, `zh-Hant`, `zh`, …site's chain, `en`], each once. */
export function languageChain(tag: string, siteLang: string): string[] {
  const chain: string[] = [];
  for (const start of [tag, siteLang, "en"]) {
    const parts = start.split("-");
    for (let length = parts.length; length > 0; length--) {
      const shorter = parts.slice(0, length).join("-");
      if (!chain.includes(shorter)) chain.push(shorter);
    }
  }
  return chain;
}

/** The first of `available` in `tag`'s own chain (not the site's), or undefined. */
export function ownMatch(tag: string, available: ReadonlySet<string>): string | undefined {
  const parts = tag.split("-");
  for (let length = parts.length; length > 0; length--) {
    const shorter = parts.slice(0, length).join("-");
    if (available.has(shorter)) return shorter;
  }
  return undefined;
}
