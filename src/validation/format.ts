import { MONEY_UNITS, type MoneyUnit } from '../domain/units';

/** Numbers for messages: Vietnamese "1.238.075,5" and English "1,238,075.5". */
function group(value: number, maxDecimals: number, thousands: string, decimal: string): string {
  // toFixed switches to exponent notation from 1e21: say so plainly instead of printing digits.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return value.toExponential(3).replace('.', decimal);
  const rounded = Number(value.toFixed(Math.min(maxDecimals, 12)));
  const negative = rounded < 0;
  const [intPart, frac = ''] = Math.abs(rounded).toFixed(Math.min(maxDecimals, 12)).split('.');
  const trimmed = frac.replace(/0+$/, '');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${negative ? '-' : ''}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

export function formatVn(value: number, maxDecimals = 3): string {
  return group(value, maxDecimals, '.', ',');
}

export function formatEn(value: number, maxDecimals = 3): string {
  return group(value, maxDecimals, ',', '.');
}

/** Decimals down to one đồng (6 in triệu đồng): a rounding difference of 400 đồng must not print as 0. */
function toDong(unit: MoneyUnit): number {
  return Math.round(Math.log10(MONEY_UNITS[unit].dong));
}

/** "1.238,5" in the workbook's unit, exact to the đồng. */
export function figureVn(value: number, unit: MoneyUnit): string {
  return formatVn(value, toDong(unit));
}

export function figureEn(value: number, unit: MoneyUnit): string {
  return formatEn(value, toDong(unit));
}

/** "1.238,5 triệu đồng": an amount in the workbook's unit. */
export function amountVn(value: number, unit: MoneyUnit): string {
  return `${figureVn(value, unit)} ${MONEY_UNITS[unit].label}`;
}

export function amountEn(value: number, unit: MoneyUnit): string {
  return `${figureEn(value, unit)} ${MONEY_UNITS[unit].labelEn}`;
}

/** "1.238,5 triệu đồng (1.238.500.000 đồng)": a difference, in the unit and in đồng. */
export function moneyVn(value: number, unit: MoneyUnit): string {
  const u = MONEY_UNITS[unit];
  return unit === 'dong' ? amountVn(value, unit) : `${amountVn(value, unit)} (${formatVn(value * u.dong, 0)} đồng)`;
}

export function moneyEn(value: number, unit: MoneyUnit): string {
  const u = MONEY_UNITS[unit];
  return unit === 'dong' ? amountEn(value, unit) : `${amountEn(value, unit)} (${formatEn(value * u.dong, 0)} VND)`;
}

/**
 * "khoảng 1.700" / "about 1,700" for a ratio; above a million the digits say nothing more,
 * so "hơn 1 triệu" / "over a million" (never "2,9239766081871343e+305").
 */
export function timesVn(times: number): string {
  if (!(times < 1e9)) return 'hơn 1 tỷ';
  if (times >= 1e6) return 'hơn 1 triệu';
  return `khoảng ${formatVn(times, 0)}`;
}

export function timesEn(times: number): string {
  if (!(times < 1e9)) return 'Over a billion';
  if (times >= 1e6) return 'Over a million';
  return `About ${formatEn(times, 0)}`;
}

/** User text or a formula quoted in a message, cut to `max` characters. */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
