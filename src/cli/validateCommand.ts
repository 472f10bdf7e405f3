import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { formatSarif, formatText } from '../validation';
import { reportJson } from '../host/xlsx/outputs/reportJson';
import { loadAndCheck } from './checkWorkbook';
import { SEVERITY_RANK, severitySchema, summarize, type Finding } from '../model/finding';
import { checkWriteTarget, writeFileSafely } from '../host/xlsx/safeWrite';
import { CliError, EXIT, rethrowFileError } from './errors';
import { layoutNotice, readMappingFile } from './mappingFile';

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
  force: z.boolean().default(false),
  map: z.string().trim().min(1).optional(),
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
  const writeOpts = { force: flags.force, protect: [file] };
  if (flags.out) await checkWriteTarget(flags.out, writeOpts).catch(rethrowFileError);
  const mapping = flags.map ? await readMappingFile(flags.map) : undefined;
  const { findings, layout } = await loadAndCheck(file, { ownLayout: true, mapping });
  const name = path.basename(file);
  if (layout && flags.format === 'text' && !flags.out) out.write(layoutNotice(layout, file));
  const report =
    flags.format === 'json'
      ? reportJson({ name, findings })
      : flags.format === 'sarif'
        ? formatSarif(findings, { file: name })
        : formatText(findings, { file: name });
  if (flags.out) {
    await writeFileSafely(flags.out, report, writeOpts).catch(rethrowFileError);
    const s = summarize(findings);
    out.write(
      `${s.error} lỗi / errors · ${s.warning} cảnh báo / warnings · ${s.info} thông tin / info → ${flags.out}\n`,
    );
  } else out.write(report);
  const threshold = SEVERITY_RANK[severitySchema.parse(flags.failOn)];
  const failing = findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
  return { findings, exitCode: failing ? EXIT.findings : EXIT.ok };
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
    .option('--force', 'ghi đè tệp báo cáo đã có / overwrite an existing report file', false)
    .option('--map <mapping.json>', 'ánh xạ bảng tính riêng (từ mtqg map) / mapping of your own layout (from mtqg map)')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { exitCode } = await runValidate(file, opts);
      setExit(exitCode);
    });
}
