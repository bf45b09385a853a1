/**
 * Work that must finish before the window closes or the app quits: writing edits still in their
 * typing pause, the on-quit backup. In Electron, main asks the page to run these (with a time
 * limit) before it closes the window; features register their task once at start-up.
 */
export type BeforeCloseTask = () => Promise<void>;

export class BeforeClose {
  private readonly tasks = new Set<BeforeCloseTask>();

  /** Adds a task; returns the function that removes it again. */
  register(task: BeforeCloseTask): () => void {
    this.tasks.add(task);
    return () => this.tasks.delete(task);
  }

  /** Runs every task at once. A failing task does not stop the others; failures are returned. */
  async run(): Promise<unknown[]> {
    const results = await Promise.allSettled([...this.tasks].map((task) => task()));
    const failures: unknown[] = [];
    for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
    return failures;
  }
}
