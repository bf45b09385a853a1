import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { BACKUP_REASON_LABELS, type BackupEntry } from '../../../shared/bundle/backup';
import { shortHash } from '../../../shared/bundle/content-hash';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { useBackupList } from './useBackupList';
import { useRestoreBackup, type RestoreFailure } from './useRestoreBackup';
import './backups.css';

/**
 * The Backups screen: every plan's backups (from the plan list, or File → Backups…), or one plan's
 * (`plan` set, from its sidebar). Each can be restored as a new plan or over the plan it came from.
 */
export function BackupsScreen({ plan }: { plan: Plan | null }) {
  const { db } = useServices();
  const list = useBackupList(plan?.id ?? null);
  const plans = useLiveQuery(() => db.plans.toArray(), [db]);
  const restore = useRestoreBackup();
  if (!plans) return null;
  const present = new Map(plans.map((candidate) => [candidate.id, candidate]));

  return (
    <main className="page backups" aria-labelledby="backups-heading">
      <div className="page-header">
        <div>
          <h1 id="backups-heading">{plan ? `Backups of “${plan.name}”` : 'Backups'}</h1>
          <p className="page-lede">
            DR Planner keeps a copy of each plan every 15 minutes while it changes, when it closes, and before
            an import, a restore or an upgrade changes it: the last 10, the newest of each day for 14 days,
            and those taken before an import or restore for 14 days. A backup is checked before it is
            restored; a damaged one is refused.
          </p>
        </div>
        {plan && (
          <Link href="~/backups" className="button">
            All backups
          </Link>
        )}
      </div>

      {list.status === 'failed' && (
        <p className="form-error" role="alert">
          The backups could not be listed: {list.message}
        </p>
      )}
      {restore.failure && <RefusalAlert failure={restore.failure} />}
      {list.status === 'listed' &&
        (list.entries.length === 0 ? (
          <div className="empty-state">
            <h2>No backups yet</h2>
            <p>The first one is made as soon as a plan is created or changed.</p>
          </div>
        ) : (
          groupByPlan(list.entries).map(([planId, entries]) => (
            <PlanBackups
              key={planId}
              planId={planId}
              entries={entries}
              current={present.get(planId) ?? null}
              showHeading={plan === null}
              restore={restore}
            />
          ))
        ))}
    </main>
  );
}

function RefusalAlert({ failure }: { failure: RestoreFailure }) {
  return (
    <div className="backup-refusal" role="alert">
      <strong>Not restored.</strong> {failure.message}
    </div>
  );
}

/** Plans in the order of their newest backup (the list is newest first already). */
function groupByPlan(entries: readonly BackupEntry[]): [string, BackupEntry[]][] {
  const groups = new Map<string, BackupEntry[]>();
  for (const entry of entries) groups.set(entry.planId, [...(groups.get(entry.planId) ?? []), entry]);
  return [...groups];
}

function PlanBackups({
  planId,
  entries,
  current,
  showHeading,
  restore,
}: {
  planId: string;
  entries: BackupEntry[];
  current: Plan | null;
  showHeading: boolean;
  restore: ReturnType<typeof useRestoreBackup>;
}) {
  const named = entries.find((entry) => entry.info !== null)?.info?.planName;
  const title = current?.name ?? named ?? 'A plan whose backups cannot be read';
  const headingId = `backups-of-${planId}`;
  return (
    <section className="backup-plan" aria-labelledby={showHeading ? headingId : undefined}>
      {showHeading && (
        <h2 id={headingId} className="backup-plan-title">
          {current ? <Link href={`~/plans/${planId}`}>{title}</Link> : title}
          {!current && <span className="backup-plan-gone"> · no longer on this computer</span>}
        </h2>
      )}
      <p className="table-summary">{plural(entries.length, 'backup', 'backups')}</p>
      <table className="grid backup-table" aria-label={`Backups of ${title}`}>
        <thead>
          <tr>
            <th scope="col" className="col-taken">
              Taken
            </th>
            <th scope="col">Why</th>
            <th scope="col" className="col-size">
              Size
            </th>
            <th scope="col" className="col-hash">
              Content hash
            </th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Restore</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <BackupRow key={entry.id} entry={entry} planPresent={current !== null} restore={restore} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function BackupRow({
  entry,
  planPresent,
  restore,
}: {
  entry: BackupEntry;
  planPresent: boolean;
  restore: ReturnType<typeof useRestoreBackup>;
}) {
  const { info, damage } = entry;
  if (info === null) {
    return (
      <tr className="backup-damaged">
        <td className="muted">unknown</td>
        <td colSpan={3}>
          <span className="backup-damage">Damaged: {damage}</span>
        </td>
        <td className="muted">Cannot be restored</td>
      </tr>
    );
  }
  const taken = takenFormat.format(new Date(info.takenAt));
  return (
    <tr className={damage ? 'backup-damaged' : undefined}>
      <td className="nowrap">{taken}</td>
      <td>
        {BACKUP_REASON_LABELS[info.reason]}
        {damage && <span className="backup-damage">Damaged: {damage}</span>}
      </td>
      <td className="nowrap col-size">{formatSize(info.size)}</td>
      <td>
        <code title={info.contentHash}>{shortHash(info.contentHash)}</code>
      </td>
      <td>
        {damage ? (
          <span className="muted">Cannot be restored</span>
        ) : (
          <div className="backup-actions">
            <Button
              className="button button-small"
              isPending={restore.busy}
              onPress={() => void restore.restoreAsNew(info)}
            >
              Restore as a new plan
            </Button>
            {planPresent && (
              <Button
                className="button button-small"
                isPending={restore.busy}
                onPress={() => void restore.restoreOver(info)}
              >
                Restore over the current plan
              </Button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

/** With seconds: backups a moment apart (one taken before a restore, then its Undo) must differ. */
const takenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
