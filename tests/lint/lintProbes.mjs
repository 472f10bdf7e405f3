// Lints several snippets, each as if it were src/<folder>/layer-probe.ts, with the project's own
// ESLint config, in one process (the typed program is built once). stdin: [{folder, code}];
// stdout: one array of {ruleId, message} per snippet.
import { ESLint } from 'eslint';
import { readFileSync } from 'fs';

const probes = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { folder, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath: `src/${folder}/layer-probe.ts` });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
