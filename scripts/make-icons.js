#!/usr/bin/env node
// Writes the add-in icons (assets/icon-*.png, assets/logo-filled.png) without any image
// library: a tiny PNG encoder (zlib + CRC32) and a glyph drawn in code, so the icons can be
// regenerated on any machine with `node scripts/make-icons.js`.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes an RGBA pixel buffer (width*height*4 bytes) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [16, 124, 65]; // Excel green
const GOLD = [255, 196, 37];
const WHITE = [255, 255, 255];

/**
 * The glyph: a rounded green tile (a spreadsheet) with three rising white bars (planned
 * capital) and a gold dot (the program's star). Coordinates are in a 0..1 unit square and
 * sampled 4x4 per pixel for smooth edges at 16 px.
 */
function glyphColour(u, v, filled) {
  const r = 0.18;
  const inTile = (() => {
    const cx = Math.min(Math.max(u, r), 1 - r);
    const cy = Math.min(Math.max(v, r), 1 - r);
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  })();
  if (!inTile) return filled ? WHITE : null;
  if ((u - 0.72) ** 2 + (v - 0.27) ** 2 <= 0.11 ** 2) return GOLD;
  const bars = [
    [0.2, 0.34, 0.62],
    [0.4, 0.54, 0.48],
    [0.6, 0.74, 0.42],
  ];
  for (const [x0, x1, top] of bars) {
    if (u >= x0 && u <= x1 && v >= top && v <= 0.8) return WHITE;
  }
  if (u >= 0.16 && u <= 0.84 && v >= 0.8 && v <= 0.85) return WHITE;
  return GREEN;
}

function renderIcon(size, filled) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = glyphColour((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size, filled);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      const n = samples * samples;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of [16, 32, 64, 80, 128]) {
    fs.writeFileSync(path.join(outDir, `icon-${size}.png`), renderIcon(size, false));
  }
  fs.writeFileSync(path.join(outDir, 'logo-filled.png'), renderIcon(300, true));
  console.log(`icons written to ${outDir}`);
}

if (require.main === module) main();
module.exports = { encodePng, renderIcon, crc32 };
