// Child process of `npm run bench`: builds the baseline site in the folder given, the way
// `npx @11ty/eleventy` would (plain Node, no TypeScript), and writes what it measured as JSON.
// Usage: node bench/baseline/build.js <site folder> <result file>
import { writeFileSync } from "node:fs";
import { Eleventy } from "@11ty/eleventy";

const [siteDir, resultFile] = process.argv.slice(2);
if (!siteDir || !resultFile) throw new Error("Usage: node bench/baseline/build.js <site folder> <result file>");
process.chdir(siteDir);
const eleventy = new Eleventy(undefined, undefined, { configPath: "eleventy.config.js", quietMode: true });
await eleventy.write();
writeFileSync(resultFile, JSON.stringify({ seconds: performance.now() / 1000, maxRssKb: process.resourceUsage().maxRSS }));
