import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './errors';

export { CliError, EXIT };

type Register = (program: Command, setExit: (code: number) => void) => void;

/**
 * Each command's module (zod, ExcelJS, the checks…) is loaded only when that command runs
 * or shows its own help; `mtqg --help` needs only the names and one-line descriptions.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, { summary: string; load: () => Register }> = {
  template: {
    summary: 'Tạo tệp mẫu kế hoạch (4 trang tính) / write a blank planning workbook',
    load: () => (require('./templateCommand') as typeof import('./templateCommand')).registerTemplateCommand,
  },
  validate: {
    summary: 'Kiểm tra tệp kế hoạch (không ghi vào tệp) / check a planning workbook (read-only)',
    load: () => (require('./validateCommand') as typeof import('./validateCommand')).registerValidateCommand,
  },
  appendix: {
    summary: 'Tạo phụ biểu 01–04 vào một bản sao của tệp / write appendices 01–04 into a copy of the workbook',
    load: () => (require('./appendixCommand') as typeof import('./appendixCommand')).registerAppendixCommand,
  },
  demo: {
    summary: 'Chạy thử với kế hoạch mẫu (Huyện Vĩnh Linh 2024) / run the demo on a sample district plan',
    load: () => (require('./demoCommand') as typeof import('./demoCommand')).registerDemoCommand,
  },
  map: {
    summary: 'In ánh xạ bảng tính riêng (cột → nguồn vốn, dòng → dự án) / print how your own table maps onto the plan',
    load: () => (require('./mapCommand') as typeof import('./mapCommand')).registerMapCommand,
  },
  import: {
    summary: 'Chép bảng tính riêng sang mẫu chuẩn / convert your own table into the standard template',
    load: () => (require('./importCommand') as typeof import('./importCommand')).registerImportCommand,
  },
  consolidate: {
    summary: "Tổng hợp kế hoạch các đơn vị cấp dưới / consolidate the lower units' workbooks",
    load: () => (require('./consolidateCommand') as typeof import('./consolidateCommand')).registerConsolidateCommand,
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

export function buildProgram(setExit: (code: number) => void, argv: string[] = process.argv): Command {
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
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  const wanted = words[0] === 'help' ? words[1] : words[0];
  for (const [name, command] of Object.entries(COMMANDS)) {
    if (name === wanted) command.load()(program, setExit);
    // Listed for the overall help only; running it loads the real command above.
    else program.command(name).description(command.summary);
  }
  program.addHelpText(
    'after',
    '\nExamples / Ví dụ:\n' +
      '  mtqg template --out ke-hoach.xlsx --level huyen --year 2024 --unit trieu --name "Huyện Vĩnh Linh"\n' +
      '  mtqg validate ke-hoach.xlsx --format text\n' +
      '  mtqg appendix ke-hoach.xlsx --out ke-hoach-phu-bieu.xlsx\n' +
      '  mtqg demo --out demo-output\n' +
      '\nExit codes: 0 ok · 1 findings at/above --fail-on · 2 unusable input',
  );
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function run(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  }, argv);
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
