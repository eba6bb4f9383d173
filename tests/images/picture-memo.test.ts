// Preview keeps each article's pictures while the derivatives stay the same.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { PictureMemo } from "../../src/images/process-figures.ts";
import { article } from "../helpers/articles.ts";

const memo = suite("PictureMemo");

memo("an article is attached once while the derivatives are unchanged, and again when they change", () => {
  const story = article({ slug: "harbour", published: "2026-11-20", lead: { field: "lead", src: "cranes.jpg", alt: "Cranes", credit: "Jane Doe/AFP" } });
  const kept = new PictureMemo();
  assert.equal(kept.namesOf(story), ["cranes.jpg"]);
  let attached = 0;
  const attach = (a: typeof story) => ({ ...a, headline: `${a.headline} #${++attached}` });

  kept.begin("derivatives v1");
  const first = kept.attach(story, attach);
  kept.begin("derivatives v1");
  assert.is(kept.attach(story, attach), first);
  assert.is(attached, 1);

  kept.begin("derivatives v2");
  const second = kept.attach(story, attach);
  assert.is.not(second, first);
  assert.is(attached, 2);
  // Another article object (an edited source) is attached for itself.
  kept.attach({ ...story }, attach);
  assert.is(attached, 3);
});

memo.run();
