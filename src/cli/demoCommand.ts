import type { Command } from 'commander';
import { CliError } from './errors';

// Placeholder until the demo command lands; the owner replaces this file.
export function registerDemoCommand(program: Command, _setExit: (code: number) => void): void {
  program.command('demo').description('(chưa có / not yet available)').action(() => {
    throw new CliError('demo: not implemented yet');
  });
}
