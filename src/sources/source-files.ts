// Source files as read, kept between preview rebuilds: a rebuild rereads only the files the
// watcher says changed (and files it has not seen), not the whole archive (10,000 reads, a few
// tenths of a second, on every save). Production builds read every file.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

export class SourceFiles {
  private readonly bytes = new Map<string, Buffer>();

  async read(file: string): Promise<Buffer> {
    const key = resolve(file);
    let kept = this.bytes.get(key);
    if (!kept) {
      kept = await readFile(key);
      this.bytes.set(key, kept);
    }
    return kept;
  }

  /**
   * Files the watcher reported are read afresh. Eleventy reports them relative to the working
   * folder (`./content/a.md`), and a file outside it with its leading slash turned into `./`
   * (`/srv/news/a.md` as `./srv/news/a.md`), so both readings are forgotten.
   */
  changed(files: readonly string[]): void {
    for (const file of files) {
      this.bytes.delete(resolve(file));
      this.bytes.delete(resolve("/", file));
    }
  }

  /** Keeps only `files` (the sources there are now): deleted files' bytes go. */
  keepOnly(files: readonly string[]): void {
    const wanted = new Set(files.map((file) => resolve(file)));
    for (const key of this.bytes.keys()) if (!wanted.has(key)) this.bytes.delete(key);
  }
}
