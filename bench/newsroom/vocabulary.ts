// The word pools the synthetic newsroom is written from: places, people, tags, and the pieces
// of news prose. Written for the benchmark; plain ASCII so every name slugs predictably.

export interface City {
  /** As a dateline prints it: `BEIRUT`. */
  city: string;
  region?: string;
  /** The zone Dateline finds for this dateline (checked by the benchmark's test). */
  zone: string;
  /** The place as running text and tags name it. */
  name: string;
}

const city = (name: string, zone: string, region?: string): City => (region ? { city: name.toUpperCase(), region, zone, name } : { city: name.toUpperCase(), zone, name });

/** Dateline cities in 40-odd zones, from UTC-10 to UTC+13, some with half- and quarter-hour offsets. */
export const CITIES: readonly City[] = [
  city("London", "Europe/London"),
  city("Manchester", "Europe/London", "England"),
  city("Edinburgh", "Europe/London", "Scotland"),
  city("Dublin", "Europe/Dublin", "Ireland"),
  city("Paris", "Europe/Paris"),
  city("Berlin", "Europe/Berlin"),
  city("Madrid", "Europe/Madrid", "Spain"),
  city("Lisbon", "Europe/Lisbon", "Portugal"),
  city("Rome", "Europe/Rome"),
  city("Athens", "Europe/Athens", "Greece"),
  city("Stockholm", "Europe/Stockholm", "Sweden"),
  city("Oslo", "Europe/Oslo", "Norway"),
  city("Helsinki", "Europe/Helsinki", "Finland"),
  city("Warsaw", "Europe/Warsaw", "Poland"),
  city("Vienna", "Europe/Vienna", "Austria"),
  city("Kyiv", "Europe/Kyiv", "Ukraine"),
  city("Istanbul", "Europe/Istanbul", "Turkey"),
  city("Beirut", "Asia/Beirut", "Lebanon"),
  city("Cairo", "Africa/Cairo", "Egypt"),
  city("Nairobi", "Africa/Nairobi", "Kenya"),
  city("Lagos", "Africa/Lagos", "Nigeria"),
  city("Accra", "Africa/Accra", "Ghana"),
  city("Johannesburg", "Africa/Johannesburg", "South Africa"),
  city("Cape Town", "Africa/Johannesburg", "South Africa"),
  city("Dubai", "Asia/Dubai", "United Arab Emirates"),
  city("Tehran", "Asia/Tehran", "Iran"),
  city("Karachi", "Asia/Karachi", "Pakistan"),
  city("Mumbai", "Asia/Kolkata", "India"),
  city("Kathmandu", "Asia/Kathmandu", "Nepal"),
  city("Dhaka", "Asia/Dhaka", "Bangladesh"),
  city("Bangkok", "Asia/Bangkok", "Thailand"),
  city("Jakarta", "Asia/Jakarta", "Indonesia"),
  city("Singapore", "Asia/Singapore"),
  city("Manila", "Asia/Manila", "Philippines"),
  city("Seoul", "Asia/Seoul", "South Korea"),
  city("Tokyo", "Asia/Tokyo"),
  city("Adelaide", "Australia/Adelaide", "Australia"),
  city("Sydney", "Australia/Sydney", "Australia"),
  city("Auckland", "Pacific/Auckland", "New Zealand"),
  city("Honolulu", "Pacific/Honolulu", "Hawaii"),
  city("Anchorage", "America/Anchorage", "Alaska"),
  city("Vancouver", "America/Vancouver", "British Columbia"),
  city("Los Angeles", "America/Los_Angeles"),
  city("Phoenix", "America/Phoenix", "Arizona"),
  city("Denver", "America/Denver"),
  city("Chicago", "America/Chicago"),
  city("Mexico City", "America/Mexico_City"),
  city("Toronto", "America/Toronto", "Ontario"),
  city("New York", "America/New_York"),
  city("Halifax", "America/Halifax", "Nova Scotia"),
  city("Bogota", "America/Bogota", "Colombia"),
  city("Lima", "America/Lima", "Peru"),
  city("Santiago", "America/Santiago", "Chile"),
  city("Buenos Aires", "America/Argentina/Buenos_Aires", "Argentina"),
  city("Sao Paulo", "America/Sao_Paulo", "Brazil"),
];

const FIRST_NAMES = [
  "Amara", "Bilal", "Carmen", "Daniel", "Elif", "Farah", "Gustav", "Hana", "Ines", "Jonas",
  "Kwame", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rania", "Sofia", "Tomas",
  "Uma", "Viktor", "Wanjiru", "Ximena", "Yusuf", "Zofia", "Aiko", "Bruno", "Chiara", "Dmitri",
];
const SURNAMES = [
  "Achterberg", "Bianchi", "Castillo", "Dlamini", "Eriksen", "Fernandes", "Gallagher", "Haddad", "Ibrahim", "Jensen",
  "Kowalski", "Lindqvist", "Mensah", "Nakamura", "Okafor", "Petrov", "Quinn", "Rahman", "Santos", "Tanaka",
  "Urquhart", "Varga", "Whitfield", "Xu", "Yilmaz", "Zielinski", "Moreau", "Oduya", "Park", "Ferreira",
];

/**
 * Full names number `offset` to `offset + count - 1` of 900: the first name cycles, the surname
 * steps once per cycle, so no two numbers below 900 give the same name.
 */
function names(count: number, offset: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const i = index + offset;
    return `${FIRST_NAMES[i % 30]} ${SURNAMES[(7 * (i % 30) + Math.floor(i / 30)) % 30]}`;
  });
}

/** The 150 reporters who write bylines. */
export const BYLINE_NAMES: readonly string[] = names(150, 0);
/** People quoted in stories; never a reporter. */
export const QUOTED_NAMES: readonly string[] = names(300, 150);
export const PHOTOGRAPHERS: readonly string[] = names(40, 450);
export const PUBLICATION = "The Meridian Ledger";
export const AGENCY = "Ledger Wire";

const TOPIC_TAGS = [
  "transport", "housing", "climate", "energy", "elections", "health", "education", "schools", "universities", "trade",
  "shipping", "ports", "aviation", "railways", "buses", "cycling", "roads", "water", "drought", "floods",
  "heatwaves", "wildfires", "farming", "fishing", "food prices", "inflation", "interest rates", "jobs", "unions", "strikes",
  "wages", "pensions", "taxes", "budgets", "public spending", "local government", "parliament", "courts", "policing", "prisons",
  "immigration", "refugees", "tourism", "museums", "theatre", "music", "film", "books", "libraries", "architecture",
  "heritage", "sport", "football", "athletics", "tennis", "sailing", "science", "space", "astronomy", "oceans",
  "glaciers", "biodiversity", "wildlife", "forests", "air pollution", "recycling", "plastics", "electric cars", "batteries", "solar power",
  "wind power", "nuclear power", "natural gas", "oil", "mining", "steel", "construction", "technology", "artificial intelligence", "cybersecurity",
  "telecoms", "broadband", "startups", "banking", "insurance", "property", "retail", "restaurants", "media", "newspapers",
  "broadcasting", "privacy", "open data", "public health", "hospitals", "nursing", "mental health", "vaccines", "ageing", "childcare",
  "disability", "poverty", "homelessness", "charities", "volunteering", "religion", "festivals", "fashion", "design", "photography",
  "archaeology", "history", "languages", "migration", "diplomacy", "defence", "border controls", "ferries", "tramways", "metro",
  "night economy", "markets", "small business", "exports", "currency", "debt", "stock markets", "ports authority", "fisheries", "coastal erosion",
  "rivers", "lakes", "parks", "urban planning", "rents", "social housing", "tenants", "cooperatives", "public art", "street food",
  "cinema", "opera", "dance", "literature", "poetry", "comics", "video games", "chess", "marathons", "swimming",
];

/** 200 tags: 150 topics and 50 places. Earlier tags are drawn more often, as in a real archive. */
export const TAGS: readonly string[] = [...TOPIC_TAGS, ...CITIES.slice(0, 50).map((place) => place.name)];

export const KICKERS = ["Transport", "Housing", "Climate", "Energy", "Health", "Education", "Trade", "Culture", "Science", "Politics", "Justice", "Environment", "Money", "Technology", "Sport"];

// Headlines: who, does what, to what, and sometimes why.
export const HEADLINE_WHO = ["council", "port authority", "transport agency", "regional government", "hospital trust", "university", "central bank", "teachers union", "farm union", "residents group", "city hall", "court", "museum", "water utility", "rail operator", "police chief", "housing board", "festival board", "fishing fleet", "energy regulator"];
export const HEADLINE_DOES = ["approves", "delays", "rejects", "backs", "expands", "scraps", "reviews", "defends", "unveils", "extends", "cuts", "doubles", "pauses", "revives", "questions", "funds", "opposes", "wins", "loses", "restarts"];
export const HEADLINE_WHAT = [
  "night bus pilot", "harbour dredging plan", "school repair budget", "fare increase", "flood barrier project", "rent controls", "bike lane network",
  "hospital merger", "tram extension", "heat shelter scheme", "library hours", "ferry timetable", "recycling contract", "airport expansion",
  "solar farm permit", "water price rise", "market hall sale", "museum ticket fees", "teacher pay offer", "fishing quota deal", "bridge repairs",
  "housing target", "clean air zone", "river cleanup", "startup grants", "wind farm lease", "tourist tax", "nursing shortfall plan",
  "pension reform", "street food licences", "metro night service", "coastal path", "theatre rescue", "data centre plan", "grain terminal",
  "vaccine drive", "cable car line", "stadium upgrade", "drought rules", "port strike talks",
];
export const HEADLINE_WHY = ["", "", "", "after long debate", "despite protests", "as costs rise", "amid budget squeeze", "after court ruling", "ahead of election", "after record summer"];

// Body prose. Sentences are built from these; each slot has enough variety that paragraphs differ.
export const SUBJECTS = [
  "The city council", "The transport authority", "Health officials", "The regional government", "Union leaders", "Local residents",
  "The central bank", "Researchers at the university", "The port operator", "Hospital managers", "The education ministry",
  "Farmers in the region", "Small business owners", "The housing association", "Environmental groups", "The national rail company",
  "Police", "The energy regulator", "Opposition lawmakers", "The museum's trustees", "The water utility", "Tenant groups",
  "The chamber of commerce", "Festival organisers", "The fishing cooperative", "Airport executives", "Parents' associations",
];
export const ACTIONS = [
  "approved", "announced", "rejected", "delayed", "expanded", "reviewed", "funded", "postponed", "criticised", "defended",
  "unveiled", "scrapped", "extended", "revised", "backed", "questioned", "welcomed", "challenged", "paused", "restarted",
];
export const OBJECTS = [
  "a plan to rebuild the main bridge", "new rules for short-term rentals", "a budget for school repairs", "the proposed fare increase",
  "a pilot scheme for night buses", "a study of the river's water quality", "the sale of the old market hall", "a ten-year housing strategy",
  "an agreement with the dock workers", "the extension of the tram line", "a tax on tourist stays", "new opening hours for public libraries",
  "a programme to plant trees along the ring road", "a loan to upgrade the hospital's emergency department", "stricter limits on water use",
  "a contract to run the ferries", "the merger of two secondary schools", "a fund for young entrepreneurs", "a review of police staffing",
  "plans for a new concert hall", "a scheme to insulate older homes", "the closure of a coal-fired power plant", "a cap on rent increases",
  "a digital ticketing system", "a survey of the coastline", "the restoration of the cathedral roof",
];
export const WHEN = [
  "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "over the weekend", "last week", "earlier this month",
  "late on Thursday", "after a long meeting", "at the end of last year", "this spring", "in a statement", "in a vote on Tuesday",
];
export const REASONS = [
  "citing rising costs", "after complaints from residents", "despite objections from neighbouring towns", "as demand continued to grow",
  "after an independent audit", "under pressure from the national government", "following a series of public hearings",
  "after months of negotiations", "because of delays in the supply of materials", "after a dry summer left reservoirs low",
  "to meet new European standards", "after a court ruled against the earlier plan", "as visitor numbers returned to normal",
];
export const CLAIMS = [
  "the changes would take years to show results", "the money would be better spent on maintenance", "the plan had been rushed",
  "prices would keep rising unless supply improved", "the scheme had already cut waiting times", "smaller towns were being left behind",
  "the figures showed a clear improvement on last year", "the consultation had been too short", "the project was running over budget",
  "most people supported the idea once they had tried it", "the decision would hit families on low incomes hardest",
  "workers had not been consulted", "the results were better than expected", "the old system could not cope with the demand",
  "the region could not afford to wait any longer", "there was no evidence the measure would work", "the risks had been exaggerated",
  "the timetable was unrealistic", "the new rules were long overdue", "visitors would keep coming regardless of the fee",
];
export const QUOTES = [
  "We have waited a long time for this, and now we have to make it work",
  "Nobody here is against progress, but the timing is wrong",
  "It is not perfect, but it is a start",
  "Every month of delay costs us money that we do not have",
  "People want to see results, not more promises",
  "We listened to the objections and changed the plan",
  "The numbers speak for themselves",
  "I have lived here for forty years and I have never seen anything like it",
  "This is a decision for the next generation, not for the next election",
  "If we do nothing, the problem will only get worse",
  "We are asking people to be patient for a little longer",
  "The workers deserve a fair deal, and that is all we are asking for",
  "We will study the proposal carefully before we respond",
  "Nobody told us anything until the letters arrived",
  "It has been a difficult year, but the worst is behind us",
];
export const ROLES = [
  "a spokeswoman for the council", "a spokesman for the ministry", "who runs a bakery near the station", "a retired teacher",
  "an economist at the university", "the union's regional secretary", "a nurse at the city hospital", "who has farmed the land for decades",
  "the head of the residents' association", "a researcher who led the study", "the operator's chief executive", "a local shop owner",
  "an engineer on the project", "the opposition's spokesman on transport", "a volunteer at the food bank",
];
export const SOURCES = ["figures from the statistics office", "the operator's annual report", "a survey published last month", "the council's own estimates", "data released by the ministry", "an independent review"];
export const MEASURES = ["passenger numbers", "average rents", "waiting times", "energy bills", "visitor numbers", "water use", "the number of applications", "food prices", "traffic on the ring road", "school enrolment"];
export const TRENDS = ["rose", "fell", "climbed", "dropped", "grew"];
export const PERIODS = ["over the past year", "since 2019", "in the first six months of the year", "over the last decade", "compared with the same period last year"];
export const PROJECTS = ["bridge", "tram line", "flood barrier", "housing estate", "terminal", "hospital wing", "concert hall", "cycle network", "water treatment plant", "ferry fleet"];
export const CONNECTORS = ["Meanwhile,", "However,", "Still,", "In the meantime,", "At the same time,", "For now,", "Even so,", "Separately,"];
export const SUBHEADS = [
  "What changes for residents", "A long road to approval", "Costs and delays", "The view from the street", "What happens next",
  "Questions over funding", "A divided council", "Lessons from elsewhere", "The numbers behind the plan", "Waiting for a decision",
  "Pressure from the unions", "A test for the new rules", "Who pays", "Old problems, new money", "An uncertain summer",
];
export const SCENES = [
  "Commuters wait on a crowded platform", "Workers repair the surface of a bridge", "Residents gather outside the town hall",
  "A ferry leaves the harbour at dawn", "Cranes stand over a half-built housing block", "Stalls line the covered market",
  "Nurses walk along a hospital corridor", "A tram crosses the river at dusk", "Farmers inspect a dry field", "Visitors queue outside the museum",
  "Fishing boats are moored along the quay", "Cyclists ride along a new bike lane", "Students walk across the university square",
  "A wind turbine rises above the coast", "Volunteers sort food donations in a warehouse", "Floodwater covers a low street",
];
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
