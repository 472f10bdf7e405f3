#!/usr/bin/env node
// The floor under `mtqg validate` on this machine, for `npm run bench`: a Node process that only reads
// the .xlsx, inflates the parts validation reads (worksheets, shared strings) with zlib and looks at
// every byte once, building nothing. Whatever validate does on top (parse the XML into cells, check
// them, report) costs more than this. Prints the cells seen and the bytes inflated.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const buf = fs.readFileSync(process.argv[2]);
const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
const entries = buf.readUInt16LE(eocd + 10);
let at = buf.readUInt32LE(eocd + 16);
let cells = 0;
let bytes = 0;
for (let i = 0; i < entries; i++) {
  const method = buf.readUInt16LE(at + 10);
  const size = buf.readUInt32LE(at + 20);
  const nameLength = buf.readUInt16LE(at + 28);
  const extra = buf.readUInt16LE(at + 30);
  const comment = buf.readUInt16LE(at + 32);
  const local = buf.readUInt32LE(at + 42);
  const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
  at += 46 + nameLength + extra + comment;
  if (!/^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/.test(name)) continue;
  const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const raw = buf.subarray(data, data + size);
  const xml = method === 8 ? zlib.inflateRawSync(raw) : raw;
  bytes += xml.length;
  for (let j = 0; j + 2 < xml.length; j++) if (xml[j] === 60 && xml[j + 1] === 99 && xml[j + 2] === 32) cells++;
}
console.log(JSON.stringify({ cells, bytes }));
