import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { buildSampleWorkbook } from '../demo/sampleWorkbook';
import { ZipPackage } from '../host/xlsx/fastReader';
import { nodeInflateRaw } from './checkWorkbook';
import { run } from './main';
import { captureCliOutput } from './testing/captureOutput';

/**
 * The CLI inflates a big sheet in 1 MB pieces (a 200,000-line sheet is ~200 MB of XML):
 * the pieces join to exactly the part, and bad deflate data is one plain line, exit 2,
 * never a crash of zlib's native code.
 */
const io = captureCliOutput();
let dir: string;
let data: Uint8Array;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-inflate-'));
  data = new Uint8Array(await (await buildSampleWorkbook({ withSlips: true })).xlsx.writeBuffer());
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function piecesOf(raw: Uint8Array): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  // A copy: the inflater reuses its buffer (and a Buffer's slice is a view).
  nodeInflateRaw.pieces!(raw, (p) => pieces.push(new Uint8Array(p)));
  return pieces;
}

it('gives every part in pieces of at most 1 MB that join to the whole part', () => {
  const xml = Buffer.from('<row r="1"><c r="A1"><v>1.5</v></c></row>'.repeat(120_000));
  const pieces = piecesOf(zlib.deflateRawSync(xml));
  expect(pieces.length).toBeGreaterThan(3);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1 << 20);
  expect(Buffer.concat(pieces).equals(xml)).toBe(true);
  const pkg = new ZipPackage(data);
  for (const name of pkg.order) {
    const entry = pkg.get(name)!;
    if (entry.method !== 8) continue;
    expect(Buffer.concat(piecesOf(pkg.raw(entry))).equals(Buffer.from(pkg.bytes(name)!))).toBe(true);
  }
  expect(piecesOf(zlib.deflateRawSync(Buffer.alloc(0)))).toEqual([]);
});

it('says a sheet with bad deflate data is not a readable .xlsx, in one line, exit 2', async () => {
  const pkg = new ZipPackage(data);
  const sheet = pkg.order
    .map((n) => pkg.get(n)!)
    .filter((e) => /worksheets\/sheet\d+\.xml$/.test(e.name))
    .sort((a, b) => b.compressedSize - a.compressedSize)[0];
  const bad = data.slice();
  for (let i = sheet.dataOffset + 40; i < sheet.dataOffset + sheet.compressedSize; i++) bad[i] = 0xff;
  const file = path.join(dir, 'hong.xlsx');
  await fs.writeFile(file, bad);
  expect(() =>
    piecesOf(pkg.raw({ ...sheet, dataOffset: sheet.dataOffset }).map((b, i) => (i > 40 ? 0xff : b))),
  ).toThrow();
  expect(await run(['node', 'mtqg', 'validate', file])).toBe(2);
  expect(io.stderr.trim().split('\n')).toEqual([expect.stringMatching(/bị hỏng \/ not an \.xlsx file or corrupt/)]);
});
