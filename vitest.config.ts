import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{shared,electron,renderer,cli,fuzz,security}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Dexie looks up `indexedDB` when it is first imported, so the in-memory
    // implementation must be installed before any test module loads.
    setupFiles: ['fake-indexeddb/auto'],
    // Spies start fresh in every test, so no fake carries state into the next one.
    restoreMocks: true,
    // Rendering whole PDFs and Word files takes seconds on a shared, busy CI machine; a slow test
    // is measured by the benchmark, not failed here.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
