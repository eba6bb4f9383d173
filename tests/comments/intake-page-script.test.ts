// What the article page's script (templates/assets/comments.js) shows after sending a form in the
// background: the intake server's own words, marked with the language the server answered in; or,
// from a form service that answers otherwise, the page's own thanks and failure words. The script
// runs as written, in a Node `vm` context with stand-ins for the few DOM objects it touches (the
// form, its status line and button) and for fetch. (The browser suite runs the script's counter
// in Chromium; it sends no form.)
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { suite } from "uvu";
import * as assert from "uvu/assert";

const SCRIPT = await readFile(fileURLToPath(new URL("../../templates/assets/comments.js", import.meta.url)), "utf8");

/** An element as far as the script uses it: text, data-* and the lang and dir attributes. */
class Element {
  readonly attributes = new Map<string, string>();
  textContent = "";
  disabled = false;
  constructor(readonly dataset: Record<string, string> = {}) {}
  get lang(): string {
    return this.attributes.get("lang") ?? "";
  }
  set lang(value: string) {
    this.attributes.set("lang", value);
  }
  get dir(): string {
    return this.attributes.get("dir") ?? "";
  }
  set dir(value: string) {
    this.attributes.set("dir", value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
}

/** The comment form of an Arabic page: its fields as FormData reads them, its thanks and failure words. */
function commentPage(answers: (() => Promise<Response>)[]) {
  const status = new Element({ thanks: "شكرًا.", failed: "لم ينجح ذلك. يُرجى المحاولة مرة أخرى." });
  const button = new Element();
  const sent: { url: string; body: string; accept: string }[] = [];
  let resets = 0;
  let submitted = 0;
  let onSubmit: ((event: unknown) => Promise<void>) | undefined;
  const form = {
    action: "https://comments.example.com/comment",
    fields: [
      ["article", "beirut-port-reopens"],
      ["url", "/ar/2026/11/18/beirut-port-reopens/"],
      ["lang", "ar"],
      ["name", "مايا"],
      ["email", "maya@example.com"],
      ["comment", "خبر سار للميناء."],
      ["website", ""],
    ],
    addEventListener: (type: string, handler: (event: unknown) => Promise<void>) => {
      if (type === "submit") onSubmit = handler;
    },
    querySelector: (selector: string) => (selector === "[data-form-status]" ? status : null),
    querySelectorAll: (selector: string) => (selector === "button" ? [button] : []),
    matches: (selector: string) => selector === "[data-comment-form]",
    reset: () => void (resets += 1),
  };
  class FormData {
    constructor(readonly owner: typeof form) {}
    [Symbol.iterator]() {
      return this.owner.fields[Symbol.iterator]();
    }
  }
  const context = {
    document: { querySelectorAll: (selector: string) => (selector.includes("form[data-comment-form]") ? [form] : []) },
    FormData,
    URLSearchParams,
    HTMLFormElement: { prototype: { submit: () => void (submitted += 1) } },
    fetch: (url: string, init: { body: URLSearchParams; headers: Record<string, string> }) => {
      sent.push({ url, body: init.body.toString(), accept: init.headers.Accept ?? "" });
      const next = answers.shift();
      assert.ok(next, "the script sent more forms than the test answers");
      return next!();
    },
  };
  runInNewContext(SCRIPT, context);
  assert.ok(onSubmit, "the script listens for the form's submit");
  return {
    status,
    sent,
    resets: () => resets,
    submitted: () => submitted,
    submit: () => onSubmit!({ preventDefault: () => undefined, submitter: button }),
  };
}

const json = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8" } });
const html = (status: number) => async () => new Response("<!doctype html><p>Thanks!</p>", { status, headers: { "Content-Type": "text/html" } });

const shown = suite("the page's script: what it shows after sending a form");

shown("the server's thanks and errors, marked with the language it answered in; a form service's answer in the page's own words", async () => {
  const page = commentPage([
    json(202, { ok: true, id: "c-0a1b2c3d4e5f", lang: "ar", dir: "rtl", message: "شكرًا لك: وصل تعليقك إلى غرفة الأخبار." }),
    json(400, { ok: false, lang: "en", dir: "ltr", errors: { name: "Please give your name.", email: "Please give your e-mail address (it is never published)." }, message: "…" }),
    html(200),
    json(400, { ok: false, lang: "ar", dir: "rtl", errors: {}, message: "لم يُرسَل تعليقك" }),
    html(502),
    json(202, { ok: true, lang: "fr", dir: "ltr" }),
  ]);

  await page.submit();
  assert.equal(page.sent[0], { url: "https://comments.example.com/comment", body: "article=beirut-port-reopens&url=%2Far%2F2026%2F11%2F18%2Fbeirut-port-reopens%2F&lang=ar&name=%D9%85%D8%A7%D9%8A%D8%A7&email=maya%40example.com&comment=%D8%AE%D8%A8%D8%B1+%D8%B3%D8%A7%D8%B1+%D9%84%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1.&website=", accept: "application/json" });
  assert.is(page.status.textContent, "شكرًا لك: وصل تعليقك إلى غرفة الأخبار.");
  assert.equal(Object.fromEntries(page.status.attributes), { lang: "ar", dir: "rtl" });
  assert.is(page.resets(), 1, "a comment taken: the form is emptied");

  await page.submit();
  assert.is(page.status.textContent, "Please give your name. Please give your e-mail address (it is never published).", "each field's message, not the joined one");
  assert.equal(Object.fromEntries(page.status.attributes), { lang: "en", dir: "ltr" }, "a server without the page's language: its English marked as English");
  assert.is(page.resets(), 1, "refused: the reader's text stays");

  await page.submit();
  assert.is(page.status.textContent, "شكرًا.", "a form service's HTML answer: the page's thanks");
  assert.equal(Object.fromEntries(page.status.attributes), {}, "the page's own words: the page's language");

  await page.submit();
  assert.is(page.status.textContent, "لم يُرسَل تعليقك", "no field errors: the server's message");
  assert.equal(Object.fromEntries(page.status.attributes), { lang: "ar", dir: "rtl" });

  await page.submit();
  assert.is(page.status.textContent, "لم ينجح ذلك. يُرجى المحاولة مرة أخرى.", "an HTML failure: the page's failure words");
  assert.equal(Object.fromEntries(page.status.attributes), {});

  await page.submit();
  assert.is(page.status.textContent, "شكرًا.", "JSON without words: the page's thanks, whatever language the server names");
  assert.equal(Object.fromEntries(page.status.attributes), {});
  assert.is(page.submitted(), 0);
});

shown("an endpoint that cannot be reached: the form is sent the ordinary way, once", async () => {
  const page = commentPage([async () => Promise.reject(new TypeError("Failed to fetch"))]);
  await page.submit();
  assert.is(page.submitted(), 1);
  assert.is(page.status.textContent, "");
});

shown.run();
