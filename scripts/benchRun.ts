import { spawnSync } from 'child_process';

/** One whole-process run as GNU time measured it. */
export interface Run {
  seconds: number;
  /** User + system CPU seconds: on a shared, loaded machine a fairer comparison than wall time. */
  cpu: number;
  mb: number;
  code: number | null;
  stderr: string;
}

/** Runs a command as its own process; wall time and peak RSS from GNU time. */
export function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const res = spawnSync('/usr/bin/time', ['-f', '@@%e %M %U %S', cmd, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const m = /@@([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(res.stderr ?? '');
  return {
    seconds: m ? Number(m[1]) : NaN,
    cpu: m ? Number(m[3]) + Number(m[4]) : NaN,
    mb: m ? Number(m[2]) / 1024 : NaN,
    code: res.status,
    // GNU time's own lines (its figures, "Command exited with non-zero status N") are not the tool's.
    stderr: (res.stderr ?? '')
      .replace(/@@[\d.]+ \d+ [\d.]+ [\d.]+\s*$/, '')
      .replace(/^Command exited with non-zero status \d+$/m, '')
      .trim(),
  };
}

/** The command ran to its end: exit 0 (no errors) or 1 (errors found), not 2 or a crash. */
export const completed = (r: Run): boolean => r.code === 0 || r.code === 1;

/** The median run by wall time (of an odd number of runs). */
export function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
}
