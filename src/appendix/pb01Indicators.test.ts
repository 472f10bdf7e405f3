import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import { SAMPLE_INDICATORS } from '../demo/sampleData';
import { catalog } from '../domain/catalog';
import { plannedIndicators } from './pb01Indicators';
import { rowWhere, sampleAppendix, sheetNamed } from './testing/sampleFixture';

describe('Phụ biểu 01 – indicators of the year', () => {
  it('lists only indicators with a target or a note, numbered 1, 2, 3 with their unit and owner', () => {
    const { appendix, evaluated } = sampleAppendix();
    const plan = appendix.find((p) => p.id === 'pb01')!;
    const sheet = sheetNamed(evaluated, APPENDIX_SHEET_NAMES.pb01);
    const header = rowWhere(plan, 0, 'STT');
    expect(sheet.rows[header].map((c) => c.v)).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm',
      'Đơn vị chủ trì theo dõi',
      'Ghi chú',
    ]);
    const body = sheet.rows.slice(header + 1).filter((r) => r[0]?.v !== null);
    expect(body).toHaveLength(SAMPLE_INDICATORS.length);
    body.forEach((r, i) => {
      const sample = SAMPLE_INDICATORS[i];
      const known = catalog.indicatorByCode.get(sample.code)!;
      expect(r[0].v).toBe(i + 1);
      expect(r[1].v).toBe(known.name);
      expect(r[2].v).toBe(known.unit);
      expect(r[3].v).toBe(sample.target);
      expect(r[4].v).toBe(sample.owner);
    });
    expect(body.map((r) => r[1].v)).not.toContain(catalog.indicatorByCode.get('CT14')!.name);
  });

  it('keeps a text target as typed (legal text or a slip the banner warns about)', () => {
    const { evaluated } = sampleAppendix({ withSlips: true, unverified: true });
    const sheet = sheetNamed(evaluated, APPENDIX_SHEET_NAMES.pb01);
    expect(sheet.rows.some((r) => r[3]?.v === '04 hộ')).toBe(true);
    expect(sheet.rows.some((r) => r[3]?.v === 'Đánh giá cuối giai đoạn')).toBe(true);
  });

  it('keeps a note-only indicator and drops empty ones', () => {
    const base = { name: 'x', unit: 'hộ', owner: '' };
    const rows = plannedIndicators([
      { ...base, code: 'CT01', target: null, note: '' },
      { ...base, code: 'CT02', target: null, note: 'do tỉnh làm chủ đầu tư' },
      { ...base, code: 'CT03', target: 0, note: '' },
    ]);
    expect(rows.map((r) => r.code)).toEqual(['CT02', 'CT03']);
  });
});
