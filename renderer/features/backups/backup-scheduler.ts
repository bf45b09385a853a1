import type { BackupInfo, BackupReason } from '../../../shared/bundle/backup';

/** At most one automatic backup of a plan this often. */
export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface SchedulerDeps {
  backups: {
    newest(planId: string): Promise<BackupInfo | null>;
    backUpIfChanged(planId: string, reason: BackupReason): Promise<BackupInfo | null>;
  };
  /** The clock, in ms: `Date.now` in the app (which Playwright's clock can move), a counter in tests. */
  now: () => number;
  /** Runs `callback` after `ms`; returns the function that cancels it. */
  schedule: (callback: () => void, ms: number) => () => void;
  onError: (planId: string, error: unknown) => void;
  intervalMs?: number;
}

interface PlanState {
  updatedAt: string;
  /** Set once the newest backup has been looked up (the first sight of the plan). */
  known: Promise<void>;
  isKnown: boolean;
  /** When this plan's last backup was taken (ms), or null if it has none. */
  lastBackupAt: number | null;
  /** The plan changed since its last backup was considered. */
  pending: boolean;
  cancel: (() => void) | null;
  running: Promise<void> | null;
}

/**
 * Automatic backups while plans change: a plan that changed is backed up once 15 minutes have
 * passed since its last backup (at once if that was longer ago), and only when its content differs
 * from that backup's (BackupService.backUpIfChanged). The plans come from a live query on the plans
 * table, whose `updatedAt` every change to a plan's content moves.
 */
export class AutoBackupScheduler {
  private readonly plans = new Map<string, PlanState>();
  private stopped = false;

  constructor(private readonly deps: SchedulerDeps) {}

  private get interval(): number {
    return this.deps.intervalMs ?? AUTO_BACKUP_INTERVAL_MS;
  }

  /** The plans as they are now. */
  observe(plans: readonly { id: string; updatedAt: string }[]): void {
    if (this.stopped) return;
    const ids = new Set(plans.map((plan) => plan.id));
    for (const [id, state] of this.plans) {
      if (ids.has(id)) continue;
      state.cancel?.();
      this.plans.delete(id);
    }
    for (const plan of plans) {
      const state = this.plans.get(plan.id);
      if (state === undefined) this.firstSight(plan);
      else if (state.updatedAt !== plan.updatedAt) {
        state.updatedAt = plan.updatedAt;
        state.pending = true;
        this.arm(plan.id, state);
      }
    }
  }

  /**
   * Backs up, now and whatever the interval, every plan with changes not yet in a backup: what
   * quitting runs. Waits for backups already under way.
   */
  async flush(reason: BackupReason = 'on-quit'): Promise<void> {
    await Promise.all([...this.plans.values()].map((state) => state.known));
    await Promise.all(
      [...this.plans].map(async ([id, state]) => {
        await state.running;
        if (!state.pending || this.plans.get(id) !== state) return;
        state.cancel?.();
        state.cancel = null;
        await this.run(id, state, reason);
      }),
    );
  }

  /** Resolves once no plan is being looked up or backed up (what a caller waits for before it checks). */
  async idle(): Promise<void> {
    for (;;) {
      const busy = [...this.plans.values()].flatMap((state) => [
        ...(state.isKnown ? [] : [state.known]),
        ...(state.running ? [state.running] : []),
      ]);
      if (busy.length === 0) return;
      await Promise.all(busy);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const state of this.plans.values()) state.cancel?.();
    this.plans.clear();
  }

  private firstSight(plan: { id: string; updatedAt: string }): void {
    const state: PlanState = {
      updatedAt: plan.updatedAt,
      known: Promise.resolve(),
      isKnown: false,
      lastBackupAt: null,
      pending: false,
      cancel: null,
      running: null,
    };
    state.known = this.deps.backups.newest(plan.id).then(
      (newest) => {
        state.lastBackupAt = newest === null ? null : Date.parse(newest.takenAt);
        // Edited after its newest backup (say the app stopped before the timer ran): back it up.
        if (newest === null || Date.parse(plan.updatedAt) > Date.parse(newest.takenAt)) state.pending = true;
      },
      (error: unknown) => {
        state.pending = true;
        this.deps.onError(plan.id, error);
      },
    );
    void state.known.then(() => {
      state.isKnown = true;
      this.arm(plan.id, state);
    });
    this.plans.set(plan.id, state);
  }

  private arm(id: string, state: PlanState): void {
    if (this.stopped || !state.isKnown || !state.pending || state.cancel !== null || state.running !== null) {
      return;
    }
    const now = this.deps.now();
    const due = state.lastBackupAt === null ? now : state.lastBackupAt + this.interval;
    state.cancel = this.deps.schedule(
      () => {
        state.cancel = null;
        void this.run(id, state, 'automatic');
      },
      Math.max(0, due - now),
    );
  }

  private run(id: string, state: PlanState, reason: BackupReason): Promise<void> {
    state.pending = false;
    const running = this.deps.backups.backUpIfChanged(id, reason).then(
      (written) => {
        if (written !== null) state.lastBackupAt = Date.parse(written.takenAt);
      },
      (error: unknown) => {
        // Try again after a full interval, not in a tight loop against a full disk.
        state.pending = true;
        state.lastBackupAt = this.deps.now();
        this.deps.onError(id, error);
      },
    );
    state.running = running.finally(() => {
      state.running = null;
      if (this.plans.get(id) === state) this.arm(id, state);
    });
    return state.running;
  }
}
