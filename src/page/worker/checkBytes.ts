import type { Finding } from '../../model/finding';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { LayoutMapping } from '../../layout/mapping';
import { readXlsxSnapshot } from '../../host/xlsx/fastReader';
import { hasTemplateSheet, validateSnapshot } from '../../validation';
import { readLayout } from '../../layout/readLayout';
import { validateLayout } from '../../layout/validateLayout';

export interface CheckedBytes {
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  kind: 'template' | 'own-layout';
  layout?: LayoutMapping;
}

/** A file the page cannot read as a planning workbook: said in one line, never a crash. */
export class UnreadablePageFile extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadablePageFile';
  }
}

/**
 * The same path as `mtqg validate`: the streaming reader, then the template's checks, or her
 * own table read through the layout reader (mapping found automatically).
 */
export async function checkBytes(name: string, bytes: Uint8Array, onCheck?: () => unknown): Promise<CheckedBytes> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = readXlsxSnapshot(bytes).snapshot;
  } catch {
    throw new UnreadablePageFile(
      `Không đọc được “${name}”: hãy lưu tệp dạng .xlsx (Excel Workbook) / cannot read “${name}”: save it as .xlsx (Excel Workbook)`,
    );
  }
  await onCheck?.();
  if (hasTemplateSheet(snapshot)) return { snapshot, findings: validateSnapshot(snapshot), kind: 'template' };
  const layout = readLayout(snapshot);
  if (!layout.tables.length) {
    throw new UnreadablePageFile(
      `“${name}” không phải tệp mẫu mtqg và không thấy bảng kế hoạch vốn (hàng tiêu đề STT + Nội dung) / “${name}” is not an mtqg planning workbook and has no plan table (STT + content headers)`,
    );
  }
  return { snapshot, findings: validateLayout(snapshot, layout), kind: 'own-layout', layout };
}
