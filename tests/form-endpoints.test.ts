// Where the comment and reaction forms post: the intake server on this machine in preview and
// for a site at a local address; nowhere (closed, with a report line) for a public site that
// names no endpoint; and never an address readers cannot reach from a public site.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { closedFormsProblem, isLoopback } from "../src/form-endpoints.ts";
import { formatProblem } from "../src/model/problem.ts";
import { checkSite, type Site } from "../src/site.ts";
import { makeTestSite } from "./helpers/test-site.ts";

const PUBLIC = "https://news.example.com";

/** The test site at `url` with the endpoints given (undefined: not set at all). */
function settings(url: string, comments?: string, reactions?: string): Site {
  const site = makeTestSite({ url });
  return { ...site, comments: { ...site.comments, endpoint: comments }, reactions: { endpoint: reactions } };
}

const endpoints = (site: Site) => [site.comments.endpoint, site.reactions.endpoint];

const defaults = suite("endpoints left unset");

defaults("a production build of a public site closes both forms; preview posts to the intake server on this machine", () => {
  assert.equal(endpoints(checkSite(settings(PUBLIC), "strict")), [undefined, undefined]);
  assert.equal(endpoints(checkSite(settings(PUBLIC), "preview")), ["http://localhost:8787/comment", "http://localhost:8787/reaction"]);
});

defaults("a production build of a site at a local address is read on this machine: the intake server too", () => {
  for (const url of ["http://localhost:8080", "http://127.0.0.1:8080", "http://news.localhost"]) {
    assert.equal(endpoints(checkSite(settings(url), "strict")), ["http://localhost:8787/comment", "http://localhost:8787/reaction"], url);
  }
});

defaults("settings checked without a mode are a production build's: nothing is defaulted", () => {
  assert.equal(endpoints(checkSite(settings(PUBLIC))), [undefined, undefined]);
});

defaults("an endpoint given is kept; an empty one closes its form in every mode", () => {
  assert.equal(endpoints(checkSite(settings(PUBLIC, "https://comments.example.com/comment", ""), "strict")), ["https://comments.example.com/comment", ""]);
  assert.equal(endpoints(checkSite(settings(PUBLIC, "", ""), "preview")), ["", ""]);
});

defaults.run();

const report = suite("the report line for closed forms");

report("names what is closed and the variables that open it; nothing when every form was set, even to empty", () => {
  const both = closedFormsProblem(checkSite(settings(PUBLIC), "strict"));
  assert.is(both?.severity, "warning");
  assert.is(formatProblem(both!), "_data/site.ts: comments.endpoint: comments and reactions are closed: set COMMENTS_ENDPOINT and REACTIONS_ENDPOINT to the intake server's public URL");
  const one = closedFormsProblem(checkSite(settings(PUBLIC, "https://comments.example.com/comment"), "strict"));
  assert.is(formatProblem(one!), "_data/site.ts: reactions.endpoint: reactions are closed: set REACTIONS_ENDPOINT to the intake server's public URL");
  assert.is(closedFormsProblem(checkSite(settings(PUBLIC, "", ""), "strict")), undefined);
  assert.is(closedFormsProblem(checkSite(settings(PUBLIC), "preview")), undefined);
});

report.run();

const refused = suite("endpoints readers cannot reach");

refused("a public site's production build refuses a loopback endpoint, naming the setting and the fix", () => {
  for (const endpoint of ["http://localhost:8787/comment", "http://127.0.0.1:8787/comment", "http://[::1]:8787/comment", "https://localhost/comment"]) {
    assert.throws(
      () => checkSite(settings(PUBLIC, endpoint, ""), "strict"),
      (error: Error) => error.message.startsWith(`_data/site.ts: comments.endpoint: "${endpoint}" is this machine's own address`) && error.message.includes("set COMMENTS_ENDPOINT to the intake server's public https URL"),
      endpoint,
    );
  }
  assert.throws(() => checkSite(settings("http://news.example.com", "", "http://localhost:8787/reaction"), "strict"), /reactions\.endpoint: .* readers of http:\/\/news\.example\.com would post to their own computers/);
});

refused("plain http under an https site is refused (mixed content); under an http site it is allowed", () => {
  assert.throws(() => checkSite(settings(PUBLIC, "http://comments.example.com/comment", ""), "strict"), /comments\.endpoint: "http:\/\/comments\.example\.com\/comment" is plain http: browsers refuse/);
  assert.is(checkSite(settings("http://news.example.com", "http://comments.example.com/comment", ""), "strict").comments.endpoint, "http://comments.example.com/comment");
});

refused("preview and local sites may post to this machine, whatever the site's address", () => {
  assert.is(checkSite(settings(PUBLIC, "http://localhost:8787/comment"), "preview").comments.endpoint, "http://localhost:8787/comment");
  assert.is(checkSite(settings("http://localhost:8080", "http://127.0.0.1:9000/comment"), "strict").comments.endpoint, "http://127.0.0.1:9000/comment");
});

refused("loopback addresses, and names that only look like them", () => {
  for (const url of ["http://localhost:8787/", "http://LOCALHOST/", "http://intake.localhost/", "http://127.0.0.1/", "http://127.10.0.3:1/", "http://[::1]/"]) assert.ok(isLoopback(url), url);
  for (const url of ["https://localhost.example.com/", "https://notlocalhost/", "http://128.0.0.1/", "http://10.0.0.1/", "not a url"]) assert.not.ok(isLoopback(url), url);
});

refused.run();
