import type { Finding } from '../../model/finding';
import type { Settings } from '../../domain/settings';
import type { LayoutMapping } from '../../layout/mapping';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { DownloadKind } from '../downloadNames';

/** One opened file as the worker holds it: her bytes (never changed) and what the check found. */
export interface HeldFile {
  name: string;
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  kind: 'template' | 'own-layout';
  layout?: LayoutMapping;
}

const NOT_READY = 'Chức năng này chưa có trong bản này / not available in this build yet';

/** The bytes of one download of one file (src/host/xlsx/outputs, when merged). */
export async function makeFileOutput(
  _file: HeldFile,
  _kind: DownloadKind,
  _opts: { unverified?: boolean },
): Promise<Uint8Array | string> {
  throw new Error(NOT_READY);
}

/** The consolidated workbook of several opened files. */
export async function makeConsolidated(_files: HeldFile[]): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  throw new Error(NOT_READY);
}

/** A blank template with the Mẫu biểu options. */
export async function makeBlankTemplate(_settings: Partial<Settings>): Promise<Uint8Array> {
  throw new Error(NOT_READY);
}
