import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Command } from 'commander';
import { z } from 'zod';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { buildTemplatePlans } from '../templates';
import { addPlanSheet } from '../host/xlsx/applyPlan';
import { saveWorkbookFile } from '../host/xlsx/fileIo';
import { findKeyRow, findTemplateSheet, cellText } from '../host/xlsx/sheetScan';
import { planImport } from '../layout/importPlan';
import { fold } from '../layout/text';
import { loadAndCheck } from './checkWorkbook';
import { CliError, EXIT, rethrowFileError } from './errors';
import { readMappingFile } from './mappingFile';

const importFlagsSchema = z.object({
  out: z
    .string()
    .trim()
    .min(1, '--out là bắt buộc / --out is required')
    .refine((p) => p.toLowerCase().endsWith('.xlsx'), '--out phải là tệp .xlsx / --out must end in .xlsx'),
  map: z.string().trim().min(1).optional(),
  force: z.boolean().default(false),
});

/**
 * `mtqg import FILE.xlsx --out PLAN.xlsx`: writes the standard template holding her figures
 * at the levels she gave them, each with a note saying where it came from. Her file is only
 * read.
 */
export async function runImport(
  file: string,
  raw: Record<string, unknown>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const parsed = importFlagsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message, EXIT.unusable);
  const flags = parsed.data;
  if (path.resolve(flags.out) === path.resolve(file)) {
    throw new CliError('--out không được trùng tệp nguồn / --out must not be the workbook read', EXIT.unusable);
  }
  const mapping = flags.map ? await readMappingFile(flags.map) : undefined;
  const { snapshot, layout } = await loadAndCheck(file, { ownLayout: true, mapping });
  if (!layout) {
    throw new CliError(`Tệp đã theo mẫu mtqg / the workbook already follows the mtqg template: ${file}`, EXIT.unusable);
  }
  const plan = layout.tables.find((t) => t.role === 'plan') ?? layout.tables[0];
  const unit = plan.unit;
  const imported = planImport(snapshot, layout);
  const year = /nam (20\d\d)/.exec(fold(plan.title))?.[1];
  const plans = buildTemplatePlans(
    {
      level: layout.level,
      year: year ? Number(year) : new Date().getFullYear(),
      unit,
      unitName: plan.issuer,
    },
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
  const target = path.resolve(flags.out);
  await saveWorkbookFile(workbook, target, { force: flags.force, protect: [file] }).catch(rethrowFileError);
  out.write(
    `Đã nhập ${written} số liệu vào mẫu chuẩn / imported ${written} figures into the standard template: ${target}\n`,
  );
  out.write(
    `  Từ trang / from sheet(s): ${layout.tables.map((t) => `"${t.sheet}"`).join(', ')} — tệp gốc không bị sửa / your file is unchanged\n`,
  );
  out.write(`  Kiểm tra / check it: mtqg validate ${path.basename(flags.out)}\n`);
}

function codeRows(ws: ExcelJS.Worksheet, keyRow: number, maCol: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let r = keyRow + 1; r <= ws.rowCount; r++) {
    const code = cellText(ws.getRow(r).getCell(maCol).value)?.trim();
    if (code && !out.has(code)) out.set(code, r);
  }
  return out;
}

export function registerImportCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('import')
    .description(
      'Chuyển bảng tính riêng sang mẫu chuẩn (tệp gốc không bị sửa) / copy your own table into the standard template',
    )
    .argument('<file>', 'tệp .xlsx của bạn / your .xlsx workbook')
    .requiredOption('--out <file>', 'tệp mẫu chuẩn cần tạo / template workbook to write')
    .option('--map <mapping.json>', 'ánh xạ đã sửa (từ mtqg map) / corrected mapping (from mtqg map)')
    .option('--force', 'ghi đè tệp đã có / overwrite an existing file', false)
    .action(async (file: string, opts: Record<string, unknown>) => {
      await runImport(file, opts);
      setExit(EXIT.ok);
    });
}
