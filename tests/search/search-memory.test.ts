// A language's index that would not fit the machine's memory stops the build with why and what
// to do, before Pagefind starts, instead of Pagefind's process being killed halfway.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { assertMemoryFor, SearchIndexError } from "../../src/search/index-site.ts";

const memory = suite("search index memory");

memory("100,000 English articles on a 24 GiB machine: a clear error; 60,000 fit", () => {
  const machine = 24 * 2 ** 30;
  assert.not.throws(() => assertMemoryFor("en", 60_000, machine));
  try {
    assertMemoryFor("en", 100_000, machine);
    assert.unreachable("100,000 pages were let through");
  } catch (cause) {
    assert.instance(cause, SearchIndexError);
    assert.match((cause as Error).message, /could not index the 100,000 en articles/);
    assert.match((cause as Error).message, /needs about 30\.0 GB of memory .* this machine has 25\.8 GB/);
    assert.match((cause as Error).message, /build on a machine with more memory/);
  }
});

memory.run();
