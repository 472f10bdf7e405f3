import type { Finding } from '../../model/finding';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { LayoutMapping } from '../../layout/mapping';
import { checkPackage, openPackage } from '../../host/xlsx/outputs';

export interface CheckedBytes {
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  kind: 'template' | 'own-layout';
  layout?: LayoutMapping;
}

/**
 * The same path as `mtqg validate` (src/host/xlsx/outputs openPackage + checkPackage): the streaming reader,
 * then the template's checks, or her own table read through the layout reader (mapping found
 * automatically, or the one she corrected in the mapping review). A file that is not a planning workbook throws one plain line.
 */
export async function checkBytes(
  name: string,
  bytes: Uint8Array,
  onCheck?: () => unknown,
  mapping?: LayoutMapping,
): Promise<CheckedBytes> {
  // Opening the package (is it an .xlsx at all?) is the reading stage; the sheets are streamed
  // through the checks' reader inside checkPackage, the checking stage.
  const pkg = openPackage({ name, bytes });
  await onCheck?.();
  const { snapshot, findings, kind, layout } = checkPackage(pkg, name, mapping ? { mapping } : {});
  return { snapshot, findings, kind, layout };
}
