import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { runConsolidate } from '../../src/cli/consolidateCommand';
import { KeyedCells } from '../../src/consolidation/outputPlans';
import { unitAllocationTrieu, unitPlans, unitWorkbookBuffer } from '../../src/consolidation/testing/unitWorkbooks';
import { settingsSchema } from '../../src/domain/settings';
import { TYPED_SOURCE_KEYS } from '../../src/domain/sources';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import { buildTemplatePlans, buildUnitAllocationSheet } from '../../src/templates';

/**
 * One slip, one finding across levels: a commune's own Giao vốn slip (its grand total typed in
 * nghìn đồng, or as text) is reported under the commune, not a second time as "differs from the
 * district's decision"; a real difference still is.
 */
jest.setTimeout(60_000);

const UNITS = ['Xã 1', 'Xã 2'];
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtqg-own-slip-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes both communes (Xã 1's grand total of SN_NSTW replaced) and the district's decision. */
async function write(total: (meant: number) => number | string, decidedXa1 = (meant: number) => meant) {
  mkdirSync(path.join(dir, 'xa'));
  for (const [i, name] of UNITS.entries()) {
    const plans = unitPlans({ name });
    if (i === 0) {
      const alloc = new KeyedCells(plans.find((p) => p.name === SHEET_NAMES.allocation)!);
      alloc.set('TONG', 'SN_NSTW', total(unitAllocationTrieu({ name }).TONG.SN_NSTW));
    }
    writeFileSync(path.join(dir, 'xa', `xa-${i + 1}.xlsx`), await unitWorkbookBuffer(plans));
  }
  const options = { level: 'huyen' as const, year: 2024, unit: 'trieu' as const, unitName: 'Huyện Thử' };
  const decision = buildUnitAllocationSheet(settingsSchema.parse({ ...options, counterpartPercent: 5 }), UNITS);
  const keys = decision.cells.filter((c) => c.row === 5 && typeof c.value === 'string');
  UNITS.forEach((name, i) => {
    const tong = unitAllocationTrieu({ name }).TONG;
    for (const key of TYPED_SOURCE_KEYS) {
      if (!tong[key]) continue;
      const col = keys.find((c) => c.value === key)!.col;
      const value = i === 0 && key === 'SN_NSTW' ? decidedXa1(tong[key]) : tong[key];
      decision.cells.find((c) => c.row === 7 + i && c.col === col)!.value = value;
    }
  });
  const upper = path.join(dir, 'huyen-giao-von.xlsx');
  writeFileSync(upper, await unitWorkbookBuffer([...buildTemplatePlans(options), decision]));
  return upper;
}

async function consolidateJson(upper: string) {
  let text = '';
  const out = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  await runConsolidate(
    [path.join(dir, 'xa')],
    { out: path.join(dir, 'huyen.xlsx'), allocation: upper, format: 'json' },
    out,
  );
  const report = JSON.parse(text);
  const xa1 = report.units.find((u: { file: string }) => u.file === 'xa-1.xlsx');
  return xa1.findings.map((f: { code: string; cell: string; sheet: string }) => `${f.code}@${f.sheet}!${f.cell}`);
}

it("a commune's grand total typed in nghìn đồng is its own one finding", async () => {
  const found = await consolidateJson(await write((meant) => meant * 1000));
  expect(found).toEqual([expect.stringMatching(/^UNIT_SUSPECT@Giao vốn!/)]);
});

it("a commune's grand total typed as text is its own one finding", async () => {
  const found = await consolidateJson(await write(() => 'chưa có'));
  expect(found).toEqual([expect.stringMatching(/^NOT_A_NUMBER@Giao vốn!/)]);
});

it('near miss: the same slip where the decision says another figure still differs from the decision', async () => {
  const found = await consolidateJson(
    await write(
      (meant) => meant * 1000,
      (meant) => meant - 10,
    ),
  );
  expect(found).toEqual([
    expect.stringMatching(/^UNIT_SUSPECT@Giao vốn!/),
    expect.stringMatching(/^ALLOCATION_DIFFERS_FROM_DECISION@Tình hình nộp!/),
  ]);
});
