import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isSlug, slugFor } from "../../src/model/slug.ts";

const slugs = suite("slugFor");

slugs("transliterates Latin letters with diacritics", () => {
  assert.is(slugFor("Militärövning i jätteformat"), "militarovning-i-jatteformat");
  assert.is(slugFor("Café culture: Zürich’s “third places”"), "cafe-culture-zurich-s-third-places");
});

slugs("transliterates other scripts", () => {
  assert.is(slugFor("Пожар в Москве"), "pozhar-v-moskve");
  assert.is(slugFor("北京 大雪"), "bei-jing-da-xue");
  assert.ok(/^[a-z0-9-]+$/.test(slugFor("انفجار في بيروت")));
});

slugs("is empty when nothing can be transliterated", () => {
  assert.is(slugFor("🔥🔥"), "");
});

slugs("cuts long headlines at a word boundary", () => {
  const slug = slugFor("The quick brown fox jumps over the lazy dog while the harbour authority reopens the container terminal after months");
  assert.ok(slug.length <= 80, slug);
  assert.not.ok(slug.endsWith("-"));
  assert.ok("the-quick-brown-fox-jumps-over-the-lazy-dog-while-the-harbour-authority-reopens-the-container-terminal".startsWith(slug));
});

slugs.run();

const given = suite("isSlug");

given("accepts clean slugs only", () => {
  assert.ok(isSlug("beirut-port-reopens"));
  assert.not.ok(isSlug("Beirut Port"));
  assert.not.ok(isSlug("../../etc/passwd"));
  assert.not.ok(isSlug("a--b"));
  assert.not.ok(isSlug(""));
});

given.run();
