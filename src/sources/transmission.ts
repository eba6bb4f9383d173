// Raw agency transmissions, recognised by their control characters before anything else reads
// the file: ANPA 1312 (AP's wire format, `.tst`) and IPTC 7901 (dpa and other European agencies).
// Each format's module reads its headers into the same pieces the wire-text loader builds from
// plain copy (headline, byline, keywords, date, notes) and hands back the story's lines, which
// the wire-text body reader then treats like any other wire copy (trailers, figures, dateline).
import { error } from "../model/problem.ts";
import { readAnpa1312 } from "./anpa1312.ts";
import { readIptc7901 } from "./iptc7901.ts";
import type { TransmissionFormat, TransmissionRead } from "./transmission-parts.ts";

/** SYN SYN SOH opens an ANPA 1312 transmission; SOH alone an IPTC 7901 one. */
const ANPA_START = /^\u0016+\u0001/;
const IPTC_START = /^\u0001/;
const STX = "\u0002";

/** Whether text opens like a transmission: the one case where a legacy charset is read (src/sources/decode.ts). */
export function looksLikeTransmission(text: string): boolean {
  return ANPA_START.test(text) || IPTC_START.test(text);
}

/**
 * The transmission in `text`, or a problem naming the format when it cannot be read as one;
 * `undefined` when the text is not a transmission at all. `now` only supplies a year where the
 * format gives none.
 */
export function readTransmission(text: string, path: string, now: Date = new Date()): TransmissionRead | undefined {
  if (!looksLikeTransmission(text)) return undefined;
  const format: TransmissionFormat = ANPA_START.test(text) ? "ANPA 1312" : "IPTC 7901";
  if (!text.includes(STX)) {
    return { kind: "refused", problem: error(path, "file", `opens like an ${format} transmission (SOH control character) but has no STX character before the text: the transmission is cut short; ask the agency to resend it, or save the story's text as plain wire text`) };
  }
  return format === "ANPA 1312" ? readAnpa1312(text, path) : readIptc7901(text, path, now);
}
