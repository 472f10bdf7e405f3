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
const xmlOf = (name: string, bytes: Uint8Array) => readableSize(openPackage({ name, bytes }));

it('a template workbook needing more than the heap limit: one plain line naming the file', async () => {
  const bytes = await templateBytes();
  const need = heapNeeded(xmlOf('mau.xlsx', bytes));
  const error = await checkBytes('mau.xlsx', bytes, undefined, undefined, need - 1).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe('FileTooBigError');
  expect((error as Error).message).toMatch(TOO_BIG);
  expect((error as Error).message).toMatch(/mau\.xlsx$/);
  expect((error as Error).message.split('\n')).toHaveLength(1);
});

it('near miss: exactly the heap it needs, or no limit told (Firefox, Safari), it is read and checked', async () => {
  const bytes = await templateBytes();
  const need = heapNeeded(xmlOf('mau.xlsx', bytes));
  expect((await checkBytes('mau.xlsx', bytes, undefined, undefined, need)).kind).toBe('template');
  expect((await checkBytes('mau.xlsx', bytes)).kind).toBe('template');
});

it('her own table asks for the layout reader’s larger need, once it is known to be her own', async () => {
  const bytes = await ownTableBytes();
  const xml = xmlOf('KH-2024.xlsx', bytes);
  // Enough for a template workbook of this size, not for the layout reader over it.
  const between = heapNeeded(xml, OWN_LAYOUT_PER_XML_BYTE) - 1;
  expect(between).toBeGreaterThan(heapNeeded(xml));
  await expect(checkBytes('KH-2024.xlsx', bytes, undefined, undefined, between)).rejects.toThrow(TOO_BIG);
  const read = await checkBytes('KH-2024.xlsx', bytes, undefined, undefined, between + 1);
  expect(read.kind).toBe('own-layout');
  expect(read.findings).toEqual((await checkBytes('KH-2024.xlsx', bytes)).findings);
});

it('the page worker’s openFile passes the limit on; a file opened within it is rechecked as before', async () => {
  const bytes = await ownTableBytes();
  const need = heapNeeded(xmlOf('KH-2024.xlsx', bytes), OWN_LAYOUT_PER_XML_BYTE);
  const opened = await PAGE_API.openFile('KH-2024.xlsx', bytes.slice().buffer, undefined, need);
  expect(opened.kind).toBe('own-layout');
  expect(opened.layout).toBeDefined();
  await expect(PAGE_API.recheck(opened.id, opened.layout!)).resolves.toMatchObject({ kind: 'own-layout' });
  const tight = await PAGE_API.openFile('KH-2024.xlsx', bytes.slice().buffer, undefined, need - 1).catch((e) => e);
  expect(String(tight)).toMatch(/quá lớn/);
});
