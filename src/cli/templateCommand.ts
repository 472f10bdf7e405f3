import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Command } from 'commander';
import { z } from 'zod';
import { LEVEL_LABELS, MONEY_UNITS, levelSchema, moneyUnitSchema } from '../domain/units';
import { counterpartScopeSchema } from '../domain/counterpart';
import { buildTemplatePlans, buildUnitAllocationSheet } from '../templates';
import { templateOptionsSchema } from '../domain/settings';
import { addPlanSheet } from '../host/xlsx/applyPlan';
import { saveWorkbookFile } from '../host/xlsx/fileIo';
import { CliError, EXIT, rethrowFileError } from './errors';

/** Flags of `mtqg template`, as commander hands them over (strings). */
const templateFlagsSchema = z.object({
  out: z
    .string()
    .trim()
    .min(1, '--out là bắt buộc / --out is required')
    .refine((p) => p.toLowerCase().endsWith('.xlsx'), '--out phải là tệp .xlsx / --out must end in .xlsx'),
  level: z
    .enum(levelSchema.options, { error: '--level phải là tinh, huyen hoặc xa / --level must be tinh, huyen or xa' })
    .default('huyen'),
  year: z.coerce
    .number({ error: '--year phải là số / --year must be a number' })
    .int('--year phải là số nguyên / --year must be a whole number')
    .min(2021, '--year từ 2021 đến 2100 / --year must be 2021–2100')
    .max(2100, '--year từ 2021 đến 2100 / --year must be 2021–2100')
    .default(new Date().getFullYear()),
  unit: z
    .enum(moneyUnitSchema.options, {
      error: '--unit phải là dong, nghin hoặc trieu / --unit must be dong, nghin or trieu',
    })
    .default('trieu'),
  name: z.string().trim().default(''),
  counterpart: z.coerce
    .number({ error: '--counterpart phải là số / --counterpart must be a number' })
    .min(0, '--counterpart từ 0 đến 100 / --counterpart must be 0–100')
    .max(100, '--counterpart từ 0 đến 100 / --counterpart must be 0–100')
    .optional(),
  counterpartScope: z
    .enum(counterpartScopeSchema.options, {
      error: '--counterpart-scope phải là tong hoặc tung_loai / --counterpart-scope must be tong or tung_loai',
    })
    .optional(),
  force: z.boolean().default(false),
  /** "Xã A,Xã B": adds "Giao vốn theo đơn vị" with one row per lower unit. */
  units: z
    .string()
    .optional()
    .transform((s) =>
      (s ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    ),
});
export type TemplateFlags = z.infer<typeof templateFlagsSchema>;

export function parseTemplateFlags(raw: Record<string, unknown>): TemplateFlags {
  const parsed = templateFlagsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = issue.path.length ? `--${String(issue.path[0])}` : 'options';
    const message = issue.message.includes('--') ? issue.message : `${flag}: ${issue.message}`;
    throw new CliError(message, EXIT.unusable);
  }
  return parsed.data;
}

export async function runTemplate(
  raw: Record<string, unknown>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const flags = parseTemplateFlags(raw);
  const target = path.resolve(flags.out);
  const options = templateOptionsSchema.parse({
    level: flags.level,
    year: flags.year,
    unit: flags.unit,
    unitName: flags.name,
    ...(flags.counterpart !== undefined ? { counterpartPercent: flags.counterpart } : {}),
    ...(flags.counterpartScope !== undefined ? { counterpartScope: flags.counterpartScope } : {}),
  });
  const plans = buildTemplatePlans(options);
  if (flags.units.length) plans.push(buildUnitAllocationSheet(options, flags.units));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg';
  workbook.created = new Date();
  for (const plan of plans) addPlanSheet(workbook, plan);
  await saveWorkbookFile(workbook, target, { force: flags.force }).catch(rethrowFileError);
  out.write(`Đã tạo mẫu / wrote template: ${target}\n`);
  out.write(`  Trang tính / sheets: ${plans.map((p) => p.name).join(', ')}\n`);
  out.write(
    `  Cấp ${LEVEL_LABELS[flags.level].label}, năm ${flags.year}, đơn vị tính ${MONEY_UNITS[flags.unit].label}${flags.name ? `, ${flags.name}` : ''}\n`,
  );
}

export function registerTemplateCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('template')
    .description('Tạo tệp mẫu kế hoạch (4 trang tính) / write a blank planning workbook (4 sheets)')
    .requiredOption('--out <file>', 'tệp .xlsx cần tạo / .xlsx file to write')
    .option('--level <level>', 'cấp: tinh | huyen | xa', 'huyen')
    .option('--year <year>', 'năm kế hoạch / plan year (mặc định năm nay / default this year)')
    .option('--unit <unit>', 'đơn vị tính: dong | nghin | trieu', 'trieu')
    .option('--name <name>', 'tên đơn vị / unit name, e.g. "Huyện Vĩnh Linh"')
    .option('--counterpart <percent>', 'tỷ lệ đối ứng NSĐP tối thiểu (% NSTW) / minimum local counterpart %')
    .option(
      '--counterpart-scope <scope>',
      'đối ứng tính trên: tong (tổng NSTW, mặc định) | tung_loai (từng loại vốn) / minimum on: tong (whole central budget, default) | tung_loai (each capital type)',
    )
    .option(
      '--units <names>',
      'thêm trang "Giao vốn theo đơn vị" cho các đơn vị cấp dưới / add the units sheet: "Xã A,Xã B"',
    )
    .option('--force', 'ghi đè tệp đã có / overwrite an existing file', false)
    .action(async (opts: Record<string, unknown>) => {
      await runTemplate(opts);
      setExit(EXIT.ok);
    });
}
