import fc from 'fast-check';
import { fold, foldByNormalizing } from './text';

/** Letters an officer's labels are made of, and the odd ones a pasted text brings. */
const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY';
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const PRECOMPOSED =
  'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ';
const ODD = [
  '\u00a0',
  '\t',
  '\n',
  '\r',
  '\u2003',
  '\u3000',
  '\ufeff',
  'Σ',
  'ς',
  'İ',
  'ß',
  'ǅ',
  'ﬁ',
  '①',
  '😀',
  '\u1dc4',
  '\u0345',
  'Ω',
  'й',
  'Å',
];
const piece = fc.oneof(
  fc.constantFrom(
    ...VIETNAMESE.split(''),
    ...PRECOMPOSED.split(''),
    ...TONES,
    ' ',
    ' ',
    '.',
    ':',
    '-',
    '0',
    '9',
    '(',
    ')',
  ),
  fc.constantFrom(...ODD),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
const label = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

it('folds every text exactly as the definition (NFD, marks removed, đ → d, lower case, one space)', () => {
  fc.assert(
    fc.property(label, (text) => {
      expect(fold(text)).toBe(foldByNormalizing(text));
    }),
    { numRuns: 20_000 },
  );
});

it('folds every code unit of the table ranges as the definition, alone and between letters', () => {
  const units = [];
  for (let c = 0; c < 0x2000; c++) units.push(String.fromCharCode(c));
  for (const u of units) {
    for (const text of [u, `a${u}b`, ` ${u} `, `Đ${u}\u0301`])
      expect([text, fold(text)]).toEqual([text, foldByNormalizing(text)]);
  }
});

it.each([
  ['Vốn ĐTPT', 'von dtpt'],
  ['  Dự án 1:\u00a0 Giải quyết  tình trạng thiếu đất ở ', 'du an 1: giai quyet tinh trang thieu dat o'],
  ['Tiểu dự án 2', 'tieu du an 2'],
  ['Ngân sách địa phương', 'ngan sach dia phuong'],
  ['', ''],
  [null, ''],
  [12.5, '12.5'],
])('folds %j to %j', (text, folded) => {
  expect(fold(text)).toBe(folded);
});

it('a long text, past the table path, still folds by the definition', () => {
  const long = 'Công trình nước sinh hoạt thôn '.repeat(400);
  expect(fold(long)).toBe(foldByNormalizing(long));
  expect(fold(long).startsWith('cong trinh nuoc sinh hoat thon cong')).toBe(true);
});
