import type { Finding } from '../../model/finding';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { LayoutMapping } from '../../layout/mapping';
import { checkPackage, FileTooBigError, openPackage, UnreadableFileError } from '../../host/xlsx/outputs';
import { heapNeeded, OWN_LAYOUT_PER_XML_BYTE } from '../../host/xlsx/outputs/memoryNeed';
import { readableSize } from '../../host/xlsx/fastReader';
import { NOT_XLSX } from '../../host/xlsx/inputKind';

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
 * `heapLimit` (the browser's heap limit, when it tells it): a workbook needing more is refused in
 * one line (FileTooBigError) before it is read, as the CLI does, instead of the tab crashing.
 */
export async function checkBytes(
  name: string,
  bytes: Uint8Array,
  onCheck?: () => unknown,
  mapping?: LayoutMapping,
  heapLimit?: number,
): Promise<CheckedBytes> {
  // Opening the package (is it an .xlsx at all?) is the reading stage; the sheets are streamed
  // through the checks' reader inside checkPackage, the checking stage.
  const pkg = openPackage({ name, bytes });
  let fitsOwnLayout: (() => boolean) | undefined;
  if (heapLimit) {
    let xml: number;
    try {
      xml = readableSize(pkg);
    } catch {
      throw new UnreadableFileError(NOT_XLSX(name));
    }
    if (heapNeeded(xml) > heapLimit) throw new FileTooBigError(name);
    fitsOwnLayout = () => heapNeeded(xml, OWN_LAYOUT_PER_XML_BYTE) <= heapLimit;
  }
  await onCheck?.();
  const { snapshot, findings, kind, layout } = checkPackage(pkg, name, {
    ...(mapping ? { mapping } : {}),
    ...(fitsOwnLayout ? { fitsOwnLayout } : {}),
  });
  return { snapshot, findings, kind, layout };
}
