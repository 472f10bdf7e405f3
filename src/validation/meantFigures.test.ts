import type { Finding } from '../model/finding';
import type { UnitSlip } from './checkContext';
import { SnapshotBuilder, constant } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { meantMap, meantOn, meantPlanSum, slipsIn, withMeantNote } from './meantFigures';

const slip = (
  lineCode: string,
  sourceKey: UnitSlip['sourceKey'],
  actual: number,
  meant: number,
  sheet = 'Kế hoạch vốn',
): UnitSlip => ({
  sheet,
  cell: `X${lineCode.length}${sourceKey.length}`,
  lineCode,
  sourceKey,
  actual,
  meant,
});

describe('figures taken as meant', () => {
  it('meantOn keeps the slips of the sheet asked about; none without a sheet or slips', () => {
    const plan = buildWorkbookModel(new SnapshotBuilder().build()).plan!;
    const a = slip('DA8', 'SN_NSTW', 100_000, 100);
    const b = slip('DA8', 'SN_NSTW', 100_000, 100, 'Giao vốn');
    expect(meantOn(plan, [a, b])).toEqual([a]);
    expect(meantOn(undefined, [a])).toEqual([]);
    expect(meantOn(plan, undefined)).toEqual([]);
    expect(meantMap([a])).toEqual(new Map([['DA8|SN_NSTW', 100]]));
  });

  it('the plan summed with a slip taken as meant; the plain sum without slips', () => {
    const plan = buildWorkbookModel(
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100_000).plan('DA7', 'SN_NSTW', 5).build(),
    ).plan!;
    expect(meantPlanSum(plan, [])('TONG', 'TONG').value).toBe(100_005);
    expect(meantPlanSum(plan, [slip('DA8', 'SN_NSTW', 100_000, 100)])('TONG', 'TONG').value).toBe(105);
  });

  it('slipsIn: slips summed into a line and column — its own line, lines below, TONG; its source or a total over it', () => {
    const plan = buildWorkbookModel(
      new SnapshotBuilder().plan('DA4.TDA1.ND1', 'DTPT_NSTW', 100_000).plan('DA8', 'SN_NSTW', 100_000).build(),
    ).plan!;
    const s = slip('DA4.TDA1.ND1', 'DTPT_NSTW', 100_000, 100);
    expect(slipsIn(plan, [s], 'DA4', 'DTPT')).toEqual([s]);
    expect(slipsIn(plan, [s], 'DA4.TDA1.ND1', 'DTPT_NSTW')).toEqual([s]);
    expect(slipsIn(plan, [s], 'TONG', 'TONG')).toEqual([s]);
    expect(slipsIn(plan, [s], 'DA4', 'SN')).toEqual([]);
    expect(slipsIn(plan, [s], 'DA4.TDA2', 'DTPT_NSTW')).toEqual([]);
    // "DA4.TDA1.ND1" is not under "DA4.TDA1.N": a prefix must end at a dot.
    expect(slipsIn(plan, [s], 'DA4.TDA1.N', 'DTPT_NSTW')).toEqual([]);
    expect(slipsIn(plan, [], 'TONG', 'TONG')).toEqual([]);
  });

  it('a slip the tool does not sum (a total typed over typed lines) is in no total', () => {
    const plan = buildWorkbookModel(
      new SnapshotBuilder()
        .plan('DA4.TDA1', 'DTPT_NSTW', constant(600_000))
        .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 600)
        .build(),
    ).plan!;
    expect(slipsIn(plan, [slip('DA4.TDA1', 'DTPT_NSTW', 600_000, 600)], 'DA4', 'DTPT_NSTW')).toEqual([]);
  });

  it('a figure moved between two columns of a line is named on the totals it changes, not on one over both', () => {
    const plan = buildWorkbookModel(new SnapshotBuilder().plan('DA4.TDA1.ND1', 'DTPT_NSTW', 3500).build()).plan!;
    // Typed under ĐTPT NSTW, meant under SN NSTW (FIGURE_IN_WRONG_COLUMN): two slips on one line.
    const typed: UnitSlip = { ...slip('DA4.TDA1.ND1', 'DTPT_NSTW', 3500, 0), kind: 'moved' };
    const meant: UnitSlip = { ...slip('DA4.TDA1.ND1', 'SN_NSTW', 0, 3500), cell: 'H27', kind: 'moved' };
    expect(slipsIn(plan, [typed, meant], 'DA4', 'DTPT')).toEqual([typed]);
    expect(slipsIn(plan, [typed, meant], 'DA4', 'SN_NSTW')).toEqual([meant]);
    // The line's total column holds both: the move leaves it (and the grand total) as they are.
    expect(slipsIn(plan, [typed, meant], 'DA4', 'TONG')).toEqual([]);
    expect(slipsIn(plan, [typed, meant], 'TONG', 'TONG')).toEqual([]);
    // Near miss: a unit slip on the same line still counts in every total over its column.
    const unit = { ...slip('DA4.TDA1.ND1', 'DTPT_NSTW', 3500, 3.5) };
    expect(slipsIn(plan, [unit], 'TONG', 'TONG')).toEqual([unit]);
  });

  it('withMeantNote names the cells counted as meant, in both languages; unchanged without slips', () => {
    const f: Finding = {
      code: 'OVER_ALLOCATION',
      severity: 'error',
      sheet: 'Kế hoạch vốn',
      cell: 'I4',
      message: 'Vượt.',
      messageEn: 'Over.',
    };
    expect(withMeantNote(f, [], 'trieu')).toBe(f);
    const noted = withMeantNote(
      f,
      [
        { ...slip('DA8', 'SN_NSTW', 100_000, 100.5), cell: 'I31' },
        { ...slip('DA7', 'SN_NSTW', 5000, 5), cell: 'I30' },
      ],
      'trieu',
    );
    expect([noted.message, noted.messageEn]).toEqual([
      'Vượt. Đã tính với I31 = 100,5, I30 = 5 triệu đồng (số đúng ra của ô nghi nhầm đơn vị tính; sửa ô đó rồi kiểm tra lại).',
      'Over. Computed with I31 = 100.5, I30 = 5 million VND (the figure meant in the cell flagged as a unit slip; fix that cell and check again).',
    ]);
    expect(f.message).toBe('Vượt.');
  });
});
