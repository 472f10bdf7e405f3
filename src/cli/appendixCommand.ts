import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import { promises as fs } from 'fs';
import { checkWriteTarget, writeFileSafely } from '../host/xlsx/safeWrite';
import type { ZipPackage } from '../host/xlsx/fastReader';
import { AppendixError, isMacroPackage, prepareAppendix } from '../host/xlsx/outputs/appendixCopy';
import type { Finding } from '../model/finding';
import { formatText } from '../validation';
import { loadAndCheck } from './checkWorkbook';
import { CliError, EXIT, rethrowFileError } from './errors';
import { boundHeapGrowth } from './heapGrowth';

const appendixFlagsSchema = z.object({
  out: z.string({ error: 'Thiếu --out / --out is required' }).trim().min(1, 'Thiếu --out / --out is required'),
  allowErrors: z.boolean().default(false),
  force: z.boolean().default(false),
});

export interface AppendixStreams {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

/**
 * `mtqg appendix FILE.xlsx --out OUT.xlsx`: validates the workbook, then writes a copy
 * with the three appendix sheets (replacing only our own appendix sheets). The input is
 * never written. Returns the exit code: 0 written, 1 refused because of errors.
 */
export async function runAppendix(
  file: string,
  raw: Record<string, unknown>,
  io: AppendixStreams = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const parsed = appendixFlagsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message, EXIT.unusable);
  const flags = parsed.data;
  const writeOpts = { force: flags.force, protect: [file] };
  await checkWriteTarget(flags.out, writeOpts).catch(rethrowFileError);
  boundHeapGrowth();
  const { errors, writeAppendix } = await checkForAppendix(file, flags.out, flags.allowErrors);
  if (!writeAppendix) {
    io.out.write(formatText(errors, { file: path.basename(file) }));
    io.err.write(
      `mtqg: bảng tính còn ${errors.length} lỗi nên không tạo phụ biểu; sửa lỗi hoặc dùng --allow-errors (phụ biểu sẽ ghi "số liệu chưa được kiểm tra") / ` +
        `the workbook has ${errors.length} errors, no appendix written; fix them or pass --allow-errors (appendices are then marked unverified)\n`,
    );
    return EXIT.findings;
  }
  const chunks = writeAppendix();
  await writeFileSafely(flags.out, (temp) => writeChunks(temp, chunks), writeOpts).catch(rethrowFileError);
  const names = Object.values(APPENDIX_SHEET_NAMES).join(', ');
  io.out.write(`Đã ghi phụ biểu / appendices written: ${names} → ${flags.out}\n`);
  if (errors.length > 0) {
    io.err.write(
      `mtqg: cảnh báo: ${errors.length} lỗi chưa sửa — phụ biểu ghi "SỐ LIỆU CHƯA ĐƯỢC KIỂM TRA" / warning: ${errors.length} unfixed errors — appendices marked unverified\n`,
    );
  }
  return EXIT.ok;
}

/**
 * Load → check → the appendix writer, in a function of its own: the snapshot lives only
 * here, so it is free (0.5 GB at 200,000 lines) while the appendix sheets are built and written.
 */
async function checkForAppendix(
  file: string,
  out: string,
  allowErrors: boolean,
): Promise<{ errors: Finding[]; writeAppendix: (() => Uint8Array[]) | null }> {
  const { pkg, snapshot, findings } = await loadAndCheck(file);
  assertSameKind(file, out, pkg);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !allowErrors) return { errors, writeAppendix: null };
  let write: () => Uint8Array[];
  try {
    write = prepareAppendix(pkg, snapshot, { unverified: errors.length > 0 });
  } catch (err) {
    throw cliErrorOf(err);
  }
  const writeAppendix = () => {
    try {
      return write();
    } catch (err) {
      throw cliErrorOf(err);
    }
  };
  return { errors, writeAppendix };
}

/** The appendix refused (a clashing sheet name, a package that cannot be kept whole): exit 2. */
function cliErrorOf(err: unknown): unknown {
  return err instanceof AppendixError ? new CliError(err.message, EXIT.unusable) : err;
}

/** A macro workbook stays one: Excel refuses an .xlsx holding macros. */
function assertSameKind(file: string, out: string, pkg: ZipPackage): void {
  if (isMacroPackage(pkg) && !/\.xlsm$/i.test(out)) {
    throw new CliError(
      `Tệp ${path.basename(file)} có macro: tệp kết quả phải có đuôi .xlsm (ví dụ ${path.basename(out).replace(/\.[^.]*$/, '')}.xlsm) / ` +
        `the workbook holds macros: the output must end in .xlsm`,
      EXIT.unusable,
    );
  }
}

async function writeChunks(temp: string, chunks: Uint8Array[]): Promise<void> {
  const handle = await fs.open(temp, 'wx');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

export function registerAppendixCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('appendix')
    .description('Tạo phụ biểu 01–04 vào một bản sao của tệp / write appendices 01–04 into a copy of the workbook')
    .argument('<file>', 'tệp kế hoạch .xlsx / planning workbook .xlsx')
    .requiredOption(
      '--out <file>',
      'tệp .xlsx (.xlsm nếu có macro) kết quả, khác tệp đầu vào / output .xlsx (.xlsm for macro workbooks), not the input',
    )
    .option(
      '--allow-errors',
      'vẫn tạo khi còn lỗi, ghi "chưa kiểm tra" / write even with errors, marked unverified',
      false,
    )
    .option('--force', 'ghi đè tệp kết quả đã có / overwrite an existing output file', false)
    .action(async (file: string, opts: Record<string, unknown>) => {
      setExit(await runAppendix(file, opts));
    });
}
