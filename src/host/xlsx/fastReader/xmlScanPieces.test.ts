import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import * as zlib from 'zlib';
import { buildSampleWorkbook } from '../../../demo/sampleWorkbook';
import type { XmlHandlers } from './packageParts';
import { minimalPackage } from '../testing/packageBuilder';
import { ScanFallback } from './scanFallback';
import { XmlScan, scanXml } from './xmlScanner';
import { readXlsxSnapshot, ZipPackage } from '.';

/**
 * The scanner fed piece by piece (a big sheet inflated in pieces) gives exactly the events
 * of one whole pass, wherever the pieces are cut: inside a tag, an attribute, a UTF-8
 * character, the declaration or the byte-order mark.
 */
type Event = string;

function record(feed: (h: XmlHandlers) => void): Event[] {
  const out: Event[] = [];
  feed({
    open: (t) => out.push(`<${t.name} ${JSON.stringify(t.attributes)}`),
    text: (s) => out.push(`"${s}`),
    close: (n) => out.push(`</${n}`),
  });
  return out;
}

const inPieces = (bytes: Uint8Array, size: number) =>
  record((h) => {
    const scan = new XmlScan(h);
    for (let i = 0; i < bytes.length; i += size) scan.push(bytes.subarray(i, i + size), false);
    scan.push(new Uint8Array(0), true);
  });

const SHEET = strToU8(
  '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<worksheet a="x>y"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kế hoạch vốn &amp; Tổng</t></is></c>' +
    "<c r=\"B1\"><f>SUMIF('Kế hoạch vốn'!$B:$B,$B9,'Kế hoạch vốn'!$E:$E)</f><v>12.5</v></c></row></sheetData></worksheet>",
);

describe('XmlScan in pieces', () => {
  it.each([1, 2, 3, 5, 7, 13, 64, 1000])('equals one whole pass with pieces of %i bytes', (size) => {
    const whole = record((h) => scanXml(SHEET, h));
    expect(whole.length).toBeGreaterThan(10);
    expect(inPieces(SHEET, size)).toEqual(whole);
  });

  it.each([1, 7, 4096])(
    'equals one whole pass on every sheet of the demo workbook (pieces of %i bytes)',
    async (size) => {
      const parts = unzipSync(
        new Uint8Array(await (await buildSampleWorkbook({ withSlips: true })).xlsx.writeBuffer()),
      );
      const sheets = Object.entries(parts).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
      expect(sheets.length).toBeGreaterThan(3);
      for (const [, bytes] of sheets) expect(inPieces(bytes, size)).toEqual(record((h) => scanXml(bytes, h)));
    },
  );

  it.each([
    ['an unclosed tag', '<a><b></a>'],
    ['a truncated part', '<a><b c="1'],
    ['a second root', '<a/><b/>'],
    ['a comment', '<a><!-- x --></a>'],
  ])('hands %s back to saxes in pieces too', (_what, xml) => {
    expect(() => inPieces(strToU8(xml), 3)).toThrow(ScanFallback);
  });
});

describe('a package whose host inflates in pieces', () => {
  it('reads the same snapshot as from whole parts, the pieces really cut', async () => {
    const data = new Uint8Array(await (await buildSampleWorkbook({ withSlips: true })).xlsx.writeBuffer());
    let pieces = 0;
    const inflate = Object.assign((raw: Uint8Array) => zlib.inflateRawSync(raw), {
      pieces: (raw: Uint8Array, onPiece: (p: Uint8Array) => void) => {
        const whole = zlib.inflateRawSync(raw);
        for (let i = 0; i < whole.length; i += 100) {
          pieces += 1;
          onPiece(whole.subarray(i, i + 100));
        }
      },
    });
    const streamed = readXlsxSnapshot(new ZipPackage(data, inflate)).snapshot;
    expect(pieces).toBeGreaterThan(100);
    expect(streamed).toEqual(readXlsxSnapshot(data).snapshot);
  });
});

describe('shared strings through the scanner', () => {
  const SI = [
    'Kế hoạch vốn & Tổng',
    '<r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text_x000D_ </t></r><rPh sb="0" eb="1"><t>ruby</t></rPh>',
    '',
    '<t/>',
    'sau',
  ];
  const read = (strings: string[]) =>
    readXlsxSnapshot(
      minimalPackage({
        sheets: [
          {
            name: 'A',
            xml: `<worksheet><sheetData><row r="1">${strings.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('')}</row></sheetData></worksheet>`,
          },
        ],
        sharedStrings: strings,
      }),
    ).snapshot.sheets[0].rows[0].map((c) => c.v);

  it('reads plain, rich and empty items with the scanner, as saxes reads them', () => {
    const spy = jest.spyOn(XmlScan.prototype, 'push');
    try {
      expect(read(SI)).toEqual(['Kế hoạch vốn & Tổng', 'Rich text\r ', null, null, 'sau']);
      // The sheet and the shared strings: both scanned.
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(4);
    } finally {
      spy.mockRestore();
    }
  });

  it('reads a plain item straight from the bytes as the tag-by-tag path and saxes read it', () => {
    const item = fc.oneof(
      fc
        .string({ unit: fc.constantFrom('a', 'ế', ' ', '&', '<', '>', '"', '_x000D_', '_x0041_', '\n', '\t') })
        // (An item starting with '<' is raw XML to the package builder.)
        .map((text) => (text.startsWith('<') ? ` ${text}` : text)),
      fc.constantFrom(
        '<t xml:space="preserve"> cách </t>',
        '<t/>',
        '<r><t>a</t></r><r><t>b</t></r>',
        '<t>x</t><rPh><t>y</t></rPh>',
      ),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
        // A comment in the last item sends the whole part to saxes.
        // (Padded: a row's trailing empty cells are not kept.)
        const firstItems = (v: unknown[]) => items.map((_, i) => v[i] ?? null);
        const bySaxes = firstItems(read([...items, '<t>z</t><!-- saxes -->']));
        expect(firstItems(read(items))).toEqual(bySaxes);
      }),
      { numRuns: 150 },
    );
  });

  it('hands a part it does not read exactly (a carriage return in a text) back to saxes', () => {
    // saxes turns "\r\n" into "\n"; the scanner would have kept the "\r".
    expect(read(['<t>a\r\nb</t>', 'x'])).toEqual(['a\nb', 'x']);
  });
});
