import { SOURCES } from './sources';

/**
 * "Chi tiết theo đơn vị", the sheet a consolidation adds: per leaf line with money, a line row
 * (STT, code, name, "n đơn vị") summing one row per unit (code, unit name in Nội dung and in
 * Đơn vị), each unit's detail rows (works) under its row. Written by src/consolidation, read
 * back by the upper level's checks, so its layout lives here.
 */
export const UNIT_DETAIL_SHEET_NAME = 'Chi tiết theo đơn vị';
/** The sheet id in its marker (sheetMarker('report', UNIT_DETAIL_SHEET_ID)). */
export const UNIT_DETAIL_SHEET_ID = 'unitDetail';
/** Column keys, in sheet order (a hidden key row carries them, as on the template sheets). */
export const UNIT_DETAIL_KEYS = ['STT', 'MA', 'NOI_DUNG', 'DON_VI', ...SOURCES.map((s) => s.key), 'GHI_CHU'] as const;
