// `npm run comments:serve`: the comment intake server. Reads _data/site.ts for the site's
// origin, path prefix, zone and comment length; appends what readers send to the moderation
// folder. Environment: COMMENTS_PORT (8787), COMMENTS_HOST (127.0.0.1), COMMENTS_QUEUE_DIR
// (moderation/), COMMENTS_TRUST_PROXY (true behind a reverse proxy that sets X-Forwarded-For).
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startIntakeServer } from "../src/comments/intake-server.ts";
import { shown } from "../src/comments/moderate.ts";
import { loadSite } from "../src/site.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = process.env;

const port = Number(env.COMMENTS_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`COMMENTS_PORT: "${env.COMMENTS_PORT}" is not a port number (0 to 65535)`);
  process.exit(2);
}
const host = env.COMMENTS_HOST ?? "127.0.0.1";
const queueDir = resolve(root, env.COMMENTS_QUEUE_DIR ?? "moderation");
const site = await loadSite(join(root, "_data", "site.ts"));

const intake = await startIntakeServer({ site, queueDir, port, host, trustProxy: env.COMMENTS_TRUST_PROXY === "true" });
console.log(`Comment intake at ${intake.url}/comment and ${intake.url}/reaction, for pages of ${new URL(site.url).origin}`);
console.log(`Submissions go to ${shown(queueDir)}/; moderate them with \`npm run comments -- list\`.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    intake.close().then(() => process.exit(0), () => process.exit(1));
  });
}
