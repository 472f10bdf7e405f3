import { consolidate, readUnit, type UnitInput } from '../consolidation';
import { snapshotFromXlsxBuffer } from '../host/xlsx/loadBuffer';
import { xlsxFromPlans } from '../host/xlsx/plansToXlsx';
import { hasTemplateSheet, validateSnapshot } from '../validation';

/**
 * One picked unit file → what consolidation needs: read and checked as `mtqg validate`
 * would; anything unreadable (not an .xlsx, not a template) becomes its status with the reason.
 */
export async function readUnitFile(name: string, data: ArrayBuffer): Promise<UnitInput> {
  try {
    const snapshot = await snapshotFromXlsxBuffer(data);
    if (!hasTemplateSheet(snapshot)) {
      return {
        kind: 'unreadable',
        input: {
          file: name,
          reason:
            'Không phải tệp mẫu kế hoạch mtqg (không có trang mẫu hay dấu nhận biết) / not an mtqg planning workbook (no template sheet or marker)',
        },
      };
    }
    return { kind: 'read', reading: readUnit(name, snapshot, validateSnapshot(snapshot)) };
  } catch (err) {
    const detail = (err as Error)?.message ?? String(err);
    return {
      kind: 'unreadable',
      input: { file: name, reason: `Không mở được tệp .xlsx / cannot open the .xlsx: ${detail}` },
    };
  }
}

export const consolidationServices = { readUnitFile, consolidate, xlsxFromPlans };
