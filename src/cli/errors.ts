import { WorkbookFileError } from '../host/xlsx/fileIo';
import { SafeWriteError } from '../host/xlsx/safeWrite';

/** Exit codes: 0 ok, 1 findings at/above --fail-on (or refused), 2 unusable input or usage. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A one-line error for the user: printed on stderr without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode: number = EXIT.unusable,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Rethrows a file error (missing file, not an .xlsx, exists without --force) as a one-line CLI error. */
export function rethrowFileError(err: unknown): never {
  if (err instanceof WorkbookFileError || err instanceof SafeWriteError) throw new CliError(err.message, EXIT.unusable);
  throw err;
}
