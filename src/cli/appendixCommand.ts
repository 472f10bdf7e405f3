import type { Command } from 'commander';
import { CliError } from './errors';

// Placeholder until the appendix command lands; the owner replaces this file.
export function registerAppendixCommand(program: Command, _setExit: (code: number) => void): void {
  program.command('appendix').description('(chưa có / not yet available)').action(() => {
    throw new CliError('appendix: not implemented yet');
  });
}
