import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SERVER_NODE_OPTIONS } from '../../../server/src/protocol';

describe('the Node options the server is started with', () => {
  it('are those the factcheck-language-server command starts Node with', () => {
    const bin = readFileSync(path.resolve(__dirname, '../../../server/bin/factcheck-language-server.js'), 'utf8');
    const shebang = bin.split('\n', 1)[0];
    assert.equal(shebang, `#!/usr/bin/env -S node ${SERVER_NODE_OPTIONS.join(' ')}`);
  });
});
