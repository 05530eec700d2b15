// Where an offset sits in a text, as LSP counts it: 0-based line, 0-based UTF-16 character.
export interface TextPosition {
  line: number;
  character: number;
}

function positionOf(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: end - lineStart };
}

/** A fault at `offset` in `text`: where it is, and the message saying so for people. */
export function faultAt(text: string, offset: number, message: string): TextPosition & { message: string } {
  const position = positionOf(text, offset);
  return { ...position, message: `${message} (${describePosition(position)})` };
}

/** "line 3, column 5" for people, who count from 1. */
export function describePosition(position: TextPosition): string {
  return `line ${position.line + 1}, column ${position.character + 1}`;
}
