// Which loader reads a file (by its extension alone), how its bytes reach the loader, and the
// shared rule that optional fields stay absent. File names are as newsrooms name them: Hugo and
// Jekyll posts with dates in the name, agency feeds saved by their systems, editors' leftovers.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { dropUndefined } from "../../src/sources/drop-undefined.ts";
import { loaderFor } from "../../src/sources/index.ts";
import { parseMarkdown } from "../../src/sources/markdown.ts";
import { parseNinjs } from "../../src/sources/ninjs.ts";
import { parseSource } from "../../src/sources/parse-source.ts";
import { parseWireText } from "../../src/sources/wire-text.ts";

const choice = suite("loaderFor");

choice("the last extension picks the loader, in any case; other files have none", () => {
  const cases: [path: string, loader: unknown][] = [
    ["content/articles/2019-11-18-ferry.md", parseMarkdown],
    ["content/articles/2019.11.18.ferry-timetable.md", parseMarkdown],
    ["content/articles/HARBOUR.MD", parseMarkdown],
    ["content/articles/wire/ap-harbour.json", parseNinjs],
    ["content/articles/wire/afp.v2.Json", parseNinjs],
    ["content/articles/wire/reuters-copy.txt", parseWireText],
    ["content/articles/wire/anpa/20191118.TST", parseWireText],
    ["content/articles/notes.docx", undefined],
    ["content/articles/harbour.md.bak", undefined],
    ["content/articles/README", undefined],
    ["content/articles.md/README", undefined],
  ];
  for (const [path, loader] of cases) assert.is(loaderFor(path), loader, path);
});

choice.run();

const bytes = suite("parseSource: bytes to the loader");

const story = "---\ntitle: Harbour reopens after the storm\npublished: 2026-11-20T09:00:00+02:00\nsection: world\n---\n\nBEIRUT, Lebanon — The harbour reopened on Friday.\n";
const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

bytes("a byte-order mark, even one saved twice by two editors, is not part of the front matter", () => {
  for (const marks of [1, 2]) {
    const file = new Uint8Array([...Array.from({ length: marks }, () => BOM).flat(), ...utf8(story)]);
    const result = parseSource(file, "content/articles/world/harbour.md");
    assert.is(result?.kind === "article" && result.input.headline, "Harbour reopens after the storm", `${marks} mark(s)`);
  }
});

bytes("bytes that are not text are that file's problem, before any loader", () => {
  // A picture saved into the articles folder with a story's name.
  const picture = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  const result = parseSource(picture, "content/articles/world/harbour.md");
  assert.is(result?.kind, "rejected");
  assert.equal(result?.kind === "rejected" && result.problems.map(({ path, field, severity }) => ({ path, field, severity })), [{ path: "content/articles/world/harbour.md", field: "file", severity: "error" }]);
});

bytes.run();

const optional = suite("dropUndefined");

optional("absent optional fields are left out; every other value stays, falsy ones too", () => {
  assert.equal(dropUndefined({ headline: "Harbour reopens", dek: undefined, kicker: "", priority: 0, embargoed: false, credit: null }), { headline: "Harbour reopens", kicker: "", priority: 0, embargoed: false, credit: null });
});

optional.run();
