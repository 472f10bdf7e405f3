import type { WorkbookHost } from '../host/types';
import { hasTemplateSheet, validateSnapshot } from '../validation';
import type { Finding } from '../model/finding';

/** What a quick check found, and the one short line the officer sees. */
export interface QuickCheckResult {
  findings: Finding[];
  message: string;
}

export function quickCheckMessage(findings: Finding[], hasTemplate: boolean): string {
  if (!hasTemplate)
    return 'Sổ tính chưa có trang mẫu MTQG (Thông tin, Giao vốn, Kế hoạch vốn, Chỉ tiêu): mở "Kế hoạch MTQG" để tải mẫu. / No MTQG template sheets in this workbook: open "MTQG plan" to load them.';
  if (findings.length === 0) return 'Kiểm tra nhanh: không phát hiện vấn đề. / Quick check: no problems found.';
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const first = findings[0];
  return (
    `Kiểm tra nhanh: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin; các ô đã được tô màu, ô đầu tiên: ${first.sheet}!${first.cell}. ` +
    `Mở "Kế hoạch MTQG" để xem chi tiết. / Quick check: ${errors} errors, ${warnings} warnings, ${infos} info; ` +
    `the cells are highlighted, the first: ${first.sheet}!${first.cell}. Open "MTQG plan" for details.`
  );
}

/**
 * "Kiểm tra nhanh" from the ribbon: read the workbook, validate, highlight the findings'
 * cells and select the first one; the workbook's values are never changed.
 */
export async function runQuickCheck(host: WorkbookHost): Promise<QuickCheckResult> {
  const snapshot = await host.readSnapshot();
  const hasTemplate = hasTemplateSheet(snapshot);
  const findings = hasTemplate ? validateSnapshot(snapshot) : [];
  await host.highlightFindings(findings);
  if (findings.length > 0) await host.selectCell(findings[0].sheet, findings[0].cell);
  return { findings, message: quickCheckMessage(findings, hasTemplate) };
}
