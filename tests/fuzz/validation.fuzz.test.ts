import fc from 'fast-check';
import { validateSnapshot } from '../../src/validation';
import { parseNumberText } from '../../src/validation/parseAmount';
import { findingSchema } from '../../src/model/finding';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../../src/model/snapshot';
import { SnapshotBuilder } from '../../src/validation/testing/snapshotBuilder';
import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { buildTemplatePlans } from '../../src/templates';
import { OfficeRecorder } from '../office/recorder';
import { mutate, mutationArb } from './mutations';

fc.configureGlobal({ seed: 1719, numRuns: 200 });

/** A template workbook as the Office.js host reads it back (formulas not evaluated). */
async function templateSnapshot(): Promise<WorkbookSnapshot> {
  const rec = new OfficeRecorder();
  const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
  await host.applyPlans(
    buildTemplatePlans({ year: 2025 }, { details: [{ leafCode: 'DA4.TDA1.ND1', name: 'Đường Áng Hin' }] }),
    'refuse',
  );
  return host.readSnapshot();
}

/** A filled plan with evaluated sums (H3's builder). */
function filledSnapshot(): WorkbookSnapshot {
  const b = new SnapshotBuilder({ level: 'huyen', unit: 'trieu' });
  b.plan('DA1.ND2', 'DTPT_NSTW', 1200)
    .plan('DA1.ND2', 'DTPT_NSDP', 60)
    .plan('DA8', 'SN_NSTW', 300)
    .plan('DA8', 'SN_NSDP', 15);
  b.alloc('DA1.ND2', 'DTPT_NSTW', 1200)
    .alloc('DA1.ND2', 'DTPT_NSDP', 60)
    .alloc('DA8', 'SN_NSTW', 300)
    .alloc('DA8', 'SN_NSDP', 15)
    .alloc('DA4.TDA1.ND1', 'DTPT_NSTW', 800);
  const d = b.detail('DA4.TDA1.ND1', 'Nâng cấp đường');
  b.plan(d, 'DTPT_NSTW', 800);
  b.indicator('CT09', 25).indicator('CT02', 3.5);
  return b.build();
}

const crashed = (message: string) => /không chạy được|could not run/.test(message);

describe('validateSnapshot under random workbooks', () => {
  let bases: WorkbookSnapshot[];
  beforeAll(async () => {
    bases = [await templateSnapshot(), filledSnapshot()];
  });

  it('bases are valid snapshots', () => {
    for (const b of bases) expect(() => workbookSnapshotSchema.parse(b)).not.toThrow();
  });

  it('never throws and every finding is well-formed (sheet named, cell A1-valid)', () => {
    fc.assert(
      fc.property(fc.nat(1), fc.array(mutationArb, { minLength: 1, maxLength: 25 }), (which, mutations) => {
        const snapshot = mutate(bases[which], mutations);
        const findings = validateSnapshot(snapshot);
        for (const f of findings) {
          const parsed = findingSchema.safeParse(f);
          if (!parsed.success) throw new Error(`bad finding ${JSON.stringify(f)}: ${parsed.error.message}`);
        }
      }),
    );
  });

  it('no check crashes (a crash is reported as a TEMPLATE_STRUCTURE finding)', () => {
    fc.assert(
      fc.property(fc.nat(1), fc.array(mutationArb, { minLength: 1, maxLength: 25 }), (which, mutations) => {
        const findings = validateSnapshot(mutate(bases[which], mutations));
        const crashes = findings.filter((f) => crashed(f.message) || crashed(f.messageEn));
        if (crashes.length) throw new Error(crashes.map((f) => f.messageEn).join('\n'));
      }),
    );
  });

  it('messages stay sane under absurd figures: no Infinity, NaN, exponents or 22-digit numbers', () => {
    const absurd = /Infinity|NaN|undefined|\de[+-]?\d{2}|\d{22}/;
    fc.assert(
      fc.property(fc.nat(1), fc.array(mutationArb, { minLength: 1, maxLength: 25 }), (which, mutations) => {
        for (const f of validateSnapshot(mutate(bases[which], mutations))) {
          // Quoted user text may hold anything; the tool's own words and figures may not.
          const own = (m: string) => m.replace(/"[^"]*"/g, '""');
          if (absurd.test(own(f.message)) || absurd.test(own(f.messageEn))) throw new Error(f.message);
        }
      }),
    );
  });

  it('the mutations matter: most mutated workbooks produce findings the base does not', () => {
    const base = JSON.stringify(validateSnapshot(bases[1]).map((f) => f.code + f.cell));
    const samples = fc.sample(fc.array(mutationArb, { minLength: 3, maxLength: 25 }), { numRuns: 40, seed: 1719 });
    const changed = samples.filter(
      (m) => JSON.stringify(validateSnapshot(mutate(bases[1], m)).map((f) => f.code + f.cell)) !== base,
    );
    expect(changed.length).toBeGreaterThan(20);
  });

  it('the untouched filled workbook has no errors', () => {
    expect(validateSnapshot(bases[1]).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('parseNumberText', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        parseNumberText(s);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-(+ ]?[\d., %\u00a0]{0,20}\)?$/), (s) => {
        parseNumberText(s);
      }),
    );
  });

  it('round-trips numbers written the Vietnamese way (1.238.075,25)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        (int, frac, negative) => {
          const grouped = int.toLocaleString('en-US').replace(/,/g, '.');
          const text = `${negative ? '-' : ''}${grouped},${String(frac).padStart(3, '0')}`;
          const parsed = parseNumberText(text);
          const expected = (negative ? -1 : 1) * Number(`${int}.${String(frac).padStart(3, '0')}`);
          expect(parsed?.value).toBeCloseTo(expected, 6);
          expect(parsed?.decimals).toBe(3);
        },
      ),
    );
  });

  it('round-trips integers grouped with dots or plain, and English grouping with a decimal point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999_999 }), (int) => {
        expect(parseNumberText(int.toLocaleString('en-US').replace(/,/g, '.'))?.value).toBe(int);
        expect(parseNumberText(String(int))?.value).toBe(int);
        expect(parseNumberText(`${int.toLocaleString('en-US')}.5`)?.value).toBe(int + 0.5);
      }),
    );
  });
});
