// Language tags and writing direction for the `lang` and `dir` attributes.

/** The canonical form of a BCP 47 tag, or undefined when it is not one. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"))[0];
  } catch {
    return undefined;
  }
}

interface TextInfo {
  direction?: "ltr" | "rtl";
}

/** Direction from the locale data the runtime ships (`Intl.Locale#textInfo`). */
export function directionOf(tag: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(tag) as Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === "rtl" ? "rtl" : "ltr";
}
