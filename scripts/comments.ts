// `npm run comments -- list | approve <id>... | reject <id> [reason] | tally`: the editor's side
// of reader comments. Reads the moderation folder (COMMENTS_QUEUE_DIR, default moderation/) and
// writes approved comments and reaction counts to the content folder (DATELINE_CONTENT). Approve
// checks the article is still on the built site (COMMENTS_SITE_DIR, default _site/).
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { contentDir } from "../src/eleventy/prepare-newsroom.ts";
import { approve, formatPending, listPending, ModerationError, reject, shown, type PublishFolders } from "../src/comments/moderate.ts";
import { moderationFiles } from "../src/comments/moderation-queue.ts";
import { LockBusyError } from "../src/comments/moderation-lock.ts";
import { tallyReactions } from "../src/comments/reactions-tally.ts";

const USAGE = `Usage: npm run comments -- <command>

  list                    the comments waiting for an editor
  approve <id>...         publish: move to content/comments/<article>.json
  reject <id> [reason]    move to the rejected log
  tally                   add new reactions to content/reactions.json (also after approve and reject)`;

const root = fileURLToPath(new URL("..", import.meta.url));
const folders: PublishFolders = {
  queueDir: resolve(root, process.env.COMMENTS_QUEUE_DIR ?? "moderation"),
  contentDir: contentDir(root, process.env),
  builtDir: resolve(root, process.env.COMMENTS_SITE_DIR ?? "_site"),
};

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "list":
      console.log(formatPending(await listPending(folders)));
      return 0;
    case "approve": {
      if (rest.length === 0) return usage("approve needs the id of a comment");
      let failed = 0;
      for (const id of rest) {
        try {
          const done = await approve(folders, id);
          console.log(`${id}: ${done.added ? "published in" : "was already in"} ${shown(done.path)}; removed from the queue`);
        } catch (cause) {
          failed += 1;
          report(cause);
        }
      }
      await tally();
      return failed > 0 ? 1 : 0;
    }
    case "reject": {
      const [id, ...reason] = rest;
      if (!id) return usage("reject needs the id of a comment");
      let code = 0;
      try {
        const done = await reject(folders, id, reason.join(" "));
        console.log(`${id}: ${done.added ? "moved to" : "was already in"} ${shown(moderationFiles(folders.queueDir).rejected)}; removed from the queue`);
      } catch (cause) {
        code = 1;
        report(cause);
      }
      await tally();
      return code;
    }
    case "tally":
      await tally();
      return 0;
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      return usage(`unknown command "${command}"`);
  }
}

async function tally(): Promise<void> {
  const result = await tallyReactions(folders);
  for (const line of result.skipped) console.error(`${shown(line.file)}, line ${line.number}: ${line.problem}; not counted`);
  const articles = Object.keys(result.counts).length;
  if (result.outcome === "no-log") console.log(`Reactions: no reader answers in ${shown(folders.queueDir)} yet; ${shown(result.path)} left as it is.`);
  else console.log(`Reactions: ${articles} article${articles === 1 ? "" : "s"} in ${shown(result.path)}${result.outcome === "unchanged" ? " (no new answers)" : ""}.`);
}

function report(cause: unknown): void {
  if (cause instanceof ModerationError || cause instanceof LockBusyError) console.error(`error: ${cause.message}`);
  else console.error(cause);
}

function usage(problem: string): number {
  console.error(`error: ${problem}\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2)).catch((cause: unknown) => {
  report(cause);
  return 1;
});
