import { pendingAt, type PendingFormula } from './pendingFormula';
import ExcelJS from 'exceljs';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { buildTemplatePlans } from '../../templates';
import { KeyedPlan } from '../../demo/samplePlans';
import type { SheetSnapshot } from '../../model/snapshot';
import { addPlanSheet } from './applyPlan';
import { readWorkbookSnapshot } from './readSnapshot';
import { evaluateLookupFormulas } from './lookupFormulas';
import { evaluateMissingResults } from './evaluateFormulas';

/** A filled template written without cached results, read back as the CLI reads it. */
async function filled(): Promise<{
  left: unknown[];
  fast: SheetSnapshot;
  slow: SheetSnapshot;
  at: (code: string, key: string) => [number, number];
}> {
  const plans = buildTemplatePlans({ year: 2024 }, { details: [{ leafCode: 'DA1.ND2', name: 'Nhà thôn Ba' }] });
  const plan = new KeyedPlan(plans.find((p) => p.name === SHEET_NAMES.plan)!);
  const disbPlan = plans.find((p) => p.name === SHEET_NAMES.disbursement)!;
  const disb = new KeyedPlan(disbPlan);
  plan.set('DA1.ND4.TT', 'DTPT_NSTW', 19000);
  plan.set('DA1.ND4.TT', 'DTPT_NSDP', 1000);
  plan.set('DA1.ND2.01', 'SN_NSTW', 500);
  disb.set('DA1.ND4.TT', 'GN_DTPT', 17350);
  disb.set('DA1.ND2.01', 'GN_SN', 125);
  const wb = new ExcelJS.Workbook();
  for (const p of plans) addPlanSheet(wb, p);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  // Every Giải ngân formula reset to "no result", twice: once for the fast path, once for HyperFormula.
  const reset = () => {
    const snap = readWorkbookSnapshot(back);
    const sheet = snap.sheets.findIndex((x) => x.name === SHEET_NAMES.disbursement);
    const pending: PendingFormula[] = [];
    snap.sheets[sheet].rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c.f) return;
        Object.assign(c, { v: null, t: 'n' });
        pending.push(pendingAt(sheet, r, col));
      }),
    );
    return { sheets: snap.sheets, sheet, pending };
  };
  const a = reset();
  const left = evaluateLookupFormulas(a.sheets, a.pending);
  const b = reset();
  evaluateMissingResults(b.sheets, b.pending);
  return {
    left,
    fast: a.sheets[a.sheet],
    slow: b.sheets[b.sheet],
    at: (code, key) => [disb.address(code, key).row, disb.address(code, key).col],
  };
}

describe('lookup fast path (Giải ngân formulas without cached results)', () => {
  it('gives on every formula cell what HyperFormula gives', async () => {
    const { left, fast, slow, at } = await filled();
    expect(left).toEqual([]); // nothing left for HyperFormula
    let formulas = 0;
    fast.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c.f) return;
        formulas++;
        const ref = slow.rows[r][col];
        expect({ at: [r, col], t: c.t, v: c.t === 'n' ? Number((c.v as number).toFixed(9)) : c.v }).toEqual({
          at: [r, col],
          t: ref.t,
          v: ref.t === 'n' ? Number((ref.v as number).toFixed(9)) : ref.v,
        });
      }),
    );
    expect(formulas).toBeGreaterThan(250);
    const [r, c] = at('DA1.ND4.TT', 'KH_DTPT');
    expect(fast.rows[r][c].v).toBe(20000);
    const [tr, tc] = at('TONG', 'TL_DTPT');
    expect(fast.rows[tr][tc].v).toBeCloseTo(0.8675, 12);
    const [dr, dc] = at('DA1.ND2.01', 'TL_SN');
    expect(fast.rows[dr][dc].v).toBeCloseTo(0.25, 12);
  });

  it('computes the rates when every lookup is cached (a file saved by Excel or LibreOffice caches "" as nothing)', () => {
    // Only the rates came back without a result: no SUMIF is pending, the rates still must not
    // reach HyperFormula (whole sheets of whole-column SUMIFs there took minutes at 12,000 lines).
    const sheet: SheetSnapshot = {
      name: 'Giải ngân',
      rows: [
        [
          { v: 200, t: 'n', f: "=SUMIF('KH'!$B:$B,$B1,'KH'!$E:$E)" },
          { v: 50, t: 'n' },
          { v: null, t: 'n', f: '=IF(SUM(A1)=0,"",SUM(B1)/SUM(A1))' },
        ],
        [
          { v: 0, t: 'n' },
          { v: 7, t: 'n' },
          { v: null, t: 'n', f: '=IF(SUM(A2)=0,"",SUM(B2)/SUM(A2))' },
        ],
      ],
    };
    const left = evaluateLookupFormulas([sheet], [pendingAt(0, 0, 2), pendingAt(0, 1, 2)]);
    expect(left).toEqual([]);
    expect(sheet.rows[0][2]).toMatchObject({ v: 0.25, t: 'n' });
    expect(sheet.rows[1][2]).toMatchObject({ v: null, t: 'z' });
  });

  it('gives HyperFormula the known results of other formulas, not the formulas again', () => {
    // A1's file shows 5 (its cached result): the pending B1 = A1*2 reads what the sheet shows.
    const sheet: SheetSnapshot = {
      name: 'S',
      rows: [
        [
          { v: 5, t: 'n', f: '=1+1' },
          { v: null, t: 'n', f: '=A1*2' },
        ],
      ],
    };
    evaluateMissingResults([sheet], [pendingAt(0, 0, 1)]);
    expect(sheet.rows[0][1]).toMatchObject({ v: 10, t: 'n' });
  });

  it("one row's lookups through two key columns, and a sheet name in another case, each find their own sums", () => {
    // KH: codes in B and in C (another code per row), figures in E.
    const code = (v: string) => ({ v, t: 's' as const });
    const blank = { v: null, t: 'z' as const };
    const kh: SheetSnapshot = {
      name: 'KH',
      rows: [
        [blank, code('a'), code('x'), blank, { v: 10, t: 'n' }],
        [blank, code('b'), code('a'), blank, { v: 20, t: 'n' }],
        [blank, code('a'), code('y'), blank, { v: 5, t: 'n' }],
      ],
    };
    const gn: SheetSnapshot = {
      name: 'GN',
      rows: [
        [
          { v: null, t: 'n', f: "=SUMIF('KH'!$B:$B,$B1,'KH'!$E:$E)" },
          { v: 'a', t: 's' },
          { v: null, t: 'n', f: "=SUMIF('KH'!$C:$C,$B1,'KH'!$E:$E)" },
          { v: null, t: 'n', f: "=SUMIF('kh'!$B:$B,$B1,'kh'!$E:$E)" },
        ],
      ],
    };
    const left = evaluateLookupFormulas([kh, gn], [pendingAt(1, 0, 0), pendingAt(1, 0, 2), pendingAt(1, 0, 3)]);
    expect(left).toEqual([]);
    // "a" in B: rows 1 and 3 (10 + 5); in C: row 2 (20); the same through 'kh'.
    expect([gn.rows[0][0].v, gn.rows[0][2].v, gn.rows[0][3].v]).toEqual([15, 20, 15]);
  });

  it('leaves other formulas (another sheet name, another shape) to the general engine', () => {
    const sheet: SheetSnapshot = {
      name: 'S',
      rows: [
        [
          { v: null, t: 'n', f: "=SUMIF('Khác'!$B:$B,$B1,'Khác'!$E:$E)" },
          { v: null, t: 'n', f: '=IF(A1>0,1,2)' },
        ],
      ],
    };
    const pending = [pendingAt(0, 0, 0), pendingAt(0, 0, 1)];
    expect(evaluateLookupFormulas([sheet], pending)).toEqual(pending);
  });
});
