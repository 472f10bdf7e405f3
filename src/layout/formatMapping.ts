import { MONEY_UNITS } from '../domain/units';
import type { LayoutMapping } from './mapping';
import { CAPITAL_SHORT } from './sectionHerCells';
import type { SectionKind } from './editMapping';

const ROLE_VI: Record<string, string> = {
  stt: 'STT',
  name: 'tên dòng / row label',
  note: 'ghi chú / notes',
  ignored: '— (không dùng / not used)',
};

/** The mapping as a person reads it: one line per column and row, then what is not mapped. */
export function formatMappingText(mapping: LayoutMapping, file: string): string {
  const out: string[] = [`Ánh xạ bảng tính / mapping of ${file}`];
  for (const t of mapping.tables) {
    const unit = MONEY_UNITS[t.unit];
    out.push('');
    out.push(
      `Trang "${t.sheet}" — ${t.role === 'plan' ? 'kế hoạch / plan' : 'vốn giao / allocation'}; ` +
        `đơn vị / unit: ${unit.label}${t.unitCell ? ` (${t.unitCell})` : ' (giả định / assumed)'}; ` +
        `tiêu đề cột / header rows ${t.headerRows[0]}–${t.headerRows[1]}`,
    );
    if (t.title) out.push(`  ${t.title}`);
    out.push('  Cột / columns:');
    for (const c of t.columns) {
      const target = c.budget
        ? `${c.budget} của phần vốn của dòng (ĐTPT_${c.budget} / SN_${c.budget}) / ${c.budget} of the row's capital section`
        : c.role === 'amount' || c.role === 'sum'
          ? `${c.key ?? 'tổng riêng / own sum'}${c.sumOf?.length ? ` = ${c.sumOf.join('+')}` : ''}`
          : ROLE_VI[c.role];
      out.push(
        `    ${c.col.padEnd(3)} ${clip(c.header || '(trống / blank)', 48).padEnd(48)} → ${target}${c.note ? ` (${c.note})` : ''}`,
      );
    }
    out.push('  Dòng / rows:');
    for (const r of t.rows) {
      const target =
        r.kind === 'line'
          ? r.lineCode
          : r.kind === 'detail'
            ? `chi tiết của / detail of ${r.lineCode}`
            : r.kind === 'total'
              ? 'TỔNG (dòng tổng / total row)'
              : r.kind === 'part'
                ? '"trong đó" của dòng trên, không cộng / part of the row above, not added'
                : r.kind === 'section'
                  ? sectionTarget(r.capital ?? r.source)
                  : 'chưa ánh xạ / not mapped';
      const kind = r.capital ?? r.source;
      const section = kind && r.kind !== 'section' ? ` · ${CAPITAL_SHORT[kind].vi}` : '';
      out.push(
        `    ${String(r.row).padStart(4)}  ${clip(r.stt, 5).padEnd(5)} ${clip(r.text, 52).padEnd(52)} → ${target}${section}`,
      );
    }
    if (t.unmapped.length) out.push('  Chưa ánh xạ / not mapped:');
    for (const u of t.unmapped) out.push(`    ${u.cell}  "${clip(u.text, 40)}" — ${u.why}`);
  }
  const ind = mapping.indicators;
  if (ind) {
    out.push('');
    const cols = Object.entries(ind.columns)
      .map(([key, col]) => `${col} → ${key}`)
      .join(', ');
    out.push(
      `Bảng chỉ tiêu / indicator table: trang "${ind.sheet}", tiêu đề dòng / header row ${ind.headerRow}; ${cols}`,
    );
    for (const r of ind.rows)
      out.push(
        `    ${String(r.row).padStart(4)}  ${clip(r.text, 58).padEnd(58)} → ${r.code ?? 'chưa ánh xạ / not mapped'}`,
      );
  }
  for (const u of mapping.unmapped) out.push(`${u.cell}  "${clip(u.text, 40)}" — ${u.why}`);
  if (!mapping.tables.length) out.push('Không thấy bảng kế hoạch vốn / no plan table found.');
  return `${out.join('\n')}\n`;
}

/** A section row in words, as the pane and the page name it ("phần vốn lồng ghép"), not by its code. */
function sectionTarget(kind: SectionKind | undefined): string {
  if (!kind) return 'phần vốn (tổng của các dòng dưới) / section (total of the rows below)';
  const name = CAPITAL_SHORT[kind];
  return `phần vốn ${name.vi} (tổng của các dòng dưới) / ${name.en} section (total of the rows below)`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
