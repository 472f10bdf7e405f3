import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

/**
 * Recalculates an .xlsx in LibreOffice Calc (headless) and returns the converted copy,
 * whose cached formula results are LibreOffice's. A throwaway profile sets
 * OOXMLRecalcMode = 0 (always recalculate on load); otherwise LibreOffice keeps the
 * file's cached results (none, for ExcelJS files).
 */
export const SOFFICE_MISSING = 'LibreOffice (soffice) is not installed: run `bash scripts/setup.sh --test` first';

export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export async function recalcWithLibreOffice(inPath: string, timeoutMs = 120_000): Promise<string> {
  if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
  const profile = mkdtempSync(path.join(tmpdir(), 'mtqg-lo-profile-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'mtqg-lo-out-'));
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  const args = [
    '--headless',
    '--norestore',
    '--nolockcheck',
    `-env:UserInstallation=file://${profile}`,
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    outDir,
    path.resolve(inPath),
  ];
  try {
    const { code, output } = await runWithTimeout('soffice', args, timeoutMs);
    const outPath = path.join(outDir, `${path.parse(inPath).name}.xlsx`);
    if (code !== 0 || !existsSync(outPath)) {
      const last = output.trim().split('\n').filter(Boolean).pop() ?? '';
      throw new Error(`LibreOffice could not convert ${inPath} (exit ${code}): ${last}`);
    }
    return outPath;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function runWithTimeout(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += String(d);
    });
    child.stderr.on('data', (d) => {
      output += String(d);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`LibreOffice timed out after ${Math.round(timeoutMs / 1000)} s converting ${args[args.length - 1]}`),
      );
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`LibreOffice failed to start: ${err.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
