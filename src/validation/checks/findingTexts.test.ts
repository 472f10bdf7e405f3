import type { Finding } from '../../model/finding';
import { SnapshotBuilder, constant } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkDateInAmount } from './dateInAmount';
import { checkFormulaError } from './formulaError';
import { checkHardcodedTotal } from './hardcodedTotal';
import { checkIndicatorFunding } from './indicatorFunding';
import { checkNegativeAmount } from './negativeAmount';
import { checkNotANumber } from './notANumber';
import { checkNotInAnyTotal } from './notInAnyTotal';
import { checkNumberAsText } from './numberAsText';
import { checkNumberWithUnit } from './numberWithUnit';
import { checkOutOfRange } from './outOfRange';

/**
 * The whole finding as an officer reads it: where, which line and source, the figures and both
 * texts (Vietnamese first). The checks' own tests pin codes and cells; these pin the words.
 */
const full = (f: Finding[]) =>
  f.map((x) => [x.severity, x.cell, x.lineCode, x.sourceKey, x.expected, x.actual, x.message, x.messageEn]);

describe('finding texts of the amount-cell checks', () => {
  it('NEGATIVE_AMOUNT names the cell, its source and the figure in the unit', () => {
    const f = runCheck(checkNegativeAmount, new SnapshotBuilder().alloc('DA8', 'SN_NSDP', -5.5));
    expect(full(f)).toEqual([
      [
        'error',
        'J31',
        'DA8',
        'SN_NSDP',
        undefined,
        -5.5,
        'Số vốn không được âm — DA8 · SN NSĐP: -5,5 triệu đồng.',
        'Amounts cannot be negative — DA8 · recurrent local: -5.5 million VND.',
      ],
    ]);
  });

  it('NOT_A_NUMBER quotes the text and says Excel skips it', () => {
    const b = new SnapshotBuilder().indicator('CT12', ' chưa có ').plan('DA8', 'SN_NSTW', 'một trăm');
    expect(full(runCheck(checkNotANumber, b))).toEqual([
      [
        'error',
        'I31',
        'DA8',
        'SN_NSTW',
        undefined,
        undefined,
        '"một trăm" không phải số; Excel không cộng ô này — DA8 · SN NSTW.',
        '"một trăm" is not a number; Excel skips it — DA8 · recurrent central.',
      ],
      [
        'error',
        'E15',
        'CT12',
        undefined,
        undefined,
        undefined,
        '"chưa có" không phải số; Excel không cộng ô này — CT12.',
        '"chưa có" is not a number; Excel skips it — CT12.',
      ],
    ]);
  });

  it('NUMBER_AS_TEXT: what the totals above miss (amounts only) and the number to retype', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', '1.238').indicator('CT12', '12');
    expect(full(runCheck(checkNumberAsText, b))).toEqual([
      [
        'warning',
        'I31',
        'DA8',
        'SN_NSTW',
        undefined,
        1238,
        'Số lưu dạng văn bản "1.238": Excel không cộng ô này, các ô tổng phía trên thiếu 1.238 triệu đồng (1.238.000.000 đồng); nhập lại dạng số 1.238 — DA8 · SN NSTW.',
        'Number stored as text "1.238": Excel formulas skip it, so every total above it is missing 1,238 million VND (1,238,000,000 VND); retype it as the number 1,238 — DA8 · recurrent central.',
      ],
      [
        'warning',
        'E15',
        'CT12',
        undefined,
        undefined,
        12,
        'Số lưu dạng văn bản "12": Excel không cộng ô này; nhập lại dạng số 12 — CT12.',
        'Number stored as text "12": Excel formulas skip it; retype it as the number 12 — CT12.',
      ],
    ]);
  });

  it('NOT_IN_ANY_TOTAL: one finding per uncoded row, at its first non-zero amount, on both money sheets', () => {
    const s = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 5).build();
    const plan = s.sheets.find((x) => x.name === 'Kế hoạch vốn')!;
    const planRow = [];
    planRow[8] = { v: 7.25, t: 'n' as const, nf: '#,##0.000' };
    planRow[9] = { v: 3, t: 'n' as const };
    plan.rows.push(planRow);
    const alloc = s.sheets.find((x) => x.name === 'Giao vốn')!;
    const allocRow = [];
    allocRow[1] = { v: 'ghi chú', t: 's' as const };
    allocRow[12] = { v: 0, t: 'n' as const };
    allocRow[13] = { v: -2, t: 'n' as const };
    alloc.rows.push(allocRow);
    const tail = (vi: string, en: string) => [
      `Dòng này có số tiền nhưng không thuộc dòng nào của danh mục nên không được cộng vào tổng nào — ${vi}. Gắn dòng vào một dự án/nội dung (mã) hoặc xóa số.`,
      `This row holds money but belongs to no catalog line, so it is in no total — ${en}. Attach it to a project/content (code) or remove the figure.`,
    ];
    expect(full(runCheck(checkNotInAnyTotal, s))).toEqual([
      [
        'error',
        'N39',
        undefined,
        'DAN_GOP',
        undefined,
        -2,
        ...tail('Dân góp: -2 triệu đồng', "people's contribution: -2 million VND"),
      ],
      [
        'error',
        'I39',
        undefined,
        'SN_NSTW',
        undefined,
        7.25,
        ...tail('SN NSTW: 7,25 triệu đồng', 'recurrent central: 7.25 million VND'),
      ],
    ]);
  });

  it('DATE_IN_AMOUNT: a date typed as text, and a number shown as a date', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', '15/05/2024')
      .indicator('CT12', { v: 45000, t: 'n', nf: 'dd/mm/yyyy' });
    expect(full(runCheck(checkDateInAmount, b))).toEqual([
      [
        'error',
        'I31',
        'DA8',
        'SN_NSTW',
        undefined,
        undefined,
        'Ô chứa ngày "15/05/2024" dạng văn bản thay vì số liệu; Excel không cộng ô này — DA8 · SN NSTW.',
        'The cell holds the date "15/05/2024" as text instead of a figure; Excel skips it — DA8 · recurrent central.',
      ],
      [
        'error',
        'E15',
        'CT12',
        undefined,
        undefined,
        45000,
        'Ô hiển thị ngày 15/03/2023: Excel lưu là số 45.000 và cộng vào các ô tổng; nhập lại số liệu và đặt định dạng số — CT12.',
        'The cell shows the date 15/03/2023: Excel stores 45,000 and adds it to the totals; retype the figure with a number format — CT12.',
      ],
    ]);
  });

  it('VALUE_OUT_OF_RANGE quotes the number and says it is left out of the totals', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 2e15).indicator('CT12', 1e16);
    const text = (n: string, tag: string) => [
      `Số "${n}" ngoài phạm vi (lớn hơn 10^15 hoặc không hữu hạn): không thể là số kế hoạch, không tính vào tổng khi kiểm tra — ${tag}.`,
      `"${n}" is out of range (above 10^15 or not finite): no plan figure; left out of the totals checked — ${tag.replace('SN NSTW', 'recurrent central')}.`,
    ];
    expect(full(runCheck(checkOutOfRange, b))).toEqual([
      ['error', 'I31', 'DA8', 'SN_NSTW', undefined, undefined, ...text('2e+15', 'DA8 · SN NSTW')],
      ['error', 'E15', 'CT12', undefined, undefined, undefined, ...text('1e+16', 'CT12')],
    ]);
  });

  it('FORMULA_ERROR: what #REF! means, and the formula of any other error', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', { v: '#REF!', t: 'e', f: '=#REF!+1' })
      .indicator('CT12', { v: '#DIV/0!', t: 'e', f: '=1/0' });
    expect(full(runCheck(checkFormulaError, b))).toEqual([
      [
        'error',
        'I31',
        // An amount cell's line and source: the judgments over it know it holds no figure.
        'DA8',
        'SN_NSTW',
        undefined,
        undefined,
        'Ô báo lỗi #REF!: công thức tham chiếu tới ô đã bị xóa (=#REF!+1).',
        'The cell shows #REF!: the formula refers to deleted cells (=#REF!+1).',
      ],
      [
        'error',
        'E15',
        undefined,
        undefined,
        undefined,
        undefined,
        'Ô báo lỗi #DIV/0! (=1/0).',
        'The cell shows #DIV/0! (=1/0).',
      ],
    ]);
  });

  it('NUMBER_WITH_UNIT: an amount gets the number in the sheet unit, an indicator the ĐVT column', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', '1.500 triệu đồng').indicator('CT12', '04 hộ');
    expect(full(runCheck(checkNumberWithUnit, b))).toEqual([
      [
        'error',
        'I31',
        'DA8',
        'SN_NSTW',
        undefined,
        1500,
        '"1.500 triệu đồng" là số kèm đơn vị, Excel coi là chữ và không cộng: nhập số theo triệu đồng của trang: 1.500 — DA8 · SN NSTW.',
        '"1.500 triệu đồng" is a number with its unit, text to Excel (skipped by sums): type the number in the sheet\'s million VND: 1,500 — DA8 · recurrent central.',
      ],
      [
        'error',
        'E15',
        'CT12',
        undefined,
        undefined,
        undefined,
        '"04 hộ" là số kèm đơn vị, Excel coi là chữ và không cộng: chỉ nhập số 04, đơn vị "hộ" ghi ở cột ĐVT — CT12.',
        '"04 hộ" is a number with its unit, text to Excel (skipped by sums): type the number 04 only; the unit "hộ" goes in the ĐVT column — CT12.',
      ],
    ]);
  });

  it('INDICATOR_FUNDING_MISMATCH: money without targets names the target cells; a target without money the plan cell', () => {
    const b = new SnapshotBuilder().indicator('CT12', 40).plan('DA1.ND3', 'SN_NSTW', 200).indicator('CT10', 0);
    expect(full(runCheck(checkIndicatorFunding, b))).toEqual([
      [
        'warning',
        'D8',
        'DA1.ND3',
        'TONG',
        undefined,
        200,
        'Có vốn nhưng chưa có chỉ tiêu CT10, CT11 (Chỉ tiêu!E13, Chỉ tiêu!E14) — DA1.ND3 · Tổng cộng: 200 triệu đồng.',
        'Money but no target on CT10, CT11 (Chỉ tiêu!E13, Chỉ tiêu!E14) — DA1.ND3 · all sources: 200 million VND.',
      ],
      [
        'warning',
        'E15',
        'CT12',
        undefined,
        undefined,
        40,
        'Có chỉ tiêu nhưng dòng DA1.ND4.PT chưa có vốn (Kế hoạch vốn!D10) — CT12 Số hộ được hỗ trợ nước sinh hoạt phân tán: 40 hộ.',
        'A target but no money on line DA1.ND4.PT (Kế hoạch vốn!D10) — CT12 Households given dispersed water support: 40 hộ.',
      ],
    ]);
    const noted = new SnapshotBuilder().indicator('CT12', 40, 'do tỉnh làm chủ đầu tư');
    expect(full(runCheck(checkIndicatorFunding, noted))).toEqual([
      [
        'info',
        'E15',
        'CT12',
        undefined,
        undefined,
        40,
        'Có chỉ tiêu nhưng dòng DA1.ND4.PT chưa có vốn (Kế hoạch vốn!D10) (ghi chú: "do tỉnh làm chủ đầu tư") — CT12 Số hộ được hỗ trợ nước sinh hoạt phân tán: 40 hộ.',
        'A target but no money on line DA1.ND4.PT (Kế hoạch vốn!D10) (note: "do tỉnh làm chủ đầu tư") — CT12 Households given dispersed water support: 40 hộ.',
      ],
    ]);
  });
});

describe('HARDCODED_TOTAL texts', () => {
  const parts = () =>
    new SnapshotBuilder().plan('DA4.TDA1.ND1', 'DTPT_NSTW', 500).plan('DA4.TDA1.ND2', 'DTPT_NSTW', 100);

  it('still matching: a warning to restore the formula, with the figure', () => {
    const b = parts().plan('DA4.TDA1', 'DTPT_NSTW', constant(600, '#,##0.000'));
    expect(full(runCheck(checkHardcodedTotal, b))).toEqual([
      [
        'warning',
        'F20',
        'DA4.TDA1',
        'DTPT_NSTW',
        600,
        600,
        'Ô tổng bị gõ số thay công thức: còn khớp nhưng sẽ không tự cập nhật, nên khôi phục công thức — DA4.TDA1 · ĐTPT NSTW: 600 triệu đồng.',
        "A typed number replaces the total's formula: it still matches but will not follow changes; restore the formula — DA4.TDA1 · investment central: 600 million VND.",
      ],
    ]);
  });

  it('below its parts: how much lower, the figures and the cells added', () => {
    const b = parts().plan('DA4.TDA1', 'DTPT_NSTW', constant(555, '#,##0.000'));
    expect(full(runCheck(checkHardcodedTotal, b))).toEqual([
      [
        'error',
        'F20',
        'DA4.TDA1',
        'DTPT_NSTW',
        600,
        555,
        'Ô tổng bị gõ đè công thức, thấp hơn tổng các dòng con 45 triệu đồng (45.000.000 đồng) — DA4.TDA1 · ĐTPT NSTW: 555 so với 600 triệu đồng (F21+F22).',
        "A typed number replaces the total's formula, 45 million VND (45,000,000 VND) below the sum of its child lines — DA4.TDA1 · investment central: 555 vs 600 million VND (F21+F22).",
      ],
    ]);
  });

  it('a thousandfold total: higher, and the unit slip named', () => {
    const b = parts().plan('DA4.TDA1', 'DTPT_NSTW', constant(600000, '#,##0.000'));
    expect(full(runCheck(checkHardcodedTotal, b))).toEqual([
      [
        'error',
        'F20',
        'DA4.TDA1',
        'DTPT_NSTW',
        600,
        600000,
        'Ô tổng bị gõ đè công thức, cao hơn tổng các dòng con 599.400 triệu đồng (599.400.000.000 đồng), có vẻ nhập theo nghìn đồng thay vì triệu đồng — DA4.TDA1 · ĐTPT NSTW: 600.000 so với 600 triệu đồng (F21+F22).',
        "A typed number replaces the total's formula, 599,400 million VND (599,400,000,000 VND) above the sum of its child lines; it looks typed in thousand VND instead of million VND — DA4.TDA1 · investment central: 600,000 vs 600 million VND (F21+F22).",
      ],
    ]);
  });

  it('offers the template formula as the fix', () => {
    const b = parts().plan('DA4.TDA1', 'DTPT_NSTW', constant(555, '#,##0.000'));
    expect(runCheck(checkHardcodedTotal, b)[0].fix).toEqual({ kind: 'restoreFormula', formula: 'SUM(F21,F22)' });
  });
});
