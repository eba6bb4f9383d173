// The editor's side: approve, reject, list, tally, and what happens when a step fails midway.
import { execFile, spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { appendLine, writeFileAtomic, type WriteFileAtomic } from "../../src/comments/atomic-write.ts";
import { parseCommentsFile } from "../../src/comments/comments-file.ts";
import { loadApprovedComments } from "../../src/comments/load-comments.ts";
import { approve, formatPending, listPending, ModerationError, reject, type PublishFolders } from "../../src/comments/moderate.ts";
import { LockBusyError, withModerationLock } from "../../src/comments/moderation-lock.ts";
import { moderationFiles, type QueuedComment, type ReactionEntry } from "../../src/comments/moderation-queue.ts";
import { tallyReactions } from "../../src/comments/reactions-tally.ts";
import { startIntakeServer } from "../../src/comments/intake-server.ts";
import { segmentName } from "../../src/comments/submission-log.ts";
import { createSubmissionWriter, type SubmissionWriter } from "../../src/comments/submission-writer.ts";
import { makeTestSite } from "../helpers/test-site.ts";

interface Folders extends PublishFolders {
  root: string;
  /** Appends as the intake server does (one writer, one open segment). */
  writer: SubmissionWriter;
}

const BUILT_ARTICLES = ["harbour-reopens", "a-story", "b-story"];

async function folders(): Promise<Folders> {
  const root = await mkdtemp(join(tmpdir(), "dateline-moderate-"));
  const queueDir = join(root, "moderation");
  const result = { root, queueDir, contentDir: join(root, "content"), builtDir: join(root, "_site"), writer: createSubmissionWriter(queueDir) };
  await mkdir(result.queueDir, { recursive: true });
  await mkdir(result.contentDir, { recursive: true });
  await writeBuiltArticles(result.builtDir, BUILT_ARTICLES);
  return result;
}

/** The built site's article list, as the build writes it (src/comments/article-list.ts). */
async function writeBuiltArticles(builtDir: string, ids: readonly string[]): Promise<void> {
  await mkdir(builtDir, { recursive: true });
  const articles = Object.fromEntries(ids.map((id) => [id, { url: `/2026/11/18/${id}/`, commentsOpen: true }]));
  await writeFile(join(builtDir, "comment-articles.json"), JSON.stringify({ articles }));
}

function enqueueComment(where: Folders, comment: QueuedComment): Promise<void> {
  return where.writer.append("comments", JSON.stringify(comment));
}

function logReaction(where: Folders, reaction: ReactionEntry): Promise<void> {
  return where.writer.append("reactions", JSON.stringify(reaction));
}

function entry(id: string, overrides: Partial<QueuedComment> = {}): QueuedComment {
  return {
    id,
    received: "2026-11-18T17:02:09+02:00",
    article: "harbour-reopens",
    url: "/2026/11/18/harbour-reopens/",
    name: "Maya",
    email: `${id}@example.com`,
    text: `Comment ${id}`,
    ...overrides,
  };
}

async function queueIds(where: Folders): Promise<string[]> {
  return (await listPending(where)).pending.map((pending) => pending.id);
}

const commentsPath = (where: Folders, article = "harbour-reopens") => join(where.contentDir, "comments", `${article}.json`);

async function published(where: Folders, article = "harbour-reopens") {
  const result = parseCommentsFile(await readFile(commentsPath(where, article), "utf8"), "x", article);
  if (!result.ok) throw new Error("unreadable comments file");
  assert.equal(result.problems, []);
  return result.file.comments;
}

/** An append step that fails for one file, as a crash or a full disk would. */
function appendFailingFor(name: string): typeof appendLine {
  return async (path, line, options) => {
    if (path.endsWith(name)) throw new Error(`simulated crash appending to ${name}`);
    await appendLine(path, line, options);
  };
}

/** A write step that fails for one file, as a crash or a full disk would. */
function failingFor(name: string): WriteFileAtomic {
  return async (path, text, options) => {
    if (path.endsWith(name)) throw new Error(`simulated crash writing ${name}`);
    await writeFileAtomic(path, text, options);
  };
}

function within(where: Folders, test: (where: Folders) => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await test(where);
    } finally {
      await where.writer.close();
      await rm(where.root, { recursive: true, force: true });
    }
  };
}

// ---------------------------------------------------------------------------------------------

const approving = suite("approve");

approving("moves the comment into content/comments/<article>.json (created if missing), without the e-mail", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000001"));
    await enqueueComment(where, entry("c-000000000002"));
    const done = await approve(where, "c-000000000001");
    assert.equal({ added: done.added, article: done.article }, { added: true, article: "harbour-reopens" });
    assert.equal(await published(where), [{ id: "c-000000000001", author: "Maya", posted: "2026-11-18T17:02:09+02:00", text: "Comment c-000000000001" }]);
    const text = await readFile(commentsPath(where), "utf8");
    assert.not.match(text, /@example\.com|email/);
    assert.equal(await queueIds(where), ["c-000000000002"]);
    // The build reads it as any approved comment.
    const loaded = await loadApprovedComments(where.contentDir, where.root);
    assert.equal(loaded.problems, []);
    assert.equal(loaded.byArticle.get("harbour-reopens")?.comments.map((comment) => comment.id), ["c-000000000001"]);
    assert.equal(await readdir(join(where.contentDir, "comments")), ["harbour-reopens.json"], "no temporary file is left");
  })();
});

approving("appends to an existing file, keeping its comments and their order; a reply to an approved comment is kept", async () => {
  const where = await folders();
  await within(where, async () => {
    await mkdir(join(where.contentDir, "comments"));
    const existing = { article: "harbour-reopens", comments: [{ id: "c-old", author: "Karim", posted: "2026-11-18T10:00:00+02:00", text: "First.", pick: true }] };
    await writeFile(commentsPath(where), JSON.stringify(existing));
    await enqueueComment(where, entry("c-000000000003", { replyTo: "c-old", text: "Line one\n\nLine <two> & \"three\"" }));
    await approve(where, "c-000000000003");
    const comments = await published(where);
    assert.equal(comments.map((comment) => [comment.id, comment.replyTo, comment.pick]), [["c-old", undefined, true], ["c-000000000003", "c-old", undefined]]);
    assert.is(comments[1]!.text, "Line one\n\nLine <two> & \"three\"");
  })();
});

approving("a reply to a comment that is not published is refused, and nothing changes", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000004", { replyTo: "c-000000000005" }));
    await enqueueComment(where, entry("c-000000000005"));
    try {
      await approve(where, "c-000000000004");
      assert.unreachable("should refuse");
    } catch (cause) {
      assert.instance(cause, ModerationError);
      assert.match((cause as Error).message, /cannot approve c-000000000004: .*not a comment in this file.*approve c-000000000005 first/);
    }
    assert.equal(await queueIds(where), ["c-000000000004", "c-000000000005"]);
    assert.equal(await readdir(where.contentDir), []);
    await approve(where, "c-000000000005");
    await approve(where, "c-000000000004");
    assert.equal((await published(where)).map((comment) => comment.id), ["c-000000000005", "c-000000000004"]);
  })();
});

approving("a comments file with problems is not rewritten (that would drop the comments at fault)", async () => {
  const where = await folders();
  await within(where, async () => {
    await mkdir(join(where.contentDir, "comments"));
    const broken = JSON.stringify({ comments: [{ id: "c-1", posted: "yesterday", text: "hand-edited" }] });
    await writeFile(commentsPath(where), broken);
    await enqueueComment(where, entry("c-000000000006"));
    try {
      await approve(where, "c-000000000006");
      assert.unreachable("should refuse");
    } catch (cause) {
      assert.instance(cause, ModerationError);
      assert.match((cause as Error).message, /has problems; fix them first[\s\S]*comments\[0\]\.posted/);
    }
    assert.is(await readFile(commentsPath(where), "utf8"), broken);
    assert.equal(await queueIds(where), ["c-000000000006"]);
  })();
});

approving("unknown ids are clear errors: not an id, not waiting, already published, already rejected", async () => {
  const where = await folders();
  await within(where, async () => {
    const message = async (id: string) => {
      try {
        await approve(where, id);
      } catch (cause) {
        assert.instance(cause, ModerationError);
        return (cause as Error).message;
      }
      throw new Error(`approve ${id} should fail`);
    };
    assert.match(await message("../etc"), /"..\/etc" is not a submission id/);
    assert.match(await message("c-nothing"), /no submission c-nothing is waiting in .*moderation: `npm run comments -- list` shows the waiting ones/);
    await enqueueComment(where, entry("c-000000000007"));
    await enqueueComment(where, entry("c-000000000008"));
    await approve(where, "c-000000000007");
    await reject(where, "c-000000000008", "spam");
    assert.match(await message("c-000000000007"), /c-000000000007 is not waiting: it is already published in .*harbour-reopens\.json/);
    assert.match(await message("c-000000000008"), /c-000000000008 is not waiting: it was rejected \(.*rejected\.jsonl, line 1\)/);
  })();
});

approving.run();

// ---------------------------------------------------------------------------------------------

const rejecting = suite("reject");

rejecting("moves the comment to the rejected log with the time and the reason; the queue loses it", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000010"));
    await enqueueComment(where, entry("c-000000000011"));
    const done = await reject(where, "c-000000000010", "off topic\u001b[2J", { now: () => Date.parse("2026-11-19T08:00:00Z") });
    assert.is(done.added, true);
    const lines = (await readFile(moderationFiles(where.queueDir).rejected, "utf8")).split("\n").filter(Boolean);
    assert.is(lines.length, 1);
    const logged = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.is(logged.id, "c-000000000010");
    assert.is(logged.email, "c-000000000010@example.com", "kept for the editor, in the moderation folder");
    assert.is(logged.reason, "off topic [2J");
    assert.is(Date.parse(String(logged.rejected)), Date.parse("2026-11-19T08:00:00Z"));
    assert.equal(await queueIds(where), ["c-000000000011"]);
    assert.equal(await readdir(where.contentDir), [], "nothing published");
  })();
});

rejecting.run();

// ---------------------------------------------------------------------------------------------

const crashes = suite("a step that fails midway");

crashes("approve: a crash between writing the comments file and recording the decision leaves it published once and still queued; running again finishes", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000020"));
    await enqueueComment(where, entry("c-000000000021"));
    try {
      await approve(where, "c-000000000020", { append: appendFailingFor("decided.jsonl") });
      assert.unreachable("the simulated crash should surface");
    } catch (cause) {
      assert.match((cause as Error).message, /simulated crash/);
    }
    assert.equal((await published(where)).map((comment) => comment.id), ["c-000000000020"]);
    assert.equal(await queueIds(where), ["c-000000000020", "c-000000000021"], "nothing left the queue");
    assert.not.ok((await readdir(where.queueDir)).includes(".lock"), "the lock is released");

    const again = await approve(where, "c-000000000020");
    assert.is(again.added, false);
    assert.equal((await published(where)).map((comment) => comment.id), ["c-000000000020"], "not added twice");
    assert.equal(await queueIds(where), ["c-000000000021"]);
  })();
});

crashes("approve: a failure writing the comments file leaves the queue and the content folder as they were", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000022"));
    try {
      await approve(where, "c-000000000022", { write: failingFor("harbour-reopens.json") });
      assert.unreachable("should fail");
    } catch (cause) {
      assert.match((cause as Error).message, /simulated crash/);
    }
    assert.equal(await queueIds(where), ["c-000000000022"]);
    assert.not.ok((await readdir(where.queueDir)).includes("decided.jsonl"), "nothing decided");
    assert.equal(await readdir(join(where.contentDir, "comments")), []);
  })();
});

crashes("reject: a crash before the decision is recorded; running again does not log it twice", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000023"));
    await reject(where, "c-000000000023", "spam", { append: appendFailingFor("decided.jsonl") }).catch(() => undefined);
    assert.equal(await queueIds(where), ["c-000000000023"]);
    const again = await reject(where, "c-000000000023", "spam");
    assert.is(again.added, false);
    assert.is((await readFile(moderationFiles(where.queueDir).rejected, "utf8")).split("\n").filter(Boolean).length, 1);
    assert.equal(await queueIds(where), []);
  })();
});

crashes("reject: a failure appending to the rejected log leaves the queue as it was", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000024"));
    const append: typeof appendLine = async () => {
      throw new Error("simulated full disk");
    };
    await reject(where, "c-000000000024", undefined, { append }).catch(() => undefined);
    assert.equal(await queueIds(where), ["c-000000000024"]);
  })();
});

crashes("writeFileAtomic: a failed write leaves the old file whole and no temporary file", async () => {
  const where = await folders();
  await within(where, async () => {
    const path = join(where.contentDir, "reactions.json");
    await writeFile(path, "old\n");
    // Renaming a file over a folder fails after the temporary file was written and flushed.
    await mkdir(join(where.contentDir, "folder"));
    try {
      await writeFileAtomic(join(where.contentDir, "folder"), "new\n");
      assert.unreachable("should fail");
    } catch (cause) {
      assert.match((cause as Error).message, /Cannot write .*folder/);
    }
    await writeFileAtomic(path, "new\n");
    assert.is(await readFile(path, "utf8"), "new\n");
    assert.equal((await readdir(where.contentDir)).sort(), ["folder", "reactions.json"]);
  })();
});

crashes("an earlier version's queue.jsonl is read; a line cut short in it is kept as it was; new submissions go to the server's segment", async () => {
  const where = await folders();
  await within(where, async () => {
    const queue = join(where.queueDir, "queue.jsonl");
    await writeFile(queue, `${JSON.stringify(entry("c-000000000025"))}\n{"id":"c-cut-sh`);
    await enqueueComment(where, entry("c-000000000026"));
    const pending = await listPending(where);
    assert.equal(pending.pending.map((item) => item.id), ["c-000000000025", "c-000000000026"]);
    assert.equal(pending.broken.map((line) => [line.file, line.number]), [[queue, 2]]);
    await approve(where, "c-000000000025");
    assert.is(await readFile(queue, "utf8"), '{"id":"c-cut-sh\n');
    assert.equal(await queueIds(where), ["c-000000000026"]);
  })();
});

/** A segment as a server that has since died left it: its pid is no longer running. */
async function deadServerSegment(where: Folders, text: string): Promise<string> {
  const dead = spawnSync(process.execPath, ["-e", ""]).pid;
  const path = join(where.queueDir, segmentName("comments", Date.parse("2026-11-18T10:00:00Z"), dead));
  await writeFile(path, text, { mode: 0o600 });
  return path;
}

crashes("closed segments lose decided comments (and their e-mail addresses); a fully decided one is deleted; a last line cut short by a crash is dropped", async () => {
  const where = await folders();
  await within(where, async () => {
    const lines = ["c-000000000060", "c-000000000061", "c-000000000062"].map((id) => JSON.stringify(entry(id)));
    const closed = await deadServerSegment(where, `${lines.join("\n")}\n{"id":"c-00000000006`);
    await enqueueComment(where, entry("c-000000000063"));
    assert.equal((await listPending(where)).broken, [], "a cut last line was never acknowledged: not a problem to report");
    await approve(where, "c-000000000060");
    await reject(where, "c-000000000061", "spam");
    assert.is(await readFile(closed, "utf8"), `${lines[2]}\n`);
    assert.is((await stat(closed)).mode & 0o777, 0o600);
    await approve(where, "c-000000000062");
    await approve(where, "c-000000000063");
    assert.not.ok((await readdir(where.queueDir)).includes(basename(closed)), "deleted once every comment in it is decided");
    const openSegment = (await readdir(where.queueDir)).find((name) => name.startsWith("comments."));
    assert.ok(openSegment, "the live writer's segment is left alone");
    assert.match(await readFile(join(where.queueDir, openSegment!), "utf8"), /c-000000000063/);
    assert.equal(await queueIds(where), []);
  })();
});

crashes("approve refuses a comment whose article is no longer on the built site, and keeps it waiting", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000064", { article: "gone-story" }));
    try {
      await approve(where, "c-000000000064");
      assert.unreachable("should refuse");
    } catch (cause) {
      assert.instance(cause, ModerationError);
      assert.match((cause as Error).message, /cannot approve c-000000000064: its article "gone-story" is not on the site any more \(.*comment-articles\.json does not list it\)\. It stays in the queue/);
    }
    assert.equal(await queueIds(where), ["c-000000000064"]);
    assert.equal(await readdir(where.contentDir), [], "no comments file made for it");
    await writeBuiltArticles(where.builtDir, [...BUILT_ARTICLES, "gone-story"]);
    assert.is((await approve(where, "c-000000000064")).added, true, "once the site has it again");
  })();
});

crashes("an empty lock file left by a crash does not hold anyone up; temporary files left by a crash are removed", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000065"));
    await writeFile(join(where.queueDir, ".lock"), "");
    await writeFile(join(where.queueDir, ".queue.jsonl.0123456789ab.tmp"), JSON.stringify(entry("c-000000000065")));
    const started = Date.now();
    await approve(where, "c-000000000065");
    assert.ok(Date.now() - started < 1_000, `approved after ${Date.now() - started} ms`);
    assert.equal((await readdir(where.queueDir)).filter((name) => name.startsWith(".")), []);
  })();
});

crashes("the lock: submissions arriving while an editor approves are all kept", async () => {
  const where = await folders();
  await within(where, async () => {
    for (let index = 0; index < 5; index += 1) await enqueueComment(where, entry(`c-00000000010${index}`));
    const arriving = Array.from({ length: 20 }, (_, index) => enqueueComment(where, entry(`c-0000000002${String(index).padStart(2, "0")}`)));
    const approving = ["c-000000000100", "c-000000000101", "c-000000000102"].map((id) => approve(where, id));
    await Promise.all([...arriving, ...approving]);
    const ids = await queueIds(where);
    assert.is(ids.length, 22);
    assert.ok(ids.includes("c-000000000103") && ids.includes("c-000000000219"));
    assert.equal((await published(where)).map((comment) => comment.id).sort(), ["c-000000000100", "c-000000000101", "c-000000000102"]);
  })();
});

crashes("the lock: one left by a process that died is taken over; one held by a live process makes others wait, then give up clearly", async () => {
  const where = await folders();
  await within(where, async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(join(where.queueDir, ".lock"), JSON.stringify({ pid: dead, host: hostname(), since: Date.now() }));
    await enqueueComment(where, entry("c-000000000030"));
    assert.equal(await queueIds(where), ["c-000000000030"]);

    let release: () => void = () => undefined;
    let entered = false;
    const held = withModerationLock(where.queueDir, () => new Promise<void>((resolve) => ((entered = true), (release = resolve))));
    // Until the first holder is inside (a loaded machine may take a while), not a fixed pause.
    while (!entered) await new Promise((resolve) => setTimeout(resolve, 5));
    try {
      await withModerationLock(where.queueDir, async () => undefined, { waitMs: 100 });
      assert.unreachable("should give up");
    } catch (cause) {
      assert.instance(cause, LockBusyError);
      assert.match((cause as Error).message, new RegExp(`held by process ${process.pid}`));
    }
    release();
    await held;
    assert.equal((await readdir(where.queueDir)).filter((name) => !name.startsWith("comments.")), [], "no lock left");
  })();
});

crashes.run();

// ---------------------------------------------------------------------------------------------

const listing = suite("list");

listing("each waiting comment: id, article, name, time, the first 80 characters; then the count; terminal-safe", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000040", { text: `${"word ".repeat(30)}\n\nend`, name: "Maya" }));
    await enqueueComment(where, entry("c-000000000041", { text: "Short.\r\u001b[31mred", name: "Ka\u202erim", replyTo: "c-000000000040" }));
    const text = formatPending(await listPending(where));
    const lines = text.split("\n");
    assert.is(lines[0], "c-000000000040  harbour-reopens  Maya  2026-11-18T17:02:09+02:00");
    assert.is(lines[1], `    ${"word ".repeat(16).trim()}…`);
    assert.is(lines[2], "c-000000000041  harbour-reopens  Ka\\u{202e}rim  2026-11-18T17:02:09+02:00  reply to c-000000000040");
    assert.is(lines[3], "    Short.\\u{d}\\u{1b}[31mred");
    assert.is(lines[4], "2 comments waiting.");
    assert.is(formatPending({ pending: [], broken: [] }), "0 comments waiting.");
  })();
});

listing.run();

// ---------------------------------------------------------------------------------------------

const tally = suite("tallyReactions");

tally("counts an earlier version's reactions.jsonl into content/reactions.json; a second run changes nothing; bad lines are skipped and named", async () => {
  const where = await folders();
  await within(where, async () => {
    const log = join(where.queueDir, "reactions.jsonl");
    for (const [article, choice] of [["b-story", "yes"], ["a-story", "no"], ["b-story", "yes"], ["b-story", "no"]] as const) {
      await appendLine(log, JSON.stringify({ id: "r-1", received: "2026-11-18T17:02:09Z", article, choice }));
    }
    await appendLine(log, JSON.stringify({ article: "a-story", choice: "yes", count: 40 }));
    await appendLine(log, JSON.stringify({ article: "../x", choice: "yes" }));
    await appendLine(log, "garbage");
    const first = await tallyReactions(where);
    assert.is(first.outcome, "written");
    assert.equal(first.skipped.map((line) => line.number), [6, 7]);
    assert.is(await readFile(join(where.contentDir, "reactions.json"), "utf8"), '{\n  "a-story": { "yes": 40, "no": 1 },\n  "b-story": { "yes": 2, "no": 1 }\n}\n');
    assert.is((await tallyReactions(where)).outcome, "unchanged");
  })();
});

tally("without a log the counts file is left alone (it may hold counts brought from an old site)", async () => {
  const where = await folders();
  await within(where, async () => {
    await writeFile(join(where.contentDir, "reactions.json"), '{ "old": { "yes": 87, "no": 2 } }\n');
    assert.is((await tallyReactions(where)).outcome, "no-log");
    assert.is(await readFile(join(where.contentDir, "reactions.json"), "utf8"), '{ "old": { "yes": 87, "no": 2 } }\n');
  })();
});

tally("a tally ADDS to the counts the newsroom already publishes (the sample's beirut 41/6 and leeds 87/2 stay), and approving keeps published comments", async () => {
  const where = await folders();
  await within(where, async () => {
    await rm(where.contentDir, { recursive: true });
    await cp(fileURLToPath(new URL("../../content", import.meta.url)), where.contentDir, { recursive: true });
    const beirutBefore = JSON.parse(await readFile(commentsPath(where, "beirut-port-reopens"), "utf8")) as { comments: { id: string }[] };
    await writeBuiltArticles(where.builtDir, ["beirut-port-reopens", "leeds-community-orchard-saved"]);
    await logReaction(where, { id: "r-000000000001", received: "2026-11-18T17:02:09Z", article: "beirut-port-reopens", choice: "yes" });
    await enqueueComment(where, entry("c-000000000070", { article: "beirut-port-reopens", url: "/2026/11/18/beirut-port-reopens/" }));
    await approve(where, "c-000000000070");
    assert.is((await tallyReactions(where)).outcome, "written");
    const counts = JSON.parse(await readFile(join(where.contentDir, "reactions.json"), "utf8")) as unknown;
    assert.equal(counts, { "beirut-port-reopens": { yes: 42, no: 6 }, "leeds-community-orchard-saved": { yes: 87, no: 2 } });
    assert.is((await tallyReactions(where)).outcome, "unchanged", "counted once");
    await logReaction(where, { id: "r-000000000002", received: "2026-11-18T17:03:09Z", article: "leeds-community-orchard-saved", choice: "no" });
    await tallyReactions(where);
    assert.equal(JSON.parse(await readFile(join(where.contentDir, "reactions.json"), "utf8")), { "beirut-port-reopens": { yes: 42, no: 6 }, "leeds-community-orchard-saved": { yes: 87, no: 3 } });
    const ids = (await published(where, "beirut-port-reopens")).map((comment) => comment.id);
    assert.equal(ids, [...beirutBefore.comments.map((comment) => comment.id), "c-000000000070"]);
  })();
});

tally("a crash between recording what was counted and writing the counts: the next tally counts those answers once", async () => {
  const where = await folders();
  await within(where, async () => {
    await writeFile(join(where.contentDir, "reactions.json"), '{ "a-story": { "yes": 10, "no": 0 } }\n');
    await logReaction(where, { id: "r-000000000003", received: "2026-11-18T17:02:09Z", article: "a-story", choice: "yes" });
    try {
      await tallyReactions(where, { write: failingFor("reactions.json") });
      assert.unreachable("the simulated crash should surface");
    } catch (cause) {
      assert.match((cause as Error).message, /simulated crash/);
    }
    await tallyReactions(where);
    assert.equal(JSON.parse(await readFile(join(where.contentDir, "reactions.json"), "utf8")), { "a-story": { yes: 11, no: 0 } });
  })();
});

tally.run();

// ---------------------------------------------------------------------------------------------

const command = suite("npm run comments");
const run = promisify(execFile);

command("list, approve, reject and an unknown id, through the script", async () => {
  const where = await folders();
  await within(where, async () => {
    await enqueueComment(where, entry("c-000000000050"));
    await enqueueComment(where, entry("c-000000000051"));
    await logReaction(where, { id: "r-2", received: "2026-11-18T17:02:09Z", article: "harbour-reopens", choice: "yes" });
    const env = { ...process.env, COMMENTS_QUEUE_DIR: where.queueDir, DATELINE_CONTENT: where.contentDir, COMMENTS_SITE_DIR: where.builtDir, NO_COLOR: "1" };
    const script = (...args: string[]) => run(process.execPath, ["--import", "tsx", "scripts/comments.ts", ...args], { env, cwd: fileURLToPath(new URL("../..", import.meta.url)) });

    const list = await script("list");
    assert.match(list.stdout, /c-000000000050  harbour-reopens  Maya/);
    assert.match(list.stdout, /2 comments waiting\./);

    const approved = await script("approve", "c-000000000050");
    assert.match(approved.stdout, /c-000000000050: published in .*harbour-reopens\.json; removed from the queue/);
    assert.match(approved.stdout, /Reactions: 1 article in .*reactions\.json/);

    const rejected = await script("reject", "c-000000000051", "personal", "attack");
    assert.match(rejected.stdout, /c-000000000051: moved to .*rejected\.jsonl/);
    assert.is(JSON.parse((await readFile(moderationFiles(where.queueDir).rejected, "utf8")).trim()).reason, "personal attack");

    try {
      await script("approve", "c-000000000099");
      assert.unreachable("should exit non-zero");
    } catch (cause) {
      const failed = cause as { code: number; stderr: string };
      assert.is(failed.code, 1);
      assert.match(failed.stderr, /^error: no submission c-000000000099 is waiting/m);
    }
    const names = (await readdir(where.queueDir)).map((name) => name.replace(/\.\d{8}T\d{9}Z\.[A-Za-z0-9-]+\.\d+\.jsonl$/, ".<segment>.jsonl")).sort();
    assert.equal(names, ["comments.<segment>.jsonl", "decided.jsonl", "reactions-tallied.json", "reactions.<segment>.jsonl", "rejected.jsonl"]);
    assert.equal(await queueIds(where), []);
  })();
});

command.run();

// ---------------------------------------------------------------------------------------------

const roundTrip = suite("the round trip");

roundTrip("a reader's comment, sent to the intake server, approved, is what the build reads", async () => {
  const where = await folders();
  const intake = await startIntakeServer({ site: makeTestSite(), queueDir: where.queueDir, builtDir: where.builtDir, port: 0, host: "127.0.0.1", log: () => undefined });
  await within(where, async () => {
    const body = new URLSearchParams({ article: "harbour-reopens", url: "/2026/11/18/harbour-reopens/", name: "Nadia F.", email: "nadia@example.com", comment: "Two lines,\r\nand <b>tags</b>.", website: "" });
    const response = await fetch(`${intake.url}/comment`, { method: "POST", body, headers: { Accept: "application/json" } });
    const answer = (await response.json()) as { ok: boolean; id: string };
    assert.is(answer.ok, true);
    await approve(where, answer.id);
    const loaded = await loadApprovedComments(where.contentDir, where.root);
    assert.equal(loaded.problems, []);
    const [comment] = loaded.byArticle.get("harbour-reopens")!.comments;
    assert.equal({ id: comment!.id, author: comment!.author, text: comment!.text }, { id: answer.id, author: "Nadia F.", text: "Two lines,\nand <b>tags</b>." });
    assert.not.match(await readFile(commentsPath(where), "utf8"), /nadia@example\.com/);
  })().finally(() => intake.close());
});

roundTrip.run();
