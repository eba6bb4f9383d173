// `sizes` for a picture shown in a given place ("article", "front", "story", "credit").
import { PICTURE_SIZES } from "../images/picture-sizes.ts";

export function pictureSizes(place: string): string {
  const sizes = (PICTURE_SIZES as Record<string, string>)[place];
  if (sizes === undefined) throw new Error(`pictureSizes: no sizes for "${place}"; places are ${Object.keys(PICTURE_SIZES).join(", ")}`);
  return sizes;
}
