import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { formatMappingText } from '../layout/formatMapping';
import { loadAndCheck } from './checkWorkbook';
import { CliError, EXIT } from './errors';
import { readMappingFile } from './mappingFile';

const mapFlagsSchema = z.object({
  format: z
    .enum(['text', 'json'], { error: '--format phải là text hoặc json / --format must be text or json' })
    .default('text'),
  map: z.string().trim().min(1).optional(),
});

/** `mtqg map FILE.xlsx`: prints how her own table maps onto the catalog (never writes the file). */
export async function runMap(
  file: string,
  raw: Record<string, unknown>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const parsed = mapFlagsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message, EXIT.unusable);
  const mapping = parsed.data.map ? await readMappingFile(parsed.data.map) : undefined;
  const { layout } = await loadAndCheck(file, { ownLayout: true, mapping });
  if (!layout) {
    throw new CliError(
      `Tệp đã theo mẫu mtqg, không cần ánh xạ / the workbook already follows the mtqg template: ${file}`,
      EXIT.unusable,
    );
  }
  const name = path.basename(file);
  out.write(
    parsed.data.format === 'json'
      ? `${JSON.stringify({ file: name, mapping: layout }, null, 2)}\n`
      : formatMappingText(layout, name),
  );
}

export function registerMapCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('map')
    .description('In ánh xạ bảng tính riêng vào danh mục / print how your own table maps onto the catalog')
    .argument('<file>', 'tệp .xlsx của bạn / your .xlsx workbook')
    .option('--format <format>', 'text | json', 'text')
    .option('--map <mapping.json>', 'ánh xạ đã sửa / a corrected mapping to print back')
    .action(async (file: string, opts: Record<string, unknown>) => {
      await runMap(file, opts);
      setExit(EXIT.ok);
    });
}
