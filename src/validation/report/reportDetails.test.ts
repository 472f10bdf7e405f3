import { FINDING_CODES, type Finding } from '../../model/finding';
import { CODE_CATALOG } from '../codes';
import { formatText } from './text';
import { formatJson, toJsonReport } from './json';
import { fileUri, toSarif } from './sarif';

const over: Finding = {
  code: 'OVER_ALLOCATION',
  severity: 'error',
  sheet: 'Kế hoạch vốn',
  cell: 'I32',
  lineCode: 'DA8',
  sourceKey: 'SN_NSTW',
  expected: 0,
  actual: 120,
  message: 'Vượt vốn giao.',
  messageEn: 'Over allocation.',
};
const asText: Finding = {
  code: 'NUMBER_AS_TEXT',
  severity: 'warning',
  sheet: 'Giao vốn',
  cell: 'F12',
  message: 'Số dạng văn bản.',
  messageEn: 'Number as text.',
};
const asTextOtherSheet: Finding = { ...asText, sheet: 'Kế hoạch vốn', cell: 'AA7' };

describe('text report, line by line', () => {
  it('prints file, counts, then each severity with its sheets and findings in full', () => {
    const text = formatText([over, asText, asTextOtherSheet], { file: 'kh.xlsx' });
    expect(text.split('\n')).toEqual([
      'Tệp / File: kh.xlsx',
      'Kết quả kiểm tra / Findings: 1 lỗi / errors · 2 cảnh báo / warnings · 0 thông tin / info',
      '',
      '== LỖI / ERROR (1) ==',
      '-- Kế hoạch vốn',
      `  I32    OVER_ALLOCATION · ${CODE_CATALOG.OVER_ALLOCATION.title}`,
      '         Vượt vốn giao.',
      '         Over allocation.',
      '',
      '== CẢNH BÁO / WARNING (2) ==',
      '-- Giao vốn',
      `  F12    NUMBER_AS_TEXT · ${CODE_CATALOG.NUMBER_AS_TEXT.title}`,
      '         Số dạng văn bản.',
      '         Number as text.',
      '-- Kế hoạch vốn',
      `  AA7    NUMBER_AS_TEXT · ${CODE_CATALOG.NUMBER_AS_TEXT.title}`,
      '         Số dạng văn bản.',
      '         Number as text.',
      '',
    ]);
  });

  it('without a file and without findings: counts and "no problems", nothing else', () => {
    expect(formatText([])).toBe(
      'Kết quả kiểm tra / Findings: 0 lỗi / errors · 0 cảnh báo / warnings · 0 thông tin / info\n\n' +
        'Không phát hiện vấn đề. / No problems found.\n',
    );
  });

  it('an info finding is listed under its own heading', () => {
    const info: Finding = { ...asText, code: 'ROUNDING_DIFF', severity: 'info' };
    expect(formatText([info])).toContain('\n== THÔNG TIN / INFO (1) ==\n-- Giao vốn\n');
  });
});

describe('json report', () => {
  it('leaves the file out when none is given, and ends with a newline', () => {
    expect(toJsonReport([asText])).toEqual({
      summary: { error: 0, warning: 1, info: 0, total: 1 },
      findings: [asText],
    });
    expect('file' in toJsonReport([], { file: '' })).toBe(false);
    const out = formatJson([asText]);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "summary": {\n');
  });
});

describe('sarif details', () => {
  it('percent-encodes each path segment and keeps both kinds of separator as /', () => {
    expect(fileUri('Kế hoạch 2024.xlsx')).toBe('K%E1%BA%BF%20ho%E1%BA%A1ch%202024.xlsx');
    expect(fileUri('a b\\c#d/e.xlsx')).toBe('a%20b/c%23d/e.xlsx');
  });

  it('defaults: workbook.xlsx and version 0.1.0; a given version is kept', () => {
    const log = toSarif([asText]) as any;
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('workbook.xlsx');
    expect(log.runs[0].tool.driver.version).toBe('0.1.0');
    expect((toSarif([], { version: '2.3.4' }) as any).runs[0].tool.driver.version).toBe('2.3.4');
  });

  it('rules carry both titles and the catalog severity; results carry message, location and properties', () => {
    const log = toSarif([over, asText], { file: 'kh.xlsx' }) as any;
    const rule = log.runs[0].tool.driver.rules[FINDING_CODES.indexOf('ROUNDING_DIFF')];
    expect(rule).toEqual({
      id: 'ROUNDING_DIFF',
      name: 'ROUNDING_DIFF',
      shortDescription: { text: `${CODE_CATALOG.ROUNDING_DIFF.title} / ${CODE_CATALOG.ROUNDING_DIFF.titleEn}` },
      fullDescription: {
        text: `${CODE_CATALOG.ROUNDING_DIFF.explanation} ${CODE_CATALOG.ROUNDING_DIFF.explanationEn}`,
      },
      defaultConfiguration: { level: 'note' },
    });
    const [first, second] = log.runs[0].results;
    expect(first).toEqual({
      ruleId: 'OVER_ALLOCATION',
      ruleIndex: FINDING_CODES.indexOf('OVER_ALLOCATION'),
      level: 'error',
      message: { text: 'Vượt vốn giao.\nOver allocation.' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'kh.xlsx' } },
          logicalLocations: [{ name: 'I32', fullyQualifiedName: 'Kế hoạch vốn!I32', kind: 'element' }],
        },
      ],
      // expected 0 is a figure, not "no figure".
      properties: {
        sheet: 'Kế hoạch vốn',
        cell: 'I32',
        lineCode: 'DA8',
        sourceKey: 'SN_NSTW',
        expected: 0,
        actual: 120,
      },
    });
    expect(second.properties).toEqual({ sheet: 'Giao vốn', cell: 'F12' });
    expect(second.level).toBe('warning');
  });
});
