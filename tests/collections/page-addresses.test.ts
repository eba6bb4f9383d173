// Every page made from sources has a clean address of its own; the newsroom hears of every tag,
// credit and spelling that changes what pages there are.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { addressProblems } from "../../src/collections/address-problems.ts";
import { Addresses, isSitePath } from "../../src/collections/page-addresses.ts";
import { formatProblem, type Problem } from "../../src/model/problem.ts";
import { article } from "../feeds/article-fixture.ts";

const addresses = suite("page addresses");

addresses("only clean paths inside the site may be written", () => {
  for (const url of ["/", "/2026/11/20/harbour-reopens/", "/tag/c/page/2/", "/archive/2026/11/", "/section/news/feed.xml"]) assert.ok(isSitePath(url), url);
  for (const url of ["/tag//", "/tag/../", "/2026/11/20/../", "/tag/./", "tag/x/", "/tag/x/index.html/", "/x\\\\y/", "/tag/Café/", "/a//b/", "/../../etc/passwd"]) assert.not.ok(isSitePath(url), url);
});

addresses("a second page at one address, or one outside the site, is an error naming both sources and is left out", () => {
  const problems: Problem[] = [];
  const claimed = new Addresses(problems);
  const claim = (url: string, path: string, what: string) => ({ url, path, field: "tags", what });
  const kept = claimed.claim(
    [claim("/tag/c/", "content/articles/a.md", 'the tag page "C"'), claim("/tag/c/", "content/articles/b.md", 'the tag page "C++"'), claim("/tag/../", "content/articles/c.md", 'the tag page ".."')],
    (page) => page,
  );
  assert.equal(kept.map((page) => page.path), ["content/articles/a.md"]);
  assert.equal(problems.map(formatProblem), [
    'content/articles/b.md: tags: the tag page "C++" claims /tag/c/, which the tag page "C" (content/articles/a.md, tags) already has: it is left out; rename one of them',
    'content/articles/c.md: tags: the tag page ".." would be written at "/tag/../", which is not an address inside the site: it is left out; give it a name with letters or digits',
  ]);
  assert.ok(problems.every((problem) => problem.severity === "error"));
});

addresses("tags and credited names with no letters, names moved aside and spellings sharing a page are each a warning naming the source", () => {
  const first = article("first", "2026-11-20T09:00:00Z", { tags: ["…", "C", "Climate"], source: { path: "content/articles/first.md", format: "markdown" } });
  const second = article("second", "2026-11-19T09:00:00Z", {
    tags: ["C++", "climate", "-..-"],
    source: { path: "content/articles/second.md", format: "markdown" },
    lead: { src: "/media/quay.svg", alt: "Quay", credit: "Jane Doe/../Page", field: "lead", renditions: [] },
  });
  const said = addressProblems([first, second]).map(formatProblem);
  assert.equal(said, [
    'content/articles/first.md: tags: "…" has no letters or digits to make an address from, so it has no tag page and no link: write the tag in words, or remove it',
    'content/articles/second.md: tags: "C++" shares the page /tag/c/ with "C" (content/articles/first.md), because both make the address "c": the page is titled "C"; spell them alike, or make them differ in letters or digits',
    'content/articles/second.md: tags: "-..-" has no letters or digits to make an address from, so it has no tag page and no link: write the tag in words, or remove it',
    'content/articles/second.md: lead: the credit "Jane Doe/../Page" names "..", which has no letters or digits to make an address from, so it has no credits page: correct the credit',
    'content/articles/second.md: lead: "Page": "page" is an address the site uses itself, so its page is at "page-credit" (/credits/page-credit/)',
  ]);
  assert.ok(addressProblems([first, second]).every((problem) => problem.severity === "warning"));
});

addresses.run();
