// The dev server's command line, taken from package.json's `start` script so the benchmark
// previews exactly as `npm start` does (and keeps doing so when that script changes), with the
// port swapped for a free one.

/** Node's arguments for `npm start` on another port: the script's words after `node`. */
export function startArguments(script: string, port: number): string[] {
  if (/["'`$\\|&;<>]/.test(script)) throw new Error(`package.json's start script is more than one plain node command: ${script}`);
  const [program, ...words] = script.trim().split(/\s+/);
  if (program !== "node") throw new Error(`package.json's start script does not run node: ${script}`);
  const args: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word === "--port") index += 1; // `--port 8080`: drop the value too
    else if (!word.startsWith("--port=")) args.push(word);
  }
  if (!args.includes("scripts/preview.ts")) throw new Error(`package.json's start script does not run scripts/preview.ts: ${script}`);
  return [...args, `--port=${port}`];
}
