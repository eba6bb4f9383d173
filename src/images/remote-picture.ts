// A remote picture (a wire's renditions on its own servers) is used as it is: nothing is
// downloaded at build time. Its renditions' widths become the `<img>`'s srcset.
import { imageMimeType } from "../feeds/mime-type.ts";
import type { Figure, Picture, Rendition } from "../model/types.ts";

/** Print masters (4,000 px and more, megabytes each) stay out of srcset: no screen needs them. */
const MAX_SRCSET_WIDTH = 2048;
/** Renditions cropped to another shape are other pictures, not other sizes of this one. */
const ASPECT_TOLERANCE = 0.02;

export function remotePicture(figure: Figure & { src: string }): Picture {
  const img: Picture["img"] = { src: figure.src };
  if (figure.width) img.width = figure.width;
  if (figure.height) img.height = figure.height;
  const type = imageMimeType(figure);
  if (type) img.type = type;
  const sizes = srcsetRenditions(figure);
  if (sizes.length > 1) img.srcset = sizes.map((rendition) => `${rendition.href} ${rendition.width}w`).join(", ");
  return { sources: [], img, files: [] };
}

/** Remote raster renditions of the figure's shape, one per width, narrowest first. */
function srcsetRenditions(figure: Figure): (Rendition & { width: number })[] {
  const ratio = figure.width && figure.height ? figure.width / figure.height : undefined;
  const byWidth = new Map<number, Rendition & { width: number }>();
  for (const rendition of figure.renditions) {
    const { href, width, height, mimetype } = rendition;
    if (!width || !height || width > MAX_SRCSET_WIDTH) continue;
    // A comma or space would split the srcset candidate; SVG has no width to choose by.
    if (!/^https?:\/\//.test(href) || /[\s,]/.test(href) || (mimetype && !/^image\/(?!svg)/i.test(mimetype))) continue;
    if (ratio !== undefined && Math.abs(width / height - ratio) / ratio > ASPECT_TOLERANCE) continue;
    if (!byWidth.has(width)) byWidth.set(width, { ...rendition, width });
  }
  return [...byWidth.values()].sort((a, b) => a.width - b.width);
}
