import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { buildSampleWorkbook } from '../../../demo/sampleWorkbook';
import { APPENDIX_SHEET_NAMES } from '../../../domain/workbookLayout';
import { appendixSheets, buildAppendixPlans } from '../../../appendix';
import type { LazySheetPlan } from '../../../model/sheetPlan';
import type { WorkbookSnapshot } from '../../../model/snapshot';
import { readXlsxSnapshot, ZipPackage } from '../fastReader';
import { prepareAppendix } from '../outputs/appendixCopy';
import { concatBytes } from '../outputs/bytes';
import { addSheetsToPackage, prepareSheetAddition } from '.';

/**
 * Sheets added from lazy plans: each plan is built only while its sheet is written, one at
 * a time, and the writer lets the snapshot go (200,000 lines: 0.5 GB of snapshot, then
 * 4 million cells a plan).
 */
let data: Uint8Array;
beforeAll(async () => {
  data = new Uint8Array(await (await buildSampleWorkbook({ withSlips: false })).xlsx.writeBuffer());
});

it('gives the same package from lazy plans as from built ones, building each plan once, at write time', () => {
  const pkg = new ZipPackage(data);
  const { snapshot } = readXlsxSnapshot(pkg);
  const eager = concatBytes(addSheetsToPackage(pkg, snapshot, buildAppendixPlans(snapshot)));
  const built: string[] = [];
  const lazy = appendixSheets(snapshot).map((s): LazySheetPlan => ({
    ...s,
    build: () => {
      built.push(s.name);
      return s.build();
    },
  }));
  const write = prepareSheetAddition(pkg, snapshot, lazy);
  expect(built).toEqual([]);
  const bytes = concatBytes(write());
  expect(built).toEqual(Object.values(APPENDIX_SHEET_NAMES));
  expect(bytes).toEqual(eager);
});

it('refuses a lazy plan that builds a sheet under another name than announced', () => {
  const pkg = new ZipPackage(data);
  const { snapshot } = readXlsxSnapshot(pkg);
  const [pb01] = appendixSheets(snapshot);
  const wrong: LazySheetPlan = { name: 'Phụ biểu khác', kind: 'appendix', build: () => pb01.build() };
  expect(() => prepareSheetAddition(pkg, snapshot, [wrong])()).toThrow(/announced as "Phụ biểu khác"/);
});

it('keeps no reference to the snapshot once the appendix writer is prepared', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const pkg = new ZipPackage(data);
  const prepare = (): { write: () => Uint8Array[]; ref: WeakRef<WorkbookSnapshot> } => {
    const { snapshot } = readXlsxSnapshot(pkg);
    return { write: prepareAppendix(pkg, snapshot, { unverified: false }), ref: new WeakRef(snapshot) };
  };
  const { write, ref } = prepare();
  // A WeakRef's target is kept to the end of the current job: collect after it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  expect(ref.deref()).toBeUndefined();
  expect(readXlsxSnapshot(concatBytes(write())).snapshot.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(Object.values(APPENDIX_SHEET_NAMES)),
  );
});

it('refuses a plan with cell notes (it writes no comment parts) rather than drop them', () => {
  const pkg = new ZipPackage(data);
  const { snapshot } = readXlsxSnapshot(pkg);
  const [first, ...rest] = buildAppendixPlans(snapshot);
  const noted = { ...first, notes: [{ row: 0, col: 0, text: 'Từ / from' }] };
  expect(() => concatBytes(addSheetsToPackage(pkg, snapshot, [noted, ...rest]))).toThrow(/does not write cell notes/);
  // Near miss: the same plans without the note are written.
  expect(concatBytes(addSheetsToPackage(pkg, snapshot, [first, ...rest])).length).toBeGreaterThan(data.length);
});
