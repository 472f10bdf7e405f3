import { promises as fs, type Stats } from 'fs';
import * as path from 'path';

/**
 * The one way every command writes a file (reports, templates, appendices, demo files):
 * - an existing target is refused unless `force`;
 * - the target never resolves to a protected input (same device + inode, symlinks followed;
 *   a symlink pointing at the input is refused even with --force);
 * - data goes to a temporary file in the target's folder, then is renamed into place, so a
 *   crash or a failed write leaves no half file and the old file (with --force) intact.
 * Errors are one line, Vietnamese first.
 */

export class SafeWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafeWriteError';
  }
}

export interface SafeWriteOptions {
  force?: boolean;
  /** Files the command reads: the target may never be (or point at) any of them. */
  protect?: readonly string[];
}

/** What to write: bytes, text, or a function writing into the temp file (streaming writers). */
export type WriteSource = Uint8Array | string | ((tempPath: string) => Promise<void>);

/** Refusals that can be decided before any work (commands call it early). */
export async function checkWriteTarget(target: string, opts: SafeWriteOptions = {}): Promise<void> {
  const targetLink = await lstatOrNull(target);
  const targetStat = await statOrNull(target);
  for (const input of opts.protect ?? []) {
    const inputStat = await statOrNull(input);
    const sameFile =
      path.resolve(input) === path.resolve(target) ||
      (inputStat && targetStat && inputStat.dev === targetStat.dev && inputStat.ino === targetStat.ino);
    if (sameFile) {
      throw new SafeWriteError(
        `Tệp kết quả trỏ tới chính tệp đầu vào (liên kết hoặc cùng tệp); tệp gốc không bao giờ bị ghi — chọn tên khác / ` +
          `the output is the input itself (same file, symlink or hard link); the input is never written — choose another name: ${target}`,
      );
    }
  }
  if (targetLink && !opts.force) {
    throw new SafeWriteError(
      `Tệp đã tồn tại; dùng --force để ghi đè hoặc chọn tên khác / file exists (use --force or another name): ${target}`,
    );
  }
  if (targetStat?.isDirectory()) {
    throw new SafeWriteError(`Đây là thư mục, không phải tệp / is a directory: ${target}`);
  }
}

/** Writes `source` to `target` safely (see the module comment). */
export async function writeFileSafely(target: string, source: WriteSource, opts: SafeWriteOptions = {}): Promise<void> {
  await checkWriteTarget(target, opts);
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (typeof source === 'function') await source(temp);
    else await fs.writeFile(temp, source, { flag: 'wx' });
    // Checked again just before the rename: the target may have appeared while we worked.
    await checkWriteTarget(target, opts);
    // A symlink target is replaced by the file, never followed (rename does not follow links).
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    if (err instanceof SafeWriteError) throw err;
    throw new SafeWriteError(writeErrorMessage(target, err));
  }
}

/** One line saying what failed and what to do. */
export function writeErrorMessage(target: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const dir = path.dirname(path.resolve(target));
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return (
      `Không có quyền ghi vào thư mục ${dir}; chọn thư mục khác (ví dụ thư mục Tài liệu) hoặc xin quyền ghi / ` +
      `no permission to write in ${dir} (${code}); choose another folder or ask for write access: ${target}`
    );
  }
  if (code === 'ENOENT')
    return `Không ghi được tệp (thư mục không tồn tại) / cannot write ${target} (folder missing): ENOENT`;
  if (code === 'ENOSPC') return `Hết dung lượng đĩa / disk full, cannot write ${target}: ENOSPC`;
  return `Không ghi được tệp / cannot write ${target}: ${code ?? (err as Error)?.message ?? String(err)}`;
}

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

async function lstatOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.lstat(p);
  } catch {
    return null;
  }
}
