import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { addPlanSheet } from '../../host/xlsx/applyPlan';
import { openPackage } from '../../host/xlsx/outputs';
import { readableSize } from '../../host/xlsx/fastReader';
import { heapNeeded, OWN_LAYOUT_PER_XML_BYTE } from '../../host/xlsx/outputs/memoryNeed';
import { gridXlsx } from '../../../tests/fixtures/ownLayout/writeXlsx';
import { projectWithOwnRow } from '../../../tests/fixtures/ownLayout/sections';
import { checkBytes } from './checkBytes';
import { PAGE_API } from './pageApi';

/**
 * The page refuses a workbook its browser's heap cannot hold in one line, before reading it, by
 * the CLI's own estimate (memoryNeed.ts): a tab that runs out of heap crashes ("Aw, Snap!").
 */
const TOO_BIG = /^Tệp quá lớn so với bộ nhớ máy này; tách kế hoạch thành nhiều tệp \/ the workbook is too big/;

async function templateBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const plan of buildTemplatePlans({ year: 2024, level: 'huyen', unit: 'trieu' })) addPlanSheet(wb, plan);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const ownTableBytes = async () => new Uint8Array(await gridXlsx(projectWithOwnRow()).xlsx.writeBuffer());
const alone = (limit: number) => ({ limit, held: 0 });
const xmlOf = (name: string, bytes: Uint8Array) => readableSize(openPackage({ name, bytes }));

it('a template workbook needing more than the heap limit: one plain line naming the file', async () => {
  const bytes = await templateBytes();
  const need = heapNeeded(xmlOf('mau.xlsx', bytes));
  const error = await checkBytes('mau.xlsx', bytes, undefined, undefined, alone(need - 1)).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe('FileTooBigError');
  expect((error as Error).message).toMatch(TOO_BIG);
  expect((error as Error).message).toMatch(/mau\.xlsx$/);
  expect((error as Error).message.split('\n')).toHaveLength(1);
});

it('near miss: exactly the heap it needs, or no limit told (Firefox, Safari), it is read and checked', async () => {
  const bytes = await templateBytes();
  const need = heapNeeded(xmlOf('mau.xlsx', bytes));
  expect((await checkBytes('mau.xlsx', bytes, undefined, undefined, alone(need))).kind).toBe('template');
  expect((await checkBytes('mau.xlsx', bytes)).kind).toBe('template');
});

it('her own table asks for the layout reader’s larger need, once it is known to be her own', async () => {
  const bytes = await ownTableBytes();
  const xml = xmlOf('KH-2024.xlsx', bytes);
  // Enough for a template workbook of this size, not for the layout reader over it.
  const between = heapNeeded(xml, OWN_LAYOUT_PER_XML_BYTE) - 1;
  expect(between).toBeGreaterThan(heapNeeded(xml));
  await expect(checkBytes('KH-2024.xlsx', bytes, undefined, undefined, alone(between))).rejects.toThrow(TOO_BIG);
  const read = await checkBytes('KH-2024.xlsx', bytes, undefined, undefined, alone(between + 1));
  expect(read.kind).toBe('own-layout');
  expect(read.findings).toEqual((await checkBytes('KH-2024.xlsx', bytes)).findings);
});

it('the page worker’s openFile passes the limit on; a file opened within it is rechecked within it', async () => {
  const bytes = await ownTableBytes();
  const need = heapNeeded(xmlOf('KH-2024.xlsx', bytes), OWN_LAYOUT_PER_XML_BYTE);
  const opened = await PAGE_API.openFile('KH-2024.xlsx', bytes.slice().buffer, undefined, need);
  expect(opened.kind).toBe('own-layout');
  expect(opened.layout).toBeDefined();
  // Rechecked within exactly its own need: the file is not counted twice against the limit.
  await expect(PAGE_API.recheck(opened.id, opened.layout!)).resolves.toMatchObject({ kind: 'own-layout' });
  PAGE_API.closeFile(opened.id);
  const tight = await PAGE_API.openFile('KH-2024.xlsx', bytes.slice().buffer, undefined, need - 1).catch((e) => e);
  expect(String(tight)).toMatch(/quá lớn/);
});

const OTHERS_OPEN =
  /^Không đủ bộ nhớ cho tệp này khi các tệp khác đang mở; đóng bớt tệp rồi mở lại \/ not enough memory/;

it('a workbook that fits alone but not beside the files already open: close some, in one line', async () => {
  const bytes = await templateBytes();
  const need = heapNeeded(xmlOf('mau.xlsx', bytes));
  const limit = 10 * need;
  await expect(checkBytes('mau.xlsx', bytes, undefined, undefined, { limit, held: limit - need + 1 })).rejects.toThrow(
    OTHERS_OPEN,
  );
  // Near miss: what the open files leave is exactly its need.
  const read = await checkBytes('mau.xlsx', bytes, undefined, undefined, { limit, held: limit - need });
  expect(read.kind).toBe('template');
  expect(read.heapNeed).toBe(need);
});

it('the page worker counts the files it holds: the second file waits until the first is closed', async () => {
  const bytes = await templateBytes();
  const need = heapNeeded(xmlOf('mau.xlsx', bytes));
  const limit = 2 * need - 1;
  const first = await PAGE_API.openFile('mau-1.xlsx', bytes.slice().buffer, undefined, limit);
  const second = await PAGE_API.openFile('mau-2.xlsx', bytes.slice().buffer, undefined, limit).catch((e) => e);
  expect(String(second)).toMatch(/đóng bớt tệp rồi mở lại/);
  expect(String(second)).toMatch(/mau-2\.xlsx$/);
  PAGE_API.closeFile(first.id);
  const again = await PAGE_API.openFile('mau-2.xlsx', bytes.slice().buffer, undefined, limit);
  expect(again.kind).toBe('template');
  PAGE_API.closeFile(again.id);
});
