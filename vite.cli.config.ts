import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Builds the `drp` command line into one ES module, dist/cli/drp.mjs, that bin/drp.mjs loads.
 * Everything but Node's own modules is bundled in (zod, papaparse, yaml, jsPDF, docx, elkjs), so the
 * command works whatever npm decided to hoist, and starts without resolving packages. The one
 * exception is the PDF font, read from node_modules/dejavu-fonts-ttf when a PDF is made
 * (cli/pdf-fonts.ts).
 * `npm install` and `npm ci` run it through the `prepare` script.
 */
export default defineConfig({
  publicDir: false,
  envDir: false,
  build: {
    ssr: 'cli/drp.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      external: [...builtinModules, /^node:/],
      output: {
        format: 'es',
        entryFileNames: 'drp.mjs',
        // One file, even if a bundled library uses a dynamic import().
        codeSplitting: false,
      },
    },
  },
  ssr: {
    noExternal: true,
    target: 'node',
  },
});
