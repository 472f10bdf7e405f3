import { MONEY_UNITS } from '../domain/units';
import { sheetMarker, type AppendixSheetId } from '../domain/workbookLayout';
import type { AppendixSettings } from './readWorkbook';
import type { SheetBuilder } from './sheetBuilder';

export const UNVERIFIED_TEXT =
  'SỐ LIỆU CHƯA ĐƯỢC KIỂM TRA – bảng tính còn lỗi (figures unverified: the workbook has validation errors)';
export const NATION_TEXT = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_TEXT = 'Độc lập - Tự do - Hạnh phúc';
const PLACEHOLDER = '…';

export interface TitleBlockSpec {
  sheetId: AppendixSheetId;
  /** Title without the year, e.g. 'PHỤ BIỂU 01 – CHỈ TIÊU KẾ HOẠCH NĂM'. */
  title: string;
  settings: AppendixSettings;
  lastCol: number;
  /** Last column of the issuer block (top left). */
  issuerLastCol: number;
  /** First column of the national heading (top right). */
  nationFirstCol: number;
  /** First column of the right-aligned unit line; omitted when the sheet has no money unit. */
  unitFirstCol?: number;
  unverified: boolean;
}

/** The unit's name without a leading "UBND" / "Ủy ban nhân dân" (the title block adds it). */
export function bareUnitName(name: string): string {
  return name.trim().replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, '');
}

/** "UBND HUYỆN VĨNH LINH" (official headings are upper case). */
export function issuerText(settings: AppendixSettings): string {
  const name = bareUnitName(settings.unitName);
  return name ? `UBND ${name.toUpperCase()}` : `UBND ${PLACEHOLDER}`;
}

/** In running text the level word is lower case: "UBND huyện Vĩnh Linh". */
function unitInSentence(name: string): string {
  return bareUnitName(name).replace(/^(Tỉnh|Huyện|Xã|Thị xã|Thị trấn|Thành phố|Quận|Phường)(?=\s)/u, (w) =>
    w.toLowerCase(),
  );
}

/** "(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2024 của UBND huyện Vĩnh Linh)". */
export function attachmentText(settings: AppendixSettings): string {
  const raw = settings.planNumber.trim();
  const number = raw === '' ? `${PLACEHOLDER}/KH-UBND` : raw.includes('/') ? raw : `${raw}/KH-UBND`;
  const date = settings.planDate.trim() || PLACEHOLDER;
  const unit = unitInSentence(settings.unitName) || PLACEHOLDER;
  return `(Kèm theo Kế hoạch số ${number} ngày ${date} của UBND ${unit})`;
}

export function titleText(title: string, settings: AppendixSettings): string {
  return `${title} ${settings.year ?? PLACEHOLDER}`;
}

/**
 * Hidden marker row, issuer and national heading, title, attachment line, optional red
 * "unverified" banner and the unit line. Returns the first free row (the table header).
 */
export function writeTitleBlock(b: SheetBuilder, spec: TitleBlockSpec): number {
  const { settings, lastCol } = spec;
  b.value(0, 0, sheetMarker('appendix', spec.sheetId), 'marker');
  b.hide(0);

  b.value(1, 0, issuerText(settings), 'issuer');
  b.merge({ top: 1, left: 0, bottom: 2, right: spec.issuerLastCol }, 'issuer');
  b.value(1, spec.nationFirstCol, NATION_TEXT, 'nation');
  b.merge({ top: 1, left: spec.nationFirstCol, bottom: 1, right: lastCol }, 'nation');
  b.value(2, spec.nationFirstCol, MOTTO_TEXT, 'motto');
  b.merge({ top: 2, left: spec.nationFirstCol, bottom: 2, right: lastCol }, 'motto');
  b.height(1, 18);
  b.height(2, 18);
  b.height(3, 10);

  let row = 4;
  b.value(row, 0, titleText(spec.title, settings), 'title');
  b.merge({ top: row, left: 0, bottom: row, right: lastCol }, 'title');
  b.height(row, 22);
  row += 1;
  b.value(row, 0, attachmentText(settings), 'subtitle');
  b.merge({ top: row, left: 0, bottom: row, right: lastCol }, 'subtitle');
  b.height(row, 18);
  row += 1;
  if (spec.unverified) {
    b.value(row, 0, UNVERIFIED_TEXT, 'unverified');
    b.merge({ top: row, left: 0, bottom: row, right: lastCol }, 'unverified');
    b.height(row, 20);
    row += 1;
  }
  if (spec.unitFirstCol !== undefined) {
    b.value(row, spec.unitFirstCol, `Đơn vị tính: ${MONEY_UNITS[settings.unit].label}`, 'unitLine');
    b.merge({ top: row, left: spec.unitFirstCol, bottom: row, right: lastCol }, 'unitLine');
  }
  b.height(row, 18);
  return row + 1;
}
