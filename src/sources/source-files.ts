// Source files as read, kept between preview rebuilds: a rebuild rereads only the files the
// watcher says changed (and files it has not seen), not the whole archive (10,000 reads, a few
// tenths of a second, on every save). Production builds read every file.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { watchedFileCandidates } from "../eleventy/watched-path.ts";

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
   * Files the watcher reported are read afresh. Eleventy's name for a file outside the working
   * folder can be read more than one way (src/eleventy/watched-path.ts), so every reading is
   * forgotten.
   */
  changed(files: readonly string[], cwd = process.cwd()): void {
    for (const file of files) for (const candidate of watchedFileCandidates(file, cwd)) this.bytes.delete(candidate);
  }

  /** Keeps only `files` (the sources there are now): deleted files' bytes go. */
  keepOnly(files: readonly string[]): void {
    const wanted = new Set(files.map((file) => resolve(file)));
    for (const key of this.bytes.keys()) if (!wanted.has(key)) this.bytes.delete(key);
  }
}
