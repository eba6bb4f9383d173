// Parsing on worker threads gives what parsing here gives, in the same order.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseSource } from "../../src/sources/parse-source.ts";
import { parseInParallel, WORKER_THRESHOLD, type ParseWorker, type SourceFile } from "../../src/sources/parse-workers.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** Markdown, ninjs, wire text, a broken source and a file no loader reads, over and over. */
function sources(count: number): SourceFile[] {
  return Array.from({ length: count }, (_, index): SourceFile => {
    switch (index % 5) {
      case 0:
        return { path: `content/articles/story-${index}.md`, bytes: encode(`---\ntitle: Story ${index}\npublished: 2026-11-20T09:00:00+02:00\nsection: world\n---\n\nBEIRUT, Lebanon — Paragraph ${index} with *emphasis*.\n`) };
      case 1:
        return { path: `content/articles/wire-${index}.json`, bytes: encode(JSON.stringify({ uri: `urn:test:${index}`, headlines: [{ value: `Wire ${index}` }], versioncreated: "2026-11-20T07:00:00Z", bodies: [{ role: "main", contenttype: "text/html", value: `<p>Body ${index}</p><script>alert(1)</script>` }] })) };
      case 2:
        return { path: `content/articles/copy-${index}.txt`, bytes: encode(`HEADLINE: Copy ${index}\nDATE: 2026-11-20 09:00\n\nLONDON (Reuters) - Text ${index}.\n`) };
      case 3:
        return { path: `content/articles/broken-${index}.md`, bytes: encode(`---\ntitle: [unclosed\n---\nText\n`) };
      default:
        return { path: `content/articles/notes-${index}.docx`, bytes: encode("not a source") };
    }
  });
}

const workers = suite("parseInParallel");

workers("on two worker threads, chunk by chunk, the same results in the same order as parsing here", async () => {
  // More than two chunks of 500, so each worker takes several.
  const files = sources(1203);
  const here = files.map(({ bytes, path }) => parseSource(bytes, path));
  const parallel = await parseInParallel(files, 2);
  assert.is(parallel.length, files.length);
  assert.equal(parallel, here);
  // Every kind of result made the trip: articles, rejections and files no loader reads.
  assert.ok(parallel.some((result) => result?.kind === "article"));
  assert.ok(parallel.some((result) => result?.kind === "rejected"));
  assert.ok(parallel.some((result) => result === undefined));
});

workers("few sources are parsed here, without workers", async () => {
  const files = sources(WORKER_THRESHOLD - 1);
  assert.equal(await parseInParallel(files, 2), files.map(({ bytes, path }) => parseSource(bytes, path)));
});

workers("a source that kills its worker is rejected alone; every other source in its chunk is parsed", async () => {
  const files = sources(1203);
  const poison = files[777]!.path;
  let running = 0;
  // Stands in for a worker thread that a source exhausts (ERR_WORKER_OUT_OF_MEMORY): the real
  // parse, except that a chunk holding the poison fails as a dead worker's does.
  const start = (): ParseWorker => {
    running += 1;
    return {
      parse: async (chunk) => {
        if (chunk.some(({ path }) => path === poison)) throw new Error("Worker terminated due to reaching memory limit: JS heap out of memory");
        return chunk.map(({ bytes, path }) => parseSource(bytes, path));
      },
      stop: async () => {
        running -= 1;
        return 0;
      },
    };
  };
  const results = await parseInParallel(files, 2, start);
  assert.equal(results[777], {
    kind: "rejected",
    problems: [{ path: poison, field: "file", severity: "error", message: "reading this source stopped the worker thread parsing it (Worker terminated due to reaching memory limit: JS heap out of memory), as a file built to exhaust memory does: the source is left out; check what the file holds" }],
  });
  const here = files.map(({ bytes, path }) => parseSource(bytes, path));
  results.forEach((result, index) => index === 777 || assert.equal(result, here[index], files[index]!.path));
  assert.is(running, 0, "every worker started is stopped");
});

workers.run();

// In-process: a stand-in for the worker threads records what each would be sent, so the rule for
// when workers start and how the sources are shared out is checked without starting threads.
const sharing = suite("parseInParallel: when workers start and what each is sent");

/** Cut-off ninjs items (quick to parse) and a recording stand-in for worker threads. */
function recorded(count: number, threads: number) {
  const files: SourceFile[] = Array.from({ length: count }, (_, index) => ({ path: `content/articles/wire-${index}.json`, bytes: encode(`{"uri": "urn:newsml:example.com:${index}"`) }));
  const chunks: number[] = [];
  let started = 0;
  const start = (): ParseWorker => {
    started += 1;
    return {
      parse: async (chunk) => {
        chunks.push(chunk.length);
        return chunk.map(({ bytes, path }) => parseSource(bytes, path));
      },
      stop: async () => 0,
    };
  };
  return { files, run: () => parseInParallel(files, threads, start), chunks, started: () => started };
}

sharing("from 400 sources and two threads on, workers parse them; below either, this thread does", async () => {
  for (const [count, threads, workers] of [
    [399, 4, false],
    [400, 2, true],
    [400, 1, false],
  ] as const) {
    const { files, run, started } = recorded(count, threads);
    assert.equal(await run(), files.map(({ bytes, path }) => parseSource(bytes, path)), `${count} sources, ${threads} threads`);
    assert.is(started() > 0, workers, `${count} sources, ${threads} threads`);
  }
});

sharing("each worker is sent 500 sources at a time, the last chunk what is left, and nothing empty", async () => {
  const { files, run, chunks, started } = recorded(1203, 2);
  assert.equal(await run(), files.map(({ bytes, path }) => parseSource(bytes, path)));
  assert.equal([...chunks].sort((a, b) => b - a), [500, 500, 203]);
  assert.is(started(), 2);
});

sharing.run();
