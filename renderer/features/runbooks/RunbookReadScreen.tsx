import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { runbookDuration } from '../../../shared/analysis/critical-path';
import { runbookSecretWarnings } from '../../../shared/analysis/secrets';
import type { Contact } from '../../../shared/model/contact';
import { formatDuration, formatOptionalDuration } from '../../../shared/model/duration';
import type { Plan } from '../../../shared/model/plan';
import type { Step } from '../../../shared/model/runbook';
import type { Team } from '../../../shared/model/team';
import { useServices } from '../../app/services';
import { CallTreeView } from '../call-tree/CallTreeView';
import { usePlanContent } from '../plans/usePlanContent';
import { durationText, personOf, stepNumbers } from './runbook-format';
import './runbook-read.css';

/** The runbook as a responder reads it in an outage, on screen or printed: big numbered steps, names and numbers. */
export function RunbookReadScreen({ plan, runbookId }: { plan: Plan; runbookId: string }) {
  const { db } = useServices();
  const runbook = useLiveQuery(async () => (await db.runbooks.get(runbookId)) ?? null, [db, runbookId]);
  const content = usePlanContent(plan.id);
  if (runbook === undefined || !content) return null;
  if (runbook?.planId !== plan.id) {
    return (
      <main className="page">
        <h1>Runbook not found</h1>
        <Link href="/runbooks">Back to all runbooks</Link>
      </main>
    );
  }

  const system = content.systems.find((each) => each.id === runbook.systemId);
  const duration = runbookDuration(runbook.steps);
  const numberOf = new Map(runbook.steps.map((step, index) => [step.id, index + 1]));
  const secrets = runbookSecretWarnings(runbook);
  const secretPlaces = [...new Set(secrets.map((warning) => warning.label))];

  return (
    <main className="page runbook-read" aria-labelledby="read-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/runbooks/${runbook.id}`}>← Back to editing</Link>
      </nav>
      <div className="page-header">
        <div>
          <p className="read-plan">{plan.name}</p>
          <h1 id="read-heading">{runbook.title}</h1>
          <p className="read-meta">
            Recovers <strong>{system && system.name !== '' ? system.name : 'Unnamed system'}</strong> · RTO{' '}
            {formatOptionalDuration(system?.rto ?? null)} ·{' '}
            {runbook.steps.length === 0 ? 'no steps yet' : `takes ${durationText(duration)}`}
          </p>
        </div>
        <Button
          className="button button-primary read-print"
          onPress={() => {
            window.print();
          }}
        >
          Print
        </Button>
      </div>

      {secretPlaces.length > 0 && (
        // On screen only: the point is to fix it before anything is printed.
        <div className="read-secret-warning" role="alert">
          <strong>Before you print:</strong> this runbook looks like it holds a password, key or token in{' '}
          {secretPlaces.join('; ')}. Printed runbooks get left on desks: replace it with where it is kept
          (“see vault entry …”). <Link href={`/runbooks/${runbook.id}`}>Edit the runbook</Link>
        </div>
      )}

      <section className="read-section" aria-labelledby="read-activation">
        <h2 id="read-activation">When to start</h2>
        <p className="read-text">{runbook.activation.criteria || 'No activation criteria written yet.'}</p>
        {runbook.activation.whoMayActivate && (
          <p className="read-text">
            <strong>Who may activate:</strong> {runbook.activation.whoMayActivate}
          </p>
        )}
        {runbook.notification && (
          <p className="read-text">
            <strong>Tell:</strong> {runbook.notification}
          </p>
        )}
      </section>

      {runbook.startsCallTree && (
        <section className="read-section" aria-labelledby="read-call-tree">
          <h2 id="read-call-tree">Call tree: start it now</h2>
          <CallTreeView entries={content.callTree?.entries ?? []} contacts={content.contacts} />
        </section>
      )}

      <section className="read-section" aria-labelledby="read-steps">
        <h2 id="read-steps">Steps</h2>
        {runbook.steps.length === 0 ? (
          <p className="read-text">No steps written yet.</p>
        ) : (
          <ol className="read-steps">
            {runbook.steps.map((step, index) => (
              <ReadStep
                key={step.id}
                step={step}
                number={index + 1}
                after={step.waitsFor
                  .map((id) => numberOf.get(id) ?? 0)
                  .filter((n) => n > 0)
                  .sort((a, b) => a - b)}
                teams={content.teams}
                contacts={content.contacts}
              />
            ))}
          </ol>
        )}
      </section>

      {runbook.validationTests.length > 0 && (
        <section className="read-section" aria-labelledby="read-tests">
          <h2 id="read-tests">Check it works</h2>
          <table className="read-tests">
            <thead>
              <tr>
                <th scope="col">Done</th>
                <th scope="col">Test</th>
                <th scope="col">Expected</th>
                <th scope="col">Actual / by whom</th>
              </tr>
            </thead>
            <tbody>
              {runbook.validationTests.map((test) => (
                <tr key={test.id}>
                  <td>
                    <input type="checkbox" className="read-check" aria-label={`Passed: ${test.procedure}`} />
                  </td>
                  <td>{test.procedure}</td>
                  <td>{test.expected}</td>
                  <td className="read-blank" />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="read-section" aria-labelledby="read-normal">
        <h2 id="read-normal">Return to normal</h2>
        <p className="read-text">{runbook.returnToNormal || 'Not written yet.'}</p>
      </section>
      <section className="read-section" aria-labelledby="read-rollback">
        <h2 id="read-rollback">If recovery goes wrong: rollback</h2>
        <p className="read-text">{runbook.rollback || 'Not written yet.'}</p>
      </section>
    </main>
  );
}

function ReadStep(props: {
  step: Step;
  number: number;
  after: readonly number[];
  teams: readonly Team[];
  contacts: readonly Contact[];
}) {
  const { step, number } = props;
  const who = personOf(step.responsibleId, props.teams, props.contacts);
  const escalate = personOf(step.escalateToId, props.teams, props.contacts);
  const whoText = [who?.name, step.responsible].filter(Boolean).join(' · ');
  return (
    <li className="read-step">
      <div className="read-step-head">
        <input type="checkbox" className="read-check" aria-label={`Step ${String(number)} done`} />
        <span className="read-step-number">{number}</span>
        <h3 className="read-step-title">{step.title}</h3>
      </div>
      <p className="read-step-when">
        {props.after.length === 0 ? 'Start at once' : `After ${stepNumbers(props.after)}`}
        {step.estimatedMinutes !== null
          ? ` · about ${formatDuration(step.estimatedMinutes)}`
          : ' · time not estimated'}
      </p>
      <dl className="read-step-facts">
        <dt>Who</dt>
        <dd>
          {whoText || 'Not assigned'}
          {who?.phone && <span className="read-phone"> ☎ {who.phone}</span>}
        </dd>
        {step.instructions && (
          <>
            <dt>Do</dt>
            <dd className="read-pre">{step.instructions}</dd>
          </>
        )}
        {step.verify && (
          <>
            <dt>Verify</dt>
            <dd className="read-pre">{step.verify}</dd>
          </>
        )}
        {(step.onFailure || escalate) && (
          <>
            <dt>If it fails</dt>
            <dd className="read-pre">
              {step.onFailure}
              {escalate && (
                <span className="read-escalate">
                  {step.onFailure ? ' ' : ''}Escalate to {escalate.name}
                  {escalate.phone && <span className="read-phone"> ☎ {escalate.phone}</span>}
                </span>
              )}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
