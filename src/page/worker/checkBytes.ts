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
  /** The heap this file was estimated to need, when a limit was given (it stays held while open). */
  heapNeed?: number;
}

/** The browser's heap limit and the heap the files already open are estimated to need, in bytes. */
export interface HeapBudget {
  limit: number;
  held: number;
}

/**
 * The same path as `mtqg validate` (src/host/xlsx/outputs openPackage + checkPackage): the streaming reader,
 * then the template's checks, or her own table read through the layout reader (mapping found
 * automatically, or the one she corrected in the mapping review). A file that is not a planning workbook throws one plain line.
 * `memory`: the browser's heap limit, when it tells it, and the heap the files already open need. A
 * workbook needing more than the limit, or than what the open files leave, is refused in one line
 * (FileTooBigError) before it is read, as the CLI does, instead of the tab crashing.
 */
export async function checkBytes(
  name: string,
  bytes: Uint8Array,
  onCheck?: () => unknown,
  mapping?: LayoutMapping,
  memory?: HeapBudget,
): Promise<CheckedBytes> {
  // Opening the package (is it an .xlsx at all?) is the reading stage; the sheets are streamed
  // through the checks' reader inside checkPackage, the checking stage.
  const pkg = openPackage({ name, bytes });
  let xml = 0;
  let fitsOwnLayout: (() => boolean) | undefined;
  if (memory) {
    try {
      xml = readableSize(pkg);
    } catch {
      throw new UnreadableFileError(NOT_XLSX(name));
    }
    // Throws the line that says which (too big at all, or beside the open files); checkPackage's own is never reached.
    const fits = (need: number) => {
      if (need > memory.limit) throw new FileTooBigError(name);
      if (need > memory.limit - memory.held) throw new FileTooBigError(name, true);
      return true;
    };
    fits(heapNeeded(xml));
    fitsOwnLayout = () => fits(heapNeeded(xml, OWN_LAYOUT_PER_XML_BYTE));
  }
  await onCheck?.();
  const { snapshot, findings, kind, layout } = checkPackage(pkg, name, {
    ...(mapping ? { mapping } : {}),
    ...(fitsOwnLayout ? { fitsOwnLayout } : {}),
  });
  const heapNeed = memory ? heapNeeded(xml, kind === 'own-layout' ? OWN_LAYOUT_PER_XML_BYTE : undefined) : undefined;
  return { snapshot, findings, kind, layout, ...(heapNeed ? { heapNeed } : {}) };
}
