import ExcelJS from 'exceljs';
import { SHEET_NAMES } from '../../../domain/workbookLayout';
import { planImport } from '../../../layout/importPlan';
import type { LayoutMapping } from '../../../layout/mapping';
import { fold } from '../../../layout/text';
import type { WorkbookSnapshot } from '../../../model/snapshot';
import { buildTemplatePlans } from '../../../templates';
import { addPlanSheet } from '../applyPlan';
import { cellText, findKeyRow, findTemplateSheet } from '../sheetScan';
import { toBytes } from './bytes';
import { checkFile, UnreadableFileError, type OpenedFile } from './checkFile';

export interface ConvertedTemplate {
  bytes: Uint8Array;
  /** Figures of hers written into the template. */
  written: number;
}

export const ALREADY_TEMPLATE = (name: string) =>
  `Tệp đã theo mẫu mtqg / the workbook already follows the mtqg template: ${name}`;

/**
 * Her own table → the standard template holding her figures at the levels she gave them,
 * each with a note saying where it came from (`mtqg import` and the page). Her file is
 * only read.
 */
export async function convertLayout(
  snapshot: WorkbookSnapshot,
  layout: LayoutMapping,
  now: Date = new Date(),
): Promise<ConvertedTemplate> {
  const plan = layout.tables.find((t) => t.role === 'plan') ?? layout.tables[0];
  const imported = planImport(snapshot, layout);
  const year = /nam (20\d\d)/.exec(fold(plan.title))?.[1];
  const plans = buildTemplatePlans(
    { level: layout.level, year: year ? Number(year) : now.getFullYear(), unit: plan.unit, unitName: plan.issuer },
    { details: imported.details },
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg import';
  for (const p of plans) addPlanSheet(workbook, p);
  let written = 0;
  for (const id of ['plan', 'allocation'] as const) {
    const ws = findTemplateSheet(workbook, id, SHEET_NAMES[id]);
    const keys = ws && findKeyRow(ws, 'MA');
    if (!ws || !keys) continue;
    const rowOf = codeRows(ws, keys.row, keys.columns.get('MA')!);
    for (const f of imported.figures.filter((x) => x.sheet === id)) {
      const r = rowOf.get(f.code);
      const c = keys.columns.get(f.key);
      if (!r || !c) continue;
      const cell = ws.getRow(r).getCell(c);
      // Figures come in the plan's unit (an allocation in another unit is converted on reading).
      cell.value = Math.round(f.value * 1e6) / 1e6;
      cell.note = `Từ / from ${f.from}${f.converted ? ` (${f.converted})` : ''}`;
      written += 1;
    }
    if (id === 'plan') {
      for (const { line, names } of imported.folded) {
        const r = rowOf.get(line);
        const c = keys.columns.get('NOI_DUNG');
        if (r && c) ws.getRow(r).getCell(c).note = `Gồm các dòng chi tiết / includes: ${names.join('; ')}`;
      }
    }
  }
  return { bytes: toBytes(await workbook.xlsx.writeBuffer()), written };
}

function codeRows(ws: ExcelJS.Worksheet, keyRow: number, maCol: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let r = keyRow + 1; r <= ws.rowCount; r++) {
    const code = cellText(ws.getRow(r).getCell(maCol).value)?.trim();
    if (code && !out.has(code)) out.set(code, r);
  }
  return out;
}

/** Her own layout → the standard template with her figures (as `mtqg import`). */
export async function convertedTemplate(file: OpenedFile, opts: { mapping?: LayoutMapping } = {}): Promise<Uint8Array> {
  const checked = checkFile(file, { mapping: opts.mapping });
  if (!checked.layout) throw new UnreadableFileError(ALREADY_TEMPLATE(file.name));
  return (await convertLayout(checked.snapshot, checked.layout)).bytes;
}
