import type { Finding, Severity } from '../model/finding';
import { groupFindings } from './findingsFilter';

/** One row of the findings list: a severity header, a sheet header or a finding. */
export type FindingRow =
  | { kind: 'severity'; severity: Severity; count: number }
  | { kind: 'sheet'; severity: Severity; sheet: string; count: number }
  | { kind: 'finding'; finding: Finding; index: number };

/**
 * The grouped list flattened into rows (so a virtual list can draw any slice of it); the
 * header counts come from the whole set, never from what is drawn.
 */
export function findingRows(findings: Finding[]): FindingRow[] {
  const rows: FindingRow[] = [];
  let index = 0;
  for (const g of groupFindings(findings)) {
    rows.push({ kind: 'severity', severity: g.severity, count: g.count });
    for (const s of g.sheets) {
      rows.push({ kind: 'sheet', severity: g.severity, sheet: s.sheet, count: s.findings.length });
      for (const finding of s.findings) rows.push({ kind: 'finding', finding, index: index++ });
    }
  }
  return rows;
}
