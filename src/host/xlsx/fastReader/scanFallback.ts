/** Thrown by the byte scanner on XML it does not read exactly as saxes does: the part is read again with saxes. */
export class ScanFallback extends Error {
  constructor(reason: string) {
    super(`xml scanner: ${reason}`);
    this.name = 'ScanFallback';
  }
}
