import type { Finding } from '../../model/finding';
import type { Settings } from '../../domain/settings';
import type { LayoutMapping } from '../../layout/mapping';
import type { WorkbookSnapshot } from '../../model/snapshot';
import {
  annotatedCopy,
  appendixCopy,
  blankTemplate,
  consolidatedWorkbook,
  convertedTemplate,
  reportJson,
  reportWorkbook,
} from '../../host/xlsx/outputs';
import type { DownloadKind } from '../downloadNames';
import { importRemarks } from '../../layout/importedPlans';

/** One opened file as the worker holds it: her bytes (never changed) and what the check found. */
export interface HeldFile {
  name: string;
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  kind: 'template' | 'own-layout';
  layout?: LayoutMapping;
}

/** One download's content, and what to tell her about it (a conversion's "Cần xem / check" lines). */
export interface FileOutput {
  data: Uint8Array | string;
  remarks?: string[];
}

/** The bytes of one download of one file (src/host/xlsx/outputs: the same files as `mtqg`). */
export async function makeFileOutput(
  file: HeldFile,
  kind: DownloadKind,
  opts: { unverified?: boolean },
): Promise<FileOutput> {
  const opened = { name: file.name, bytes: file.bytes };
  switch (kind) {
    case 'annotated':
      return { data: annotatedCopy(opened, file.findings) };
    case 'reportXlsx':
      return { data: await reportWorkbook(file) };
    case 'reportJson':
      return { data: reportJson(file) };
    case 'appendix':
      return { data: appendixCopy(opened, { unverified: opts.unverified }) };
    case 'converted': {
      // What `mtqg import` prints and the pane shows beside its copy, said on the page too.
      const made = await convertedTemplate(opened, { mapping: file.layout });
      return { data: made.bytes, remarks: importRemarks(made) };
    }
  }
}

/** The consolidated workbook of several opened files. */
export async function makeConsolidated(files: HeldFile[]): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  const { bytes, findings } = await consolidatedWorkbook(files.map((f) => ({ name: f.name, bytes: f.bytes })));
  return { bytes, findings };
}

/** A blank template with the Mẫu biểu options. */
export async function makeBlankTemplate(settings: Partial<Settings>): Promise<Uint8Array> {
  return blankTemplate(settings);
}
