// A language's name in itself, as a menu of languages or a "read in" link writes it: `fr` →
// `Français`, `ar` → `العربية`. The name is CLDR's (Intl.DisplayNames), its first letter a
// capital by the language's own rules, as a label starts.

export function autonym(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: "language", fallback: "code" }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
