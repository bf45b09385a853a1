#!/usr/bin/env node
// The `drp` command (package.json "bin"). The program itself is built from cli/ into
// dist/cli/drp.mjs by `npm run build:cli`, which `npm install` and `npm ci` run (prepare).
import { existsSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`drp: needs Node.js 20.19 or later (this is ${process.versions.node})\n`);
  process.exit(2);
}

const built = new URL('../dist/cli/drp.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'drp: the command line is not built yet; run "npm run build:cli" in the DR Planner folder\n',
  );
  process.exit(2);
}
await import(built.href);
