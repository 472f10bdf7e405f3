import { summarize, type Finding } from '../model/finding';
import { buildFindingsSheetPlan, formatTimestamp, SEVERITY_LABEL } from '../validation/report/findingsSheet';
import { CODE_CATALOG } from '../validation/codes';
import { formatNumber } from './format';
import { cellRef, findingMessage } from './findingsFilter';
import type { Lang } from './i18n';

/** The report sheet is built in src/validation/report (the page and the CLI write it too). */
export { buildFindingsSheetPlan };

/** Plain-text report for the clipboard (an e-mail, a Word note), in the UI language. */
export function findingsReportText(findings: Finding[], lang: Lang, checkedAt: Date = new Date()): string {
  const s = summarize(findings);
  const title = lang === 'vi' ? 'KẾT QUẢ KIỂM TRA SỔ TÍNH' : 'WORKBOOK CHECK RESULTS';
  const counts =
    lang === 'vi'
      ? `Lỗi: ${s.error} · Cảnh báo: ${s.warning} · Lưu ý: ${s.info}`
      : `Errors: ${s.error} · Warnings: ${s.warning} · Notes: ${s.info}`;
  const lines = [title, `${formatTimestamp(checkedAt)} — ${counts}`, ''];
  findings.forEach((f, i) => {
    const info = CODE_CATALOG[f.code];
    const title = info ? (lang === 'vi' ? info.title : info.titleEn) : f.code;
    // The human title first, the code beside it (what a colleague or a support request quotes).
    lines.push(
      `${i + 1}. [${SEVERITY_LABEL[f.severity][lang]}] ${cellRef(f)} ${title} (${f.code}): ${findingMessage(f, lang)}`,
    );
    const values: string[] = [];
    if (f.expected !== undefined)
      values.push(`${lang === 'vi' ? 'Đúng ra' : 'Expected'}: ${formatNumber(f.expected, lang)}`);
    if (f.actual !== undefined) values.push(`${lang === 'vi' ? 'Thực tế' : 'Actual'}: ${formatNumber(f.actual, lang)}`);
    if (values.length) lines.push(`   ${values.join('; ')}`);
  });
  if (findings.length === 0) lines.push(lang === 'vi' ? 'Không phát hiện lỗi.' : 'No problems found.');
  return lines.join('\n');
}
