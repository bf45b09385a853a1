import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { formatDateTime, plural } from '../../components/format';
import { ImportBackstageButton } from '../import/ImportBackstageButton';
import { ExportDialog } from '../exchange/ExportDialog';
import { ImportPlanDialog } from '../exchange/ImportPlanDialog';
import { useImportPlan } from '../exchange/useImportPlan';
import { NewFromTemplateDialog } from '../templates/NewFromTemplateDialog';
import { createPlanFromTemplate } from '../templates/template-repository';
import { DeletePlanDialog } from './DeletePlanDialog';
import { PlanActionsMenu } from './PlanActionsMenu';
import { PlanDetailsDialog } from './PlanDetailsDialog';
import { listPlans } from './plan-repository';
import { usePlanActions } from './usePlanActions';
import './plan-list.css';

/** Which dialog the route opens: /new (File → New plan) or /new-from-template (File → New plan from template…). */
export type PlanListDialog = 'new-plan' | 'new-from-template' | null;

/** Home: one card per client plan. */
export function PlanListScreen({ open }: { open: PlanListDialog }) {
  const { db } = useServices();
  const [, navigate] = useLocation();
  const actions = usePlanActions();
  const plans = useLiveQuery(() => listPlans(db), [db]);
  const systemCounts = useLiveQuery(() => countSystemsByPlan(db.systems.orderBy('planId').keys()), [db]);
  const [renaming, setRenaming] = useState<Plan | null>(null);
  const [deleting, setDeleting] = useState<Plan | null>(null);
  const [exporting, setExporting] = useState<Plan | null>(null);
  const importer = useImportPlan();

  if (!plans || !systemCounts) return null;

  const countFor = (plan: Plan) => systemCounts.get(plan.id) ?? 0;

  return (
    <main className="page plan-list" aria-labelledby="plans-heading">
      <div className="page-header">
        <h1 id="plans-heading">Your plans</h1>
        <div className="page-actions">
          <Button
            className="button"
            onPress={() => {
              navigate('/backups');
            }}
          >
            Backups
          </Button>
          <ImportBackstageButton
            onImported={(planId) => {
              navigate(`/plans/${planId}`);
            }}
          />
          <Button className="button" onPress={importer.start}>
            Import plan file…
          </Button>
          <Button
            className="button"
            onPress={() => {
              navigate('/new-from-template');
            }}
          >
            New from template…
          </Button>
          <Button
            className="button button-primary"
            onPress={() => {
              navigate('/new');
            }}
          >
            New plan
          </Button>
        </div>
      </div>

      {plans.length === 0 ? (
        <section className="empty-state">
          <h2>Plan for the day something breaks</h2>
          <p>
            A disaster-recovery plan lists the systems your organisation cannot do without, how quickly each
            must be back, what they depend on, and the steps to recover them. Start with one plan per
            organisation.
          </p>
          <p>
            Not sure where to begin?{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                navigate('/new-from-template');
              }}
            >
              Start from a template
            </button>
            : an example plan for a professional-services office, an online shop, a healthcare clinic or a
            software company, ready to adjust.
          </p>
          <p>Everything stays on this computer.</p>
        </section>
      ) : (
        <ul className="plan-cards" aria-label="Plans">
          {plans.map((plan) => (
            <li key={plan.id} className="plan-card">
              <div className="plan-card-main">
                <h2 className="plan-card-title">
                  <Link href={`/plans/${plan.id}`}>{plan.name}</Link>
                </h2>
                <p className="plan-card-org">{plan.organisation || 'No organisation set'}</p>
                <p className="plan-card-meta">
                  {plural(countFor(plan), 'system', 'systems')} · edited {formatDateTime(plan.updatedAt)}
                </p>
              </div>
              <PlanActionsMenu
                plan={plan}
                onRename={() => {
                  setRenaming(plan);
                }}
                onDuplicate={() => {
                  actions.duplicate(plan);
                }}
                onExport={() => {
                  setExporting(plan);
                }}
                onDelete={() => {
                  setDeleting(plan);
                }}
              />
            </li>
          ))}
        </ul>
      )}

      <PlanDetailsDialog
        title="New plan"
        submitLabel="Create plan"
        initial={{ name: '', organisation: '' }}
        isOpen={open === 'new-plan'}
        onOpenChange={(isOpen) => {
          if (!isOpen) navigate('/', { replace: true });
        }}
        onSubmit={async (details) => {
          const plan = await actions.create(details);
          navigate(`/plans/${plan.id}`, { replace: true });
        }}
      />
      <NewFromTemplateDialog
        isOpen={open === 'new-from-template'}
        onOpenChange={(isOpen) => {
          if (!isOpen) navigate('/', { replace: true });
        }}
        onSubmit={async (templateId, details) => {
          const plan = await createPlanFromTemplate(db, templateId, details);
          // The overview first: it walks through what the example contains.
          navigate(`/plans/${plan.id}`, { replace: true });
        }}
      />
      <PlanDetailsDialog
        title="Rename plan"
        submitLabel="Rename"
        initial={renaming ?? { name: '', organisation: '' }}
        isOpen={renaming !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setRenaming(null);
        }}
        onSubmit={async (details) => {
          if (renaming) await actions.rename(renaming, details);
          setRenaming(null);
        }}
      />
      <ExportDialog
        plan={exporting}
        onClose={() => {
          setExporting(null);
        }}
      />
      <ImportPlanDialog
        state={importer.state}
        onPassphrase={importer.submitPassphrase}
        onConfirm={importer.confirm}
        onClose={importer.close}
      />
      <DeletePlanDialog
        plan={deleting}
        systemCount={deleting ? countFor(deleting) : 0}
        onCancel={() => {
          setDeleting(null);
        }}
        onConfirm={(plan) => {
          setDeleting(null);
          void actions.remove(plan);
        }}
      />
    </main>
  );
}

async function countSystemsByPlan(planIds: Promise<unknown[]>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const id of await planIds) {
    if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
