import { catalog } from '../domain/catalog';
import { DISBURSEMENT_COLUMN_KEYS, SHEET_NAMES, sheetMarker } from '../domain/workbookLayout';
import { settingsSchema } from '../domain/settings';
import { buildDisbursementSheet, planLookup } from './disbursementSheet';
import { DISB_LAYOUT, disbCol } from './disbursementColumns';
import { planCell, rowOfCode } from './planGrid';
import { buildSettingsSheet } from './settingsSheet';

const options = settingsSchema.parse({ year: 2024, unitName: 'Huyện Vĩnh Linh', asOfDate: '30/09/2024' });
const sheet = buildDisbursementSheet(options, [{ leafCode: 'DA4.TDA1.ND1', name: 'Đường Áng Hin' }]);
const rowOf = (code: string) => rowOfCode(sheet, disbCol('MA'), code);

describe('Giải ngân sheet plan', () => {
  it('has the key row in the issue order, hidden, with the marker after the last key', () => {
    const keys = sheet.cells.filter((c) => c.row === DISB_LAYOUT.keyRow).sort((a, b) => a.col - b.col);
    expect(keys.map((c) => c.value)).toEqual([...DISBURSEMENT_COLUMN_KEYS, sheetMarker('template', 'disbursement')]);
    expect(sheet.rows.find((r) => r.index === DISB_LAYOUT.keyRow)?.hidden).toBe(true);
    expect(sheet.name).toBe(SHEET_NAMES.disbursement);
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
  });

  it('looks KH up from Kế hoạch vốn by code on leaves and detail rows; parents and TONG sum', () => {
    for (const code of ['DA1.ND4.TT', 'DA4.TDA1.ND1.01']) {
      expect(planCell(sheet, rowOf(code), disbCol('KH_DTPT'))?.formula).toBe(planLookup(rowOf(code), 'DTPT'));
      expect(planCell(sheet, rowOf(code), disbCol('KH_SN'))?.formula).toContain("SUMIF('Kế hoạch vốn'!$B:$B,$B");
      expect(planCell(sheet, rowOf(code), disbCol('GN_DTPT'))?.formula).toBeUndefined();
    }
    expect(planCell(sheet, rowOf('DA4.TDA1.ND1'), disbCol('GN_SN'))?.formula).toMatch(/^SUM\(/);
    for (const node of catalog.nodes.filter((n) => !n.isLeaf)) {
      expect(planCell(sheet, rowOf(node.code), disbCol('KD_DTPT'))?.formula).toMatch(/^SUM\(/);
    }
    expect(planCell(sheet, rowOf('TONG'), disbCol('KH_DTPT'))?.formula).toMatch(/^SUM\(/);
  });

  it('makes every rate a blank-aware division with one decimal shown', () => {
    const r = rowOf('DA8');
    const cell = planCell(sheet, r, disbCol('TLKD_SN'))!;
    expect(cell.formula).toBe(`IF(SUM(M${r + 1})=0,"",SUM(N${r + 1})/SUM(M${r + 1}))`);
    expect(sheet.styles[cell.style!].numFmt).toBe('0.0%');
  });

  it('writes the two-level Vietnamese header', () => {
    const texts = sheet.cells.filter((c) => c.row <= DISB_LAYOUT.headerBottom).map((c) => c.value);
    for (const t of [
      'Vốn đầu tư phát triển',
      'Vốn sự nghiệp',
      'Kế hoạch năm 2024',
      'Giải ngân',
      'Tỷ lệ',
      'Vốn năm trước kéo dài sang',
      'Đã giải ngân',
    ]) {
      expect(texts).toContain(t);
    }
  });
});

describe('Thông tin: NGAY_SO_LIEU', () => {
  it('is a real date cell (serial, dd/mm/yyyy) with a date validation', () => {
    const settings = buildSettingsSheet(options);
    const key = settings.cells.find((c) => c.value === 'NGAY_SO_LIEU')!;
    const value = planCell(settings, key.row, 2)!;
    expect(value.value).toBe(45565); // 30/09/2024
    expect(settings.styles[value.style!].numFmt).toBe('dd/mm/yyyy');
    const v = settings.validations.find((x) => x.range.top === key.row)!;
    expect(v.rule).toEqual({ type: 'date', min: '2021-01-01', max: '2100-12-31' });
  });
});
