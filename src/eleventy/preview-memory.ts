// What preview keeps between rebuilds so that a save re-does only the work the edit needs:
// source files as read, each source's article, each article's pictures, and related lists.
// A production build keeps none of it (each build starts from its caches on disk).
import { RelatedMemo } from "../collections/related.ts";
import { PictureMemo } from "../images/process-figures.ts";
import { NormalizeMemo } from "../model/normalize-memo.ts";
import { SourceFiles } from "../sources/source-files.ts";

export class PreviewMemory {
  readonly files = new SourceFiles();
  readonly articles = new NormalizeMemo();
  readonly pictures = new PictureMemo();
  readonly related = new RelatedMemo();
}
