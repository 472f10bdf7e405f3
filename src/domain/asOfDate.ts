/**
 * Calendar dates as workbooks hold them: a real date cell reads as an Excel serial
 * (Office.js) or an ISO date (ExcelJS); users may also type "30/09/2024" as text.
 * Pure (no time zones): a date is year, month, day.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function valid(year: number, month: number, day: number): CalendarDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** An Excel serial (1900 system) → calendar date; null outside 1955–2200. */
export function fromSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 20_000 || serial > 110_000) return null;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toSerial(date: CalendarDate): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - EXCEL_EPOCH_UTC) / DAY_MS);
}

/** Reads "2024-09-30" (ISO, optionally with a time), "30/09/2024", "30-9-2024", "30.09.2024" or a serial. */
export function parseCalendarDate(input: unknown): CalendarDate | null {
  if (typeof input === 'number') return fromSerial(input);
  if (typeof input !== 'string') return null;
  const text = input.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text));
  return null;
}

/** "30/09/2024" (the Vietnamese way). */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/** Negative when a is before b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "2024-09-30" for data validation bounds and JSON. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
