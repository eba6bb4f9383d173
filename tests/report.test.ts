// The build report's lines about credits and pictures.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Figure } from "../src/model/types.ts";
import type { Newsroom } from "../src/newsroom.ts";
import { creditLines, formatReport } from "../src/report.ts";
import { article } from "./helpers/articles.ts";
import { Addresses } from "../src/collections/page-addresses.ts";

const sourced = article({ slug: "harbour-reopens", published: "2026-11-20", lead: { field: "lead", src: "cranes.jpg", alt: "Cranes", credit: "Jane Doe/AFP" } });
const embedded: Figure = { src: "/media/grain%20sacks.jpg", alt: "Sacks", credit: "Omar Saleh/The Ledger", creditSource: "embedded IPTC Credit", field: "body line 12", renditions: [] };
const read = { ...article({ slug: "grain-arrives", published: "2026-11-21" }), body: [{ type: "figure" as const, figure: embedded }] };
const newsroom: Newsroom = { articles: [read, sourced], reactions: new Map(), held: [], rejected: [], problems: [], read: 2, parsing: { reused: 0, parsed: 2, unread: 0 }, changed: new Set(), addresses: new Addresses([]) };

const report = suite("the build report");

report("counts credits by where they came from and names each one read from a file", () => {
  assert.equal(creditLines(newsroom.articles), [
    "  credits    2 figures: 1 credited by their source, 1 from embedded metadata",
    '  credit     content/articles/grain-arrives.md: body line 12: credit "Omar Saleh/The Ledger" from embedded IPTC Credit in content/media/grain sacks.jpg',
  ]);
});

report("says what the picture step encoded, reused and removed", () => {
  const text = formatReport(newsroom, { pictures: 6, encoded: 0, reused: 66, removed: 3 });
  assert.match(text, /^ {2}images {5}0 encoded, 66 reused \(6 local photos; 3 unused files removed\)$/m);
  assert.not.match(formatReport(newsroom), /images/);
});

report("a newsroom without figures has no credits line", () => {
  assert.equal(creditLines([article({ slug: "plain", published: "2026-11-20" })]), []);
});

report("a problem quoting a source shows its controls and direction marks as code points: the terminal and the problems page are never steered by them", () => {
  const problems = [{ path: "content/articles/x\u202e.txt", field: "headline", message: 'quotes "\u001b]0;owned\u0007\u001b[2J\u202enimdA\u2066 and\nmore"', severity: "warning" as const }];
  const held = [{ path: "content/articles/y.txt", reason: "status: dra\u001b[8mft" }];
  const text = formatReport({ ...newsroom, problems, held });
  assert.match(text, /warning {4}content\/articles\/x<U\+202E>\.txt: headline: quotes "<U\+001B>\]0;owned<U\+0007><U\+001B>\[2J<U\+202E>nimdA<U\+2066> and<U\+000A>more"$/m);
  assert.match(text, /held back {2}content\/articles\/y\.txt: status: dra<U\+001B>\[8mft$/m);
  assert.not.match(text, /[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/);
});

report.run();
