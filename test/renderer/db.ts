import { DrpDatabase } from '../../renderer/db/database';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb, in memory). */
export function freshDatabase(): DrpDatabase {
  counter += 1;
  return new DrpDatabase(`test-${String(counter)}-${crypto.randomUUID()}`);
}
