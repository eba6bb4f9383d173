// The words scraped news pages wrap around a story: comment counts, comment-form labels, policy
// headings, reaction prompts, share buttons, comment actions. A line is furniture when it splits
// wholly into these phrases (several may share one line: `Comment Policy * Denotes Required Field
// 1500 / 1500`); one word of story text left over and it is not. Data, not code: add a phrase to
// its kind's list. `strong` phrases are furniture on their own; `weak` ones (`Yes`, `Name *`,
// `Email`, `Reply`) only next to other furniture, because a story can hold them too.

export type VocabularyKind =
  /** "Do you like this article?" */
  | "reaction"
  /** The Yes/No buttons of a reaction prompt, with their counts. */
  | "answer"
  /** How many comments: `3 Comment(s)`, `12 thoughts on "…"`, `Showing 3 comments`. */
  | "count"
  /** A comment platform's own furniture: Disqus, the Facebook plugin. */
  | "platform"
  /** "Comments are closed." */
  | "closed"
  /** Comment policy and moderation notices. */
  | "policy"
  /** The comment form: headings, notices, captcha. */
  | "form"
  /** Short comment-form labels and buttons: `Name *`, `Submit`, `1500 / 1500`. */
  | "label"
  /** Share and like buttons, print and email links. */
  | "share"
  /** Links to other pages: previous/next post, related articles. */
  | "navigation"
  /** What readers can do to one comment: `Reply`, `Report`, `Like (3)`, `Permalink`. */
  | "action"
  /** When a comment was posted, relative to the copy: `2 years ago`, `3h`. */
  | "time";

type Vocabulary = Record<VocabularyKind, { strong: readonly string[]; weak: readonly string[] }>;

/** A count as pages print it: `3`, `1,204`, `1.2k`. */
const N = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k?`;
/** An optional count after a button: `Like (3)`, `Yes 12`, `No(0)`. */
const COUNT_AFTER = String.raw`(?:\s*\(\s*(?:${N})\s*\)|\s+(?:${N}))?`;
/** A quoted headline, straight or curly: `3 Responses to "Library opens"`. */
const QUOTED = String.raw`["“”'‘][^"“”]*["“”'’]`;
const ARTICLE = String.raw`(?:article|story|post|page|piece)`;

/**
 * Regular-expression sources, matched case-insensitively against a whole token. Each list is one
 * alternation, where the first phrase that matches wins: put a phrase before any shorter one it
 * starts with (`disqus['’] privacy policy` before `disqus`). Across lists the longest match wins.
 */
const VOCABULARY: Vocabulary = {
  reaction: {
    strong: [
      String.raw`(?:do|did) you (?:like|enjoy) this ${ARTICLE}\s*\??`,
      String.raw`(?:was|is) this ${ARTICLE} (?:helpful|useful|interesting)\s*\??`,
      String.raw`did you find this ${ARTICLE} (?:helpful|useful|interesting)\s*\??`,
      String.raw`how (?:would you rate|do you feel about) this ${ARTICLE}\s*\??`,
      String.raw`rate this ${ARTICLE}\s*:?`,
    ],
    weak: [],
  },
  answer: { strong: [], weak: [String.raw`(?:yes|no)${COUNT_AFTER}`] },
  count: {
    strong: [
      // `No comment` is a quote, never a count: only `No comments` counts.
      String.raw`(?:(?:${N}|one) (?:comments?|responses?|replies|reply|thoughts?)|no (?:comments|responses|replies|thoughts))(?:\s*\(s\))?(?: so far| yet)?(?: (?:to|on) ${QUOTED})?(?: on this ${ARTICLE})?`,
      String.raw`(?:${N}) comment\(s\)`,
      String.raw`(?:showing|view|show|read|see) (?:all )?(?:(?:${N}) )?comments?(?: \((?:${N})\))?`,
      String.raw`comments?\s*(?:\(\s*(?:${N})\s*\)|:\s*(?:${N}))`,
      String.raw`comments?`,
      String.raw`reader comments`,
      String.raw`be the first to comment\.?`,
      String.raw`(?:join|start) the (?:discussion|conversation)\s*(?:…|\.\.\.)?`,
    ],
    weak: [String.raw`discussion`],
  },
  platform: {
    strong: [
      String.raw`powered by disqus`,
      String.raw`add disqus to your site`,
      String.raw`disqus['’] privacy policy`,
      String.raw`(?:or )?sign up with disqus\s*\??`,
      String.raw`log in with`,
      String.raw`i['’]d rather post as a guest`,
      String.raw`do not sell my (?:personal )?data`,
      String.raw`favou?rite this discussion`,
      String.raw`sort by (?:best|newest|oldest|top|most relevant|popular|most liked)`,
      String.raw`load(?: (?:${N}))? more (?:comments|replies)`,
      String.raw`show more (?:comments|replies)`,
      String.raw`facebook comments plugin`,
      String.raw`comment using`,
      String.raw`view (?:(?:${N}) )?(?:more )?repl(?:y|ies)`,
      String.raw`hide repl(?:y|ies)`,
      String.raw`disqus`,
    ],
    weak: [
      String.raw`login`,
      String.raw`log in`,
      String.raw`sign in`,
      String.raw`best`,
      String.raw`newest`,
      String.raw`oldest`,
      String.raw`top`,
      String.raw`recommend(?:ed)?${COUNT_AFTER}`,
      String.raw`(?:${N}) recommend`,
      String.raw`avatar`,
    ],
  },
  closed: {
    strong: [
      String.raw`(?:the )?comments?(?: section)? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off|switched off)(?: (?:for|on) this ${ARTICLE})?\.?`,
      String.raw`commenting (?:is|has been) (?:now )?(?:closed|disabled|turned off)(?: (?:for|on) this ${ARTICLE})?\.?`,
      String.raw`comments are not (?:allowed|accepted|enabled) (?:for|on) this ${ARTICLE}\.?`,
    ],
    weak: [],
  },
  policy: {
    strong: [
      String.raw`(?:our |read our )?(?:comment(?:ing)?|comments) (?:policy|guidelines|rules)`,
      String.raw`community (?:guidelines|standards|rules)`,
      String.raw`(?:note: )?comments (?:are|will be|may be) (?:moderated|subject to moderation|reviewed)(?: before (?:they|being) (?:appear|published|posted))?(?: and will appear after approval)?\.?`,
      String.raw`your comment is awaiting moderation\.?`,
    ],
    weak: [],
  },
  form: {
    strong: [
      String.raw`\* ?denotes (?:a )?required field\.?`,
      String.raw`\* ?(?:indicates|marks) (?:a )?required field\.?`,
      String.raw`\* ?required(?: fields?)?`,
      String.raw`required fields are marked \*?\.?`,
      String.raw`your email(?: address)? will not be published\.?`,
      String.raw`(?:leave|post|add|write|submit) (?:a|your|new) (?:comment|reply|response)\s*(?:…|\.\.\.)?`,
      String.raw`(?:post|submit|send) comment`,
      String.raw`cancel reply`,
      String.raw`you must be (?:logged in|signed in) to (?:post|leave) a comment\.?`,
      String.raw`(?:log ?in|sign in) or register to post comments`,
      String.raw`save my name, e-?mail, and website in this browser for the next time i comment\.?`,
      String.raw`notify me of (?:follow-up comments|new comments|new posts|replies) (?:by|via) e-?mail\.?`,
      String.raw`this site uses akismet to reduce spam\.?`,
      String.raw`learn how your comment data is processed\.?`,
      String.raw`no html tags allowed\.?`,
      String.raw`lines and paragraphs break automatically\.?`,
      String.raw`web page addresses and e-?mail addresses turn into links automatically\.?`,
      // Drupal 7's link under the comment box, then Drupal 8's.
      String.raw`(?:more information )?about text formats`,
      String.raw`text format`,
      String.raw`captcha`,
      String.raw`recaptcha`,
      String.raw`i['’]m not a robot`,
      String.raw`this question is for testing whether or not you are a human visitor and to prevent automated spam submissions\.?`,
      String.raw`math question\s*\*?`,
      String.raw`solve this simple math problem and enter the result\.?`,
      String.raw`e\.g\. for \d+ ?\+ ?\d+, enter \d+\.?`,
      String.raw`what code is in the image\?\s*\*?`,
      String.raw`enter the (?:characters|code) shown(?: in the image)?\s*[.:]?`,
      String.raw`type the characters you see in the (?:picture|image)(?: above)?\.?`,
      String.raw`(?:${N}) characters? (?:left|remaining)`,
      String.raw`characters? (?:left|remaining)\s*:?(?:\s*(?:${N}))?`,
    ],
    weak: [],
  },
  label: {
    strong: [],
    weak: [
      String.raw`(?:your |full )?(?:name|website|url|comment|message|location|subject|city|password)\s*(?:\(required\)|\*)?`,
      // A bare `Email` is the share button; the form's field is starred or says "address".
      String.raw`(?:your )?e-?mail(?: address)?\s*(?:\(required\)|\*)|(?:your )?e-?mail address`,
      String.raw`(?:${N})\s*\/\s*(?:${N})(?: characters?(?: left| remaining)?)?`,
      String.raw`submit|send|post|preview|save|plain text`,
      // A captcha's sum: `2 + 5 =`.
      String.raw`\d+ ?[+−-] ?\d+ ?=`,
    ],
  },
  share: {
    strong: [
      String.raw`share this(?: ${ARTICLE})?\s*:?`,
      String.raw`like this\s*:`,
      String.raw`loading\s*(?:…|\.\.\.)`,
      String.raw`be the first to like this\.?`,
      String.raw`(?:${N}) bloggers? likes? this\.?`,
      String.raw`share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|telegram|bluesky|threads)`,
      String.raw`click to (?:share on \w+|email a link to a friend|email this to a friend|print)(?: \(opens in new window\))?`,
      String.raw`(?:e-?mail|print) this ${ARTICLE}`,
      String.raw`print this page`,
      String.raw`follow us on (?:facebook|twitter|x|instagram)`,
    ],
    weak: [
      String.raw`share${COUNT_AFTER}`,
      String.raw`tweet|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|pocket|telegram|tumblr|e-?mail|print|more|copy link|like`,
      String.raw`subscribe|privacy(?: policy)?|terms`,
    ],
  },
  navigation: {
    strong: [
      String.raw`(?:previous|next|older|newer) (?:post|article|story|entry)`,
      String.raw`related (?:articles|posts|stories|content|reading)`,
      String.raw`you (?:may|might) also like`,
      String.raw`back to top`,
      // What Jetpack prints under each related post's title and date.
      String.raw`in ${QUOTED}|similar post|with (?:${N}|one) comments?`,
    ],
    weak: [String.raw`related`, String.raw`read more`, String.raw`continue reading`],
  },
  action: {
    strong: [String.raw`report (?:abuse|this comment)`, String.raw`flag as inappropriate`, String.raw`permalink`],
    weak: [
      String.raw`(?:reply|report|flag|edit|delete|quote|upvote|downvote)`,
      String.raw`like${COUNT_AFTER}|(?:${N}) likes?|(?:${N}) points?`,
      // A vote count before Disqus's buttons: `2 • Reply • Share ›`.
      String.raw`(?:${N})(?=\s*[•·])`,
    ],
  },
  time: {
    strong: [],
    weak: [
      String.raw`(?:(?:${N}|an?|one) (?:second|minute|hour|day|week|month|year)s?|(?:${N}) ?(?:s|m|h|d|w|y|mo|yr|yrs|min|mins|hr|hrs)) ago`,
      String.raw`(?:${N}) ?(?:m|h|d|w|y|mo|yr|yrs|min|mins|hr|hrs)`,
      String.raw`just now|yesterday`,
      // A post's date beside its links: `November 18, 2019 · Leave a comment`.
      String.raw`(?:posted on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}`,
      String.raw`(?:posted on )?\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}`,
    ],
  },
};

/** What may stand between two phrases on a line: spaces, bars, bullets, slashes, arrows. */
const SEPARATORS = /[\s|/\\•·›»‹«,;:↓↑←→^–—-]*/y;
/** A phrase ends at the end of a word, not inside one (`Comments` is not `Comment` + `s`). */
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
/** Longer lines are paragraphs: the longest furniture line in the wild is a captcha notice. */
const MAX_LINE_LENGTH = 220;

interface Matcher {
  kind: VocabularyKind;
  strong: boolean;
  pattern: RegExp;
}

/** One pattern per kind and strength, tried at each place on a line. */
const MATCHERS: readonly Matcher[] = (Object.keys(VOCABULARY) as VocabularyKind[]).flatMap((kind) => [
  ...matchersOf(kind, true, VOCABULARY[kind].strong),
  ...matchersOf(kind, false, VOCABULARY[kind].weak),
]);

function matchersOf(kind: VocabularyKind, strong: boolean, phrases: readonly string[]): Matcher[] {
  return phrases.length === 0 ? [] : [{ kind, strong, pattern: new RegExp(`(?:${phrases.join("|")})${WORD_END}`, "iuy") }];
}

/**
 * Every phrase in one pattern, without the word-end check or Unicode mode (the phrases need
 * neither): most lines are story text, and one test of how they start turns them away at a
 * fraction of the cost of trying each kind's pattern.
 */
const ANY_PHRASE = new RegExp(
  Object.values(VOCABULARY)
    .flatMap(({ strong, weak }) => [...strong, ...weak])
    .join("|"),
  "iy",
);

export interface FurnitureReading {
  /** Every kind of phrase the line holds, in no order. */
  kinds: ReadonlySet<VocabularyKind>;
  /** Whether the line holds a phrase that is furniture on its own. */
  strong: boolean;
  /** The count a comment-count phrase gives: `3 Comments` → 3, `One comment` → 1. */
  count?: number;
}

/**
 * Splits a trimmed line into furniture phrases, longest first at each place, or undefined when
 * anything else is left. A line of separators alone (`•`) reads as weak furniture of no kind.
 */
export function readFurniture(line: string): FurnitureReading | undefined {
  if (line.length > MAX_LINE_LENGTH) return undefined;
  const kinds = new Set<VocabularyKind>();
  let strong = false;
  let count: number | undefined;
  let at = skipSeparators(line, 0);
  ANY_PHRASE.lastIndex = at;
  if (at < line.length && !ANY_PHRASE.test(line)) return undefined;
  while (at < line.length) {
    let best: { matcher: Matcher; length: number } | undefined;
    for (const matcher of MATCHERS) {
      matcher.pattern.lastIndex = at;
      const match = matcher.pattern.exec(line);
      if (match && match[0].length > 0 && (!best || match[0].length > best.length)) best = { matcher, length: match[0].length };
    }
    if (!best) return undefined;
    kinds.add(best.matcher.kind);
    strong ||= best.matcher.strong;
    if (best.matcher.kind === "count" && count === undefined) count = countOf(line.slice(at, at + best.length));
    at = skipSeparators(line, at + best.length);
  }
  return count === undefined ? { kinds, strong } : { kinds, strong, count };
}

function skipSeparators(line: string, from: number): number {
  SEPARATORS.lastIndex = from;
  SEPARATORS.exec(line);
  return SEPARATORS.lastIndex;
}

/** An exact count, `3` or `1,204`: not a rounded `1.2k`, which gives no number. */
const EXACT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?!\.\d|k)\b`;
const COUNT_NUMBER = new RegExp(String.raw`^(?:${EXACT}|(one)\b|(no)\b)|\(\s*${EXACT}\s*\)|:\s*${EXACT}|\b(?:showing|view|show|read|see) (?:all )?${EXACT}`, "i");

function countOf(phrase: string): number | undefined {
  const match = COUNT_NUMBER.exec(phrase);
  if (!match) return undefined;
  if (match[2]) return 1;
  if (match[3]) return 0;
  // Every other alternative captures its digits.
  const digits = (match[1] ?? match[4] ?? match[5] ?? match[6])!;
  return Number(digits.replace(/,/g, ""));
}
