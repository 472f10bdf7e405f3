import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  consolidate,
  readUnit,
  readUnitDecisions,
  readUnitFromModel,
  type UnitInput,
  type UpperInput,
} from '../consolidation';
import { moneyUnitSchema } from '../domain/units';
import { addPlanSheet } from '../host/xlsx/applyPlan';
import { fileExists, saveWorkbookFile } from '../host/xlsx/fileIo';
import { SEVERITY_RANK } from '../model/finding';
import { buildLayoutModel } from '../layout/layoutModel';
import { layoutRowNames, layoutUnitSettings } from '../layout/unitSettings';
import { loadAndCheck } from './checkWorkbook';
import { formatConsolidationJson, formatConsolidationText } from './consolidateReport';
import { CliError, EXIT, rethrowFileError } from './errors';

const flagsSchema = z.object({
  out: z
    .string({ error: 'Thiếu --out / --out is required' })
    .trim()
    .min(1, 'Thiếu --out / --out is required')
    .refine((p) => p.toLowerCase().endsWith('.xlsx'), '--out phải là tệp .xlsx / --out must end in .xlsx'),
  level: z
    .enum(['huyen', 'tinh'], { error: '--level phải là huyen hoặc tinh / --level must be huyen or tinh' })
    .default('huyen'),
  name: z.string().trim().default(''),
  year: z.coerce
    .number({ error: '--year phải là số / --year must be a number' })
    .int('--year phải là số nguyên / --year must be a whole number')
    .min(2021, '--year từ 2021 đến 2100 / --year must be 2021–2100')
    .max(2100, '--year từ 2021 đến 2100 / --year must be 2021–2100')
    .optional(),
  unit: z
    .enum(moneyUnitSchema.options, {
      error: '--unit phải là dong, nghin hoặc trieu / --unit must be dong, nghin or trieu',
    })
    .default('trieu'),
  allocation: z.string().trim().min(1).optional(),
  format: z
    .enum(['text', 'json'], { error: '--format phải là text hoặc json / --format must be text or json' })
    .default('text'),
  failOn: z
    .enum(['error', 'warning'], { error: '--fail-on phải là error hoặc warning / --fail-on must be error or warning' })
    .default('error'),
  force: z.boolean().default(false),
});

/** Every .xlsx named or inside a named folder (not Excel's "~$" lock files), in a stable order. */
export async function expandInputs(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(arg)).filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$'));
      files.push(...names.sort((a, b) => a.localeCompare(b, 'vi')).map((n) => path.join(arg, n)));
    } else files.push(arg);
  }
  return files;
}

/**
 * One unit: read and checked as `mtqg validate` would (a template workbook, or her own
 * table through the layout reader); any failure is the unit's status, never a crash.
 */
async function readInput(file: string): Promise<UnitInput> {
  const name = path.basename(file);
  try {
    const { snapshot, findings, layout } = await loadAndCheck(file, { ownLayout: true });
    if (!layout) return { kind: 'read', reading: readUnit(name, snapshot, findings) };
    // Her own table: read through the same model `mtqg validate` checked, so the findings
    // and the sums come from the same cells of hers.
    const settings = layoutUnitSettings(layout, new Date().getFullYear());
    const cells = { DON_VI: settings.sheet, NAM: settings.sheet, CAP: settings.sheet };
    return {
      kind: 'read',
      reading: readUnitFromModel(
        name,
        buildLayoutModel(snapshot, layout),
        settings,
        findings,
        cells,
        layoutRowNames(layout),
      ),
    };
  } catch (err) {
    const reason = ((err as Error)?.message ?? String(err)).split(file).join(name);
    return { kind: 'unreadable', input: { file: name, reason } };
  }
}

/**
 * `mtqg consolidate FILE|DIR... --out OUT.xlsx`: the lower units' workbooks into the upper
 * level's plan. Units are read one after the other; only their sums are kept in memory.
 */
export async function runConsolidate(
  args: string[],
  raw: Record<string, unknown>,
  out: NodeJS.WritableStream = process.stdout,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const parsed = flagsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message, EXIT.unusable);
  const flags = parsed.data;
  const target = path.resolve(flags.out);
  const files = (await expandInputs(args)).filter((f) => path.resolve(f) !== target);
  const upperPath = flags.allocation ? path.resolve(flags.allocation) : null;
  const inputs = files.filter((f) => path.resolve(f) !== upperPath);
  if (!inputs.length) {
    throw new CliError('Không có tệp .xlsx nào để tổng hợp / no .xlsx file to consolidate', EXIT.unusable);
  }
  if (args.some((a) => path.resolve(a) === target)) {
    throw new CliError('--out không được là tệp đầu vào / --out must not be an input', EXIT.unusable);
  }
  if (!flags.force && (await fileExists(target))) {
    throw new CliError(
      `Tệp đã tồn tại; dùng --force để ghi đè / file exists (use --force): ${flags.out}`,
      EXIT.unusable,
    );
  }

  let upper: UpperInput | undefined;
  if (flags.allocation) {
    const { snapshot, findings } = await loadAndCheck(flags.allocation);
    upper = {
      reading: readUnit(path.basename(flags.allocation), snapshot, findings),
      decisions: readUnitDecisions(snapshot),
    };
  }
  const read: UnitInput[] = [];
  for (const file of inputs) {
    read.push(await readInput(file));
    onProgress?.(read.length, inputs.length);
  }
  const year = flags.year ?? commonYear(read) ?? new Date().getFullYear();
  const result = consolidate(read, { level: flags.level, year, unit: flags.unit, name: flags.name }, upper);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg';
  for (const plan of result.plans) addPlanSheet(workbook, plan);
  await saveWorkbookFile(workbook, target, {
    force: flags.force,
    protect: flags.allocation ? [...inputs, flags.allocation] : inputs,
  }).catch(rethrowFileError);

  out.write(
    flags.format === 'json' ? formatConsolidationJson(result, flags.out) : formatConsolidationText(result, flags.out),
  );
  const threshold = SEVERITY_RANK[flags.failOn];
  const all = [...result.findings, ...result.units.flatMap((u) => u.findings)];
  return all.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT.findings : EXIT.ok;
}

/** The year most units give (the default of --year). */
function commonYear(inputs: UnitInput[]): number | null {
  const counts = new Map<number, number>();
  for (const i of inputs) if (i.kind === 'read') counts.set(i.reading.year, (counts.get(i.reading.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

export function registerConsolidateCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('consolidate')
    .description("Tổng hợp kế hoạch các đơn vị cấp dưới / consolidate the lower units' workbooks")
    .argument('<inputs...>', 'tệp .xlsx hoặc thư mục / .xlsx files or folders')
    .requiredOption('--out <file>', 'tệp tổng hợp .xlsx cần tạo / consolidated .xlsx to write')
    .option('--level <level>', 'cấp tổng hợp: huyen | tinh', 'huyen')
    .option('--name <name>', 'tên đơn vị tổng hợp / consolidating unit, e.g. "Huyện Vĩnh Linh"')
    .option('--year <year>', "năm kế hoạch (mặc định: năm của đa số đơn vị) / plan year (default: most units' year)")
    .option('--unit <unit>', 'đơn vị tính kết quả: dong | nghin | trieu', 'trieu')
    .option('--allocation <file>', "tệp của cấp trên (Giao vốn, Giao vốn theo đơn vị) / the upper level's workbook")
    .option('--format <format>', 'text | json', 'text')
    .option(
      '--fail-on <severity>',
      'mã thoát 1 khi có phát hiện từ mức này / exit 1 at or above: error | warning',
      'error',
    )
    .option('--force', 'ghi đè tệp kết quả đã có / overwrite an existing output file', false)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      setExit(await runConsolidate(inputs, opts));
    });
}
