import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { checkWriteTarget, writeFileSafely } from '../host/xlsx/safeWrite';
import { ALREADY_TEMPLATE, convertLayout } from '../host/xlsx/outputs/convertedTemplate';
import { loadAndCheck } from './checkWorkbook';
import { CliError, EXIT, rethrowFileError } from './errors';
import { readMappingFile } from './mappingFile';
import { importRemarks } from '../layout/importedPlans';

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
  const { snapshot, layout, findings } = await loadAndCheck(file, { ownLayout: true, mapping });
  if (!layout) {
    throw new CliError(ALREADY_TEMPLATE(file), EXIT.unusable);
  }
  const target = path.resolve(flags.out);
  const writeOpts = { force: flags.force, protect: [file] };
  // Refused before the (slow) serialisation; writeFileSafely checks again before the rename.
  await checkWriteTarget(target, writeOpts).catch(rethrowFileError);
  const { bytes, written, left, attention } = await convertLayout(snapshot, layout, findings);
  await writeFileSafely(target, bytes, writeOpts).catch(rethrowFileError);
  out.write(
    `Đã nhập ${written} số liệu vào mẫu chuẩn / imported ${written} figures into the standard template: ${target}\n`,
  );
  out.write(
    `  Từ trang / from sheet(s): ${layout.tables.map((t) => `"${t.sheet}"`).join(', ')} — tệp gốc không bị sửa / your file is unchanged\n`,
  );
  for (const remark of importRemarks({ left, attention })) out.write(`  ${remark}\n`);
  out.write(`  Kiểm tra / check it: mtqg validate ${path.basename(flags.out)}\n`);
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
