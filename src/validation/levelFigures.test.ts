import { SnapshotBuilder, moneyCell } from './testing/snapshotBuilder';
import { runCheck, where } from './testing/runCheck';
import { validateSnapshot } from './index';
import { buildWorkbookModel } from './workbookModel';
import { planSum } from './planSums';
import { checkSourceEligibility } from './checks/sourceEligibility';
import { checkNotInAnyTotal } from './checks/notInAnyTotal';
import { TYPED_SOURCE_KEYS } from '../domain/sources';
import type { WorkbookSnapshot } from '../model/snapshot';

/** A district's allocation, given per project (as decisions give it). */
function allocated(): SnapshotBuilder {
  return new SnapshotBuilder()
    .alloc('DA1', 'DTPT_NSTW', 1000)
    .alloc('DA4', 'DTPT_NSTW', 7700)
    .alloc('DA4', 'DTPT_NSDP', 500)
    .alloc('DA8', 'SN_NSTW', 120)
    .alloc('DA10', 'SN_NSTW', 300);
}

/** The plan typed at project / sub-project level, central investment of DA4 200 above its allocation. */
function projectLevel(): SnapshotBuilder {
  return allocated()
    .plan('DA1', 'DTPT_NSTW', 1000)
    .plan('DA4.TDA1', 'DTPT_NSTW', 7900)
    .plan('DA4', 'DTPT_NSDP', 500)
    .plan('DA8', 'SN_NSTW', 120)
    .plan('DA10', 'SN_NSTW', 300);
}

/** The same plan typed per nội dung. */
function contentLevel(): SnapshotBuilder {
  return allocated()
    .plan('DA1.ND1', 'DTPT_NSTW', 600)
    .plan('DA1.ND2', 'DTPT_NSTW', 400)
    .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 7000)
    .plan('DA4.TDA1.ND2', 'DTPT_NSTW', 900)
    .plan('DA4.TDA1.ND1', 'DTPT_NSDP', 500)
    .plan('DA8', 'SN_NSTW', 120)
    .plan('DA10.TDA1', 'SN_NSTW', 100)
    .plan('DA10.TDA3', 'SN_NSTW', 200);
}

const allocationFindings = (snapshot: WorkbookSnapshot) =>
  validateSnapshot(snapshot)
    .filter((f) => /ALLOCATION/.test(f.code))
    .map((f) => [f.code, f.lineCode, f.sourceKey, f.actual, f.expected])
    .sort();

describe('figures given at any level of the template', () => {
  it('the same plan typed at project level and per nội dung gives the same totals and allocation findings, no HARDCODED_TOTAL', () => {
    const top = projectLevel().build();
    const fine = contentLevel().build();
    const sumTop = planSum(buildWorkbookModel(top).plan!);
    const sumFine = planSum(buildWorkbookModel(fine).plan!);
    for (const code of ['TONG', 'DA1', 'DA4', 'DA8', 'DA10'])
      for (const key of TYPED_SOURCE_KEYS)
        expect([code, key, sumTop(code, key).value]).toEqual([code, key, sumFine(code, key).value]);
    expect(sumTop('TONG', 'TONG').value).toBe(1000 + 7900 + 500 + 120 + 300);
    expect(allocationFindings(top)).toEqual(allocationFindings(fine));
    const findings = validateSnapshot(top);
    expect(findings.filter((f) => f.code === 'HARDCODED_TOTAL' || f.code === 'SUM_MISMATCH')).toEqual([]);
  });

  it('still catches the one real slip: central investment of DA4 above its allocation, at the plan cell of the level typed', () => {
    const b = projectLevel();
    const errors = validateSnapshot(b.build()).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.lineCode, f.sourceKey, f.actual, f.expected])).toEqual([
      ['OVER_ALLOCATION', 'DA4', 'DTPT_NSTW', 7900, 7700],
    ]);
    expect(errors[0].cell).toBe(moneyCell(b.build(), 'plan', 'DA4', 'DTPT_NSTW'));
  });

  it('a typed parent over typed children must equal them', () => {
    const b = allocated().plan('DA4.TDA1', 'DTPT_NSTW', 7900).plan('DA4.TDA1.ND1', 'DTPT_NSTW', 7000);
    const errors = validateSnapshot(b.build()).filter((f) => f.severity === 'error' && f.lineCode === 'DA4.TDA1');
    expect(errors.map((f) => [f.code, f.sourceKey, f.actual, f.expected])).toEqual([
      ['HARDCODED_TOTAL', 'DTPT_NSTW', 7900, 7000],
    ]);
  });
});

describe('SOURCE_NOT_ELIGIBLE on a figure given at a parent level', () => {
  it('flags investment typed on a leaf whose detail rows are blank (no row below may carry it)', () => {
    const b = new SnapshotBuilder();
    b.detail('DA8', 'Lớp tập huấn');
    b.plan('DA8', 'DTPT_NSTW', 50);
    expect(where(runCheck(checkSourceEligibility, b))).toEqual([
      `SOURCE_NOT_ELIGIBLE@Kế hoạch vốn!${moneyCell(b.build(), 'plan', 'DA8', 'DTPT_NSTW')}`,
    ]);
  });

  it('accepts investment on a sub-project when one of its contents may carry it (DA3.TDA2 → ND2)', () => {
    const b = new SnapshotBuilder().plan('DA3.TDA2', 'DTPT_NSTW', 50).plan('DA10', 'SN_NSTW', 10);
    expect(runCheck(checkSourceEligibility, b)).toEqual([]);
  });
});

/** Inserts a row without a code under `afterCode` on Kế hoạch vốn, holding `value` in the first source column. */
function withStrayRow(b: SnapshotBuilder, afterCode: string, value: number | string): WorkbookSnapshot {
  const snap = b.build();
  const sheet = snap.sheets.find((s) => s.name === 'Kế hoạch vốn')!;
  const row = sheet.rows.findIndex((r) => r?.[1]?.v === afterCode);
  const stray = sheet.rows[row].map(() => ({ v: null, t: 'z' as const }));
  stray[2] = { v: 'Đường nội đồng thôn Bản Chang', t: 's' } as never;
  const col = moneyCell(snap, 'plan', afterCode, 'DTPT_NSTW').replace(/\d+/g, '');
  const colIndex = col.charCodeAt(0) - 65;
  stray[colIndex] = (typeof value === 'number' ? { v: value, t: 'n' } : { v: value, t: 's' }) as never;
  sheet.rows.splice(row + 1, 0, stray);
  return snap;
}

describe('NOT_IN_ANY_TOTAL', () => {
  it('flags a row inserted without a code that holds 500 triệu', () => {
    const snap = withStrayRow(new SnapshotBuilder().plan('DA4.TDA1.ND1', 'DTPT_NSTW', 100), 'DA4.TDA1.ND1', 500);
    const findings = runCheck(checkNotInAnyTotal, snap);
    expect(findings.map((f) => [f.code, f.severity, f.sourceKey, f.actual])).toEqual([
      ['NOT_IN_ANY_TOTAL', 'error', 'DTPT_NSTW', 500],
    ]);
    expect(findings[0].message).toContain('không thuộc dòng nào');
  });

  it('leaves a note row without money (or with a zero) alone', () => {
    expect(runCheck(checkNotInAnyTotal, withStrayRow(new SnapshotBuilder(), 'DA4.TDA1.ND1', 0))).toEqual([]);
    expect(runCheck(checkNotInAnyTotal, withStrayRow(new SnapshotBuilder(), 'DA4.TDA1.ND1', 'Ghi chú'))).toEqual([]);
  });
});
