import { promises as fs } from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { buildAppendixPlans } from '../appendix';
import { buildSampleWorkbook } from '../demo/sampleWorkbook';
import { saveWorkbookFile } from '../host/xlsx/fileIo';
import { checkWriteTarget, writeFileSafely } from '../host/xlsx/safeWrite';
import { XlsxWorkbookHost } from '../host/xlsx/XlsxWorkbookHost';
import { formatJson, formatText } from '../validation';
import { loadAndCheck } from './checkWorkbook';
import { summarize } from '../model/finding';
import { CliError, EXIT, rethrowFileError } from './errors';

export const DEMO_FILES = {
  withSlips: 'mau-co-loi.xlsx',
  report: 'bao-cao-kiem-tra.json',
  consistent: 'mau-hop-le.xlsx',
  withAppendices: 'mau-hop-le-phu-bieu.xlsx',
} as const;

const demoFlagsSchema = z.object({
  out: z.string({ error: 'Thiếu --out / --out is required' }).trim().min(1),
  force: z.boolean().default(false),
});

/**
 * `mtqg demo --out DIR`: a sample district plan with deliberate slips, its findings (text
 * on stdout, JSON in DIR), then the consistent plan and a copy with the appendices. The
 * demo files already in DIR are refused unless --force; nothing else in DIR is touched.
 */
export async function runDemo(
  raw: Record<string, unknown>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const parsed = demoFlagsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message, EXIT.unusable);
  const dir = parsed.data.out;
  const writeOpts = { force: parsed.data.force };
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    throw new CliError(
      `Không tạo được thư mục / cannot create directory ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      EXIT.unusable,
    );
  }
  const at = (name: string) => path.join(dir, name);
  // Every target is checked before anything is written: a refused run leaves DIR as it was.
  for (const name of Object.values(DEMO_FILES)) await checkWriteTarget(at(name), writeOpts).catch(rethrowFileError);

  // 1. The workbook with slips, checked the way a user's file is: saved, loaded, read.
  const slips = await buildSampleWorkbook({ withSlips: true });
  await saveWorkbookFile(slips, at(DEMO_FILES.withSlips), writeOpts).catch(rethrowFileError);
  const { findings } = await loadAndCheck(at(DEMO_FILES.withSlips));
  out.write(
    `== 1. Kiểm tra tệp mẫu có lỗi cài sẵn / checking the sample with deliberate slips: ${at(DEMO_FILES.withSlips)}\n\n`,
  );
  out.write(formatText(findings, { file: DEMO_FILES.withSlips }));
  const caught = slips.expected.filter((e) =>
    findings.some((f) => f.code === e.code && f.sheet === e.sheet && f.cell === e.cell),
  );
  out.write(`\nLỗi cài sẵn được phát hiện / deliberate slips caught: ${caught.length}/${slips.expected.length}\n`);
  for (const e of slips.expected) {
    out.write(`  ${caught.includes(e) ? '✓' : '✗'} ${e.sheet}!${e.cell} ${e.code} — ${e.slip}\n`);
  }
  await writeFileSafely(at(DEMO_FILES.report), formatJson(findings, { file: DEMO_FILES.withSlips }), writeOpts).catch(
    rethrowFileError,
  );

  // 2. The consistent workbook, then a copy with the appendices.
  const good = await buildSampleWorkbook({ withSlips: false });
  await saveWorkbookFile(good, at(DEMO_FILES.consistent), writeOpts).catch(rethrowFileError);
  const { snapshot: goodSnapshot, findings: goodFindings } = await loadAndCheck(at(DEMO_FILES.consistent));
  const s = summarize(goodFindings);
  out.write(
    `\n== 2. Tệp mẫu hợp lệ / the consistent sample: ${s.error} lỗi / errors · ${s.warning} cảnh báo / warnings · ${s.info} thông tin / info\n`,
  );
  await new XlsxWorkbookHost(good).applyPlans(
    buildAppendixPlans(goodSnapshot, { unverified: s.error > 0 }),
    'replaceOwn',
  );
  await saveWorkbookFile(good, at(DEMO_FILES.withAppendices), writeOpts).catch(rethrowFileError);

  out.write('\n== Các tệp đã ghi / files written:\n');
  out.write(`  ${at(DEMO_FILES.withSlips)}  — mẫu có lỗi cài sẵn / sample with slips (không sửa / left as is)\n`);
  out.write(`  ${at(DEMO_FILES.report)}  — báo cáo kiểm tra JSON / findings as JSON\n`);
  out.write(`  ${at(DEMO_FILES.consistent)}  — mẫu hợp lệ / consistent sample\n`);
  out.write(`  ${at(DEMO_FILES.withAppendices)}  — mẫu hợp lệ kèm phụ biểu 01–04 / with appendices 01–04\n`);
  return EXIT.ok;
}

export function registerDemoCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('Chạy thử với kế hoạch mẫu (Huyện Vĩnh Linh 2024) / run the demo on a sample district plan')
    .requiredOption('--out <dir>', 'thư mục ghi kết quả / output directory')
    .option('--force', 'ghi đè các tệp demo đã có / overwrite demo files already there', false)
    .action(async (opts: Record<string, unknown>) => {
      setExit(await runDemo(opts));
    });
}
