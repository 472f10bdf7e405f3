import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildSampleWorkbook } from '../../../demo/sampleWorkbook';
import * as packageParts from './packageParts';
import { saxParser } from './packageParts';
import { ScanFallback } from './scanFallback';
import { scanXml } from './xmlScanner';
import { readXlsxSnapshot } from '.';
import { minimalPackage } from '../testing/packageBuilder';
import { validateSnapshot } from '../../../validation';

/** The byte scanner calls the handlers exactly as saxes does, or hands the part back to saxes. */

type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string];

function record(feed: (h: Parameters<typeof scanXml>[1]) => void): Event[] {
  const out: Event[] = [];
  feed({
    open: (t) => out.push(['open', t.name, { ...t.attributes }]),
    text: (s) => {
      const last = out[out.length - 1];
      // saxes may split a text node (entities, chunks): compare whole text nodes.
      if (last?.[0] === 'text') last[1] += s;
      else out.push(['text', s]);
    },
    close: (n) => out.push(['close', n]),
  });
  return out;
}

const viaSaxes = (xml: string) => record((h) => saxParser(h).write(xml).close());
const viaScanner = (xml: string) => record((h) => scanXml(strToU8(xml), h));

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetData>
<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">inline &amp; text &lt;b&gt; &quot;q&quot; &apos;a&apos; &#65;&#x1F600; </t></is></c></row>
<row r="2" hidden='1'><c r="C2" s="3"><f t="shared" ref="C2:C4" si="0">IF(A2>0,"Tổng cộng",B2&amp;"x")</f><v>210</v></c><c r="D2" t="str"><f>"Kế hoạch vốn"</f><v>Kế hoạch vốn</v></c></row>
<row r="3" ><c r = "A3" s="1" /><c r="B3" t="e"><v>#DIV/0!</v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells>
<x:extLst xmlns:x="urn:x"><x:ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" title="a &gt; b"/></x:extLst>
</worksheet>
`;

describe('scanXml', () => {
  it('gives the same tags, attributes and text as saxes', () => {
    const events = viaScanner(SHEET);
    expect(events).toEqual(viaSaxes(SHEET));
    expect(events).toContainEqual(['text', `inline & text <b> "q" 'a' A\u{1F600} `]);
    expect(events).toContainEqual(['text', 'IF(A2>0,"Tổng cộng",B2&"x")']);
    expect(events).toContainEqual(['open', 'x:ext', { uri: '{78C0D931-6437-407d-A8EE-F0AAD7539E65}', title: 'a > b' }]);
  });

  it('reads a byte-order mark and a part without declaration', () => {
    const xml = '<a><b c="1"/>x</a>';
    expect(record((h) => scanXml(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(xml)]), h))).toEqual(viaSaxes(xml));
  });

  it.each([
    ['a comment', '<a><!-- note --></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['a processing instruction inside', '<a><?pi x?></a>'],
    ['a carriage return (line ends are normalized)', '<a>x\r\ny</a>'],
    ['a tab in an attribute (normalized to a space)', '<a b="x\ty"/>'],
    ['an unknown entity', '<a>&bad;</a>'],
    ['a control character', '<a>x\u0001</a>'],
    ['"]]>" in text', '<a>x]]>y</a>'],
    ['"<" in an attribute', '<a b="<"/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['an unclosed tag', '<a><b></a>'],
    ['a truncated part', '<a><b c="1'],
    ['text outside the root', '<a/>junk'],
    ['a second root', '<a/><b/>'],
    ['an empty part', ''],
    ['a non-ASCII tag name', '<bảng/>'],
  ])('hands %s back to saxes', (_what, xml) => {
    expect(() => viaScanner(xml)).toThrow(ScanFallback);
  });
});

describe('the sheet reader with the scanner', () => {
  it.each([true, false])(
    'reads the demo workbook (slips: %s) as the saxes path does (a comment forces saxes on every sheet)',
    async (withSlips) => {
      const wb = await buildSampleWorkbook({ withSlips });
      const data = new Uint8Array(await wb.xlsx.writeBuffer());
      const parts = unzipSync(data);
      const withComments: Record<string, Uint8Array> = {};
      for (const [name, bytes] of Object.entries(parts)) {
        withComments[name] = /^xl\/worksheets\/[^/]+\.xml$/.test(name)
          ? strToU8(strFromU8(bytes).replace(/<worksheet/, '<!-- read by saxes --><worksheet'))
          : bytes;
      }
      const scanned = readXlsxSnapshot(data).snapshot;
      const parsed = readXlsxSnapshot(zipSync(withComments)).snapshot;
      expect(scanned.sheets.length).toBeGreaterThan(3);
      expect(scanned).toEqual(parsed);
      // And so the same findings (the slips workbook has some of every kind the demo plants).
      const findings = validateSnapshot(scanned);
      expect(findings).toEqual(validateSnapshot(parsed));
      if (withSlips) expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(3);
    },
  );

  it('reads a sheet saved by Excel ("\\r\\n" after the declaration) itself, without handing it to saxes', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet><sheetData>\r\n<row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>';
    const spy = jest.spyOn(packageParts, 'saxParser');
    try {
      const sheet = readXlsxSnapshot(minimalPackage({ sheets: [{ name: 'A', xml }] })).snapshot.sheets[0];
      expect(sheet.rows[0][0]).toEqual({ v: 7, t: 'n' });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('still rejects a malformed sheet (saxes decides after the scanner gives up)', () => {
    const data = minimalPackage({
      sheets: [{ name: 'A', xml: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
    });
    expect(() => readXlsxSnapshot(data)).toThrow();
  });
});
