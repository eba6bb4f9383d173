// Runs one benchmark build in a child process of its own and times it from outside.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";

export interface ChildRun<T> {
  wallSeconds: number;
  /** What the child wrote to its result file. */
  result: T;
  /** The first lines the child printed (Dateline's build report starts there). */
  head: string[];
  /** Lines anywhere in its output that say how the build went (NOTED_LINES). */
  noted: string[];
}

/** What a Dateline build prints about itself after the report: full or in place, and search. */
const NOTED_LINES = /^(Publishing in place|Building every page|Search:)/;

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The child writes its measurements here as JSON. */
  resultFile: string;
}

const HEAD_LINES = 20;

export async function runChild<T>(args: readonly string[], { cwd, env, resultFile }: ChildOptions): Promise<ChildRun<T>> {
  const started = performance.now();
  const child = spawn(process.execPath, [...args, resultFile], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let partial = "";
  const noted: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    // The head and the noted lines are all that is kept: a large newsroom's report lists thousands of warnings.
    if (stdout.split("\n").length <= HEAD_LINES) stdout += text;
    const lines = (partial + text).split("\n");
    partial = lines.pop()!;
    noted.push(...lines.filter((line) => NOTED_LINES.test(line)));
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(`The build in ${cwd} (node ${args.join(" ")}) failed with exit code ${code}:\n${stdout.split("\n").slice(0, HEAD_LINES).join("\n")}\n${stderr}`);
  }
  const result = JSON.parse(await readFile(resultFile, "utf8")) as T;
  if (NOTED_LINES.test(partial)) noted.push(partial);
  return { wallSeconds, result, head: stdout.split("\n").slice(0, HEAD_LINES), noted };
}
