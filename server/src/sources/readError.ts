// Why a source document cannot be read, in words a checker can act on.
export class SourceReadError extends Error {
  override readonly name = 'SourceReadError';
}
