import type { DBCore, Middleware } from 'dexie';

export const NEWER_DATABASE_MESSAGE =
  'this database was made by a newer version of DR Planner, so it is read-only here. Update DR Planner to edit.';

/** The refusal's error name: a string, because the build minifies class names. */
export const NEWER_DATABASE_ERROR = 'NewerDatabaseError';

/** What every write to a newer version's database is refused with; the status bar shows its message. */
export class NewerDatabaseError extends Error {
  constructor() {
    super(NEWER_DATABASE_MESSAGE);
    this.name = NEWER_DATABASE_ERROR;
  }
}

/**
 * While `readOnly()` says so, refuses every write at the bottom of Dexie's stack, below every
 * repository function, so no code path can change a database whose records this version does not
 * fully understand. Reads pass through untouched.
 */
export function refuseWritesWhile(readOnly: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'refuse-writes-to-newer-database',
    create: (down) => ({
      ...down,
      // Refused when the transaction starts, before any repository validates records it might
      // not understand: the user reads why, not a schema error about a newer field.
      transaction: (stores, mode, options) => {
        if (mode === 'readwrite' && readOnly()) throw new NewerDatabaseError();
        return down.transaction(stores, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            readOnly() ? Promise.reject(new NewerDatabaseError()) : table.mutate(request),
        };
      },
    }),
  };
}
