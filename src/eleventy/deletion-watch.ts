// Eleventy 3.1's watcher rebuilds when a file is added or changed, not when one is only deleted:
// a story killed in preview stayed on the page until the next save of anything. This watches the
// content folder for deletions and then writes a file Eleventy is told to watch (its "trigger"),
// which makes it rebuild; the rebuild finds the source gone and removes its pages.
import { existsSync, mkdirSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export class DeletionWatch {
  /** The file written on a deletion; the config adds it to Eleventy's watch targets. */
  readonly trigger: string;
  private watcher: FSWatcher | undefined;

  /** `folder`: where the trigger lives (the cache folder; the system's temporary one without). */
  constructor(folder = tmpdir()) {
    this.trigger = join(folder, "preview-deleted-source");
  }

  /** Starts watching `folder` (once; later calls do nothing). */
  start(folder: string): void {
    if (this.watcher) return;
    // It must exist when Eleventy starts watching (after the first build): a watched path that
    // does not exist yet is not picked up when it appears.
    mkdirSync(dirname(this.trigger), { recursive: true });
    writeFileSync(this.trigger, "");
    this.watcher = watch(folder, { recursive: true }, (event, name) => {
      // A deletion comes as a "rename" of a path that is no longer there.
      if (event === "rename" && name && !existsSync(join(folder, name))) writeFileSync(this.trigger, `${Date.now()} ${name}\n`);
    });
    this.watcher.unref();
  }
}
