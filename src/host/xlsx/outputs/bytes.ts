/** Byte helpers of the page's downloads (no Buffer: they run in a Web Worker). */

/** ExcelJS's writeBuffer result (a Buffer in Node, an ArrayBuffer-like in the browser) as plain bytes. */
export function toBytes(buffer: ArrayBuffer | ArrayLike<number>): Uint8Array {
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Zip chunks as one array (the page downloads one Blob; the CLI streams the chunks). */
export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
