// `npm start` on a port another program holds stops at once with one line that says what to do,
// not a stack trace, and not a preview quietly moved to another port.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startArguments } from "../../bench/preview/start-command.ts";
import { freePort } from "../helpers/dev-server.ts";

const port = suite("npm start on a busy port");

port("exits with one clear line naming the port and the option to choose another", async () => {
  const taken = await freePort();
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(taken, resolve));
  try {
    const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
    const child = spawn(process.execPath, startArguments(script, taken), { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    // A preview that started anyway (on the next port) is stopped after 30 s and fails the test.
    const timer = setTimeout(() => child.kill(), 30_000);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearTimeout(timer);
    assert.is(code, 1, output);
    const lines = output.trim().split("\n");
    assert.equal(lines, [`npm start: port ${taken} is already in use (another preview?): stop it, or choose another port with npm start -- --port=${taken + 1}`]);
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
});

port.run();
