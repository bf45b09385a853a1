import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Builds the main process and the preload, one mode each (see `build:electron`):
 *   --mode main    → dist/electron/main.cjs     (empties dist/electron first)
 *   --mode preload → dist/electron/preload.cjs  (keeps main.cjs)
 * Both are single CommonJS files with everything but Electron and Node bundled in: the sandboxed
 * preload can `require('electron')` and nothing else, so it cannot load a sibling chunk, and the
 * packaged app then needs no node_modules at all.
 */
const entries = {
  main: 'electron/main.ts',
  preload: 'electron/preload.ts',
} as const;

function isEntryName(mode: string): mode is keyof typeof entries {
  return mode in entries;
}

const external = ['electron', /^electron\//, ...builtinModules, /^node:/];

export default defineConfig(({ mode }) => {
  if (!isEntryName(mode)) {
    throw new Error(`vite.electron.config.ts: use --mode main or --mode preload (got "${mode}")`);
  }
  return {
    // Nothing from public/ or .env files belongs in the Electron bundles.
    publicDir: false,
    envDir: false,
    build: {
      ssr: entries[mode],
      outDir: 'dist/electron',
      emptyOutDir: mode === 'main',
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rolldownOptions: {
        external,
        output: {
          format: 'cjs',
          entryFileNames: `${mode}.cjs`,
          // One file per entry, even if a dependency ever contains a dynamic import().
          codeSplitting: false,
        },
      },
    },
    ssr: {
      // Bundle zod and friends; keep only Electron and Node's own modules external.
      noExternal: true,
      external: ['electron'],
      target: 'node',
    },
  };
});
