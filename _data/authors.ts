// People whose names reach bylines in more than one spelling. Each key is the name pages show;
// its list holds the other spellings that mean the same person. Compared without regard to
// case or accents, so only real variants need listing. A spelling in the key's script is a
// variant, and articles show the key instead; one in another script is how articles in that
// script write the name, so they keep it and share the key's author page.

export default {
  "Leila Khoury": ["Leila Khouri", "L. Khoury"],
  "Rania Haddad": ["رانيا حداد"],
} as Record<string, string[]>;
