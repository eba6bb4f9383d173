// The `_headers` file's Content-Security-Policy, and every built page checked against it: a page
// the policy would break (inline script or style, event handlers, foreign scripts, a form posting
// somewhere not allowed) fails here rather than in a reader's browser.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { load } from "cheerio";
import { isTag } from "domhandler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Figure, Picture } from "../../src/model/types.ts";
import { contentSecurityPolicy, headersFile } from "../../src/security/headers.ts";
import { pictureOrigins } from "../../src/security/picture-origins.ts";
import { tempFolder } from "../helpers/pictures.ts";
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
    // A browser picks any srcset candidate, so each must be allowed, not only the src.
    $("img[srcset], source[srcset]").each((_, element) => {
      for (const candidate of $(element).attr("srcset")!.split(",")) {
        const url = candidate.trim().split(/\s+/)[0]!;
        if (!allowed(sources("img-src"), url, origin)) problems.push(`${page}: srcset picture ${url}`);
      }
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
  assert.match(headersFile(makeTestSite({ pathPrefix: "/news/" }), []), /^\/news\/\*\n {2}Content-Security-Policy: default-src 'self';/);
});

/** The headers of the file's one rule, by name. */
function headerLines(file: string): Map<string, string> {
  return new Map([...file.matchAll(/^ {2}([\w-]+): (.*)$/gm)].map((match) => [match[1]!, match[2]!]));
}

headers("HSTS for a year with subdomains on an https site; none over http or when the settings turn it off", () => {
  assert.is(headerLines(headersFile(makeTestSite(), [])).get("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
  assert.is(headerLines(headersFile(makeTestSite({ url: "http://news.example.com" }), [])).has("Strict-Transport-Security"), false);
  assert.is(headerLines(headersFile(makeTestSite({ strictTransportSecurity: false }), [])).has("Strict-Transport-Security"), false);
  assert.is(headerLines(headersFile(makeTestSite({ strictTransportSecurity: true }), [])).has("Strict-Transport-Security"), true);
});

headers("Permissions-Policy denies every powerful feature a news page has no use for, in structured-header syntax", () => {
  const policy = headerLines(headersFile(makeTestSite(), [])).get("Permissions-Policy") ?? "";
  const features = new Map(policy.split(", ").map((item) => item.split("=") as [string, string]));
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "serial", "hid", "display-capture"]) {
    assert.is(features.get(feature), "()", feature);
  }
  assert.is(features.has("interest-cohort"), false, "Chromium logs the withdrawn FLoC feature as an error on every page");
});

headers("cross-origin isolation from other sites' windows and pages", () => {
  const lines = headerLines(headersFile(makeTestSite(), []));
  assert.is(lines.get("Cross-Origin-Opener-Policy"), "same-origin");
  assert.is(lines.get("Cross-Origin-Resource-Policy"), "same-origin");
  assert.is(lines.get("X-Content-Type-Options"), "nosniff");
  assert.is(lines.get("X-Frame-Options"), "DENY");
});

/** An article whose figures show these pictures, as src/images/ leaves them. */
function articleWith(...pictures: Picture[]) {
  const figures: Figure[] = pictures.map((picture) => ({ alt: "", credit: "Bo Ek/TT", renditions: [], picture }));
  return { lead: figures[0], body: figures.slice(1).map((figure) => ({ type: "figure" as const, figure })) };
}

headers("img-src: the site, Pagefind's icons (data:) and exactly the servers the articles' pictures come from", () => {
  const remote: Picture = {
    sources: [],
    img: { src: "https://photos.example.com/ferry-1600.jpg", srcset: "https://cdn.wire.example.net/ferry-800.jpg 800w, https://photos.example.com/ferry-1600.jpg 1600w" },
    files: [],
  };
  const local: Picture = { sources: [{ type: "image/avif", srcset: "/img/quay-1-320.avif 320w" }], img: { src: "/img/quay-1-640.jpeg" }, files: [] };
  const inMarkdown: Picture = { sources: [], img: { src: "http://archive.example.org:8080/1998/pier.jpg" }, files: [] };
  const articles = [articleWith(local, remote), articleWith(inMarkdown)];
  assert.equal(pictureOrigins(articles), ["http://archive.example.org:8080", "https://cdn.wire.example.net", "https://photos.example.com"]);
  const policy = parsePolicy(/Content-Security-Policy: (.*)/.exec(headersFile(makeTestSite(), articles))![1]!);
  assert.equal(policy.get("img-src"), ["'self'", "data:", "http://archive.example.org:8080", "https://cdn.wire.example.net", "https://photos.example.com"]);
  assert.equal(parsePolicy(contentSecurityPolicy(makeTestSite())).get("img-src"), ["'self'", "data:"], "no https: wildcard when no picture is remote");
});

headers.run();

const pages = suite("every built page satisfies the policy");

/** A newsroom whose pictures all come from other servers: a wire's renditions on two, a Markdown lead on a third. */
async function remotePicturesNewsroom(): Promise<string> {
  const content = await tempFolder("dateline-remote-pictures-");
  await mkdir(join(content, "articles"), { recursive: true });
  const picture = {
    type: "picture",
    description_text: "The first ferry leaves.",
    byline: "Bo Ek/TT",
    renditions: {
      large: { href: "https://photos.example.com/ferry-1600.jpg", width: 1600, height: 1067, mimetype: "image/jpeg" },
      medium: { href: "https://cdn.wire.example.net/ferry-800.jpg", width: 800, height: 533, mimetype: "image/jpeg" },
    },
  };
  const item = { uri: "urn:test:ferry", type: "text", headline: "Ferries run again", versioncreated: "2026-11-19T10:00:00Z", byline: "Bo Ek", body_html: "<p>Ferries run again.</p>", associations: { featureimage: picture } };
  await writeFile(join(content, "articles", "ferries.json"), JSON.stringify(item));
  await writeFile(
    join(content, "articles", "pier.md"),
    "---\nheadline: The old pier in 1998\ndate: 2026-11-20\nbyline: Ann Lee\nlead:\n  src: https://archive.example.org/1998/pier.jpg\n  alt: The pier\n  credit: Archive/The Ledger\n---\nThe pier, as it was.\n",
  );
  return content;
}

for (const [label, content, env, origin] of [
  ["the sample newsroom", "content", {}, "http://localhost:8080"],
  ["a newsroom of hostile sources", "tests/fixtures/hostile", { DATELINE_STRICT: "false" }, "http://localhost:8080"],
  ["a newsroom whose pictures come from other servers", remotePicturesNewsroom, { SITE_URL: "https://news.example.com" }, "https://news.example.com"],
] as const) {
  pages(label, async () => {
    const site = await buildSite(typeof content === "string" ? content : await content(), env);
    const file = await readFile(join(site.dir, "_headers"), "utf8");
    const header = /Content-Security-Policy: (.*)/.exec(file)?.[1];
    assert.ok(header, "the policy is in _headers");
    assert.equal(await violations(site.dir, parsePolicy(header!), origin), []);
  });
}

pages("the remote pictures' servers are in img-src, and no others", async () => {
  const site = await buildSite(await remotePicturesNewsroom(), { SITE_URL: "https://news.example.com" });
  const header = /Content-Security-Policy: (.*)/.exec(await readFile(join(site.dir, "_headers"), "utf8"))![1]!;
  assert.equal(parsePolicy(header).get("img-src"), ["'self'", "data:", "https://archive.example.org", "https://cdn.wire.example.net", "https://photos.example.com"]);
});

pages("data: stays in img-src only for Pagefind UI's icons, drawn from data: URLs in its stylesheet", async () => {
  const site = await buildSite();
  assert.match(await readFile(join(site.dir, "pagefind", "pagefind-ui.css"), "utf8"), /url\("data:image\/svg\+xml/);
});

pages.run();
