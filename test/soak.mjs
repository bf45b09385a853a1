// `npm run soak`: the fuzz tests (10,000 cases per importer) and the kill test (100 rounds) at full
// length. `npm test` runs the same files with 1,000 cases and 20 rounds. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import process from 'node:process';

const env = { ...process.env, DRP_SOAK: '1' };
const steps = [
  ['npx', ['vitest', 'run', 'test/fuzz']],
  ['npx', ['playwright', 'test', 'test/e2e/kill.spec.ts']],
];

for (const [command, args] of steps) {
  console.log(`== ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
