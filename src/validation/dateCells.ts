/**
 * Dates where amounts belong. Excel stores a date as a serial number (15/05/2024 is 45427)
 * shown through a date number format; a file reader may hand it over as that number or as
 * an ISO text ("2024-05-15"), and a user may type a date as text ("15/05/2024").
 */

const dateFormatCache = new Map<string, boolean>();

/** A number format that shows a date or time ('dd/mm/yyyy', 'm/d/yy h:mm', '[$-42A]d mmmm yyyy'). */
export function isDateFormat(nf: string | undefined): boolean {
  if (!nf) return false;
  let hit = dateFormatCache.get(nf);
  if (hit === undefined) {
    const section = nf
      .split(';')[0]
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
    // d, y or m (month/minute) tokens, but not the "E" of scientific formats ("0.00E+00").
    hit = /[dy]|(^|[^a-z])m+([^a-z]|$)|h+[:.]?m|\[[hms]+\]/i.test(section) && !/^[#0?,.\s%E+-]*$/i.test(section);
    if (dateFormatCache.size < 1000) dateFormatCache.set(nf, hit);
  }
  return hit;
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Excel's serial number of an ISO date text ("2024-05-15" → 45427); null when not one. */
export function serialOfIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isFinite(t) ? (t - EPOCH) / DAY : null;
}

/** "15/05/2024", "15-5-2024", "2024-05-15": a calendar date typed as text. */
export function looksLikeDateText(text: string): boolean {
  const s = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) return Number(dmy[1]) >= 1 && Number(dmy[1]) <= 31 && Number(dmy[2]) >= 1 && Number(dmy[2]) <= 12;
  return serialOfIsoDate(s) !== null;
}

/** The calendar date of a serial as Vietnamese write it ("15/05/2024"); '' when out of range. */
export function dateOfSerial(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return '';
  const d = new Date(EPOCH + Math.floor(serial) * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
