// `npm run comments:serve`: the comment intake server. Reads _data/site.ts for the site's
// origin, path prefix, zone and comment length; appends what readers send to the moderation
// folder. Environment: COMMENTS_PORT (8787), COMMENTS_HOST (127.0.0.1), COMMENTS_QUEUE_DIR
// (moderation/), COMMENTS_SITE_DIR (the built site, _site/: forms are taken for the articles it
// lists), COMMENTS_QUEUE_LIMIT (5000 submissions waiting to be written, then 503),
// COMMENTS_TRUST_PROXY (true behind a reverse proxy that sets X-Forwarded-For),
// DATELINE_MESSAGES (the message catalogues answers are worded from, messages/, as the build reads them).
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ArticleListError } from "../src/comments/article-list.ts";
import { IntakeMessagesError } from "../src/comments/intake-language.ts";
import { startIntakeServer, type IntakeServer } from "../src/comments/intake-server.ts";
import { shown } from "../src/comments/moderate.ts";
import { DEFAULT_QUEUE_LIMIT } from "../src/comments/submission-writer.ts";
import { loadSite } from "../src/site.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = process.env;

function fail(message: string, code = 2): never {
  console.error(`comments:serve: ${message}`);
  process.exit(code);
}

const port = Number(env.COMMENTS_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`COMMENTS_PORT: "${env.COMMENTS_PORT}" is not a port number (0 to 65535)`);
const queueLimit = Number(env.COMMENTS_QUEUE_LIMIT ?? DEFAULT_QUEUE_LIMIT);
if (!Number.isInteger(queueLimit) || queueLimit < 1) fail(`COMMENTS_QUEUE_LIMIT: "${env.COMMENTS_QUEUE_LIMIT}" is not a whole number of at least 1`);
const host = env.COMMENTS_HOST ?? "127.0.0.1";
const queueDir = resolve(root, env.COMMENTS_QUEUE_DIR ?? "moderation");
const builtDir = resolve(root, env.COMMENTS_SITE_DIR ?? "_site");
// The build's rule (src/eleventy/prepare-newsroom.ts `messagesDir`), not imported: that module
// brings the whole build pipeline (some 50 MB) into a server that only needs this path.
const messagesDir = resolve(root, env.DATELINE_MESSAGES ?? "messages");
const site = await loadSite(join(root, "_data", "site.ts"));

let intake: IntakeServer;
try {
  intake = await startIntakeServer({ site, queueDir, builtDir, messagesDir, queueLimit, port, host, trustProxy: env.COMMENTS_TRUST_PROXY === "true" });
} catch (cause) {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") fail(`${host}:${port} is already in use (another intake server?): stop it, or choose another port with COMMENTS_PORT`, 1);
  if (code === "EACCES" || code === "EADDRNOTAVAIL") fail(`cannot listen on ${host}:${port} (${code}): choose another COMMENTS_HOST or COMMENTS_PORT`, 1);
  if (cause instanceof ArticleListError) fail(cause.message);
  if (cause instanceof IntakeMessagesError) fail(`${shown(messagesDir)}/: ${cause.message}`);
  throw cause;
}
console.log(`Comment intake at ${intake.url}/comment and ${intake.url}/reaction, for pages of ${new URL(site.url).origin}`);
console.log(`Submissions go to ${shown(queueDir)}/, for the articles in ${shown(builtDir)}/; moderate them with \`npm run comments -- list\`.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    intake.close().then(() => process.exit(0), () => process.exit(1));
  });
}
