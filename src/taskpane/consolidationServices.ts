import { consolidate, readUnit, readUnitFromModel, type UnitInput } from '../consolidation';
import { snapshotFromXlsxBuffer } from '../host/xlsx/loadBuffer';
import { xlsxFromPlans } from '../host/xlsx/plansToXlsx';
import { buildLayoutModel } from '../layout/layoutModel';
import { mappingOf } from '../layout/validateAny';
import { layoutRowNames, layoutUnitSettings } from '../layout/unitSettings';
import { validateLayout } from '../layout/validateLayout';
import { hasTemplateSheet, validateSnapshot } from '../validation';

/**
 * One picked unit file → what consolidation needs: read and checked as `mtqg validate`
 * would (a template workbook, or her own table through the layout reader); anything
 * unreadable (not an .xlsx, neither template nor a plan table) becomes its status with the reason.
 */
export async function readUnitFile(name: string, data: ArrayBuffer): Promise<UnitInput> {
  try {
    const snapshot = await snapshotFromXlsxBuffer(data);
    if (hasTemplateSheet(snapshot)) {
      return { kind: 'read', reading: readUnit(name, snapshot, validateSnapshot(snapshot)) };
    }
    const layout = mappingOf(snapshot);
    if (!layout.tables.length) {
      return {
        kind: 'unreadable',
        input: {
          file: name,
          reason:
            'Không phải tệp mẫu mtqg và không thấy bảng kế hoạch vốn (hàng tiêu đề STT + Nội dung) / not an mtqg planning workbook and no plan table found (STT + content headers)',
        },
      };
    }
    const settings = layoutUnitSettings(layout, new Date().getFullYear());
    const cells = { DON_VI: settings.sheet, NAM: settings.sheet, CAP: settings.sheet };
    const model = buildLayoutModel(snapshot, layout);
    return {
      kind: 'read',
      reading: readUnitFromModel(
        name,
        model,
        settings,
        validateLayout(snapshot, layout),
        cells,
        layoutRowNames(layout),
      ),
    };
  } catch (err) {
    const detail = (err as Error)?.message ?? String(err);
    return {
      kind: 'unreadable',
      input: { file: name, reason: `Không mở được tệp .xlsx / cannot open the .xlsx: ${detail}` },
    };
  }
}

export const consolidationServices = { readUnitFile, consolidate, xlsxFromPlans };
