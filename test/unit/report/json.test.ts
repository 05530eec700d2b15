import assert from 'node:assert/strict';
import { renderReport, REPORT_MODEL_VERSION } from '../../../server/src/report';
import { PAYLOAD_QUOTE, sampleModel } from './sampleReport';

describe('JSON report', () => {
  it('parses back to the model, field for field', () => {
    const model = sampleModel();
    const parsed = JSON.parse(renderReport(model, 'json'));
    assert.deepEqual(parsed, model);
    assert.equal(parsed.version, REPORT_MODEL_VERSION);
    assert.equal(parsed.report, 'factcheck-report');
  });

  it('keeps the injected quote as plain data, byte for byte', () => {
    const parsed = JSON.parse(renderReport(sampleModel(), 'json'));
    const entry = parsed.articles[0].entries.find((e: { text: string }) => e.text === PAYLOAD_QUOTE);
    assert.ok(entry, 'the payload finding is there, unchanged');
    assert.equal(entry.verdict, 'false');
    assert.match(entry.note, /"twice",[^]*\n/);
  });
});
