import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../../shared/model/plan';
import { versionLabel } from '../../../shared/revisions/version';
import { useServices } from '../../app/services';

/** "Version 2, approved …" or "Draft of version 3 (changes since version 2 of …)" under the plan's name. */
export function PlanVersionLine({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const latest = useLiveQuery(
    async () =>
      (await db.revisions.where('[planId+number]').between([plan.id, 0], [plan.id, Infinity]).last()) ?? null,
    [db, plan.id, plan.updatedAt],
  );
  if (latest === undefined) return null;
  const label = versionLabel(plan, latest ? [latest] : [], plan.updatedAt.slice(0, 10));
  return (
    <span className="sidebar-plan-version" data-testid="sidebar-version">
      {latest ? label : 'Draft, never approved'}
    </span>
  );
}
