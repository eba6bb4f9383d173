// US states and territories and Canadian provinces and territories as datelines write them:
// the AP Stylebook's state abbreviations (`Mass.`, `Calif.`, `N.Y.`; eight states never
// abbreviated), the Canadian Press abbreviations (`Ont.`, `B.C.`, `N.S.`, `Nfld.`) and the full
// names. `zone` is the zone most of the region's people live in: it dates a story from a town the
// city table lacks (`CHATHAM, Mass.`); a town in the table is dated by its own zone.

export interface Region {
  /** The name the city table uses (`province`). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: "US" | "CA";
  /** Other ways datelines write it: AP or CP abbreviations, older forms. */
  abbreviations: readonly string[];
  zone: string;
}

export const REGIONS: readonly Region[] = [
  { name: "Alabama", country: "US", abbreviations: ["Ala."], zone: "America/Chicago" },
  { name: "Alaska", country: "US", abbreviations: [], zone: "America/Anchorage" },
  { name: "Arizona", country: "US", abbreviations: ["Ariz."], zone: "America/Phoenix" },
  { name: "Arkansas", country: "US", abbreviations: ["Ark."], zone: "America/Chicago" },
  { name: "California", country: "US", abbreviations: ["Calif."], zone: "America/Los_Angeles" },
  { name: "Colorado", country: "US", abbreviations: ["Colo."], zone: "America/Denver" },
  { name: "Connecticut", country: "US", abbreviations: ["Conn."], zone: "America/New_York" },
  { name: "Delaware", country: "US", abbreviations: ["Del."], zone: "America/New_York" },
  { name: "District of Columbia", country: "US", abbreviations: ["D.C."], zone: "America/New_York" },
  { name: "Florida", country: "US", abbreviations: ["Fla."], zone: "America/New_York" },
  { name: "Georgia", country: "US", abbreviations: ["Ga."], zone: "America/New_York" },
  { name: "Hawaii", country: "US", abbreviations: [], zone: "Pacific/Honolulu" },
  { name: "Idaho", country: "US", abbreviations: [], zone: "America/Boise" },
  { name: "Illinois", country: "US", abbreviations: ["Ill."], zone: "America/Chicago" },
  { name: "Indiana", country: "US", abbreviations: ["Ind."], zone: "America/Indiana/Indianapolis" },
  { name: "Iowa", country: "US", abbreviations: [], zone: "America/Chicago" },
  { name: "Kansas", country: "US", abbreviations: ["Kan.", "Kans."], zone: "America/Chicago" },
  { name: "Kentucky", country: "US", abbreviations: ["Ky."], zone: "America/Kentucky/Louisville" },
  { name: "Louisiana", country: "US", abbreviations: ["La."], zone: "America/Chicago" },
  { name: "Maine", country: "US", abbreviations: [], zone: "America/New_York" },
  { name: "Maryland", country: "US", abbreviations: ["Md."], zone: "America/New_York" },
  { name: "Massachusetts", country: "US", abbreviations: ["Mass."], zone: "America/New_York" },
  { name: "Michigan", country: "US", abbreviations: ["Mich."], zone: "America/Detroit" },
  { name: "Minnesota", country: "US", abbreviations: ["Minn."], zone: "America/Chicago" },
  { name: "Mississippi", country: "US", abbreviations: ["Miss."], zone: "America/Chicago" },
  { name: "Missouri", country: "US", abbreviations: ["Mo."], zone: "America/Chicago" },
  { name: "Montana", country: "US", abbreviations: ["Mont."], zone: "America/Denver" },
  { name: "Nebraska", country: "US", abbreviations: ["Neb.", "Nebr."], zone: "America/Chicago" },
  { name: "Nevada", country: "US", abbreviations: ["Nev."], zone: "America/Los_Angeles" },
  { name: "New Hampshire", country: "US", abbreviations: ["N.H."], zone: "America/New_York" },
  { name: "New Jersey", country: "US", abbreviations: ["N.J."], zone: "America/New_York" },
  { name: "New Mexico", country: "US", abbreviations: ["N.M."], zone: "America/Denver" },
  { name: "New York", country: "US", abbreviations: ["N.Y."], zone: "America/New_York" },
  { name: "North Carolina", country: "US", abbreviations: ["N.C."], zone: "America/New_York" },
  { name: "North Dakota", country: "US", abbreviations: ["N.D."], zone: "America/Chicago" },
  { name: "Ohio", country: "US", abbreviations: [], zone: "America/New_York" },
  { name: "Oklahoma", country: "US", abbreviations: ["Okla."], zone: "America/Chicago" },
  { name: "Oregon", country: "US", abbreviations: ["Ore.", "Oreg."], zone: "America/Los_Angeles" },
  { name: "Pennsylvania", country: "US", abbreviations: ["Pa."], zone: "America/New_York" },
  { name: "Rhode Island", country: "US", abbreviations: ["R.I."], zone: "America/New_York" },
  { name: "South Carolina", country: "US", abbreviations: ["S.C."], zone: "America/New_York" },
  { name: "South Dakota", country: "US", abbreviations: ["S.D."], zone: "America/Chicago" },
  { name: "Tennessee", country: "US", abbreviations: ["Tenn."], zone: "America/Chicago" },
  { name: "Texas", country: "US", abbreviations: [], zone: "America/Chicago" },
  { name: "Utah", country: "US", abbreviations: [], zone: "America/Denver" },
  { name: "Vermont", country: "US", abbreviations: ["Vt."], zone: "America/New_York" },
  { name: "Virginia", country: "US", abbreviations: ["Va."], zone: "America/New_York" },
  { name: "Washington", country: "US", abbreviations: ["Wash."], zone: "America/Los_Angeles" },
  { name: "West Virginia", country: "US", abbreviations: ["W.Va.", "W. Va."], zone: "America/New_York" },
  { name: "Wisconsin", country: "US", abbreviations: ["Wis.", "Wisc."], zone: "America/Chicago" },
  { name: "Wyoming", country: "US", abbreviations: ["Wyo."], zone: "America/Denver" },
  { name: "Puerto Rico", country: "US", abbreviations: ["P.R."], zone: "America/Puerto_Rico" },
  { name: "Guam", country: "US", abbreviations: [], zone: "Pacific/Guam" },
  { name: "U.S. Virgin Islands", country: "US", abbreviations: ["V.I.", "Virgin Islands"], zone: "America/St_Thomas" },

  { name: "Alberta", country: "CA", abbreviations: ["Alta."], zone: "America/Edmonton" },
  { name: "British Columbia", country: "CA", abbreviations: ["B.C."], zone: "America/Vancouver" },
  { name: "Manitoba", country: "CA", abbreviations: ["Man."], zone: "America/Winnipeg" },
  { name: "New Brunswick", country: "CA", abbreviations: ["N.B."], zone: "America/Moncton" },
  { name: "Newfoundland and Labrador", country: "CA", abbreviations: ["N.L.", "Nfld.", "Newfoundland"], zone: "America/St_Johns" },
  { name: "Northwest Territories", country: "CA", abbreviations: ["N.W.T."], zone: "America/Yellowknife" },
  { name: "Nova Scotia", country: "CA", abbreviations: ["N.S."], zone: "America/Halifax" },
  { name: "Nunavut", country: "CA", abbreviations: [], zone: "America/Iqaluit" },
  { name: "Ontario", country: "CA", abbreviations: ["Ont."], zone: "America/Toronto" },
  { name: "Prince Edward Island", country: "CA", abbreviations: ["P.E.I."], zone: "America/Halifax" },
  { name: "Québec", country: "CA", abbreviations: ["Que.", "Qué."], zone: "America/Toronto" },
  { name: "Saskatchewan", country: "CA", abbreviations: ["Sask."], zone: "America/Regina" },
  { name: "Yukon", country: "CA", abbreviations: ["Y.T.", "Yukon Territory"], zone: "America/Whitehorse" },
];
