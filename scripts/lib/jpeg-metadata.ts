// Writes IPTC and XMP credit metadata into a JPEG, as a photo desk's software would. sharp 0.33
// writes EXIF (withExif) but neither IPTC nor XMP, so the sample media script and the tests'
// fixture pictures add those two segments here. Reading them is exifr's job (src/images/).

/** IPTC IIM record 2 datasets that carry credit (IPTC Photo Metadata: Creator, Credit Line, Copyright Notice). */
export const IPTC = { byline: 80, credit: 110, copyrightNotice: 116 } as const;

export interface JpegMetadata {
  /** IPTC record 2 datasets by number, written as UTF-8 (announced by dataset 1:90). */
  iptc?: Partial<Record<number, string>>;
  /** XMP properties: `photoshop:Credit`, `dc:creator`, `dc:rights`. */
  xmp?: { credit?: string; creator?: string; rights?: string };
}

/** The JPEG with APP1 (XMP) and APP13 (IPTC) segments after its existing APPn segments. */
export function withJpegMetadata(jpeg: Buffer, metadata: JpegMetadata): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error("not a JPEG: it does not start with SOI");
  const segments: Buffer[] = [];
  if (metadata.xmp) segments.push(segment(0xe1, Buffer.concat([Buffer.from("http://ns.adobe.com/xap/1.0/\0", "latin1"), Buffer.from(xmpPacket(metadata.xmp), "utf8")])));
  if (metadata.iptc) segments.push(segment(0xed, photoshopIptc(metadata.iptc)));
  const at = afterAppSegments(jpeg);
  return Buffer.concat([jpeg.subarray(0, at), ...segments, jpeg.subarray(at)]);
}

function segment(marker: number, payload: Buffer): Buffer {
  if (payload.length + 2 > 0xffff) throw new Error("metadata too long for one JPEG segment");
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** Offset just past SOI and any APP0–APP15 segments (JFIF, EXIF), where metadata segments belong. */
function afterAppSegments(jpeg: Buffer): number {
  let offset = 2;
  while (jpeg[offset] === 0xff && jpeg[offset + 1]! >= 0xe0 && jpeg[offset + 1]! <= 0xef) offset += 2 + jpeg.readUInt16BE(offset + 2);
  return offset;
}

/** Photoshop's image resource block holding IPTC-IIM (resource 0x0404), as APP13 carries it. */
function photoshopIptc(datasets: Partial<Record<number, string>>): Buffer {
  const records = [dataset(1, 90, Buffer.from("\x1b%G", "latin1"))];
  for (const [number, value] of Object.entries(datasets)) if (value !== undefined) records.push(dataset(2, Number(number), Buffer.from(value, "utf8")));
  const iim = Buffer.concat(records);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from("8BIM", "latin1"), Buffer.from([0x04, 0x04, 0, 0]), size, iim, Buffer.alloc(iim.length % 2)]);
  return Buffer.concat([Buffer.from("Photoshop 3.0\0", "latin1"), resource]);
}

function dataset(record: number, number: number, value: Buffer): Buffer {
  const header = Buffer.from([0x1c, record, number, 0, 0]);
  header.writeUInt16BE(value.length, 3);
  return Buffer.concat([header, value]);
}

function xmpPacket(xmp: NonNullable<JpegMetadata["xmp"]>): string {
  const properties = [
    xmp.credit === undefined ? "" : `<photoshop:Credit>${escapeXml(xmp.credit)}</photoshop:Credit>`,
    xmp.creator === undefined ? "" : `<dc:creator><rdf:Seq><rdf:li>${escapeXml(xmp.creator)}</rdf:li></rdf:Seq></dc:creator>`,
    xmp.rights === undefined ? "" : `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(xmp.rights)}</rdf:li></rdf:Alt></dc:rights>`,
  ].join("");
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">${properties}</rdf:Description>` +
    `</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
