import { XMLValidator } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { element, escapeXml, xmlDocument } from "../../src/xml.ts";

const escape = suite("escapeXml");

escape("escapes markup characters and double quotes", () => {
  assert.is(escapeXml(`Tom & Jerry <b>"quoted"</b> it's`), "Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; it's");
});

escape("drops characters XML 1.0 cannot carry, keeps every other character", () => {
  assert.is(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe\uD800f"), "abcdef");
  assert.is(escapeXml("tab\tnew\nline — Zürich 東京 🚋"), "tab\tnew\nline — Zürich 東京 🚋");
});

escape.run();

const documents = suite("xmlDocument");

documents("lays out elements two spaces a level, text inline, empty elements closed", () => {
  const xml = xmlDocument(
    element(
      "feed",
      { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "en" },
      element("title", { type: "text" }, "Fish & chips"),
      element("link", { rel: "self", href: "https://x.test/?a=1&b=2", type: undefined }),
      undefined,
      [element("entry", {}, element("id", {}, "urn:1")), element("entry", {}, element("id", {}, "urn:2"))],
    ),
  );
  assert.fixture(
    xml,
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
      '  <title type="text">Fish &amp; chips</title>',
      '  <link rel="self" href="https://x.test/?a=1&amp;b=2"/>',
      "  <entry>",
      "    <id>urn:1</id>",
      "  </entry>",
      "  <entry>",
      "    <id>urn:2</id>",
      "  </entry>",
      "</feed>",
      "",
    ].join("\n"),
  );
});

documents("hostile text and attributes still make a well-formed document", () => {
  const hostile = `]]></title><script>alert("x")</script>&amp;\u0001 <!-- --> <?pi?>`;
  const xml = xmlDocument(element("root", { title: hostile }, element("t", {}, hostile)));
  assert.is(XMLValidator.validate(xml), true);
  assert.not.match(xml, "<script>");
});

documents.run();
