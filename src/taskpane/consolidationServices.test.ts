import { unitPlans, unitWorkbookBuffer } from '../consolidation/testing/unitWorkbooks';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { addRichParts } from '../host/xlsx/testing/richPackage';
import { runConsolidate } from '../cli/consolidateCommand';
import { CORE } from './worker/coreApi';
import { readUnitFile } from './consolidationServices';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';

/**
 * "Tổng hợp" in the pane reads a unit's file as `mtqg consolidate` does: a chart in her
 * workbook (the drawing ExcelJS 4.4 cannot load) changes nothing, files that are not .xlsx
 * get the plain advice, and the worker's entry gives the same reading as this thread's.
 */

const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer;
/** A compound-file (OLE) header followed by directory entries naming the given streams. */
function cfb(streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = Buffer.concat([Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le'))]);
  return new Uint8Array(Buffer.concat([Buffer.from(header), body]));
}

let plain: Uint8Array;
let withChart: Uint8Array;
beforeAll(async () => {
  plain = new Uint8Array(await unitWorkbookBuffer(unitPlans({ name: 'Xã A', scale: 1 })));
  withChart = addRichParts(plain, { dataSheet: SHEET_NAMES.plan });
});

describe('readUnitFile (the pane\'s "Tổng hợp")', () => {
  it('a unit workbook holding a chart is read, the same as without the chart', async () => {
    const bare = await readUnitFile('xa-a.xlsx', bufferOf(plain));
    const charted = await readUnitFile('xa-a.xlsx', bufferOf(withChart));
    expect(charted.kind).toBe('read');
    expect(charted).toEqual(bare);
    if (charted.kind === 'read') expect(Object.keys(charted.reading.plan).length).toBeGreaterThan(5);
  });

  it('gives the reading `mtqg consolidate` reports for the same file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-pane-unit-'));
    try {
      await fs.writeFile(path.join(dir, 'xa-a.xlsx'), withChart);
      let text = '';
      const out = new Writable({
        write(chunk, _e, done) {
          text += String(chunk);
          done();
        },
      });
      await runConsolidate([path.join(dir, 'xa-a.xlsx')], { out: path.join(dir, 'huyen.xlsx'), format: 'json' }, out);
      const cli = JSON.parse(text).units[0];
      const pane = await readUnitFile('xa-a.xlsx', bufferOf(withChart));
      if (pane.kind !== 'read') throw new Error(`unreadable: ${JSON.stringify(pane)}`);
      expect(cli).toMatchObject({ file: 'xa-a.xlsx', unit: pane.reading.unitName, year: pane.reading.year });
      expect(cli.findings.length).toBe(pane.reading.findings.length);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['ke-hoach.xls', cfb(['Workbook']), /save it as \.xlsx \(Excel Workbook\)/],
    [
      'mat-khau.xlsx',
      cfb(['EncryptionInfo', 'EncryptedPackage']),
      /remove the password \(File › Info › Protect Workbook\)/,
    ],
    ['hong.xlsx', new TextEncoder().encode('not a workbook'), /not an \.xlsx file or corrupt: hong\.xlsx$/],
  ])('%s → unreadable, with the plain reason the CLI gives', async (name, bytes, reason) => {
    const input = await readUnitFile(name, bufferOf(bytes));
    expect(input).toEqual({ kind: 'unreadable', input: { file: name, reason: expect.stringMatching(reason) } });
  });

  it("the core worker's entry reads the same (the pane runs it there)", async () => {
    expect(CORE.readUnitFile('xa-a.xlsx', bufferOf(withChart))).toEqual(
      await readUnitFile('xa-a.xlsx', bufferOf(withChart)),
    );
  });
});
