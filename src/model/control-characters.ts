// C0 control characters (NUL, BEL, ESC, ...) and DEL have no place in published text; a feed or
// a pasted file may still carry them. Tab, line feed and carriage return are ordinary whitespace.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
