// A page's words (src/i18n/page-language.ts) through the project's own catalogues: plurals by the
// language's rules, dates in the story's zone, zone names as the newsroom prints them, the
// edition's digits, HTML kept apart from text, and the fallback chain for languages without a
// catalogue.
import { DateTime } from "luxon";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import nunjucks from "nunjucks";
import { interfaceFor, pageLanguage } from "../helpers/page-language.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { languageChain } from "../../src/i18n/language-chain.ts";

const site = makeTestSite();
const en = pageLanguage(site);
const beirutMorning = DateTime.fromISO("2019-04-02T09:30:00", { zone: "Asia/Beirut" });

const words = suite("messages");

words("counts with the language's plural forms and grouped digits", () => {
  assert.is(en.t("comments.count", { count: 0 }), "No comments yet");
  assert.is(en.t("comments.count", { count: 1 }), "1 comment");
  assert.is(en.t("comments.count", { count: 3 }), "3 comments");
  assert.is(en.t("comments.count", { count: 1500 }), "1,500 comments");
  assert.is(en.t("listing.countPaged", { count: 17, page: 2, pages: 3 }), "17 articles · page 2 of 3");
});

words("html: the message's own text and text values escaped, macro output and links kept", () => {
  const policy = en.html("comments.policy", { link: { href: "/comment-policy/?a=1&b=\"2\"" } });
  assert.ok(policy instanceof nunjucks.runtime.SafeString);
  assert.is(String(policy), 'Please read our <a href="/comment-policy/?a=1&amp;b=&quot;2&quot;">comment policy</a> before you comment.');
  assert.is(String(en.html("byline.by", { names: "<script>x</script>" })), "By &lt;script&gt;x&lt;/script&gt;");
  assert.is(String(en.html("byline.by", { names: new nunjucks.runtime.SafeString('<a href="/author/x/">X</a>') })), 'By <a href="/author/x/">X</a>');
});

words("html: a select's argument chooses its branch, whatever the other values are", () => {
  const counts = new nunjucks.runtime.SafeString('<a href="/_problems/#errors">4 errors</a>');
  assert.is(String(en.html("problems.banner", { counts, consequence: "stops" })), 'Preview: the sources have <a href="/_problems/#errors">4 errors</a>. A production build stops on errors.');
  assert.is(String(en.html("problems.banner", { counts, consequence: "publishes" })), 'Preview: the sources have <a href="/_problems/#errors">4 errors</a>. A production build still publishes.');
});

words("lists in the language's own way, each item escaped unless it is HTML", () => {
  assert.is(String(en.list(["Ana", "Ben <b>", new nunjucks.runtime.SafeString("<i>Cy</i>")])), "Ana, Ben &lt;b&gt;, and <i>Cy</i>");
});

words.run();

const times = suite("dates and times");

times("the story's own day, whatever UTC's is", () => {
  const earlyInKiritimati = DateTime.fromISO("2019-04-02T01:00:00", { zone: "Pacific/Kiritimati" });
  assert.is(earlyInKiritimati.toUTC().day, 1);
  assert.is(en.date(earlyInKiritimati), "April 2, 2019");
});

times("zones named as the newsroom prints them, with summer time; the runtime's name where the table has none", () => {
  assert.match(en.time(beirutMorning), /^9:30\s?AM EEST$/);
  assert.match(en.time(DateTime.fromISO("2019-01-02T09:30:00", { zone: "Asia/Beirut" })), /^9:30\s?AM EET$/);
  assert.match(en.time(DateTime.fromISO("2019-04-02T09:30:00", { zone: "Europe/London" })), /^9:30\s?AM BST$/);
  assert.match(en.time(DateTime.fromISO("2019-04-02T09:30:00", { zone: "America/New_York" })), /^9:30\s?AM EDT$/);
  assert.match(en.time(DateTime.fromISO("2019-04-02T09:30:00", { zone: "Pacific/Kiritimati" })), /^9:30\s?AM GMT\+14$/);
});

times.run();

const chain = suite("which catalogue speaks for a language");

chain("a regional tag falls back to its language, then the site's, then English", () => {
  assert.equal(languageChain("pt-BR", "fr"), ["pt-BR", "pt", "fr", "en"]);
  assert.equal(languageChain("zh-Hant-TW", "en"), ["zh-Hant-TW", "zh-Hant", "zh", "en"]);
  assert.equal(languageChain("en-GB", "en"), ["en-GB", "en"]);
});

chain("a language with no catalogue is a page in the site's language; a regional one in its own", () => {
  const words = interfaceFor(site);
  assert.is(words.page("xx").lang, "en");
  assert.is(words.page("en-GB").lang, "en-GB");
  assert.is(words.page("en-GB").t("reaction.yes"), "Yes");
});

chain.run();
