/**
 * Official STT (ordinal) numbering of plan lines: I, II … for projects; 1, 2 … for the
 * second level; 1.1, 1.2 … for the third; a, b … for the fourth; "-" for detail rows.
 * `path` is the 1-based position of the line among its siblings at each depth.
 */
export function officialStt(path: number[], isDetail = false): string {
  if (isDetail) return '-';
  const depth = path.length;
  const last = path[depth - 1];
  switch (depth) {
    case 1:
      return toRoman(last);
    case 2:
      return String(last);
    case 3:
      return `${path[1]}.${last}`;
    case 4:
      return toLetter(last);
    default:
      return '-';
  }
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, glyph] of table) {
    while (n >= value) {
      out += glyph;
      n -= value;
    }
  }
  return out;
}

function toLetter(n: number): string {
  // a…z, then aa, ab… (rare: more than 26 siblings)
  let out = '';
  while (n > 0) {
    n -= 1;
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}
