import { promises as fs } from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { UnitInput, UpperInput } from '../consolidation';
import { moneyUnitSchema } from '../domain/units';
import { fileExists } from '../host/xlsx/fileIo';
import { writeFileSafely } from '../host/xlsx/safeWrite';
import { consolidateUnits } from '../host/xlsx/outputs/consolidatedWorkbook';
import { unitFromChecked, unreadableUnit, upperFromChecked } from '../host/xlsx/outputs/unitReading';
import { SEVERITY_RANK } from '../model/finding';
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
    return unitFromChecked(name, await loadAndCheck(file, { ownLayout: true }));
  } catch (err) {
    return unreadableUnit(name, err, file);
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
  if (flags.allocation) upper = upperFromChecked(path.basename(flags.allocation), await loadAndCheck(flags.allocation));
  const read: UnitInput[] = [];
  for (const file of inputs) {
    read.push(await readInput(file));
    onProgress?.(read.length, inputs.length);
  }
  const { bytes, result, findings } = await consolidateUnits(read, flags, upper);
  await writeFileSafely(target, bytes, {
    force: flags.force,
    protect: flags.allocation ? [...inputs, flags.allocation] : inputs,
  }).catch(rethrowFileError);

  out.write(
    flags.format === 'json' ? formatConsolidationJson(result, flags.out) : formatConsolidationText(result, flags.out),
  );
  const threshold = SEVERITY_RANK[flags.failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT.findings : EXIT.ok;
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
