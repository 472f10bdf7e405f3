import type { ConsolidationResult } from '../consolidation';
import { MONEY_UNITS } from '../domain/units';
import { formatVn } from '../validation/format';

const STATUS: Record<string, string> = {
  ok: 'hợp lệ / ok',
  findings: 'có phát hiện / findings',
  unreadable: 'không đọc được / unreadable',
};

/** The consolidation as text: one line per unit, the cross-level findings, the summary. */
export function formatConsolidationText(result: ConsolidationResult, out: string): string {
  const unit = MONEY_UNITS[result.options.unit];
  const lines: string[] = [
    `Tổng hợp / consolidation: ${result.summary.summed}/${result.summary.units} đơn vị được cộng / units summed — năm ${result.options.year}, ${unit.label}`,
    '',
  ];
  result.units.forEach((u, i) => {
    const total = u.status === 'unreadable' ? '' : ` · tổng ${formatVn(u.totals.TONG ?? 0)} ${unit.label}`;
    const extra = [
      u.converted ? `quy đổi từ ${MONEY_UNITS[u.moneyUnit as 'dong']?.label ?? u.moneyUnit}` : '',
      u.reason ?? '',
    ]
      .filter(Boolean)
      .join(' · ');
    lines.push(
      `${String(i + 1).padStart(3)}. ${u.file} — ${u.unit || '?'}: ${STATUS[u.status]} (${u.errors} lỗi, ${u.warnings} cảnh báo)${total}${extra ? ` · ${extra}` : ''}`,
    );
  });
  if (result.findings.length) {
    lines.push('', 'Phát hiện giữa các cấp / cross-level findings:');
    for (const f of result.findings) lines.push(`  [${f.severity}] ${f.code} ${f.sheet}!${f.cell}: ${f.message}`);
  }
  const s = result.summary;
  lines.push(
    '',
    `${s.error} lỗi / errors · ${s.warning} cảnh báo / warnings · ${s.unreadable} tệp không đọc được / unreadable → ${out}`,
    '',
  );
  return lines.join('\n');
}

/** `{ units, findings, summary }` as the issue specifies (each unit with its own findings). */
export function formatConsolidationJson(result: ConsolidationResult, out: string): string {
  return `${JSON.stringify(
    {
      out,
      options: result.options,
      units: result.units,
      findings: result.findings,
      summary: result.summary,
    },
    null,
    2,
  )}\n`;
}
