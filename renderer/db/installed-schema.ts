import type Dexie from 'dexie';

/** What IndexedDB holds for a database: its version, stores and indexes. */
export interface InstalledSchema {
  version: number;
  stores: ReadonlyMap<string, InstalledStore>;
}

interface InstalledStore {
  keyPath: string | string[] | null;
  indexes: ReadonlyMap<string, { keyPath: string | string[]; multiEntry: boolean }>;
}

/**
 * The version of the named database, or null when there is none. `databases()` only lists: unlike
 * `open`, it can neither create a database nor start an upgrade.
 */
export async function installedVersion(factory: IDBFactory, name: string): Promise<number | null> {
  const databases = await factory.databases();
  return databases.find((database) => database.name === name)?.version ?? null;
}

/** Reads a database's stores and indexes without changing it (no version asked, so no upgrade). */
export function readInstalledSchema(factory: IDBFactory, name: string): Promise<InstalledSchema> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // Only if the database vanished since it was listed: never create one here.
    request.onupgradeneeded = () => {
      request.transaction?.abort();
    };
    request.onerror = () => {
      reject(request.error ?? new Error(`Could not read the database “${name}”.`));
    };
    request.onsuccess = () => {
      const idb = request.result;
      try {
        const stores = new Map<string, InstalledStore>();
        const names = [...idb.objectStoreNames];
        if (names.length > 0) {
          const transaction = idb.transaction(names, 'readonly');
          for (const storeName of names) {
            const store = transaction.objectStore(storeName);
            const indexes = new Map<string, { keyPath: string | string[]; multiEntry: boolean }>();
            for (const indexName of [...store.indexNames]) {
              const index = store.index(indexName);
              indexes.set(indexName, { keyPath: index.keyPath, multiEntry: index.multiEntry });
            }
            stores.set(storeName, { keyPath: store.keyPath, indexes });
          }
        }
        resolve({ version: idb.version, stores });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        idb.close();
      }
    };
  });
}

/**
 * What this version's schema needs that the installed database lacks (a table, its key, an
 * index). Empty means every query this version makes works on it, and Dexie will open it as it
 * is instead of "patching" it, which would change a newer version's database.
 */
export function missingFromInstalled(installed: InstalledSchema, db: Dexie): string[] {
  const missing: string[] = [];
  for (const table of db.tables) {
    const store = installed.stores.get(table.name);
    if (!store) {
      missing.push(`table ${table.name}`);
      continue;
    }
    if (!sameKeyPath(store.keyPath, table.schema.primKey.keyPath ?? null))
      missing.push(`key of ${table.name}`);
    for (const index of table.schema.indexes) {
      const found = store.indexes.get(index.name);
      if (
        !found ||
        !sameKeyPath(found.keyPath, index.keyPath ?? null) ||
        found.multiEntry !== Boolean(index.multi)
      ) {
        missing.push(`index ${index.name} of ${table.name}`);
      }
    }
  }
  return missing;
}

function sameKeyPath(a: string | string[] | null, b: string | string[] | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
