import type { DrpDatabase } from '../../renderer/db/database';

/** Every record in the database, table by table: what "the database is unchanged" is compared on. */
export async function dumpDatabase(db: DrpDatabase): Promise<[string, unknown[]][]> {
  return db.transaction('r', db.tables, () =>
    Promise.all(
      db.tables.map(async (table): Promise<[string, unknown[]]> => [table.name, await table.toArray()]),
    ),
  );
}
