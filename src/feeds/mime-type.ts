// The media type of a picture, for enclosures and attachments: from a rendition that says it,
// else from the file's extension.
import type { Figure } from "../model/types.ts";

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  avif: "image/avif",
  bmp: "image/bmp",
  gif: "image/gif",
  heic: "image/heic",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  jxl: "image/jxl",
  png: "image/png",
  svg: "image/svg+xml",
  tif: "image/tiff",
  tiff: "image/tiff",
  webp: "image/webp",
};

/** `image/jpeg` for `/media/a.JPG` or `https://x.test/a.jpg?w=2`; undefined when nothing says. */
export function imageMimeType(figure: Pick<Figure, "src" | "renditions">): string | undefined {
  if (!figure.src) return undefined;
  const declared = figure.renditions.find((rendition) => rendition.href === figure.src && rendition.mimetype)?.mimetype;
  if (declared) return declared;
  const path = figure.src.replace(/[?#].*$/, "");
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : IMAGE_TYPES[extension];
}
