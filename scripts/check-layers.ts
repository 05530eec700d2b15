// `npm run lint:layers`: fails when an import crosses a layer or closes a cycle (see checkLayers).
import * as path from 'node:path';
import { checkLayers } from './layers/checkLayers';

const root = path.resolve(__dirname, '..');
const violations = checkLayers(root);
for (const v of violations) console.error(`${v.file}: ${v.imported}\n  ${v.rule}`);
if (violations.length > 0) {
  console.error(`${violations.length} layer violation(s)`);
  process.exit(1);
}
console.log('layers: no cycles, no imports across layers');
