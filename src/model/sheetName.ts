/**
 * Excel's rules for a worksheet name, checked before a host writes anything, so a bad or
 * repeated name is refused up front instead of failing half-way through a batch.
 */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * The one way sheet names are compared: Excel treats names that differ only in case as the
 * same sheet. `toLowerCase` (not the locale variant) so every host and machine agree.
 */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/** Why Excel would reject `name` as a sheet name (Vietnamese first), or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Tên trang tính trống / empty sheet name';
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `Tên trang tính dài quá ${MAX_SHEET_NAME_LENGTH} ký tự / sheet name longer than ${MAX_SHEET_NAME_LENGTH} characters: ${name}`;
  if (/[:\\/?*[\]]/.test(name))
    return `Tên trang tính không được chứa : \\ / ? * [ ] / sheet name has a forbidden character: ${name}`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `Tên trang tính không được bắt đầu hay kết thúc bằng ' / sheet name starts or ends with an apostrophe: ${name}`;
  if (sheetNameKey(name) === 'history') return 'Tên "History" dành riêng cho Excel / "History" is reserved by Excel';
  return null;
}

/** Throws (one line) when a batch of sheet names has a bad name or the same name twice. */
export function assertSheetNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const problem = sheetNameProblem(name);
    if (problem) throw new Error(problem);
    const key = sheetNameKey(name);
    if (seen.has(key)) throw new Error(`Hai trang tính cùng tên / two sheets with the same name: ${name}`);
    seen.add(key);
  }
}
