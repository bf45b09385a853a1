import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/*
 * The app's database as other versions and other windows see it: raw IndexedDB in the page, no
 * Dexie, no app code. Used to build databases the app must cope with, and to check what it wrote.
 */

export const DATABASE_NAME = 'dr-planner';

export interface RawStore {
  name: string;
  keyPath: string | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[];
}

/** Dexie's store strings ("id, planId, [planId+position], *systemIds") as IndexedDB stores. */
export function rawStores(stores: Record<string, string>): RawStore[] {
  return Object.entries(stores).map(([name, spec]) => {
    const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
    const key = primary.replace(/^\+\+|^&/, '');
    return {
      name,
      keyPath: key === '' ? null : key,
      autoIncrement: primary.startsWith('++'),
      indexes: indexes.map((index) => {
        const multiEntry = index.startsWith('*');
        const unique = index.startsWith('&');
        const bare = index.replace(/^[*&]/, '');
        const compound = /^\[(.*)\]$/.exec(bare);
        return { name: bare, keyPath: compound?.[1]?.split('+') ?? bare, multiEntry, unique };
      }),
    };
  });
}

const fixtureSchema = z.object({
  version: z.number(),
  stores: z.record(z.string(), z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type DatabaseFixture = z.infer<typeof fixtureSchema>;

/** One of test/fixtures/databases/vN.json: a database as version N of the app left it. */
export function databaseFixture(version: number): DatabaseFixture {
  return fixtureSchema.parse(
    JSON.parse(readFileSync(`test/fixtures/databases/v${String(version)}.json`, 'utf8')),
  );
}

/** A page of the app's origin that runs none of the app: somewhere to prepare its database first. */
export async function openBlankPage(page: Page): Promise<void> {
  await page.route('**/blank.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto('/blank.html');
}

/** Creates the database at `version` (IndexedDB's number: the app's version × 10) with these records. */
export async function createRawDatabase(
  page: Page,
  options: { version: number; stores: RawStore[]; records: Record<string, unknown[]>; keepOpen?: boolean },
): Promise<void> {
  await page.evaluate(
    ({ name, version, stores, records, keepOpen }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          const idb = request.result;
          for (const store of stores) {
            const created = idb.createObjectStore(store.name, {
              keyPath: store.keyPath,
              autoIncrement: store.autoIncrement,
            });
            for (const index of store.indexes) {
              created.createIndex(index.name, index.keyPath, {
                multiEntry: index.multiEntry,
                unique: index.unique,
              });
            }
          }
          for (const [store, list] of Object.entries(records)) {
            for (const record of list) request.transaction?.objectStore(store).add(record);
          }
        };
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
        request.onsuccess = () => {
          // An old window that never lets go: it ignores versionchange.
          if (keepOpen) window.__heldDatabase = request.result;
          else request.result.close();
          resolve();
        };
      }),
    { name: DATABASE_NAME, ...options, keepOpen: options.keepOpen ?? false },
  );
}

/** Closes the connection a `keepOpen` createRawDatabase left open. */
export async function releaseHeldDatabase(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__heldDatabase?.close();
  });
}

export interface RawDump {
  version: number;
  stores: Record<string, unknown[]>;
}

/** Every store and record of the app's database, read with raw IndexedDB. */
export function dumpRawDatabase(page: Page): Promise<RawDump> {
  return page.evaluate(
    (name) =>
      new Promise<RawDump>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
        request.onsuccess = () => {
          const idb = request.result;
          const names = [...idb.objectStoreNames];
          const stores: Record<string, unknown[]> = {};
          const transaction = idb.transaction(names, 'readonly');
          for (const store of names) {
            const all = transaction.objectStore(store).getAll();
            all.onsuccess = () => {
              stores[store] = all.result;
            };
          }
          transaction.oncomplete = () => {
            idb.close();
            resolve({ version: idb.version, stores });
          };
        };
      }),
    DATABASE_NAME,
  );
}
