// A letter or digit, for the patterns that read words: ASCII tested first. In a paragraph with a
// curly quote or dash in it (a two-byte string to V8), V8 tests each character against a Unicode
// class such as [\p{L}\p{N}] by a call out of the pattern's machine code, and [A-Za-z0-9] inline;
// those calls were about 3% of a CLI check of news. The branches never match the same
// character, so a match that fails backtracks no more than with the class alone.
export const LETTER_OR_DIGIT = '(?:[A-Za-z0-9]|(?=[^\\x00-\\x7F])[\\p{L}\\p{N}])';
