// What of a page decides its year's search index (src/search/indexed-input.ts): everything
// Pagefind reads, and nothing it does not.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { indexedInput } from "../../src/search/indexed-input.ts";

/** An article page in the shape templates/partials/article-page.njk writes, with parts to vary. */
function page(parts: { lang?: string; body?: string; related?: string; comments?: string; head?: string } = {}): string {
  return [
    `<!doctype html><html lang="${parts.lang ?? "en"}" dir="ltr"><head><title>Harbour reopens | The Ledger</title>${parts.head ?? ""}</head><body>`,
    `<header><a href="/">The Ledger</a></header><main>`,
    `<article class="article" lang="en" dir="ltr" data-pagefind-body>`,
    `<header><h1 class="article__headline">Harbour reopens</h1></header>`,
    `<figure><picture><img src="/media/harbour.jpg" alt="Cranes"></picture></figure>`,
    `<div class="article__body"><p>${parts.body ?? "The harbour reopened on Monday."}</p>`,
    `<article class="quote"><p>A nested article element.</p></article></div>`,
    `<nav class="article__tags" data-pagefind-ignore><a href="/tags/ports/">ports</a></nav>`,
    `</article>`,
    `<section class="comments"><article class="comment__body"><p>${parts.comments ?? "First!"}</p></article></section>`,
    `<aside class="related"><ol><li><img src="/media/${parts.related ?? "other"}.jpg" alt=""><a href="/x/">${parts.related ?? "Other story"}</a></li></ol></aside>`,
    `</main></body></html>`,
  ].join("\n");
}

const test = suite("indexedInput");

test("keeps the body element whole, nested elements of its own name included", () => {
  const input = indexedInput(page())!;
  assert.ok(input.includes("A nested article element."), "text after a nested <article>");
  assert.ok(input.includes('data-pagefind-ignore><a href="/tags/ports/">'), "the ignored part is there as Pagefind sees it");
  assert.not.ok(input.includes("First!"), "comments are after the body");
});

test("the same for what Pagefind does not read: related lists, comments, the head", () => {
  const input = indexedInput(page());
  assert.is(indexedInput(page({ related: "Another story" })), input, "related list");
  assert.is(indexedInput(page({ comments: "A new comment" })), input, "comments");
  assert.is(indexedInput(page({ head: '<meta name="description" content="new">' })), input, "head");
});

test("differs with what Pagefind reads: the body, the page language, pagefind attributes anywhere", () => {
  const input = indexedInput(page());
  assert.is.not(indexedInput(page({ body: "The harbour reopened on Tuesday." })), input, "body text");
  assert.is.not(indexedInput(page({ lang: "fr" })), input, "<html lang>");
  assert.is.not(indexedInput(page({ head: '<meta data-pagefind-filter="desk[content]" content="metro">' })), input, "a filter outside the body");
});

test("keeps Pagefind's default title and image: the first <h1> and the first <img> after it, wherever they are", () => {
  const bare = (related: string) =>
    `<html lang="en"><body><article data-pagefind-body><h1>No picture</h1><p>Text.</p></article><aside><img src="/media/${related}.jpg"></aside></body></html>`;
  assert.is.not(indexedInput(bare("one")), indexedInput(bare("two")), "the related picture is the default image here");
  const outsideTitle = (title: string) => `<html lang="en"><body><h1>${title}</h1><div data-pagefind-body><p>Text.</p></div></body></html>`;
  assert.is.not(indexedInput(outsideTitle("One")), indexedInput(outsideTitle("Two")), "a title outside the body");
});

test("a page without a body element: undefined (Pagefind leaves it out when other pages have one)", () => {
  assert.is(indexedInput('<html lang="en"><body><h1>November 2026</h1><ol><li>Story</li></ol></body></html>'), undefined);
});

test("anything unsure keeps the whole page: two body elements, tags that do not balance", () => {
  const two = `<html><body><div data-pagefind-body>a</div><div data-pagefind-body>b</div><p>after</p></body></html>`;
  assert.is(indexedInput(two), two);
  const open = `<html><body><article data-pagefind-body><p>never closed</p></body></html>`;
  assert.is(indexedInput(open), open);
});

test.run();
