import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Mutations of an .xlsx package itself (the zip and its XML parts), as broken files arrive:
 * cut short by a failed copy, saved by other tools, edited by hand, or not a workbook at all.
 */
export type PackageMutation =
  | { kind: 'truncatePart'; part: number; keep: number }
  | { kind: 'truncateFile'; keep: number }
  | { kind: 'contentType'; part: number; type: string }
  | { kind: 'badXml'; part: number; at: number; junk: string }
  | { kind: 'dropPart'; part: number }
  | { kind: 'hugeSharedString'; length: number; count: number }
  | { kind: 'zipBomb'; megabytes: number }
  | { kind: 'flipBytes'; at: number[]; value: number }
  | { kind: 'randomBytes'; bytes: Uint8Array };

const JUNK = ['<', '</row>', '<c r="A1" t="s"><v>99999</v></c>', '&bad;', '\u0000', '<x:', ']]>', '<?xml?>', '"'];

export const packageMutationArb: fc.Arbitrary<PackageMutation> = fc.oneof(
  fc
    .record({
      kind: fc.constant('truncatePart' as const),
      part: fc.nat(),
      keep: fc.double({ min: 0, max: 0.99, noNaN: true }),
    })
    .map((m) => ({ ...m, keep: Math.floor(m.keep * 1000) })),
  fc.record({ kind: fc.constant('truncateFile' as const), keep: fc.nat(4000) }),
  fc.record({
    kind: fc.constant('contentType' as const),
    part: fc.nat(),
    type: fc.constantFrom(
      'text/plain',
      'application/vnd.ms-excel',
      '',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml',
    ),
  }),
  fc.record({ kind: fc.constant('badXml' as const), part: fc.nat(), at: fc.nat(), junk: fc.constantFrom(...JUNK) }),
  fc.record({ kind: fc.constant('dropPart' as const), part: fc.nat() }),
  fc.record({
    kind: fc.constant('hugeSharedString' as const),
    length: fc.integer({ min: 100_000, max: 1_000_000 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('zipBomb' as const), megabytes: fc.integer({ min: 5, max: 20 }) }),
  fc.record({
    kind: fc.constant('flipBytes' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    value: fc.nat(255),
  }),
  fc.record({ kind: fc.constant('randomBytes' as const), bytes: fc.uint8Array({ minLength: 0, maxLength: 2000 }) }),
);

const pick = <T>(list: T[], i: number): T => list[i % list.length];

/** Applies one mutation to the bytes of an .xlsx package. */
export function mutatePackage(xlsx: Uint8Array, m: PackageMutation): Uint8Array {
  if (m.kind === 'randomBytes') return m.bytes;
  if (m.kind === 'truncateFile') return xlsx.slice(0, Math.min(m.keep, xlsx.length - 1));
  if (m.kind === 'flipBytes') {
    const out = xlsx.slice();
    for (const at of m.at) out[at % out.length] = m.value;
    return out;
  }
  const parts = unzipSync(xlsx);
  const names = Object.keys(parts).sort();
  const xmlNames = names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  switch (m.kind) {
    case 'truncatePart': {
      const name = pick(xmlNames, m.part);
      parts[name] = parts[name].slice(0, Math.floor((parts[name].length * m.keep) / 1000));
      break;
    }
    case 'contentType': {
      const types = strFromU8(parts['[Content_Types].xml']);
      const all = [...types.matchAll(/ContentType="([^"]*)"/g)];
      const target = all.length ? pick(all, m.part)[1] : '';
      parts['[Content_Types].xml'] = strToU8(types.replace(`ContentType="${target}"`, `ContentType="${m.type}"`));
      break;
    }
    case 'badXml': {
      const name = pick(xmlNames, m.part);
      const text = strFromU8(parts[name]);
      const at = m.at % (text.length + 1);
      parts[name] = strToU8(text.slice(0, at) + m.junk + text.slice(at));
      break;
    }
    case 'dropPart':
      delete parts[pick(names, m.part)];
      break;
    case 'hugeSharedString': {
      const big = 'Đ'.repeat(m.length);
      const items = Array.from({ length: m.count }, () => `<si><t>${big}</t></si>`).join('');
      const old = parts['xl/sharedStrings.xml'] ? strFromU8(parts['xl/sharedStrings.xml']) : '';
      parts['xl/sharedStrings.xml'] = strToU8(
        old.includes('</sst>')
          ? old.replace('</sst>', `${items}</sst>`)
          : `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`,
      );
      break;
    }
    case 'zipBomb':
      // Megabytes of zeros that compress to a few kilobytes, as a part nothing refers to.
      parts['xl/media/bomb.bin'] = new Uint8Array(m.megabytes * 1024 * 1024);
      break;
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { level: 6 }];
  return zipSync(zippable);
}
