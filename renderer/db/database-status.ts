/**
 * Where this window stands with the database. Only `open` and `read-only` let
 * the screens run; the others are said in words by the app's database banner.
 */
export type DatabaseState =
  | { kind: 'opening' }
  /** Our upgrade waits for other windows that still hold an older version open. */
  | { kind: 'blocked' }
  | { kind: 'open' }
  /** Written by a newer version of the app: shown, never changed. */
  | { kind: 'read-only'; version: number }
  /** Another window needed the database (to upgrade or delete it), so this one let go. */
  | { kind: 'closed' }
  | { kind: 'unreadable'; message: string };

/** A tiny external store (useSyncExternalStore) holding the current {@link DatabaseState}. */
export class DatabaseStatus {
  private state: DatabaseState = { kind: 'opening' };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DatabaseState => this.state;

  set(state: DatabaseState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
