import { sheetMarker } from '../domain/workbookLayout';
import type { SheetPlan } from '../model/sheetPlan';
import { buildAppendixPlans } from './index';
import type { AppendixSettings } from './readWorkbook';
import { SheetBuilder } from './sheetBuilder';
import { appendixStyles, moneyFormat } from './styles';
import {
  attachmentText,
  bareUnitName,
  issuerText,
  MOTTO_TEXT,
  NATION_TEXT,
  UNVERIFIED_TEXT,
  writeTitleBlock,
} from './titleBlock';

const settings: AppendixSettings = {
  unitName: 'Huyện Vĩnh Linh',
  level: 'huyen',
  year: 2024,
  unit: 'trieu',
  counterpartPercent: 5,
  planNumber: '125',
  planDate: '25/01/2024',
  asOfDate: '',
};

/** A workbook with no template sheet: every appendix still builds, with placeholders. */
let plans: SheetPlan[];
const byId = (id: string) => plans.find((p) => p.id === id)!;

describe('appendix page layout', () => {
  beforeEach(() => {
    plans = buildAppendixPlans({ sheets: [{ name: 'Sheet1', rows: [] }] });
  });

  it('column widths of each appendix (STT, code and name columns first)', () => {
    expect(plans.map((p) => [p.id, p.columns.map((c) => c.width)])).toEqual([
      ['pb01', [6, 50, 18, 14, 30, 26]],
      ['pb02', [6, 13, 44, 13, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12, 12, 12, 12, 14]],
      ['pb03', [6, 48, 17, 13, 15, 14, 12, 22]],
      ['pb04', [5, 15, 36, 11, 11, 8, 11, 11, 8, 11, 11, 8, 11, 11, 8, 12]],
    ]);
    for (const p of plans) expect(p.columns.map((c) => c.index)).toEqual(p.columns.map((_, i) => i));
  });

  it('prints A4 landscape, one page wide, the table header repeated on every page', () => {
    expect(plans.map((p) => [p.id, p.print, p.freeze])).toEqual([
      [
        'pb01',
        { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { first: 7, last: 7 } },
        undefined,
      ],
      [
        'pb02',
        { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { first: 7, last: 8 } },
        undefined,
      ],
      [
        'pb03',
        { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { first: 7, last: 7 } },
        undefined,
      ],
      [
        'pb04',
        { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { first: 7, last: 8 } },
        undefined,
      ],
    ]);
  });

  it('the title block of PB02: issuer over columns A–C, national heading from I, unit line from L', () => {
    const pb02 = byId('pb02');
    expect(pb02.merges.slice(0, 6)).toEqual([
      { top: 1, left: 0, bottom: 2, right: 2 },
      { top: 1, left: 8, bottom: 1, right: 14 },
      { top: 2, left: 8, bottom: 2, right: 14 },
      { top: 4, left: 0, bottom: 4, right: 14 },
      { top: 5, left: 0, bottom: 5, right: 14 },
      { top: 6, left: 11, bottom: 6, right: 14 },
    ]);
    expect(pb02.rows.slice(0, 7)).toEqual([
      { index: 0, hidden: true },
      { index: 1, height: 18 },
      { index: 2, height: 18 },
      { index: 3, height: 10 },
      { index: 4, height: 22 },
      { index: 5, height: 18 },
      { index: 6, height: 18 },
    ]);
  });
});

describe('writeTitleBlock', () => {
  const write = (unverified: boolean, unitFirstCol?: number) => {
    const b = new SheetBuilder('pb02', 'PB02', appendixStyles('trieu'));
    const next = writeTitleBlock(b, {
      sheetId: 'pb02',
      title: 'PHỤ BIỂU 02 – KẾ HOẠCH VỐN NĂM',
      settings,
      lastCol: 6,
      issuerLastCol: 1,
      nationFirstCol: 3,
      unitFirstCol,
      unverified,
    });
    const plan = b.build({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    const at = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
    return { next, plan, at };
  };

  it('writes marker, issuer, nation, motto, title and attachment line, and returns the header row', () => {
    const { next, plan, at } = write(false, 4);
    expect(next).toBe(7);
    expect([at(0, 0)?.value, at(0, 0)?.style]).toEqual([sheetMarker('appendix', 'pb02'), 'marker']);
    expect([at(1, 0)?.value, at(1, 0)?.style]).toEqual(['UBND HUYỆN VĨNH LINH', 'issuer']);
    expect([at(1, 3)?.value, at(1, 3)?.style]).toEqual([NATION_TEXT, 'nation']);
    expect([at(2, 3)?.value, at(2, 3)?.style]).toEqual([MOTTO_TEXT, 'motto']);
    expect([at(4, 0)?.value, at(4, 0)?.style]).toEqual(['PHỤ BIỂU 02 – KẾ HOẠCH VỐN NĂM 2024', 'title']);
    expect([at(5, 0)?.value, at(5, 0)?.style]).toEqual([
      '(Kèm theo Kế hoạch số 125/KH-UBND ngày 25/01/2024 của UBND huyện Vĩnh Linh)',
      'subtitle',
    ]);
    expect([at(6, 4)?.value, at(6, 4)?.style]).toEqual(['Đơn vị tính: triệu đồng', 'unitLine']);
    expect(plan.merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 1 },
      { top: 1, left: 3, bottom: 1, right: 6 },
      { top: 2, left: 3, bottom: 2, right: 6 },
      { top: 4, left: 0, bottom: 4, right: 6 },
      { top: 5, left: 0, bottom: 5, right: 6 },
      { top: 6, left: 4, bottom: 6, right: 6 },
    ]);
    expect(plan.cells.some((c) => c.value === UNVERIFIED_TEXT)).toBe(false);
  });

  it('puts the red banner before the unit line when the figures are unverified', () => {
    const { next, plan, at } = write(true, 4);
    expect(next).toBe(8);
    expect([at(6, 0)?.value, at(6, 0)?.style]).toEqual([UNVERIFIED_TEXT, 'unverified']);
    expect(plan.merges).toContainEqual({ top: 6, left: 0, bottom: 6, right: 6 });
    expect(plan.rows.find((r) => r.index === 6)).toEqual({ index: 6, height: 20 });
    expect(at(7, 4)?.value).toBe('Đơn vị tính: triệu đồng');
    expect(plan.rows.find((r) => r.index === 7)).toEqual({ index: 7, height: 18 });
  });

  it('writes no unit line for a sheet without money (still a spacer row)', () => {
    const { next, plan } = write(false);
    expect(next).toBe(7);
    expect(plan.cells.some((c) => String(c.value ?? '').startsWith('Đơn vị tính'))).toBe(false);
    expect(plan.merges).toHaveLength(5);
    expect(plan.rows.find((r) => r.index === 6)).toEqual({ index: 6, height: 18 });
  });
});

describe('title block texts: what officers type', () => {
  it('drops a leading "UBND" or "Ủy ban nhân dân" in any case or spelling', () => {
    for (const name of [
      'UBND huyện Vĩnh Linh',
      'ubnd huyện Vĩnh Linh',
      'Ủy ban nhân dân huyện Vĩnh Linh',
      'Uỷ ban nhân dân huyện Vĩnh Linh',
    ])
      expect(bareUnitName(`  ${name} `)).toBe('huyện Vĩnh Linh');
    expect(bareUnitName('UBNDhuyện')).toBe('UBNDhuyện');
    expect(issuerText({ ...settings, unitName: '   ' })).toBe('UBND …');
  });

  it('lower-cases every level word at the start in the attachment line, and only a whole word', () => {
    const line = (unitName: string) => attachmentText({ ...settings, unitName });
    expect(line('Thị xã Quảng Trị')).toBe(
      '(Kèm theo Kế hoạch số 125/KH-UBND ngày 25/01/2024 của UBND thị xã Quảng Trị)',
    );
    expect(line('Thành phố Đông Hà')).toContain('của UBND thành phố Đông Hà)');
    expect(line('Thị trấn Hồ Xá')).toContain('của UBND thị trấn Hồ Xá)');
    expect(line('Phường 1')).toContain('của UBND phường 1)');
    expect(line('Quận Hải Châu')).toContain('của UBND quận Hải Châu)');
    expect(line('Huyệnlỵ Mới')).toContain('của UBND Huyệnlỵ Mới)');
    expect(line('Cẩm Lương Huyện')).toContain('của UBND Cẩm Lương Huyện)');
  });

  it('trims the typed plan number and date; blanks become "…"', () => {
    expect(attachmentText({ ...settings, planNumber: '  45  ', planDate: '  10/02/2023  ' })).toBe(
      '(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND huyện Vĩnh Linh)',
    );
    expect(attachmentText({ ...settings, planNumber: '   ', planDate: '   ', unitName: '' })).toBe(
      '(Kèm theo Kế hoạch số …/KH-UBND ngày … của UBND …)',
    );
  });
});

describe('appendix styles', () => {
  it('money shows the unit format, negatives with a minus and zero as "-"', () => {
    expect(moneyFormat('trieu')).toBe('#,##0.000;-#,##0.000;"-"');
    expect(appendixStyles('trieu').money.numFmt).toBe(moneyFormat('trieu'));
    expect(appendixStyles('dong').moneyTotal.numFmt).toBe(moneyFormat('dong'));
    expect(moneyFormat('dong')).not.toBe(moneyFormat('trieu'));
  });

  it('the print look of an official appendix, style by style', () => {
    const money = moneyFormat('trieu');
    const cell = { border: 'thin', fontSize: 10, vAlign: 'middle' };
    const centered = { bold: true, hAlign: 'center', vAlign: 'middle' };
    expect(appendixStyles('trieu')).toEqual({
      marker: { fontColor: 'FFFFFF', fontSize: 8 },
      issuer: { ...centered, wrap: true, fontSize: 12 },
      nation: { ...centered, fontSize: 12 },
      motto: { ...centered, fontSize: 12 },
      title: { ...centered, wrap: true, fontSize: 13 },
      subtitle: { italic: true, hAlign: 'center', vAlign: 'middle', wrap: true, fontSize: 11 },
      unverified: { ...centered, wrap: true, fontSize: 11, fontColor: 'C00000' },
      unitLine: { italic: true, hAlign: 'right', vAlign: 'middle', fontSize: 11 },
      noteLine: { italic: true, hAlign: 'left', vAlign: 'middle', fontSize: 10 },
      header: { ...cell, bold: true, hAlign: 'center', wrap: true, fill: 'DDE6F0' },
      stt: { ...cell, hAlign: 'center' },
      sttBold: { ...cell, hAlign: 'center', bold: true },
      code: { ...cell, hAlign: 'left', fontSize: 9 },
      codeBold: { ...cell, hAlign: 'left', fontSize: 9, bold: true },
      text: { ...cell, hAlign: 'left', wrap: true },
      textCenter: { ...cell, hAlign: 'center', wrap: true },
      textBold: { ...cell, hAlign: 'left', wrap: true, bold: true },
      textBoldItalic: { ...cell, hAlign: 'left', wrap: true, bold: true, italic: true },
      textDetail: { ...cell, hAlign: 'left', wrap: true, italic: true, indent: 1 },
      totalLabel: { ...cell, hAlign: 'center', bold: true, fill: 'F2F2F2' },
      money: { ...cell, hAlign: 'right', numFmt: money },
      moneyBold: { ...cell, hAlign: 'right', bold: true, numFmt: money },
      moneyTotal: { ...cell, hAlign: 'right', bold: true, numFmt: money, fill: 'F2F2F2' },
      percent: { ...cell, hAlign: 'right', numFmt: '0.00%' },
      percentBold: { ...cell, hAlign: 'right', bold: true, numFmt: '0.00%' },
      percentTotal: { ...cell, hAlign: 'right', bold: true, numFmt: '0.00%', fill: 'F2F2F2' },
      count: { ...cell, hAlign: 'right', numFmt: '#,##0' },
      decimal: { ...cell, hAlign: 'right', numFmt: '#,##0.0##' },
      targetText: { ...cell, hAlign: 'center', wrap: true },
      empty: { ...cell },
      emptyTotal: { ...cell, fill: 'F2F2F2' },
    });
  });
});
