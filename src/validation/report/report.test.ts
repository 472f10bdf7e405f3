import { FINDING_CODES, type Finding } from '../../model/finding';
import { CODE_CATALOG } from '../codes';
import { formatText } from './text';
import { formatJson } from './json';
import { formatSarif, toSarif } from './sarif';

const findings: Finding[] = [
  {
    code: 'OVER_ALLOCATION',
    severity: 'error',
    sheet: 'Kế hoạch vốn',
    cell: 'I32',
    lineCode: 'DA8',
    sourceKey: 'SN_NSTW',
    expected: 100,
    actual: 120,
    message: 'Kế hoạch vượt vốn giao 20 triệu đồng.',
    messageEn: 'Plan exceeds allocation by 20.',
  },
  {
    code: 'NUMBER_AS_TEXT',
    severity: 'warning',
    sheet: 'Giao vốn',
    cell: 'F12',
    message: 'Số dạng văn bản.',
    messageEn: 'Number as text.',
  },
  {
    code: 'ROUNDING_DIFF',
    severity: 'info',
    sheet: 'Giao vốn',
    cell: 'E9',
    message: 'Làm tròn.',
    messageEn: 'Rounding.',
  },
];

describe('reports', () => {
  it('catalog covers every code with titles in both languages', () => {
    for (const code of FINDING_CODES) {
      expect(CODE_CATALOG[code]).toMatchObject({ code });
      expect(
        CODE_CATALOG[code].title &&
          CODE_CATALOG[code].titleEn &&
          CODE_CATALOG[code].explanation &&
          CODE_CATALOG[code].explanationEn,
      ).toBeTruthy();
    }
  });

  it('text: counts on top, grouped by severity then sheet, with cells', () => {
    const text = formatText(findings, { file: 'kh.xlsx' });
    const lines = text.split('\n');
    expect(lines[1]).toBe('Kết quả kiểm tra / Findings: 1 lỗi / errors · 1 cảnh báo / warnings · 1 thông tin / info');
    const order = ['== LỖI', '-- Kế hoạch vốn', 'I32', '== CẢNH BÁO', '-- Giao vốn', 'F12', '== THÔNG TIN', 'E9'].map(
      (s) => text.indexOf(s),
    );
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]))).toBe(true);
    expect(formatText([])).toContain('No problems found');
  });

  it('json: { file, summary, findings }', () => {
    expect(JSON.parse(formatJson(findings, { file: 'kh.xlsx' }))).toEqual({
      file: 'kh.xlsx',
      summary: { error: 1, warning: 1, info: 1, total: 3 },
      findings,
    });
  });

  it('sarif: a structurally valid 2.1.0 log', () => {
    const log = JSON.parse(formatSarif(findings, { file: 'kh.xlsx' })) as ReturnType<typeof toSarif> & { runs: any[] };
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('mtqg');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...FINDING_CODES]);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      // The full description carries the catalog's explanation in both languages.
      const info = CODE_CATALOG[rule.id as keyof typeof CODE_CATALOG];
      expect(rule.fullDescription.text).toContain(info.explanation);
      expect(rule.fullDescription.text).toContain(info.explanationEn);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    const results = log.runs[0].results;
    expect(results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note']);
    for (const r of results) {
      expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.message.text).toBeTruthy();
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('kh.xlsx');
      expect(r.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^.+![A-Z]+\d+$/);
    }
    expect(results[0].locations[0].logicalLocations[0].fullyQualifiedName).toBe('Kế hoạch vốn!I32');
  });
});
