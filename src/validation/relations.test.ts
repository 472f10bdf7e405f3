import { SnapshotBuilder } from './testing/snapshotBuilder';
import { validateSnapshot } from './index';
import { PARTS_OF } from './relations';

/** Domain brief §3, written out by hand: what each total column equals. */
const BRIEF_TOTALS = {
  TONG: ['DTPT', 'SN', 'LONG_GHEP', 'TIN_DUNG', 'HUY_DONG', 'DAN_GOP'],
  DTPT: ['DTPT_NSTW', 'DTPT_NSDP'],
  SN: ['SN_NSTW', 'SN_NSDP'],
} as const;

describe('PARTS_OF: which source columns a total column sums', () => {
  it('is the table of the domain brief (§3), typed sources having no parts', () => {
    for (const [total, parts] of Object.entries(BRIEF_TOTALS)) {
      expect({ total, parts: [...PARTS_OF.get(total as keyof typeof BRIEF_TOTALS)!].sort() }).toEqual({
        total,
        parts: [...parts].sort(),
      });
    }
    const typed = [...PARTS_OF.entries()].filter(([k]) => !(k in BRIEF_TOTALS));
    expect(typed.map(([k]) => k).sort()).toEqual(
      ['DAN_GOP', 'DTPT_NSDP', 'DTPT_NSTW', 'HUY_DONG', 'LONG_GHEP', 'SN_NSDP', 'SN_NSTW', 'TIN_DUNG'].sort(),
    );
    for (const [, parts] of typed) expect(parts).toEqual([]);
  });

  it('lets a workbook with money in every source, totals as the template sums them, pass the sum checks', () => {
    // The test builder sums total columns from its own copy of the brief's table, so a wrong
    // PARTS_OF entry shows up here as SUM_MISMATCH / HARDCODED_TOTAL / allocation findings.
    const b = new SnapshotBuilder();
    const all = [
      ['DTPT_NSTW', 1000],
      ['DTPT_NSDP', 50],
      ['SN_NSTW', 400],
      ['SN_NSDP', 20],
      ['LONG_GHEP', 30],
      ['TIN_DUNG', 40],
      ['HUY_DONG', 25],
      ['DAN_GOP', 15],
    ] as const;
    for (const [key, v] of all) b.plan('DA4.TDA1.ND2', key, v).alloc('DA4.TDA1.ND2', key, v);
    b.plan('DA8', 'SN_NSTW', 100).plan('DA8', 'SN_NSDP', 5).plan('DA8', 'DAN_GOP', 7);
    b.alloc('DA8', 'SN_NSTW', 100).alloc('DA8', 'SN_NSDP', 5).alloc('DA8', 'DAN_GOP', 7);
    const findings = validateSnapshot(b.build()).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([]);
  });
});
