// `npm run build`: the production build (strict, every page, feeds, sitemaps, the search index),
// in as many Eleventy runs as the archive needs (src/eleventy/batches.ts). With the cache folder
// of an earlier build it publishes in place (src/publish/); `--full` renders every page anyway.
import { buildInRuns } from "../src/eleventy/batches.ts";

if (process.argv.includes("--full")) process.env.DATELINE_FULL_BUILD = "true";
const started = performance.now();
try {
  const { runs } = await buildInRuns({ quiet: !process.argv.includes("--verbose") });
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s${runs > 1 ? ` (${runs} Eleventy runs)` : ""}.`);
} catch (cause) {
  // Eleventy has printed a strict build's error (what to fix); anything else is shown whole.
  if (!(cause instanceof Error && cause.name === "StrictBuildError")) console.error(cause);
  process.exitCode = 1;
}
