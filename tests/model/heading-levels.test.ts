import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Block } from "../../src/model/types.ts";
import { renumberHeadings } from "../../src/model/heading-levels.ts";
import { withoutRepeatedHeadline } from "../../src/sources/repeated-headline.ts";

const h = (level: 2 | 3 | 4): Block<never> => ({ type: "heading", level, html: `h${level}` as never });
const p: Block<never> = { type: "paragraph", html: "text" as never };
const levels = (blocks: Block<never>[]) => renumberHeadings(blocks).flatMap((block) => (block.type === "heading" ? [block.level] : []));

const renumber = suite("renumberHeadings");

renumber("a first heading deeper than h2 moves up to h2", () => {
  assert.equal(levels([p, h(3), p, h(4)]), [2, 3]);
});

renumber("a skipped level closes up, siblings stay siblings", () => {
  assert.equal(levels([h(2), h(4), h(4), h(2)]), [2, 3, 3, 2]);
  assert.equal(levels([h(3), h(4), h(3)]), [2, 3, 2]);
});

renumber("headings already in order are returned as they are", () => {
  const blocks = [h(2), p, h(3), h(4), h(3), h(2)];
  const result = renumberHeadings(blocks);
  assert.equal(result, blocks);
  assert.is(result[2], blocks[2]);
});

renumber("other blocks are untouched", () => {
  assert.equal(renumberHeadings([p, h(4), p]), [p, { ...h(4), level: 2 }, p]);
});

renumber.run();

const repeated = suite("withoutRepeatedHeadline");

repeated("a first heading that says the headline again is left out", () => {
  const title: Block<never> = { type: "heading", level: 2, html: "Tenants&#39; win &amp; <em>keep</em>  pets" as never };
  assert.equal(withoutRepeatedHeadline([title, p], "Tenants' win & keep pets"), [p]);
});

repeated("any other opening, or no headline, leaves the body alone", () => {
  assert.is(withoutRepeatedHeadline([p, h(2)], "text"), undefined);
  assert.is(withoutRepeatedHeadline([h(2), p], "Something else"), undefined);
  assert.is(withoutRepeatedHeadline([h(2)], undefined), undefined);
});

repeated.run();
