import { MONEY_UNITS, type MoneyUnit } from '../domain/units';

/** Numbers for messages: Vietnamese "1.238.075,5" and English "1,238,075.5". */
function group(value: number, maxDecimals: number, thousands: string, decimal: string): string {
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

/** "1.238,5 triệu đồng (1.238.500.000 đồng)" for messages. */
export function moneyVn(value: number, unit: MoneyUnit): string {
  const u = MONEY_UNITS[unit];
  const inUnit = `${formatVn(value, Math.max(3, u.decimals))} ${u.label}`;
  return unit === 'dong' ? inUnit : `${inUnit} (${formatVn(value * u.dong, 0)} đồng)`;
}

export function moneyEn(value: number, unit: MoneyUnit): string {
  const u = MONEY_UNITS[unit];
  const inUnit = `${formatEn(value, Math.max(3, u.decimals))} ${u.labelEn}`;
  return unit === 'dong' ? inUnit : `${inUnit} (${formatEn(value * u.dong, 0)} VND)`;
}
