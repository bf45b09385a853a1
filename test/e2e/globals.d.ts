// Hooks the end-to-end tests install in the page.
declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
    __pwned?: unknown;
    __realPut?: PropertyDescriptor;
    /** While true, every IndexedDB write fails as on a full disk (disk-full.spec.ts). */
    __diskFull?: boolean;
    /** A database connection a test keeps open, as an older window would. */
    __heldDatabase?: IDBDatabase;
  }
}

export {};
