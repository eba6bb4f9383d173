// Bytes as they reach content/articles/: UTF-8 from any editor (Windows Notepad adds a byte
// order mark), a picture dropped in the wrong folder, a Latin-1 file saved by an old editor.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { decodeSource } from "../../src/sources/decode.ts";

const PATH = "content/articles/harbour.md";
const utf8 = (text: string) => new TextEncoder().encode(text);

const decode = suite("decodeSource");

decode("UTF-8 text is read as written, with no problem", () => {
  assert.equal(decodeSource(utf8("---\ntitle: Müller’s café\n---\nText.\n"), PATH), { ok: true, text: "---\ntitle: Müller’s café\n---\nText.\n", problems: [] });
});

decode("Notepad's byte order mark is not part of the text", () => {
  const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("---\ntitle: Café\n---\n")]);
  assert.equal(decodeSource(bytes, PATH), { ok: true, text: "---\ntitle: Café\n---\n", problems: [] });
});

decode("a PNG saved among the articles is a binary file: an error on file", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const decoded = decodeSource(png, PATH);
  assert.is(decoded.ok, false);
  if (!decoded.ok) assert.equal([decoded.problem.severity, decoded.problem.field, decoded.problem.path], ["error", "file", PATH]);
  assert.match(decoded.ok ? "" : decoded.problem.message, /binary file/);
});

decode("Latin-1 text that is no agency transmission is refused, never garbled", () => {
  const decoded = decodeSource(Uint8Array.from([...utf8("---\ntitle: Caf"), 0xe9, ...utf8("\n---\n")]), PATH);
  assert.is(decoded.ok, false);
  if (!decoded.ok) assert.equal([decoded.problem.severity, decoded.problem.field, decoded.problem.path], ["error", "file", PATH]);
  assert.match(decoded.ok ? "" : decoded.problem.message, /not UTF-8 text/);
});

decode.run();
