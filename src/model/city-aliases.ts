// Dateline cities the city-timezones table spells otherwise or lacks. Accents, case, "Saint"/"St."
// and full stops are already ignored when names are compared (`SAO PAULO` finds São Paulo,
// `ST. JOHN'S` finds St. John’s), so only real differences of name are listed here.

/** Names wires and agencies write → the name the city table uses. */
export const CITY_ALIASES: Readonly<Record<string, string>> = {
  // English exonyms and older spellings
  Kiev: "Kyiv",
  "Tel Aviv": "Tel Aviv-Yafo",
  Washington: "Washington, D.C.",
  "Kuwait City": "Kuwait",
  "Guatemala City": "Guatemala",
  Yangon: "Rangoon",
  "Nay Pyi Taw": "Naypyidaw",
  Naypyitaw: "Naypyidaw",
  Bombay: "Mumbai",
  Calcutta: "Kolkata",
  Madras: "Chennai",
  Bangalore: "Bengaluru",
  Peking: "Beijing",
  Saigon: "Ho Chi Minh City",
  Macao: "Macau",
  // Names the city table keeps in an older or transliterated form
  Lviv: "Lvov",
  Odesa: "Odessa",
  Dnipro: "Dnipropetrovsk",
  Zaporizhzhia: "Zaporizhzhya",
  Erbil: "Irbil",
  Hebron: "Al Khalil",
  Homs: "Hims",
  Latakia: "Al Ladhiqiyah",
  Benghazi: "Banghazi",
  Sidon: "Saida",
  // German (dpa, APA, SDA)
  München: "Munich",
  Köln: "Cologne",
  Wien: "Vienna",
  Genf: "Geneva",
  Rom: "Rome",
  Mailand: "Milan",
  Moskau: "Moscow",
  Brüssel: "Brussels",
  "Den Haag": "The Hague",
  Kairo: "Cairo",
  Warschau: "Warsaw",
  Prag: "Prague",
  Athen: "Athens",
  Lissabon: "Lisbon",
  Kopenhagen: "Copenhagen",
  Tokio: "Tokyo",
  "Neu-Delhi": "New Delhi",
  // French (AFP)
  Londres: "London",
  Pékin: "Beijing",
  Genève: "Geneva",
  Bruxelles: "Brussels",
  Moscou: "Moscow",
  Varsovie: "Warsaw",
  "Le Caire": "Cairo",
  Vienne: "Vienna",
  Lisbonne: "Lisbon",
  Athènes: "Athens",
  Copenhague: "Copenhagen",
  "La Haye": "The Hague",
  // Spanish and Italian (EFE, ANSA)
  "Nueva York": "New York",
  "Nueva Delhi": "New Delhi",
  Pekín: "Beijing",
  Ginebra: "Geneva",
  Bruselas: "Brussels",
  Moscú: "Moscow",
  Roma: "Rome",
  Milano: "Milan",
  Napoli: "Naples",
  Firenze: "Florence",
  Venezia: "Venice",
  Torino: "Turin",
  "La Habana": "Havana",
  "Ciudad de México": "Mexico City",
  Londra: "London",
  Parigi: "Paris",
  Berlino: "Berlin",
  Mosca: "Moscow",
};

export interface ExtraCity {
  city: string;
  province: string;
  country: string;
  iso2: string;
  timezone: string;
  /** Orders cities of one name: the most populous wins when no region is given. */
  pop: number;
}

/** Cities wires date from that the city table does not have at all. */
export const EXTRA_CITIES: readonly ExtraCity[] = [
  { city: "Quebec City", province: "Québec", country: "Canada", iso2: "CA", timezone: "America/Toronto", pop: 549_459 },
  { city: "Quebec", province: "Québec", country: "Canada", iso2: "CA", timezone: "America/Toronto", pop: 549_459 },
  // AP datelines stories from UN headquarters `UNITED NATIONS (AP) —`.
  { city: "United Nations", province: "New York", country: "United States of America", iso2: "US", timezone: "America/New_York", pop: 1 },
  // Saudi Press Agency and Gulf papers date Hajj stories from Mecca (`مكة المكرمة`).
  { city: "Mecca", province: "Makkah", country: "Saudi Arabia", iso2: "SA", timezone: "Asia/Riyadh", pop: 2_385_509 },
  { city: "Fort Worth", province: "Texas", country: "United States of America", iso2: "US", timezone: "America/Chicago", pop: 956_709 },
];
