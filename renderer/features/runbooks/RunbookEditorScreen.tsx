import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { runbookDuration } from '../../../shared/analysis/critical-path';
import { runbookRtoFindings } from '../../../shared/analysis/runbook-findings';
import type { Plan } from '../../../shared/model/plan';
import type { Runbook } from '../../../shared/model/runbook';
import type { Scenario } from '../../../shared/model/scenario';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { listScenarios } from '../scenarios/scenario-repository';
import { DurationPanel } from './DurationPanel';
import { peopleChoices } from './runbook-format';
import { deleteRunbook, restoreRunbook, updateRunbook } from './runbook-repository';
import { RunbookField } from './RunbookField';
import { StepList } from './StepList';
import { useRunbookAnalysis } from './useRunbookAnalysis';
import { ValidationTests } from './ValidationTests';
import './runbooks.css';

/** Findings of the whole system that a runbook answers, besides its own RUNBOOK_EXCEEDS_RTO. */
const SYSTEM_CODES = new Set(['RECOVERY_EXCEEDS_MTD', 'MISSING_RUNBOOK']);

/** Everything of one runbook, each field autosaving; the duration and findings follow every edit. */
export function RunbookEditorScreen({ plan, runbookId }: { plan: Plan; runbookId: string }) {
  const { db } = useServices();
  const [, navigate] = useLocation();
  const undoableDelete = useUndoableDelete();
  const runbook = useLiveQuery(async () => (await db.runbooks.get(runbookId)) ?? null, [db, runbookId]);
  const scenarios = useLiveQuery(() => listScenarios(db, plan.id), [db, plan.id]);
  const loaded = useRunbookAnalysis(plan);

  if (runbook === undefined || !scenarios || !loaded) return null;
  if (runbook?.planId !== plan.id) {
    return (
      <main className="page">
        <h1>Runbook not found</h1>
        <p>It may have been deleted.</p>
        <Link href="/runbooks">Back to all runbooks</Link>
      </main>
    );
  }

  const { content, analysis } = loaded;
  const system = content.systems.find((each) => each.id === runbook.systemId);
  const systemName = system && system.name !== '' ? system.name : 'Unnamed system';
  const duration = runbookDuration(runbook.steps);
  const names = new Map(content.systems.map((each) => [each.id, each.name || 'Unnamed system']));
  const findings = [
    ...(system ? runbookRtoFindings([system], [runbook]) : []),
    ...analysis.findings.filter(
      (finding) => finding.subject.id === runbook.systemId && SYSTEM_CODES.has(finding.code),
    ),
  ];

  return (
    <main className="page runbook-editor" aria-labelledby="runbook-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/runbooks">← All runbooks</Link>
      </nav>
      <div className="page-header">
        <div>
          <h1 id="runbook-heading">{runbook.title}</h1>
          <p className="page-lede">
            Recovers <Link href={`/systems/${runbook.systemId}`}>{systemName}</Link>
          </p>
        </div>
        <div className="page-actions">
          <Link href={`/runbooks/${runbook.id}/read`} className="button button-primary">
            Reading view
          </Link>
          <Button
            className="button button-danger-quiet"
            onPress={() => {
              navigate('/runbooks');
              void undoableDelete({
                key: `runbook:${runbook.id}`,
                label: runbook.title,
                remove: () => deleteRunbook(db, runbook.id),
                restore: (deleted) => restoreRunbook(db, deleted),
                forget: () => [`runbook:${runbook.id}:`],
              });
            }}
          >
            Delete runbook
          </Button>
        </div>
      </div>

      <section className="form-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <div className="form-grid">
          <RunbookField runbook={runbook} field="title" label="Title" control={{ kind: 'text' }} />
          <ScenarioChoice runbook={runbook} scenarios={scenarios} />
        </div>
      </section>

      <DurationPanel
        runbook={runbook}
        duration={duration}
        rto={system?.rto ?? null}
        system={analysis.systems.find((each) => each.id === runbook.systemId)}
        findings={findings}
        nameOf={(id) => names.get(id) ?? 'a removed system'}
      />

      <section className="form-section" aria-labelledby="activation-heading">
        <h2 id="activation-heading">Activation and notification</h2>
        <div className="form-grid">
          <RunbookField
            runbook={runbook}
            field="criteria"
            label="Activation criteria"
            help="What has to be true to start this runbook."
            placeholder="e.g. The order database has not answered for 15 minutes and a restart did not help."
            control={{ kind: 'textarea', rows: 3 }}
          />
          <RunbookField
            runbook={runbook}
            field="whoMayActivate"
            label="Who may activate"
            help="The roles that may decide to start it."
            placeholder="e.g. DR coordinator, or the IT manager out of hours"
            control={{ kind: 'textarea', rows: 3 }}
          />
          <RunbookField
            runbook={runbook}
            field="notification"
            label="Notification"
            help="Who is told, and how, besides the call tree."
            control={{ kind: 'textarea', rows: 3 }}
            className="span-2"
          />
          <StartsCallTree runbook={runbook} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        <p className="section-help field-help">
          Move a step with its ↑ ↓ buttons, Alt+↑ / Alt+↓ anywhere in it, or drag it by ⠿.
        </p>
        <StepList
          runbook={runbook}
          duration={duration}
          people={peopleChoices(content.teams, content.contacts, 'Choose a role, team or person…')}
          escalation={peopleChoices(content.teams, content.contacts, 'Nobody named')}
        />
      </section>

      <section className="form-section" aria-labelledby="tests-heading">
        <h2 id="tests-heading">Validation tests</h2>
        <ValidationTests runbook={runbook} />
      </section>

      <section className="form-section" aria-labelledby="after-heading">
        <h2 id="after-heading">Afterwards</h2>
        <div className="form-grid">
          <RunbookField
            runbook={runbook}
            field="returnToNormal"
            label="Return to normal operations"
            help="How to go back from the recovered setup to normal running, and who declares it."
            control={{ kind: 'textarea', rows: 4 }}
          />
          <RunbookField
            runbook={runbook}
            field="rollback"
            label="Rollback"
            help="What to do when the recovery itself goes wrong."
            control={{ kind: 'textarea', rows: 4 }}
          />
        </div>
      </section>
    </main>
  );
}

function ScenarioChoice({ runbook, scenarios }: { runbook: Runbook; scenarios: readonly Scenario[] }) {
  const { db } = useServices();
  const choices = [
    { value: '', label: 'Any failure' },
    ...scenarios.map((scenario) => ({ value: scenario.id, label: scenario.name })),
  ];
  return (
    <AutosaveControl<string | null>
      saveKey={`runbook:${runbook.id}:scenario`}
      what={`Scenario of “${runbook.title}”`}
      label="Scenario"
      help="The failure it handles; “Any failure” for the system’s general recovery."
      control={{ kind: 'select', choices }}
      value={runbook.scenarioId}
      format={(id) => id ?? ''}
      parse={(text) =>
        choices.some((choice) => choice.value === text)
          ? { ok: true, value: text === '' ? null : text }
          : { ok: false, message: 'Choose a scenario from the list' }
      }
      save={(scenarioId) => updateRunbook(db, runbook.id, { scenarioId })}
      delay={0}
    />
  );
}

function StartsCallTree({ runbook }: { runbook: Runbook }) {
  const { db } = useServices();
  return (
    <AutosaveControl<boolean>
      saveKey={`runbook:${runbook.id}:startsCallTree`}
      what={`Starts the call tree of “${runbook.title}”`}
      label="Activating this runbook starts the call tree"
      help="The call tree is then printed at the top of the runbook."
      control={{ kind: 'checkbox' }}
      value={runbook.startsCallTree}
      format={String}
      parse={(text) => ({ ok: true, value: text === 'true' })}
      save={(startsCallTree) => updateRunbook(db, runbook.id, { startsCallTree })}
      delay={0}
      className="span-2"
    />
  );
}
