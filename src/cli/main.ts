import { Command, CommanderError } from 'commander';
import { registerTemplateCommand } from './templateCommand';
import { registerValidateCommand } from './validateCommand';
import { registerAppendixCommand } from './appendixCommand';
import { registerDemoCommand } from './demoCommand';
import { registerMapCommand } from './mapCommand';
import { registerImportCommand } from './importCommand';
import { registerConsolidateCommand } from './consolidateCommand';
import { CliError, EXIT } from './errors';

export { CliError, EXIT };

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('mtqg')
    .description(
      'Công cụ lập và kiểm tra kế hoạch vốn Chương trình MTQG DTTS&MN (QĐ 1719/QĐ-TTg).\n' +
        'Build and check planning workbooks of the National Target Program 1719.',
    )
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError()
    .exitOverride();
  registerTemplateCommand(program, setExit);
  registerValidateCommand(program, setExit);
  registerAppendixCommand(program, setExit);
  registerDemoCommand(program, setExit);
  registerMapCommand(program, setExit);
  registerImportCommand(program, setExit);
  registerConsolidateCommand(program, setExit);
  program.addHelpText(
    'after',
    '\nExamples / Ví dụ:\n' +
      '  mtqg template --out ke-hoach.xlsx --level huyen --year 2024 --unit trieu --name "Huyện Vĩnh Linh"\n' +
      '  mtqg validate ke-hoach.xlsx --format text\n' +
      '  mtqg appendix ke-hoach.xlsx --out ke-hoach-phu-bieu.xlsx\n' +
      '  mtqg demo --out demo-output\n' +
      '  mtqg map bang-cua-toi.xlsx --format json > anh-xa.json\n' +
      '  mtqg import bang-cua-toi.xlsx --out ke-hoach.xlsx --map anh-xa.json\n' +
      '  mtqg consolidate xa/ --out huyen-tong-hop.xlsx --level huyen --name "Huyện Vĩnh Linh"\n' +
      '\nExit codes: 0 ok · 1 findings at/above --fail-on · 2 unusable input',
  );
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function run(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 1 → report as 2.
      return err.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    }
    if (err instanceof CliError) {
      process.stderr.write(`mtqg: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`mtqg: ${(err as Error)?.message ?? String(err)}\n`);
    return EXIT.unusable;
  }
}

/** The version in package.json (read at run time: build/ sits beside it, outside tsc's rootDir). */
function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../../package.json') as { version: string };
  return pkg.version;
}
