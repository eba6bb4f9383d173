// Files the site writes whole from data (feeds, sitemaps, robots.txt). Each is laid out once per
// build in pagination's `before` (Eleventy runs computed data twice; this runs once), one page
// per file, and its template only prints the finished text.
import type { NewsroomData } from "./prepare-newsroom.ts";

export interface GeneratedFile {
  /** Site path of the file, such as `/feed.xml`. */
  path: string;
  text: string;
}

/** The data-file object for a template whose pages are the files `make` returns. */
export function generatedFiles(make: (newsroom: NewsroomData) => GeneratedFile[]) {
  return {
    eleventyExcludeFromCollections: true,
    pagination: {
      // A stand-in: `before` replaces it with the files.
      data: "newsroom.site.sections",
      size: 1,
      alias: "file",
      addAllPagesToCollections: false,
      before: (_standIn: unknown, data: { newsroom: NewsroomData }): GeneratedFile[] => make(data.newsroom),
    },
    permalink: (data: { file: GeneratedFile }) => data.file.path,
  };
}
