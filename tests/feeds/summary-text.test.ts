import { suite } from "uvu";
import * as assert from "uvu/assert";
import { summaryText } from "../../src/summary-text.ts";
import { html } from "./article-fixture.ts";

const summary = suite("summaryText");

summary("is the dek when there is one", () => {
  assert.is(summaryText({ dek: "Cranes & quays.", body: [{ type: "paragraph", html: html("Body.") }] }), "Cranes & quays.");
});

summary("else the first paragraph as plain text: tags dropped, entities decoded", () => {
  const body = [
    { type: "heading", level: 2, html: html("Subhead") },
    { type: "paragraph", html: html('Fish &amp; chips at <a href="/x">the <em>pier</em></a>,\n  said &quot;Ali&quot; &lt;3') },
    { type: "paragraph", html: html("Second.") },
  ] as const;
  assert.is(summaryText({ body: [...body] }), 'Fish & chips at the pier, said "Ali" <3');
});

summary("nothing when there is neither dek nor paragraph", () => {
  assert.is(summaryText({ body: [{ type: "heading", level: 2, html: html("Only a subhead") }] }), undefined);
  assert.is(summaryText({ body: [{ type: "paragraph", html: html("<br>") }] }), undefined);
});

summary.run();
