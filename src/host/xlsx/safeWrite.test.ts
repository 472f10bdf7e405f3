import {
  promises as fs,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { checkWriteTarget, writeErrorMessage, writeFileSafely } from './safeWrite';

describe('writeFileSafely', () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-safe-'));
    input = path.join(dir, 'ke-hoach.xlsx');
    writeFileSync(input, 'INPUT');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('writes a new file and leaves no temporary file', async () => {
    const out = path.join(dir, 'bao-cao.txt');
    await writeFileSafely(out, 'báo cáo', { protect: [input] });
    expect(readFileSync(out, 'utf8')).toBe('báo cáo');
    expect(leftovers()).toEqual([]);
  });

  it('refuses an existing file without --force and keeps it; replaces it with --force', async () => {
    const out = path.join(dir, 'old.txt');
    writeFileSync(out, 'OLD');
    await expect(writeFileSafely(out, 'NEW')).rejects.toThrow(/^Tệp đã tồn tại.*--force.*old\.txt$/);
    expect(readFileSync(out, 'utf8')).toBe('OLD');
    await writeFileSafely(out, 'NEW', { force: true });
    expect(readFileSync(out, 'utf8')).toBe('NEW');
    expect(leftovers()).toEqual([]);
  });

  it('refuses the input itself, a symlink to it and a hard link to it, even with --force', async () => {
    const sym = path.join(dir, 'sym.xlsx');
    const hard = path.join(dir, 'hard.xlsx');
    symlinkSync(input, sym);
    linkSync(input, hard);
    const viaDots = path.join(dir, '.', 'sub', '..', 'ke-hoach.xlsx');
    for (const target of [input, sym, hard, viaDots]) {
      await expect(writeFileSafely(target, 'X', { force: true, protect: [input] })).rejects.toThrow(
        /^Tệp kết quả trỏ tới chính tệp đầu vào/,
      );
    }
    expect(readFileSync(input, 'utf8')).toBe('INPUT');
    // A symlinked input protects its real file too.
    await expect(writeFileSafely(input, 'X', { force: true, protect: [sym] })).rejects.toThrow(/tệp đầu vào/);
    expect(readFileSync(input, 'utf8')).toBe('INPUT');
  });

  it('a failed write leaves neither a half file nor a temp file, and the old file intact', async () => {
    const out = path.join(dir, 'keep.xlsx');
    writeFileSync(out, 'OLD');
    const failing = async (temp: string) => {
      await fs.writeFile(temp, 'HALF');
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    await expect(writeFileSafely(out, failing, { force: true })).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(out, 'utf8')).toBe('OLD');
    expect(leftovers()).toEqual([]);
    const fresh = path.join(dir, 'fresh.xlsx');
    await expect(writeFileSafely(fresh, failing)).rejects.toThrow(/^Hết dung lượng đĩa/);
    expect(readdirSync(dir).sort()).toEqual(['ke-hoach.xlsx', 'keep.xlsx']);
  });

  it('says which folder is not writable and what to do (EACCES), in one line', () => {
    // Built from the error code: tests run as root here, where a real EACCES cannot happen.
    const message = writeErrorMessage(path.join(dir, 'locked', 'a.txt'), { code: 'EACCES' });
    expect(message).toMatch(
      /^Không có quyền ghi vào thư mục .*locked; chọn thư mục khác.* \/ no permission to write in /,
    );
    expect(message).not.toContain('\n');
  });

  it('checkWriteTarget refuses a folder as target', async () => {
    await expect(checkWriteTarget(dir, { force: true })).rejects.toThrow(/thư mục|directory/);
  });
});
