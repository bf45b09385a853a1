import { z } from 'zod/v4';

/*
 * The CSP forbids eval. zod decides when each schema is *constructed* whether
 * to compile a fast path with `new Function`, and even its probe for that
 * reports a CSP violation. So every `import … from 'zod'` in the renderer and
 * worker builds resolves to this module (the alias in vite.config.ts), which
 * switches that off before any schema can be built, however the bundler
 * splits and orders the chunks.
 */
z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
