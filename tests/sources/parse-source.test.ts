// One source can only fail itself: whatever its loader throws becomes its problem.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Loader } from "../../src/model/types.ts";
import { LOADERS } from "../../src/sources/index.ts";
import { parseSource } from "../../src/sources/parse-source.ts";

const barrier = suite("parseSource's barrier");

// No real source is known to make a loader throw any more (html-blocks.ts bounds its walk, yaml
// its aliases), which is the point; a loader registered for this suite's own extension stands in
// for the next one that does. (Near-full-stack tricks crash V8 itself: it compiles regular
// expressions on the stack, and runs out.)
const loaders = LOADERS as Record<string, Loader>;
const bytes = new TextEncoder().encode("anything");

barrier.before(() => {
  loaders[".overflows"] = () => {
    throw new RangeError("Maximum call stack size exceeded");
  };
  loaders[".breaks"] = () => {
    throw new TypeError("Cannot read properties of undefined (reading 'value')");
  };
});
barrier.after(() => {
  delete loaders[".overflows"];
  delete loaders[".breaks"];
});

barrier("a stack overflow inside a loader rejects the source, naming the file and what to do", () => {
  assert.equal(parseSource(bytes, "content/articles/deep.overflows"), {
    kind: "rejected",
    problems: [{ path: "content/articles/deep.overflows", field: "file", severity: "error", message: "reading this source stopped: it nests too deeply (thousands of levels of HTML elements, lists or quotes) for Dateline to follow: flatten the markup" }],
  });
});

barrier("any other exception rejects the source, saying what was thrown", () => {
  assert.equal(parseSource(bytes, "content/articles/odd.breaks"), {
    kind: "rejected",
    problems: [{ path: "content/articles/odd.breaks", field: "file", severity: "error", message: "reading this source failed (TypeError: Cannot read properties of undefined (reading 'value')): the source is left out; if the file looks right, report this to Dateline's maintainers with the file" }],
  });
});

barrier.run();
