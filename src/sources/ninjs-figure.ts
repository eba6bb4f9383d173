// One picture association as a figure: its file, and the caption, alt text and credit it carries.
import type { FigureInput } from "../model/types.ts";
import { dropUndefined } from "./drop-undefined.ts";
import type { Found, NinjsReader } from "./ninjs-reader.ts";
import { srcRendition, type FoundRendition } from "./ninjs-renditions.ts";
import { formatOf, hasRole, plainTextOf } from "./ninjs-text.ts";
import type { Association, RoleText } from "./ninjs-types.ts";

/** `caption` and `creditline` are the roles AP's picture items use. */
const CAPTION_ROLES = new Set(["caption"]);
const CREDIT_ROLES = new Set(["creditline", "credit", "credit_line"]);
const ALT_ROLES = new Set(["alt", "alttext", "alt_text", "alt-text", "alternative", "alternativetext"]);

/**
 * Caption: `description_text` (1.x, Superdesk), a "caption" description (AP), else a plain description.
 * Alt text: an alt description, else Superdesk's `body_text`, where its ninjs output puts a picture's alt text.
 * Credit: the provider's credit line first, since that is the wording its licence asks to be printed
 * (IPTC photo metadata "Credit Line"); else `by`/`byline`, the photographer ("Karl Melander/TT");
 * else `copyrightholder`, the owner, which is better than no credit at all.
 */
export function figureOf(association: Association, renditions: FoundRendition[], read: NinjsReader): FigureInput {
  const { item, field } = association;
  const at = `${field}.`;
  const descriptions = read.roleTexts(item, "descriptions", "description", at);
  const by = read.text(item, ["by", "byline"], at);
  const main = srcRendition(renditions);
  const altEntry = descriptions.find((entry) => hasRole(entry, ALT_ROLES));
  const creditEntry = descriptions.find((entry) => hasRole(entry, CREDIT_ROLES));
  const figure: FigureInput = {
    field,
    src: main.rendition.href,
    width: main.rendition.width,
    height: main.rendition.height,
    renditions: renditions.map((rendition) => rendition.rendition),
    caption: captionOf(descriptions)?.value,
    alt: ((altEntry && plainTextOf(altEntry)) ?? read.text(item, ["alt_text", "body_text"], at))?.value,
    credit: ((creditEntry && plainTextOf(creditEntry)) ?? by ?? read.text(item, ["copyrightholder", "copyrightHolder"], at))?.value,
    creator: by?.value,
    copyrightNotice: read.text(item, ["copyrightnotice", "copyrightNotice"], at)?.value,
  };
  if (!figure.alt && !figure.caption) {
    const headline = headlineOf(association, read);
    if (headline) {
      figure.alt = headline.value;
      read.warn(headline.field, `is the only text that says what the picture shows, so it is the alt text: ask the provider for a caption or alt text`);
    }
  }
  return dropUndefined(figure);
}

/** A picture's headline is a title ("Costa Concordia cruise ship"), unless it is the file's name (BBC: "logo-footer.png"). */
function headlineOf(association: Association, read: NinjsReader): Found | undefined {
  const at = `${association.field}.`;
  const found = read.text(association.item, ["headline"], at) ?? read.roleTexts(association.item, "headlines", "headline", at).map(plainTextOf).find((entry) => entry !== undefined);
  return found && !/^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)$/i.test(found.value) ? found : undefined;
}

function captionOf(descriptions: RoleText[]): Found | undefined {
  const explicit = descriptions.find((entry) => hasRole(entry, CAPTION_ROLES));
  if (explicit) return plainTextOf(explicit);
  const general = descriptions.filter((entry) => !hasRole(entry, ALT_ROLES) && !hasRole(entry, CREDIT_ROLES));
  const chosen = general.find((entry) => formatOf(entry) === "text") ?? general.find((entry) => formatOf(entry) === "html");
  return chosen && plainTextOf(chosen);
}
