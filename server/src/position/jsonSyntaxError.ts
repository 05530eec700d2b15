// Finds where and why a text is not valid JSON. JSON.parse's own messages differ between Node
// versions and some carry no position, so a small scanner walks the text to the first fault.
// Called only after JSON.parse has failed.

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail('unexpected text after the end of the document');
    return undefined;
  } catch (error) {
    if (error instanceof Fault) return { offset: error.offset, message: error.message };
    throw error;
  }
}

const MAX_DEPTH = 512;
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

class Scanner {
  pos = 0;

  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new Fault(at, message);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++;
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return 'the end of the file';
    return JSON.stringify(this.text[this.pos]);
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    const char = this.text[this.pos];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    }
    this.fail(`expected a value but found ${this.describeHere()}`);
  }

  private object(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    while (true) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail(`expected a property name in double quotes but found ${this.describeHere()}`);
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after the property name but found ${this.describeHere()}`);
      this.pos++;
      this.skipSpace();
      this.value(depth + 1);
      if (this.endOfItem('}')) return;
    }
  }

  private array(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    while (true) {
      this.skipSpace();
      this.value(depth + 1);
      if (this.endOfItem(']')) return;
    }
  }

  /** After a member or element: true past the closing bracket, false past a comma. */
  private endOfItem(close: '}' | ']'): boolean {
    this.skipSpace();
    if (this.text[this.pos] === ',') {
      const comma = this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === close) this.fail(`trailing comma before '${close}'`, comma);
      return false;
    }
    if (this.text[this.pos] === close) {
      this.pos++;
      return true;
    }
    return this.fail(`expected ',' or '${close}' but found ${this.describeHere()}`);
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const char = this.text[this.pos];
      if (char === '"') {
        this.pos++;
        return;
      }
      if (char < ' ') this.fail('control character (such as a line break) inside a string');
      if (char === '\\') {
        const escaped = this.text[this.pos + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail('bad \\u escape in a string');
          this.pos += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) this.fail('bad escape in a string');
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.fail('string not closed before the end of the file', start);
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('malformed number');
    this.pos += match[0].length;
  }
}
