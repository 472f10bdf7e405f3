import type { Command } from 'commander';
import { CliError } from './errors';

// Placeholder until the template command lands; the owner replaces this file.
export function registerTemplateCommand(program: Command, _setExit: (code: number) => void): void {
  program.command('template').description('(chưa có / not yet available)').action(() => {
    throw new CliError('template: not implemented yet');
  });
}
