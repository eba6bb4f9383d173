// "No comments yet", "1 comment", "3 comments": the count in words, the plural form chosen by
// the language's own rules (Intl.PluralRules), never "Comment(s)".
import { numberWords } from "../number-words.ts";

type Forms = { zero: string } & Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Words per language; `#` is the number. Languages without an entry use English. */
const FORMS: Record<string, Forms> = {
  en: { zero: "No comments yet", one: "# comment", other: "# comments" },
  fr: { zero: "Aucun commentaire pour l’instant", one: "# commentaire", other: "# commentaires" },
  sv: { zero: "Inga kommentarer än", one: "# kommentar", other: "# kommentarer" },
  de: { zero: "Noch keine Kommentare", one: "# Kommentar", other: "# Kommentare" },
};

export function commentCount(count: number, lang = "en"): string {
  const language = lang.split("-")[0]!.toLowerCase();
  const forms = FORMS[language] ?? FORMS.en!;
  const locale = FORMS[language] ? lang : "en";
  if (count === 0) return forms.zero;
  const { plural, number } = numberWords(locale);
  const form = forms[plural.select(count)] ?? forms.other;
  return form.replace("#", number.format(count));
}
