import { summarize, type Finding, type Severity } from '../../model/finding';
import { CODE_CATALOG } from '../codes';

const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'LỖI / ERROR',
  warning: 'CẢNH BÁO / WARNING',
  info: 'THÔNG TIN / INFO',
};
const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Terminal-readable report: counts on top, then findings grouped by severity and sheet. */
export function formatText(findings: Finding[], opts: { file?: string } = {}): string {
  const s = summarize(findings);
  const lines: string[] = [];
  if (opts.file) lines.push(`Tệp / File: ${opts.file}`);
  lines.push(
    `Kết quả kiểm tra / Findings: ${s.error} lỗi / errors · ${s.warning} cảnh báo / warnings · ${s.info} thông tin / info`,
  );
  if (findings.length === 0) {
    lines.push('', 'Không phát hiện vấn đề. / No problems found.');
    return lines.join('\n') + '\n';
  }
  for (const severity of ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', `== ${SEVERITY_LABEL[severity]} (${group.length}) ==`);
    const sheets = [...new Set(group.map((f) => f.sheet))];
    for (const sheet of sheets) {
      lines.push(`-- ${sheet}`);
      for (const f of group.filter((x) => x.sheet === sheet)) {
        lines.push(`  ${f.cell.padEnd(6)} ${f.code} · ${CODE_CATALOG[f.code].title}`);
        lines.push(`         ${f.message}`);
        lines.push(`         ${f.messageEn}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
