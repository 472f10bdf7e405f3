import { promises as fs } from 'fs';
import * as path from 'path';
import { layoutMappingSchema, type LayoutMapping } from '../layout/mapping';
import { CliError, EXIT } from './errors';

/** Reads a mapping written by `mtqg map --format json` (and perhaps corrected by hand). */
export async function readMappingFile(file: string): Promise<LayoutMapping> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new CliError(
      `Không đọc được tệp ánh xạ / cannot read mapping ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      EXIT.unusable,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError(
      `Tệp ánh xạ không phải JSON / mapping is not JSON: ${file}: ${(err as Error).message}`,
      EXIT.unusable,
    );
  }
  // `mtqg map --format json` wraps the mapping with the file name; accept both.
  const body = json && typeof json === 'object' && 'mapping' in json ? json.mapping : json;
  const parsed = layoutMappingSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `Tệp ánh xạ sai ở ${issue.path.join('.') || '(gốc)'}: ${issue.message} / invalid mapping at ${issue.path.join('.') || '(root)'}: ${file}`,
      EXIT.unusable,
    );
  }
  return parsed.data;
}

/** One line before a text report read through her layout. */
export function layoutNotice(layout: LayoutMapping, file: string): string {
  const tables = layout.tables.map((t) => `"${t.sheet}"`).join(', ');
  const left = layout.tables.reduce((n, t) => n + t.unmapped.length, layout.unmapped.length);
  const ind = layout.indicators;
  const read = ind ? ind.rows.filter((r) => r.code).length : 0;
  const indicators = ind
    ? {
        vi: `; bảng chỉ tiêu: trang "${ind.sheet}" dòng ${ind.headerRow} (${read} chỉ tiêu)`,
        en: `; indicator table: sheet "${ind.sheet}" row ${ind.headerRow} (${read} indicators)`,
      }
    : { vi: '', en: '' };
  return (
    `Bảng tính riêng, đọc theo bố cục của trang ${tables}${indicators.vi}; xem ánh xạ: mtqg map ${path.basename(file)}` +
    (left ? ` (${left} mục chưa ánh xạ / not mapped)` : '') +
    `\nOwn layout, read from sheet ${tables}${indicators.en}; see the mapping: mtqg map ${path.basename(file)}\n\n`
  );
}
