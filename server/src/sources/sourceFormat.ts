// Which reader a source document needs, by its file name.
export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/** The format of a file by its extension; anything unknown is read as plain text. */
export function sourceFormatOf(path: string): SourceFormat {
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? 'text';
}
