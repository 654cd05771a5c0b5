/**
 * Text for a terminal. Article text, ids, labels and file names come from outside: an escape sequence among them
 * (ESC [ … to move the cursor or recolour, ESC ] … to set the window title or write a hyperlink or the clipboard)
 * would be run by the terminal showing it. Every control character goes: whole escape sequences (CSI, OSC, DCS, SOS,
 * PM, APC and two-byte ESC sequences), then any C0 or C1 control left and DEL. Newlines and tabs stay.
 *
 * strip-ansi removes well-formed colour and cursor sequences only, and leaves a lone ESC, BEL, backspace or carriage
 * return (which can overwrite what was printed) in place: what must go is every control character, which a regular
 * expression says exactly.
 */

const ESCAPE_SEQUENCE = new RegExp(
  [
    // CSI: ESC [ or the 8-bit CSI, parameters, intermediates, a final byte.
    '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?',
    // OSC, DCS, SOS, PM, APC: up to BEL or the string terminator (ESC \\ or 8-bit ST), or the end of the text.
    '(?:\\u001b[\\]PX^_]|[\\u009d\\u0090\\u0098\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    // Any other ESC sequence: ESC, intermediates, a final byte.
    '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?',
  ].join('|'),
  'g',
);
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `s` without escape sequences nor control characters other than newline and tab. */
export function forTerminal(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
