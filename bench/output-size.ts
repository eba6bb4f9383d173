// What a build wrote: files, bytes, and pages (HTML files) in its output folder.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export interface OutputSize {
  /** HTML pages. */
  pages: number;
  /** Every file: pages, feeds, sitemaps, assets, pictures, the search index. */
  files: number;
  bytes: number;
  /** The largest HTML page, to show that listing pages stay bounded. */
  largestPage: { path: string; bytes: number };
}

export async function outputSize(dir: string): Promise<OutputSize> {
  const size: OutputSize = { pages: 0, files: 0, bytes: 0, largestPage: { path: "", bytes: 0 } };
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  // A few hundred stats at a time: a large site has tens of thousands of files.
  for (let start = 0; start < files.length; start += 512) {
    const batch = files.slice(start, start + 512);
    const stats = await Promise.all(batch.map((file) => stat(file)));
    stats.forEach((info, index) => {
      const file = batch[index]!;
      size.files += 1;
      size.bytes += info.size;
      if (file.endsWith(".html")) {
        size.pages += 1;
        if (info.size > size.largestPage.bytes) size.largestPage = { path: file.slice(dir.length + 1), bytes: info.size };
      }
    });
  }
  return size;
}
