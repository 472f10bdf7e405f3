import { promises as fs } from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import ExcelJS from 'exceljs';
import { loadWorkbookFile } from '../host/xlsx/fileIo';
import { readWorkbookSnapshot, SNAPSHOT_LOAD_OPTIONS } from '../host/xlsx/readSnapshot';
import { formatJson, formatSarif, formatText, hasTemplateSheet, validateSnapshot } from '../validation';
import { SEVERITY_RANK, severitySchema, summarize, type Finding } from '../model/finding';
import { CliError, EXIT, rethrowFileError } from './errors';

const validateFlagsSchema = z.object({
  format: z
    .enum(['text', 'json', 'sarif'], {
      error: '--format phải là text, json hoặc sarif / --format must be text, json or sarif',
    })
    .default('text'),
  failOn: z
    .enum(['error', 'warning'], { error: '--fail-on phải là error hoặc warning / --fail-on must be error or warning' })
    .default('error'),
  out: z.string().trim().min(1).optional(),
});
export type ValidateFlags = z.infer<typeof validateFlagsSchema>;

export interface ValidateResult {
  findings: Finding[];
  exitCode: number;
}

/** `mtqg validate FILE.xlsx`: reads (never writes) the workbook and reports findings. */
export async function runValidate(
  file: string,
  raw: Record<string, unknown>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<ValidateResult> {
  const parsed = validateFlagsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message, EXIT.unusable);
  const flags = parsed.data;
  if (flags.out && path.resolve(flags.out) === path.resolve(file)) {
    throw new CliError(
      '--out không được trùng tệp đang kiểm tra / --out must not be the workbook being checked',
      EXIT.unusable,
    );
  }
  const workbook = await loadForValidation(file);
  const snapshot = readWorkbookSnapshot(workbook);
  if (!hasTemplateSheet(snapshot)) {
    throw new CliError(
      `Không phải tệp mẫu kế hoạch mtqg (không có trang mẫu hay dấu nhận biết) / not an mtqg planning workbook (no template sheet or marker): ${file}`,
      EXIT.unusable,
    );
  }
  const findings = validateSnapshot(snapshot);
  const name = path.basename(file);
  const report =
    flags.format === 'json'
      ? formatJson(findings, { file: name })
      : flags.format === 'sarif'
        ? formatSarif(findings, { file: name })
        : formatText(findings, { file: name });
  if (flags.out) {
    try {
      await fs.writeFile(flags.out, report, 'utf8');
    } catch (err) {
      throw new CliError(
        `Không ghi được báo cáo / cannot write report ${flags.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        EXIT.unusable,
      );
    }
    const s = summarize(findings);
    out.write(
      `${s.error} lỗi / errors · ${s.warning} cảnh báo / warnings · ${s.info} thông tin / info → ${flags.out}\n`,
    );
  } else out.write(report);
  const threshold = SEVERITY_RANK[severitySchema.parse(flags.failOn)];
  const failing = findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
  return { findings, exitCode: failing ? EXIT.findings : EXIT.ok };
}

/**
 * Loads the workbook read-only, skipping sheet parts validation never reads (data
 * validation lists, conditional formats, print setup): about a tenth of the load time on
 * a province plan. File errors come from fileIo's loader, so messages stay the same.
 */
async function loadForValidation(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return loadWithFileIo(file);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer, SNAPSHOT_LOAD_OPTIONS);
    return workbook;
  } catch {
    return loadWithFileIo(file);
  }
}

/** The shared loader, for its one-line errors (missing file, not an .xlsx). */
async function loadWithFileIo(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookFile(file).catch(rethrowFileError);
}

export function registerValidateCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('Kiểm tra tệp kế hoạch (không ghi vào tệp) / check a planning workbook (read-only)')
    .argument('<file>', 'tệp .xlsx cần kiểm tra / .xlsx workbook to check')
    .option('--format <format>', 'text | json | sarif', 'text')
    .option(
      '--fail-on <severity>',
      'mã thoát 1 khi có phát hiện từ mức này / exit 1 at or above: error | warning',
      'error',
    )
    .option('--out <report>', 'ghi báo cáo ra tệp / write the report to a file')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { exitCode } = await runValidate(file, opts);
      setExit(exitCode);
    });
}
