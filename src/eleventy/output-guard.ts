// What Eleventy writes stays in the output folder and holds no link. Addresses made from sources
// are checked before Eleventy sees them (src/collections/page-addresses.ts); these guards are for
// everything else, such as a template's permalink, and for the pictures copied as they are.
import { lstatSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";

/** Throws before a page whose output path leads out of `output` is written. */
export function assertInsideOutput(outputPath: string | false, output: string): void {
  if (outputPath === false) return;
  const inside = relative(output, resolve(outputPath));
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    throw new Error(`Refusing to write ${outputPath}: it is outside the output folder ${output}. A template's permalink leads out of the site.`);
  }
}

/**
 * The passthrough filter for content/media/: SVG graphics only (a photo is published as its
 * derivatives, src/images/), and no link. Eleventy's copy (recursive-copy) copies a link as a link,
 * so a linked `x.svg` made `_site/media/x.svg -> /etc/passwd`; the newsroom reports each link
 * (src/linked-files.ts). `relativePath` is inside `mediaDir`.
 */
export function publishedGraphic(mediaDir: string): (relativePath: string) => boolean {
  return (relativePath) => {
    if (!relativePath.endsWith(".svg")) return false;
    try {
      return lstatSync(join(mediaDir, relativePath)).isFile();
    } catch {
      return false;
    }
  };
}
