import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { run } from './main';
import { captureCliOutput } from './testing/captureOutput';

/** Inputs users hand over that are not .xlsx packages: each gets one line saying what to do, exit 2. */

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-input-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
const io = captureCliOutput();

/** A compound-file (OLE) header followed by directory entries naming the given streams. */
function cfb(streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = Buffer.concat([Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le'))]);
  return Buffer.concat([Buffer.from(header), body]);
}

const cases: Array<[string, string, () => Uint8Array, RegExp]> = [
  ['an Excel 97–2003 .xls', 'ke-hoach.xls', () => cfb(['Workbook', 'SummaryInformation']), /Excel 97–2003 \(\.xls\)/],
  [
    'a password-protected .xlsx',
    'mat-khau.xlsx',
    () => cfb(['EncryptionInfo', 'EncryptedPackage']),
    /^mtqg: Tệp mat-khau\.xlsx có đặt mật khẩu; gỡ mật khẩu .*remove the password \(File › Info › Protect Workbook\) and try again$/,
  ],
  [
    'an .ods',
    'ke-hoach.ods',
    () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') }),
    /OpenDocument \(\.ods\)/,
  ],
  ['a .csv', 'ke-hoach.csv', () => strToU8('Mã,Tên,Vốn\nDA1,Đất ở,12\n'), /tệp văn bản CSV/],
];

describe('plain input errors', () => {
  it.each(cases)('%s → "save it as .xlsx" or the password advice, one line, exit 2', async (_l, name, make, re) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, make());
    expect(await run(['node', 'mtqg', 'validate', file])).toBe(2);
    expect(io.stderr.trim()).toMatch(re);
    if (!/mật khẩu/.test(io.stderr)) expect(io.stderr).toContain('save it as .xlsx (Excel Workbook)');
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    io.stderr = '';
    expect(await run(['node', 'mtqg', 'appendix', file, '--out', path.join(dir, `${name}-out.xlsx`)])).toBe(2);
    expect(io.stderr.trim()).toMatch(re);
  });

  it('permission denied names the file and folder and says what to do', async () => {
    // Tests run as root here (no real EACCES): the read fails the way Node reports it.
    const file = path.join(dir, 'locked', 'ke-hoach.xlsx');
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
    jest.spyOn(fs, 'readFile').mockRejectedValue(denied);
    expect(await run(['node', 'mtqg', 'validate', file])).toBe(2);
    expect(io.stderr).toMatch(
      /^mtqg: Không có quyền đọc tệp .*ke-hoach\.xlsx; xin quyền đọc thư mục .*locked .* ask for read access/,
    );
    expect(io.stderr).not.toContain('permission denied, open');
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
  });
});
