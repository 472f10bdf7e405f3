import { findingRows } from './findingRows';
import type { Finding } from '../model/finding';

const f = (severity: Finding['severity'], sheet: string, cell: string): Finding => ({
  code: severity === 'error' ? 'SUM_MISMATCH' : 'UNDER_ALLOCATION',
  severity,
  sheet,
  cell,
  message: 'm',
  messageEn: 'm',
});

describe('findingRows', () => {
  it('counts headers over the whole set and keeps every finding (1,452 errors + 12 warnings)', () => {
    const findings = [
      ...Array.from({ length: 1452 }, (_, i) => f('error', i % 2 ? 'Giao vốn' : 'Kế hoạch vốn', `D${i + 1}`)),
      ...Array.from({ length: 12 }, (_, i) => f('warning', 'Giao vốn', `E${i + 1}`)),
    ];
    const rows = findingRows(findings);
    expect(rows.filter((r) => r.kind === 'finding')).toHaveLength(1464);
    expect(rows.filter((r) => r.kind === 'severity')).toEqual([
      { kind: 'severity', severity: 'error', count: 1452 },
      { kind: 'severity', severity: 'warning', count: 12 },
    ]);
    const sheetCounts = rows.flatMap((r) => (r.kind === 'sheet' ? [`${r.severity}:${r.sheet}:${r.count}`] : []));
    expect(sheetCounts).toEqual(['error:Kế hoạch vốn:726', 'error:Giao vốn:726', 'warning:Giao vốn:12']);
    const last = rows[rows.length - 1];
    expect(last.kind === 'finding' && last.index).toBe(1463);
  });
});
