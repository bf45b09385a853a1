import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { CONTENT_SECURITY_POLICY } from './shared/security/csp.ts';

/**
 * The built index.html carries the same CSP that Electron sends as a header,
 * so the browser build (and the end-to-end tests) run under the same rules.
 * Build only: the dev server injects inline scripts for hot reload.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'drp-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs work both from app://drp/index.html and from http://127.0.0.1.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  // zod without eval, in every chunk and worker: see renderer/zod-setup.ts.
  resolve: {
    alias: [
      { find: /^zod$/, replacement: fileURLToPath(new URL('./renderer/zod-setup.ts', import.meta.url)) },
    ],
  },
  // ES-module workers can load code on demand: the export worker fetches only the chosen format's renderer.
  worker: { format: 'es' },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
