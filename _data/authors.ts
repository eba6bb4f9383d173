// People whose names reach bylines in more than one spelling. Each key is the name pages show;
// its list holds the other spellings that mean the same person. Compared without regard to
// case or accents, so only real variants need listing.

export default {
  "Leila Khoury": ["Leila Khouri", "L. Khoury"],
} as Record<string, string[]>;
