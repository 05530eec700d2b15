import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkLayers, type Violation } from '../../../scripts/layers/checkLayers';

/** A throwaway checkout holding only the given files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factcheck-layers-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function check(files: Record<string, string>): Violation[] {
  const root = tree(files);
  try {
    return checkLayers(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('layer check', () => {
  it('accepts imports that follow the layers', () => {
    assert.deepEqual(
      check({
        'server/src/analysis/text/sentences.ts': 'export const a = 1;\n',
        'server/src/analysis/engine/pipeline.ts': "import { a } from '../text/sentences';\nexport const b = a;\n",
        'server/src/ledger/store.ts': "import { b } from '../analysis/engine/pipeline';\nimport * as fs from 'node:fs';\n",
        'server/src/article/readArticle.ts': "import '../ledger/store';\n",
        'server/src/lsp/articles.ts': "import '../article/readArticle';\n",
        'server/src/cli/check.ts': "import '../article/readArticle';\n",
        'server/src/vocabulary.ts': 'export const VERDICTS = [];\n',
        'server/src/protocol.ts': "import { RequestType } from 'vscode-languageserver-protocol';\nexport * from './vocabulary';\n",
        'server/src/report/labels.ts': "import { VERDICTS } from '../vocabulary';\n",
        'client/src/extension.ts': "import { ClientCommands } from '../../server/src/protocol';\nimport * as vscode from 'vscode';\n",
      }),
      [],
    );
  });

  it('names the file and import of each crossing', () => {
    const found = check({
      'server/src/analysis/detectors/quotes.ts': "import { x } from '../../ledger/slot';\nimport { readFileSync } from 'fs';\n",
      'server/src/ledger/slot.ts': "export type { Y } from '../lsp/hover';\n",
      'server/src/lsp/hover.ts': "import { z } from '../cli/output';\n",
      'server/src/cli/output.ts': "import { w } from '../server';\n",
      'server/src/server.ts': '',
      'server/src/protocol.ts': "import { Verdict } from './ledger/slot';\n",
      'server/src/vocabulary.ts': "import { FindingKind } from './analysis/finding';\n",
      'client/src/statusBar.ts': "import type { Claim } from '../../server/src/ledger/slot';\n",
    });
    assert.deepEqual(
      found.filter((v) => v.rule !== 'import cycle').map((v) => [v.file, v.imported]).sort(),
      [
        ['server/src/analysis/detectors/quotes.ts', '../../ledger/slot'],
        ['server/src/analysis/detectors/quotes.ts', 'fs'],
        ['server/src/ledger/slot.ts', '../lsp/hover'],
        ['server/src/lsp/hover.ts', '../cli/output'],
        ['server/src/cli/output.ts', '../server'],
        ['server/src/protocol.ts', './ledger/slot'],
        ['server/src/vocabulary.ts', './analysis/finding'],
        ['client/src/statusBar.ts', '../../server/src/ledger/slot'],
      ].sort(),
    );
  });

  it('keeps sourceCheck/ pure: itself and vocabulary.ts only, no Node', () => {
    const found = check({
      'server/src/vocabulary.ts': 'export const SOURCE_CHECK_STATUSES = [];\n',
      'server/src/sourceCheck/words.ts': 'export const w = 1;\n',
      'server/src/sourceCheck/quoteCheck.ts': "import { w } from './words';\nimport type { S } from '../vocabulary';\nimport { readFileSync } from 'node:fs';\nimport { x } from '../sources/readSource';\n",
      'server/src/sources/readSource.ts': "import { w } from '../sourceCheck/words';\nimport { readFile } from 'node:fs/promises';\nimport { h } from '../lsp/hover';\n",
      'server/src/lsp/hover.ts': 'export const h = 1;\n',
    });
    assert.deepEqual(
      found.filter((v) => v.rule !== 'import cycle').map((v) => [v.file, v.imported]).sort(),
      [
        ['server/src/sourceCheck/quoteCheck.ts', '../sources/readSource'],
        ['server/src/sourceCheck/quoteCheck.ts', 'node:fs'],
        ['server/src/sources/readSource.ts', '../lsp/hover'],
      ].sort(),
    );
  });

  it('finds a cycle made of type-only imports', () => {
    const found = check({
      'server/src/analysis/detectors/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'server/src/analysis/detectors/b.ts': "import type { C } from './c';\nexport interface B { c?: C }\n",
      'server/src/analysis/detectors/c.ts': "import type { A } from './a';\nexport interface C { a?: A }\n",
    });
    assert.deepEqual(found, [
      {
        file: 'server/src/analysis/detectors/a.ts',
        imported: 'server/src/analysis/detectors/a.ts -> server/src/analysis/detectors/b.ts -> server/src/analysis/detectors/c.ts -> server/src/analysis/detectors/a.ts',
        rule: 'import cycle',
      },
    ]);
  });
});
