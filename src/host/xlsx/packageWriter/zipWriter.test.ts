import * as zlib from 'zlib';
import { inflateSync, strFromU8 } from 'fflate';
import { compressText } from './zipWriter';

/** Pieces deflated one by one by the host's encoder join into one stream that any reader inflates. */
describe('compressText with the host deflater', () => {
  const nodeDeflate = (piece: Uint8Array, final: boolean) =>
    zlib.deflateRawSync(piece, { finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
  const write = (emit: (text: string) => void) => {
    for (let r = 1; r <= 20_000; r++)
      emit(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Công trình ${r}</t></is></c></row>`);
  };

  it('gives the same text, size and CRC as fflate over many pieces', () => {
    const viaNode = compressText(write, nodeDeflate);
    const viaFflate = compressText(write);
    const joined = (chunks: Uint8Array[]) => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) out.set(c, (at += c.length) - c.length);
      return out;
    };
    expect(viaNode.chunks.length).toBeGreaterThan(5);
    const text = strFromU8(inflateSync(joined(viaNode.chunks)));
    expect(text).toBe(strFromU8(inflateSync(joined(viaFflate.chunks))));
    expect(text.length).toBeGreaterThan(1_000_000);
    expect({ size: viaNode.size, crc: viaNode.crc }).toEqual({ size: viaFflate.size, crc: viaFflate.crc });
    expect(viaNode.compressedSize).toBe(joined(viaNode.chunks).length);
  });
});
