import { parseCalendarDate, type CalendarDate } from '../domain/asOfDate';
import type { DisbursementColumnKey } from '../domain/workbookLayout';
import { lineShort } from './describe';
import type { CheckContext } from './checkContext';

/** Short column names of Giải ngân for finding messages ("DA4 · Giải ngân ĐTPT"). */
const LABELS: Partial<Record<DisbursementColumnKey, { vi: string; en: string }>> = {
  KH_DTPT: { vi: 'KH năm ĐTPT', en: 'investment year plan' },
  GN_DTPT: { vi: 'Giải ngân ĐTPT', en: 'investment disbursed' },
  TL_DTPT: { vi: 'Tỷ lệ giải ngân ĐTPT', en: 'investment rate' },
  KD_DTPT: { vi: 'ĐTPT kéo dài', en: 'investment carried over' },
  GNKD_DTPT: { vi: 'Giải ngân ĐTPT kéo dài', en: 'carried-over investment disbursed' },
  TLKD_DTPT: { vi: 'Tỷ lệ ĐTPT kéo dài', en: 'carried-over investment rate' },
  KH_SN: { vi: 'KH năm SN', en: 'recurrent year plan' },
  GN_SN: { vi: 'Giải ngân SN', en: 'recurrent disbursed' },
  TL_SN: { vi: 'Tỷ lệ giải ngân SN', en: 'recurrent rate' },
  KD_SN: { vi: 'SN kéo dài', en: 'recurrent carried over' },
  GNKD_SN: { vi: 'Giải ngân SN kéo dài', en: 'carried-over recurrent disbursed' },
  TLKD_SN: { vi: 'Tỷ lệ SN kéo dài', en: 'carried-over recurrent rate' },
};

export function disbColumnShort(key: DisbursementColumnKey): { vi: string; en: string } {
  return LABELS[key] ?? { vi: key, en: key };
}

/** "DA4 · Giải ngân ĐTPT". */
export function disbTag(code: string, key: DisbursementColumnKey): { vi: string; en: string } {
  const line = lineShort(code);
  const col = disbColumnShort(key);
  return { vi: `${line.vi} · ${col.vi}`, en: `${line.en} · ${col.en}` };
}

/** "89,1%" / "89.1%". */
export function percentVn(value: number, decimals = 1): string {
  return `${value.toFixed(decimals).replace('.', ',')}%`;
}
export function percentEn(value: number, decimals = 1): string {
  return `${value.toFixed(decimals)}%`;
}

/** The as-of date on "Thông tin" (NGAY_SO_LIEU): null when blank; 'invalid' when unreadable. */
export function asOfDateOf(ctx: CheckContext): CalendarDate | null | 'invalid' {
  const raw = (ctx.settings.asOfDate ?? '').trim();
  if (!raw) return null;
  return parseCalendarDate(raw) ?? 'invalid';
}
