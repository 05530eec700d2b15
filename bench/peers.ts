// The prose linters a reporter might run beside this extension, each wrapped as text -> number of
// warnings, loaded in this process from the devDependencies (harper.js with its inlined binary,
// so nothing is downloaded).
export interface Linter {
  name: string;
  lint(text: string): Promise<number> | number;
}

export async function loadPeers(): Promise<Linter[]> {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();

  const { default: writeGood } = await import('write-good');

  const { retext } = await import('retext');
  const { default: retextEnglish } = await import('retext-english');
  const { default: retextIntensify } = await import('retext-intensify');
  const intensify = retext().use(retextEnglish).use(retextIntensify);

  return [
    { name: 'harper.js', lint: async (text) => (await harper.lint(text, { language: 'markdown' })).length },
    { name: 'write-good', lint: (text) => writeGood(text).length },
    { name: 'retext-intensify', lint: async (text) => (await intensify.process(text)).messages.length },
  ];
}
