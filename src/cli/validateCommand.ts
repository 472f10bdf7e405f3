import type { Command } from 'commander';
import { CliError } from './errors';

// Placeholder until the validate command lands; the owner replaces this file.
export function registerValidateCommand(program: Command, _setExit: (code: number) => void): void {
  program.command('validate').description('(chưa có / not yet available)').action(() => {
    throw new CliError('validate: not implemented yet');
  });
}
