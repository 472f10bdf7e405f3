import { catalog } from '../domain/catalog';
import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import type { SheetPlan } from '../model/sheetPlan';
import type { AppendixModel, IndicatorRow } from './readWorkbook';
import { SheetBuilder, wrappedRowHeight } from './sheetBuilder';
import { appendixStyles } from './styles';
import { writeTitleBlock } from './titleBlock';

const HEADERS = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'Đơn vị chủ trì theo dõi', 'Ghi chú'];
const WIDTHS = [6, 50, 18, 14, 30, 26];

/** Only indicators the plan sets: a target or an explanatory note. */
export function plannedIndicators(rows: IndicatorRow[]): IndicatorRow[] {
  return rows.filter((r) => r.target !== null || r.note !== '');
}

/** Phụ biểu 01 – Chỉ tiêu kế hoạch năm: STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Đơn vị chủ trì | Ghi chú. */
export function buildPb01(model: AppendixModel, unverified: boolean): SheetPlan {
  const b = new SheetBuilder('pb01', APPENDIX_SHEET_NAMES.pb01, appendixStyles(model.settings.unit));
  const lastCol = HEADERS.length - 1;
  b.widths(WIDTHS);
  const headerRow = writeTitleBlock(b, {
    sheetId: 'pb01',
    title: 'PHỤ BIỂU 01 – CHỈ TIÊU KẾ HOẠCH NĂM',
    settings: model.settings,
    lastCol,
    issuerLastCol: 1,
    nationFirstCol: 3,
    unverified,
  });
  HEADERS.forEach((h, c) => b.value(headerRow, c, h, 'header'));
  b.height(headerRow, 32);

  let row = headerRow + 1;
  plannedIndicators(model.indicators).forEach((ind, i) => {
    const known = catalog.indicatorByCode.get(ind.code);
    const name = ind.name || known?.name || ind.code;
    const unit = ind.unit || known?.unit || '';
    b.value(row, 0, i + 1, 'stt');
    b.value(row, 1, name, 'text');
    b.value(row, 2, unit, 'textCenter');
    if (typeof ind.target === 'number') {
      b.value(row, 3, ind.target, Number.isInteger(ind.target) ? 'count' : 'decimal');
    } else {
      b.value(row, 3, ind.target, 'targetText');
    }
    b.value(row, 4, ind.owner, 'text');
    b.value(row, 5, ind.note, 'text');
    b.height(
      row,
      wrappedRowHeight([
        { text: name, width: WIDTHS[1] },
        { text: unit, width: WIDTHS[2] },
        { text: ind.owner, width: WIDTHS[4] },
        { text: ind.note, width: WIDTHS[5] },
        { text: typeof ind.target === 'string' ? ind.target : '', width: WIDTHS[3] },
      ]),
    );
    row += 1;
  });

  return b.build({
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow },
  });
}
