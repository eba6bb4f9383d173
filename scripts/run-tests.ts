// Runs every uvu suite under tests/ through tsx and ends with the one line CI reads:
// `N passed, N failed`. uvu prints totals but not that line, prints no summary at all when a
// file throws while loading, and passes an empty run; each of those fails here.
import { spawn } from "node:child_process";

// `npm test` runs tests/**/*.test.ts; `npm run test:browser` passes tests/browser and its own pattern.
const [dir = "tests", pattern = "\\.test\\.ts$"] = process.argv.slice(2);
const args = ["--import", "tsx", "node_modules/uvu/bin.js", dir, pattern];
const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, stdio: ["ignore", "pipe", "inherit"] });

let output = "";
child.stdout.on("data", (chunk: Buffer) => {
  output += chunk.toString();
  process.stdout.write(chunk);
});

child.on("close", (code) => {
  const total = Number(/^\s*Total:\s+(\d+)/m.exec(output)?.[1]);
  const passed = Number(/^\s*Passed:\s+(\d+)/m.exec(output)?.[1]);
  if (!Number.isFinite(total) || !Number.isFinite(passed)) {
    console.log("\nThe test run printed no summary: a suite failed while loading (see above).");
    console.log(`0 passed, 1 failed`);
    process.exit(1);
  }
  const failed = total - passed;
  if (total === 0) {
    console.log("\nNo tests ran: every suite must end with .run().");
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || code !== 0 ? 1 : 0);
});
