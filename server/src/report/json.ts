// The report as JSON: the model itself, versioned (`report`, `version`), documented in docs/report-format.md.
import type { ReportModel } from './model';

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
