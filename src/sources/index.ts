// Which loader reads which file: chosen by extension, nothing else.
import type { Loader } from "../model/types.ts";
import { parseMarkdown } from "./markdown.ts";
import { parseNinjs } from "./ninjs.ts";
import { parseWireText } from "./wire-text.ts";

export const LOADERS: Readonly<Record<string, Loader>> = {
  ".md": parseMarkdown,
  ".json": parseNinjs,
  ".txt": parseWireText,
  // ANPA 1312 transmissions as agencies and newsroom systems save them (the wire-text loader
  // recognises the format by its control characters).
  ".tst": parseWireText,
};

export function loaderFor(path: string): Loader | undefined {
  const extension = /\.[^./]+$/.exec(path);
  return extension ? LOADERS[extension[0].toLowerCase()] : undefined;
}
