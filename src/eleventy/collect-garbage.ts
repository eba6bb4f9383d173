// A large build's garbage, collected where most of its heap has just died: once the newsroom is
// prepared (the sources' bytes and parses) and at the end of each run but the last (Eleventy's
// objects for the run's pages); see src/eleventy/batches.ts. Left to itself, V8 collects the old
// generation only once the heap has grown well past what survived the last collection: at
// 100,000 articles it let a newsroom of about 1.6 GiB of heap grow to 2.8 GiB between
// collections, and the first build's peak RSS reached 3,868 MiB; collecting at these points held
// it to 2,897 MiB. `npm run build` starts Node with --expose-gc so that `gc` exists; started
// otherwise, this does nothing and V8 decides alone.

/** Runs a full garbage collection when Node was started with --expose-gc; says whether it could. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return gc !== undefined;
}
