import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { formatSarif, formatText } from '../validation';
import { reportJson } from '../host/xlsx/outputs/reportJson';
import { loadAndCheck } from './checkWorkbook';
import { boundHeapGrowth } from './heapGrowth';
import { SEVERITY_RANK, severitySchema, summarize, type Finding } from '../model/finding';
import { checkWriteTarget, writeFileSafely, type SafeWriteOptions } from '../host/xlsx/safeWrite';
import type { ZipPackage } from '../host/xlsx/fastReader';
import type { AnnotatedCopy } from '../host/xlsx/outputs/annotate/annotatedCopy';
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
  annotate: z
    .string()
    .trim()
    .min(1)
    .refine((p) => /\.xls[xm]$/i.test(p), '--annotate phải là tệp .xlsx / --annotate must end in .xlsx')
    .optional(),
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
  if (flags.annotate) {
    if (flags.out && path.resolve(flags.out) === path.resolve(flags.annotate)) {
      throw new CliError(
        '--annotate và --out phải là hai tệp khác nhau / --annotate and --out must differ',
        EXIT.unusable,
      );
    }
    await checkWriteTarget(flags.annotate, writeOpts).catch(rethrowFileError);
  }
  const mapping = flags.map ? await readMappingFile(flags.map) : undefined;
  boundHeapGrowth();
  const { findings, layout, pkg } = await loadAndCheck(file, { ownLayout: true, mapping });
  // Written before the report, so a refusal (macro workbook as .xlsx) leaves nothing half done.
  const annotated = flags.annotate ? await writeAnnotated(file, flags.annotate, pkg, findings, writeOpts) : null;
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
  // With a JSON or SARIF report on stdout, the line about the copy goes to stderr (stdout stays parseable).
  if (annotated) (flags.format === 'text' || flags.out ? out : process.stderr).write(annotated);
  const threshold = SEVERITY_RANK[severitySchema.parse(flags.failOn)];
  const failing = findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
  return { findings, exitCode: failing ? EXIT.findings : EXIT.ok };
}

/** Writes her workbook with the flagged cells highlighted and noted; returns the line to print. */
async function writeAnnotated(
  file: string,
  target: string,
  pkg: ZipPackage,
  findings: Finding[],
  writeOpts: SafeWriteOptions,
): Promise<string> {
  // Only --annotate writes a copy: the package writer (and the appendices it brings) load here, not at start-up.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { isMacroPackage } =
    require('../host/xlsx/outputs/appendixCopy') as typeof import('../host/xlsx/outputs/appendixCopy');
  const { annotatePackage, AnnotateError } =
    require('../host/xlsx/outputs/annotate/annotatedCopy') as typeof import('../host/xlsx/outputs/annotate/annotatedCopy');
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (isMacroPackage(pkg) && !/\.xlsm$/i.test(target)) {
    throw new CliError(
      `Tệp ${path.basename(file)} có macro: bản đánh dấu phải có đuôi .xlsm / the workbook holds macros: --annotate must end in .xlsm`,
      EXIT.unusable,
    );
  }
  let copy: AnnotatedCopy;
  try {
    copy = annotatePackage(pkg, findings);
  } catch (err) {
    if (err instanceof AnnotateError) throw new CliError(err.message, EXIT.unusable);
    throw err;
  }
  await writeFileSafely(target, copy.bytes, writeOpts).catch(rethrowFileError);
  const lines = [
    `Bản có đánh dấu / annotated copy: ${copy.cells} ô tô màu / cells highlighted, ${copy.notes} ghi chú / notes → ${target}`,
  ];
  if (copy.notesSkipped.length) {
    lines.push(
      `  Trang có hình vẽ/ghi chú dạng lạ, chỉ tô màu (không thêm ghi chú) / sheets whose drawing this tool does not edit, highlighted only: ${copy.notesSkipped.join(', ')}`,
    );
  }
  if (copy.withHerNote.length) {
    lines.push(
      `  Ô đã có ghi chú của bạn, chỉ tô màu (ghi chú của bạn giữ nguyên) / cells with your own note, highlighted only: ${copy.withHerNote.join(', ')}`,
    );
  }
  if (copy.unplaced.length) {
    lines.push(
      `  ${copy.unplaced.length} phát hiện không gắn với ô nào (xem báo cáo) / findings not on a cell (see the report)`,
    );
  }
  return `${lines.join('\n')}\n`;
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
    .option(
      '--annotate <copy.xlsx>',
      'ghi bản sao có tô màu và ghi chú ở ô có lỗi (tệp gốc không đổi) / write a copy with flagged cells highlighted and noted',
    )
    .option('--map <mapping.json>', 'ánh xạ bảng tính riêng (từ mtqg map) / mapping of your own layout (from mtqg map)')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { exitCode } = await runValidate(file, opts);
      setExit(exitCode);
    });
}
