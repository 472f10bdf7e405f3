/**
 * Reading numbers the way Vietnamese plans write them ("1.238.075" → 1238075,
 * "1.437,8" → 1437.8), the English way where unambiguous ("1,238,075.5"), and the
 * precision a figure was typed or shown with (for rounding intervals).
 */
export interface ParsedNumber {
  value: number;
  /** Decimals written after the decimal separator. */
  decimals: number;
  percent: boolean;
}

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);
const VN_GROUPED = GROUPED('.');
const EN_GROUPED = GROUPED(',');
const SPACE_GROUPED = /^\d{1,3}( \d{3})+$/;

/** Parses a typed text as a number; null when it is not one (e.g. "04 hộ"). */
export function parseNumberText(raw: string): ParsedNumber | null {
  let s = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (SPACE_GROUPED.test(s.split(/[.,]/)[0]) && /^[\d ]+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  const parsed = parseUnsigned(s);
  if (!parsed) return null;
  return { value: negative ? -parsed.value : parsed.value, decimals: parsed.decimals, percent };
}

function parseUnsigned(s: string): { value: number; decimals: number } | null {
  if (/^\d+$/.test(s)) return { value: Number(s), decimals: 0 };
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one is the decimal separator, the other groups thousands.
    const decSep = lastDot > lastComma ? '.' : ',';
    const [intPart, frac] = [s.slice(0, Math.max(lastDot, lastComma)), s.slice(Math.max(lastDot, lastComma) + 1)];
    const grouped = decSep === ',' ? VN_GROUPED : EN_GROUPED;
    if (!/^\d+$/.test(frac) || !(grouped.test(intPart) || /^\d{1,3}$/.test(intPart))) return null;
    return { value: Number(`${intPart.replace(/[.,]/g, '')}.${frac}`), decimals: frac.length };
  }
  const sep = lastDot >= 0 ? '.' : ',';
  const pieces = s.split(sep);
  if (pieces.length > 2) {
    // Several identical separators can only be thousands grouping.
    return (sep === '.' ? VN_GROUPED : EN_GROUPED).test(s) ? { value: Number(pieces.join('')), decimals: 0 } : null;
  }
  const [intPart, frac] = pieces;
  if (!/^\d*$/.test(intPart) || !/^\d+$/.test(frac)) return null;
  // Vietnamese first: "27.161" is twenty-seven thousand (grouping), "1.5" and "82.76" are decimals,
  // "1437,8" is a decimal comma.
  if (sep === '.' && frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart))
    return { value: Number(intPart + frac), decimals: 0 };
  return { value: Number(`${intPart || '0'}.${frac}`), decimals: frac.length };
}

/** Decimals a number format shows ('#,##0.000' → 3, '0%' → 0); null for General/unknown. */
export function decimalsFromFormat(nf: string | undefined): number | null {
  if (!nf || /^general$/i.test(nf.trim())) return null;
  const section = nf
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  const m = /[0#?]\.([0#?]*)/.exec(section) ?? /^\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}

export function isPercentFormat(nf: string | undefined): boolean {
  return (
    !!nf &&
    nf
      .split(';')[0]
      .replace(/"[^"]*"/g, '')
      .includes('%')
  );
}

/** Decimals a number was typed with when shown as General (1437.8 → 1). */
export function typedDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = String(value);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Math.min(20, Number(e[1]) + (s.split('e')[0].split('.')[1]?.length ?? 0));
  return Math.min(20, s.split('.')[1]?.length ?? 0);
}
