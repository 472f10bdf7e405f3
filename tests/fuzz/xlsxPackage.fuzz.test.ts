import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import fc from 'fast-check';
import { runValidate } from '../../src/cli/validateCommand';
import { CliError, EXIT } from '../../src/cli/errors';
import { findingSchema } from '../../src/model/finding';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { mutatePackage, packageMutationArb, type PackageMutation } from './xlsxPackage';

/**
 * `mtqg validate` (runValidate, in process) on mutated .xlsx packages built from the sample
 * plan: never a stack trace or an unexpected error, never a write to the input (bytes and
 * mtime unchanged), every case either findings (exit 0/1) or a one-line CliError with exit 2.
 * Fixed seed and bounded runs: this stays within about half a minute.
 */
const RUNS = 25;
let base: Uint8Array;
let dir: string;

beforeAll(async () => {
  const wb = await buildSampleWorkbook({ withSlips: true });
  base = new Uint8Array(await wb.xlsx.writeBuffer());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-fuzz-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sink = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

type Outcome = { kind: 'findings'; exitCode: number } | { kind: 'error'; message: string };

async function validateFile(bytes: Uint8Array, name: string): Promise<Outcome> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const past = new Date('2024-05-15T08:00:00Z');
  fs.utimesSync(file, past, past);
  const before = fs.statSync(file).mtimeMs;
  let outcome: Outcome;
  try {
    const r = await runValidate(file, { format: 'json' }, sink());
    for (const f of r.findings) findingSchema.parse(f);
    outcome = { kind: 'findings', exitCode: r.exitCode };
  } catch (err) {
    if (!(err instanceof CliError)) throw new Error(`not a CliError: ${(err as Error)?.stack ?? String(err)}`);
    expect(err.exitCode).toBe(EXIT.unusable);
    outcome = { kind: 'error', message: err.message };
  }
  expect(Buffer.compare(fs.readFileSync(file), Buffer.from(bytes))).toBe(0);
  expect(fs.statSync(file).mtimeMs).toBe(before);
  fs.rmSync(file);
  return outcome;
}

function assertSane(o: Outcome): void {
  if (o.kind === 'findings') expect([EXIT.ok, EXIT.findings]).toContain(o.exitCode);
  else {
    expect(o.message).not.toMatch(/\n|\s+at .+:\d+:\d+|TypeError|ReferenceError|Cannot read properties/);
    expect(o.message.length).toBeLessThan(400);
  }
}

describe('mtqg validate on mutated .xlsx packages', () => {
  it('the unmutated sample gives findings (the base is a real, readable workbook)', async () => {
    const o = await validateFile(base, 'mau.xlsx');
    expect(o).toEqual({ kind: 'findings', exitCode: EXIT.findings });
  });

  it('each kind of damage at least once: findings or a one-line error, never a crash or a write', async () => {
    const kinds: PackageMutation[] = [
      { kind: 'truncatePart', part: 3, keep: 500 },
      { kind: 'truncateFile', keep: 1000 },
      { kind: 'contentType', part: 2, type: 'text/plain' },
      { kind: 'badXml', part: 5, at: 300, junk: '<' },
      { kind: 'dropPart', part: 0 },
      { kind: 'hugeSharedString', length: 1_000_000, count: 2 },
      { kind: 'zipBomb', megabytes: 40 },
      { kind: 'flipBytes', at: [100, 2000, 5000], value: 0 },
      { kind: 'randomBytes', bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) },
      { kind: 'randomBytes', bytes: new Uint8Array() },
    ];
    const seen = new Set<string>();
    for (const [i, m] of kinds.entries()) {
      const o = await validateFile(mutatePackage(base, m), `k${i}.xlsx`);
      assertSane(o);
      seen.add(o.kind);
    }
    // Both outcomes occur: some damage is survivable, some is not.
    expect(seen).toEqual(new Set(['findings', 'error']));
  });

  it('random damage, fixed seed', async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(packageMutationArb, { minLength: 1, maxLength: 2 }), async (mutations) => {
        let bytes = base;
        for (const m of mutations) {
          try {
            bytes = mutatePackage(bytes, m);
          } catch {
            // A previous mutation already broke the zip: keep those bytes.
          }
        }
        assertSane(await validateFile(bytes, `r${i++}.xlsx`));
      }),
      { seed: 1719, numRuns: RUNS },
    );
  });
});
