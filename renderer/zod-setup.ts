import { z } from 'zod';

// The CSP forbids eval. zod decides when each schema is *constructed* whether
// to compile a fast path with `new Function`, so this must run before any
// module that defines a schema: main.tsx imports this file first.
z.config({ jitless: true });
