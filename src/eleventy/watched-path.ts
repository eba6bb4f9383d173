// Which file a path the watcher reported is. Eleventy names a changed file relative to the working
// folder (`./content/a.md`), and one outside it without what led outside: an absolute path loses
// its leading slash (`/srv/news/a.md` as `./srv/news/a.md`) and a path beside the project its `../`
// (`../newsroom/a.md` as `./newsroom/a.md`). So the name is tried against the working folder and
// every folder above it, nearest first.
import { dirname, resolve } from "node:path";

export function watchedFileCandidates(name: string, cwd = process.cwd()): string[] {
  const candidates: string[] = [];
  for (let base = resolve(cwd); ; base = dirname(base)) {
    candidates.push(resolve(base, name));
    if (dirname(base) === base) return candidates;
  }
}
