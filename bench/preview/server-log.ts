// Reads the dev server's console lines as events. Eleventy says in plain words when it sees a
// change, when it has written the site and when it is watching again (after telling browsers to
// reload), and those lines are the only outside view of a rebuild we have.

export type ServerEvent =
  /** The watcher saw a source change: a rebuild starts (after Eleventy's own short delay). */
  | { kind: "change"; path: string }
  /** A build finished writing: how many files, and Eleventy's own time for it. */
  | { kind: "wrote"; files: number; seconds: number }
  /**
   * Eleventy is idle again. In watch mode it prints this after the dev server has told the
   * browsers to reload, so it marks the moment an open tab starts to refresh.
   */
  | { kind: "watching" }
  /** A change came in during the build: Eleventy has told browsers to reload and builds again. */
  | { kind: "rerun" }
  /** The dev server listens here (it moves to the next port when the one asked for is taken). */
  | { kind: "server"; url: string }
  /** Dateline's build report: how many articles the build published. */
  | { kind: "report"; published: number }
  /** Something went wrong in the build (the line, as printed). */
  | { kind: "error"; text: string }
  /** One file about to be written, as Eleventy names it (one such line per file when not quiet, printed just before the write). */
  | { kind: "writing"; outputPath: string };

// Eleventy colours its output on a terminal; a child's pipe usually gets none, but FORCE_COLOR may say otherwise.
const ANSI = /\x1b\[[0-9;]*m/g;

/** The event a line of the dev server's output stands for, or undefined for any other line. */
export function readServerLine(raw: string): ServerEvent | undefined {
  const line = raw.replace(ANSI, "").trimEnd();
  let match: RegExpExecArray | null;
  if ((match = /^\[11ty\] Writing (.+?) from /.exec(line))) return { kind: "writing", outputPath: match[1]! };
  if ((match = /^\[11ty\] File (?:changed|added|deleted|removed): (.+)$/.exec(line))) return { kind: "change", path: match[1]! };
  if ((match = /^\[11ty\] (?:Copied \d+ )?Wrote (\d+) files?(?: \(skipped \d+\))? in ([\d.]+) seconds?/.exec(line))) {
    return { kind: "wrote", files: Number(match[1]), seconds: Number(match[2]) };
  }
  if (/^\[11ty\] Watching…/.test(line)) return { kind: "watching" };
  if (/^\[11ty\] You saved while Eleventy was running/.test(line)) return { kind: "rerun" };
  if ((match = /^\[11ty\] Server at (\S+)/.exec(line))) return { kind: "server", url: localhostUrl(line.slice("[11ty] Server at ".length)) ?? match[1]! };
  if ((match = /^Dateline: .*?(\d+) published/.exec(line))) return { kind: "report", published: Number(match[1]) };
  if (/^\[11ty\] .*(?:Error|Problem|error)/.test(line) || /^\[11ty\] Server error/.test(line)) return { kind: "error", text: line };
  return undefined;
}

/** Of `http://192.168.1.2:8080/ or http://localhost:8080/`, the localhost one (the dev server lists both with showAllHosts). */
function localhostUrl(hosts: string): string | undefined {
  return hosts.split(/\s+or\s+/).find((url) => /^https?:\/\/localhost[:/]/.test(url));
}
