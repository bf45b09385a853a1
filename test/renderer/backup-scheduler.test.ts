import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  AUTO_BACKUP_INTERVAL_MS,
  AutoBackupScheduler,
} from '../../renderer/features/backups/backup-scheduler';
import type { BackupService } from '../../renderer/features/backups/backup-service';
import { addSnapshot, deletePlan } from '../../renderer/features/plans/plan-repository';
import { updateSystem } from '../../renderer/features/systems/system-repository';
import type { BackupInfo } from '../../shared/bundle/backup';
import { browserBackups } from '../support/backups';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';
import { freshDatabase } from './db';

const MINUTE = 60_000;

/** A clock that moves only when told: timers fire in order as time is advanced past them. */
class FakeClock {
  time = Date.parse(SAMPLE_NOW);
  private timers: { at: number; callback: () => void }[] = [];

  now = (): number => this.time;

  schedule = (callback: () => void, ms: number): (() => void) => {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((candidate) => candidate !== timer);
    };
  };

  iso = (): string => new Date(this.time).toISOString();

  pending(): number[] {
    return this.timers.map((timer) => timer.at - this.time);
  }

  /** Moves time forward, firing each timer at its moment, and lets the backups it starts finish. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await scheduler.idle();
      const next = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (next === undefined) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.at;
      next.callback();
    }
    this.time = end;
    await scheduler.idle();
  }
}

let db: DrpDatabase;
let clock: FakeClock;
let backups: BackupService;
let errors: unknown[];
let scheduler: AutoBackupScheduler;
const sample = samplePlan();
const planId = sample.plan.id;
const systemId = sample.systems[0]?.id ?? '';

beforeEach(() => {
  db = freshDatabase();
  clock = new FakeClock();
  errors = [];
  backups = browserBackups(db, { newId: sequentialIds(10_000), now: () => clock.iso() });
  scheduler = makeScheduler(backups);
});
afterEach(async () => {
  scheduler.stop();
  await db.delete();
});

function makeScheduler(service: SchedulerBackups) {
  return new AutoBackupScheduler({
    backups: service,
    now: clock.now,
    schedule: clock.schedule,
    onError: (_planId, error) => errors.push(error),
  });
}
type SchedulerBackups = Pick<BackupService, 'newest' | 'backUpIfChanged'>;

async function addSample() {
  await db.transaction('rw', db.tables, () => addSnapshot(db, sample));
}

/** What the live query on the plans table would hand the scheduler now. */
async function observe() {
  scheduler.observe(await db.plans.toArray());
  await scheduler.idle();
}

async function taken(): Promise<{ reason: string; minute: number }[]> {
  const infos = (await backups.list(planId)).flatMap((entry) => (entry.info ? [entry.info] : []));
  return infos
    .map((info: BackupInfo) => ({
      reason: info.reason,
      minute: (Date.parse(info.takenAt) - Date.parse(SAMPLE_NOW)) / MINUTE,
    }))
    .sort((a, b) => a.minute - b.minute);
}

/** An edit through the app's own repository, which moves the plan's updatedAt to the fake clock's now. */
async function edit(owner: string) {
  vi.setSystemTime(clock.time);
  await updateSystem(db, systemId, { owner });
  await observe();
}

describe('AutoBackupScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs up a plan that has no backup as soon as it sees it', async () => {
    await addSample();
    await observe();
    await clock.advance(0);
    expect(await taken()).toEqual([{ reason: 'automatic', minute: 0 }]);
  });

  it('backs up changes at most every 15 minutes, and only once for many changes', async () => {
    await addSample();
    await observe();
    await clock.advance(0);
    for (const minute of [1, 4, 9, 14]) {
      await clock.advance(minute * MINUTE - (clock.time - Date.parse(SAMPLE_NOW)));
      await edit(`Owner at minute ${minute}`);
    }
    expect(await taken()).toHaveLength(1);
    expect(clock.pending()).toEqual([1 * MINUTE]);
    await clock.advance(1 * MINUTE);
    expect(await taken()).toEqual([
      { reason: 'automatic', minute: 0 },
      { reason: 'automatic', minute: 15 },
    ]);
    // No change since: the clock runs on and nothing more is taken.
    await clock.advance(60 * MINUTE);
    expect(await taken()).toHaveLength(2);
  });

  it('backs up at once a change made long after the last backup', async () => {
    await addSample();
    await observe();
    await clock.advance(3 * 60 * MINUTE);
    await edit('After lunch');
    await clock.advance(0);
    expect((await taken()).map((backup) => backup.minute)).toEqual([0, 180]);
  });

  it('takes no backup when a change leaves the content as it was', async () => {
    await addSample();
    await observe();
    await clock.advance(0);
    // Saving a field unchanged moves the plan's updatedAt, but not its content hash.
    await clock.advance(30 * MINUTE);
    await edit(sample.systems[0]?.owner ?? '');
    await clock.advance(AUTO_BACKUP_INTERVAL_MS);
    expect(await taken()).toEqual([{ reason: 'automatic', minute: 0 }]);
    await edit('Really changed');
    await clock.advance(0);
    expect((await taken()).map((backup) => backup.minute)).toEqual([0, 45]);
  });

  it('does not back up on start a plan whose newest backup is newer than its last change', async () => {
    await addSample();
    await backups.backUpPlan(planId, 'on-quit');
    await observe();
    await clock.advance(AUTO_BACKUP_INTERVAL_MS * 4);
    expect(await taken()).toEqual([{ reason: 'on-quit', minute: 0 }]);
  });

  it('backs up on start a plan changed after its newest backup (the app stopped before the timer)', async () => {
    await addSample();
    await backups.backUpPlan(planId, 'automatic');
    await clock.advance(5 * MINUTE);
    vi.setSystemTime(clock.time);
    await updateSystem(db, systemId, { owner: 'Typed before a crash' });
    await observe();
    expect(clock.pending()).toEqual([10 * MINUTE]);
    await clock.advance(10 * MINUTE);
    expect((await taken()).map((backup) => backup.minute)).toEqual([0, 15]);
  });

  it('on quit, backs up pending changes at once, whatever the interval', async () => {
    await addSample();
    await observe();
    await clock.advance(2 * MINUTE);
    await edit('Just before quitting');
    await scheduler.flush('on-quit');
    expect(await taken()).toEqual([
      { reason: 'automatic', minute: 0 },
      { reason: 'on-quit', minute: 2 },
    ]);
    expect(clock.pending()).toEqual([]);
    // Nothing left to do: a second flush takes nothing.
    await scheduler.flush('on-quit');
    expect(await taken()).toHaveLength(2);
  });

  it('forgets a deleted plan, with its timer', async () => {
    await addSample();
    await observe();
    await clock.advance(1 * MINUTE);
    await edit('Then deleted');
    expect(clock.pending()).toHaveLength(1);
    await deletePlan(db, planId);
    await observe();
    expect(clock.pending()).toEqual([]);
  });

  it('says when a backup fails and tries again a full interval later', async () => {
    await addSample();
    let failing = true;
    const flaky: SchedulerBackups = {
      newest: (id) => backups.newest(id),
      backUpIfChanged: (id, reason) =>
        failing ? Promise.reject(new Error('the disk is full')) : backups.backUpIfChanged(id, reason),
    };
    scheduler.stop();
    scheduler = makeScheduler(flaky);
    await observe();
    await clock.advance(0);
    expect(errors).toEqual([new Error('the disk is full')]);
    expect(clock.pending()).toEqual([AUTO_BACKUP_INTERVAL_MS]);
    failing = false;
    await clock.advance(AUTO_BACKUP_INTERVAL_MS);
    expect(await taken()).toEqual([{ reason: 'automatic', minute: 15 }]);
  });
});
