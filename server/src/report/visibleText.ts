// Article and ledger text is shown in messages, hovers and reports. Bidirectional overrides and
// isolates can make a name or a number display reversed or in another order than it is stored
// ("Trojan Source"), and control characters can hide text or break a terminal: each is shown as
// a visible marker instead, so what the checker reads is what the file holds.

/** Embeddings, overrides and isolates (the marks LRM/RLM/ALM cannot reorder runs and stay). */
const BIDI_CONTROLS = '\u202A-\u202E\u2066-\u2069';
/** C0 controls but tab, line feed and carriage return; DEL and the C1 controls; line and paragraph separators. */
const CONTROLS = '\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029';
const HIDDEN = new RegExp(`[${BIDI_CONTROLS}${CONTROLS}]`, 'g');

/** `text` with every bidi control and control character replaced by `[U+XXXX]`. */
export function visibleText(text: string): string {
  return text.replace(HIDDEN, (char) => `[U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

