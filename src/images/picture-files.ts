// Which file stands for a figure where one file is named, not a whole <picture>: OpenGraph and
// feeds (a ~1200 px fallback file: what sharing cards ask for) and JSON-LD (the largest one). A
// local photo's original is not published; SVG and remote pictures are their own file.
import { imageMimeType } from "../feeds/mime-type.ts";
import type { Figure, PictureFile } from "../model/types.ts";

/** Facebook and LinkedIn ask for at least 1200 px across. */
const SHARE_WIDTH = 1200;

export interface FigureFile {
  url: string;
  width?: number;
  height?: number;
  mimeType?: string;
}

/** The narrowest fallback derivative at least 1200 px wide, else the widest; the figure's file when it has none. */
export function shareFile(figure: Figure): FigureFile | undefined {
  const files = figure.picture?.files ?? [];
  return fileOf(figure, files.find((file) => file.width >= SHARE_WIDTH) ?? files[files.length - 1]);
}

/** The widest fallback derivative; the figure's file when it has none. */
export function largestFile(figure: Figure): FigureFile | undefined {
  const files = figure.picture?.files ?? [];
  return fileOf(figure, files[files.length - 1]);
}

function fileOf(figure: Figure, derivative: PictureFile | undefined): FigureFile | undefined {
  if (derivative) return { url: derivative.url, width: derivative.width, height: derivative.height, mimeType: figure.picture?.img.type };
  if (!figure.src) return undefined;
  const file: FigureFile = { url: figure.src };
  if (figure.width) file.width = figure.width;
  if (figure.height) file.height = figure.height;
  const mimeType = imageMimeType(figure);
  if (mimeType) file.mimeType = mimeType;
  return file;
}
