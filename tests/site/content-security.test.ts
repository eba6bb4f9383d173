// The `_headers` file's Content-Security-Policy, and every built page checked against it: a page
// the policy would break (inline script or style, event handlers, foreign scripts, a form posting
// somewhere not allowed) fails here rather than in a reader's browser.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { load } from "cheerio";
import { isTag } from "domhandler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { contentSecurityPolicy, headersFile } from "../../src/security/headers.ts";
import { makeTestSite } from "../helpers/test-site.ts";
import { buildSite } from "./build-site.ts";
import { htmlFiles, readPage } from "./site-check.ts";

type Policy = Map<string, string[]>;

function parsePolicy(header: string): Policy {
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Whether a URL used by a page at `origin` is allowed by a source list. */
function allowed(sources: string[], url: string, origin: string): boolean {
  const resolved = new URL(url, `${origin}/`);
  if (resolved.origin === origin) return sources.includes("'self'");
  return sources.some((source) => source === resolved.origin || source === `${resolved.protocol}` || (source === "data:" && resolved.protocol === "data:"));
}

async function violations(dir: string, policy: Policy, origin: string): Promise<string[]> {
  const problems: string[] = [];
  const sources = (name: string) => policy.get(name) ?? policy.get("default-src") ?? [];
  for (const page of await htmlFiles(dir)) {
    const $ = load(await readPage(dir, page));
    $("script").each((_, script) => {
      const src = $(script).attr("src");
      if (src === undefined) {
        if ($(script).attr("type") !== "application/ld+json") problems.push(`${page}: inline script`);
      } else if (!allowed(sources("script-src"), src, origin)) problems.push(`${page}: script ${src}`);
    });
    if ($("style").length > 0) problems.push(`${page}: <style> element`);
    $("*").each((_, element) => {
      if (!isTag(element)) return;
      for (const name of Object.keys(element.attribs)) {
        if (name === "style") problems.push(`${page}: style attribute on <${element.name}>`);
        if (/^on/i.test(name)) problems.push(`${page}: ${name} on <${element.name}>`);
      }
    });
    $('link[rel="stylesheet"]').each((_, link) => {
      if (!allowed(sources("style-src"), $(link).attr("href")!, origin)) problems.push(`${page}: stylesheet ${$(link).attr("href")}`);
    });
    $("img[src]").each((_, img) => {
      if (!allowed(sources("img-src"), $(img).attr("src")!, origin)) problems.push(`${page}: picture ${$(img).attr("src")}`);
    });
    $("form").each((_, form) => {
      const action = $(form).attr("action") ?? "";
      if (!allowed(policy.get("form-action") ?? [], action, origin)) problems.push(`${page}: form posting to ${action}`);
      // The comment script sends the same forms with fetch.
      if (!allowed(sources("connect-src"), action, origin)) problems.push(`${page}: fetch to ${action}`);
    });
  }
  return problems;
}

const headers = suite("the _headers file");

headers("names the endpoints' origins and nothing else from outside", () => {
  const policy = parsePolicy(contentSecurityPolicy(makeTestSite()));
  assert.equal(policy.get("script-src"), ["'self'", "'wasm-unsafe-eval'"]);
  assert.equal(policy.get("style-src"), ["'self'"]);
  assert.equal(policy.get("form-action"), ["'self'", "https://comments.example.com"]);
  assert.equal(policy.get("connect-src"), ["'self'", "https://comments.example.com"]);
  assert.equal(policy.get("object-src"), ["'none'"]);
  assert.equal(policy.get("frame-ancestors"), ["'none'"]);
  const closed = parsePolicy(contentSecurityPolicy(makeTestSite({ comments: { maxLength: 1500, policyUrl: "/comment-policy/" }, reactions: {} })));
  assert.equal(closed.get("form-action"), ["'self'"]);
});

headers("its rule covers the path prefix", () => {
  assert.match(headersFile(makeTestSite({ pathPrefix: "/news/" })), /^\/news\/\*\n {2}Content-Security-Policy: default-src 'self';/);
});

headers.run();

const pages = suite("every built page satisfies the policy");

for (const [label, content, env] of [
  ["the sample newsroom", "content", {}],
  ["a newsroom of hostile sources", "tests/fixtures/hostile", { DATELINE_STRICT: "false" }],
] as const) {
  pages(label, async () => {
    const site = await buildSite(content, env);
    const file = await readFile(join(site.dir, "_headers"), "utf8");
    const header = /Content-Security-Policy: (.*)/.exec(file)?.[1];
    assert.ok(header, "the policy is in _headers");
    assert.equal(await violations(site.dir, parsePolicy(header!), "http://localhost:8080"), []);
  });
}

pages.run();
