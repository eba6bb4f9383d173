// Editor's notes and contributor lines taken from agency copy: shown on the article page, the
// editor's note above the story and the contributor line after it, as escaped text; the agency's
// copyright trailer nowhere.
import { load } from "cheerio";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "./build-site.ts";

// Not strict: the folder holds no comment policy page, which this suite is not about.
const site = await buildSite("tests/fixtures/wire-notes", { DATELINE_STRICT: "false" });
const $ = load(await site.read("/2026/10/14/dutch-court-weighs-fate-of-drained-polder-farms/"));

const notes = suite("wire notes on the article page");

notes("the editor's note stands above the story, the contributor line after it, both escaped", () => {
  const editor = $(".article__note--editor");
  const contributors = $(".article__note--contributors");
  assert.is(editor.length, 1);
  assert.is(contributors.length, 1);
  assert.is(editor.text(), "EDITOR’S NOTE — This story is part of a series on <rising seas> & the Low Countries.");
  assert.is(contributors.text(), "Associated Press writer Sofia <b>Berg</b> in Amsterdam contributed to this report.");
  assert.is(contributors.find("b").length, 0, "note text is escaped, never markup");
  assert.ok(editor.nextAll(".article__body").length === 1, "the editor's note comes before the body");
  assert.ok(contributors.prevAll(".article__body").length === 1, "the contributor line comes after the body");
});

notes("the body holds the story only: no note, no trailer", () => {
  const body = $(".article__body").text();
  for (const text of ["EDITOR’S NOTE", "contributed to this report", "Copyright 2026", "All rights reserved"]) assert.not.ok(body.includes(text), text);
  assert.is($(".article__body > p").first().find(".dateline").text(), "THE HAGUE, Netherlands (AP) —");
});

notes.run();
