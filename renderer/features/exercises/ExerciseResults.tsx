import { useState } from 'react';
import { Button } from 'react-aria-components';
import { stepActualMinutes } from '../../../shared/analysis/exercise-run';
import { formatDuration } from '../../../shared/model/duration';
import {
  ACTION_STATUSES,
  FINDING_SEVERITIES,
  type Exercise,
  type ExerciseFinding,
  type FollowUpAction,
} from '../../../shared/model/exercise';
import { useServices } from '../../app/services';
import { TrashIcon } from '../../components/icons';
import type { PlanContent } from '../plans/usePlanContent';
import { AchievedRpoField, ExerciseField } from './ExerciseField';
import {
  addExerciseFinding,
  addFollowUpAction,
  removeExerciseFinding,
  removeFollowUpAction,
  updateFollowUpAction,
} from './exercise-repository';

const ACTION_STATUS_LABELS = { open: 'Open', 'in-progress': 'In progress', done: 'Done' } as const;
const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;
const STEP_STATUS_LABELS = {
  pending: 'Not done',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  skipped: 'Skipped',
} as const;

/** What the exercise achieved, step by step, what went wrong and what will be done about it. */
export function ExerciseResults({ exercise, content }: { exercise: Exercise; content: PlanContent }) {
  const rtoOf = (id: string) => content.systems.find((system) => system.id === id)?.rto ?? null;
  return (
    <>
      <section className="panel" aria-labelledby="achieved-heading">
        <h2 id="achieved-heading">Achieved</h2>
        <p className="muted">
          Achieved RTO runs from the start of the exercise until the last step of the system&apos;s runbook is
          done. Type the achieved RPO: how much data was lost.
        </p>
        <table className="grid" aria-label="Achieved per system">
          <thead>
            <tr>
              <th scope="col">System</th>
              <th scope="col">Achieved RTO</th>
              <th scope="col">RTO</th>
              <th scope="col">Achieved RPO</th>
            </tr>
          </thead>
          <tbody>
            {exercise.achieved.map((entry) => {
              const rto = rtoOf(entry.systemId);
              const late = entry.rtoMinutes !== null && rto !== null && entry.rtoMinutes > rto;
              return (
                <tr key={entry.systemId}>
                  <td>{entry.systemName}</td>
                  <td className={late ? 'achieved-late' : undefined}>
                    {entry.rtoMinutes === null ? 'not recovered yet' : formatDuration(entry.rtoMinutes)}
                    {late && ' ⚠ longer than the RTO'}
                  </td>
                  <td>{rto === null ? 'not set' : formatDuration(rto)}</td>
                  <td>
                    <AchievedRpoField
                      exercise={exercise}
                      systemId={entry.systemId}
                      systemName={entry.systemName}
                      value={entry.rpoMinutes}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Step times</h2>
        <table className="grid" aria-label="Step times">
          <thead>
            <tr>
              <th scope="col">Runbook</th>
              <th scope="col">Step</th>
              <th scope="col">Estimate</th>
              <th scope="col">Actual</th>
              <th scope="col">Status</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {exercise.steps.map((step, index) => {
              const actual = stepActualMinutes(step);
              return (
                <tr key={`${step.runbookId}:${step.stepId}:${String(index)}`}>
                  <td>{step.runbookTitle}</td>
                  <td>{step.stepTitle}</td>
                  <td>{step.estimatedMinutes === null ? '–' : formatDuration(step.estimatedMinutes)}</td>
                  <td>{actual === null ? '–' : formatDuration(actual)}</td>
                  <td>{STEP_STATUS_LABELS[step.status]}</td>
                  <td>{step.notes}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <Findings exercise={exercise} />
      <Actions exercise={exercise} />

      <section className="panel" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <ExerciseField
          exercise={exercise}
          field="summary"
          label="Summary"
          help="What happened and what was learned, in a few sentences for the plan's readers."
          control={{ kind: 'textarea', rows: 5 }}
        />
      </section>
    </>
  );
}

function Findings({ exercise }: { exercise: Exercise }) {
  const { db, saveTracker } = useServices();
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<ExerciseFinding['severity']>('medium');
  return (
    <section className="panel" aria-labelledby="ex-findings-heading">
      <h2 id="ex-findings-heading">Findings</h2>
      {exercise.findings.length > 0 && (
        <ul className="exercise-items">
          {exercise.findings.map((finding) => (
            <li key={finding.id}>
              <span className={`severity severity-${finding.severity}`}>
                {SEVERITY_LABELS[finding.severity]}
              </span>{' '}
              {finding.text}
              <Button
                className="icon-button"
                aria-label={`Remove finding “${finding.text}”`}
                onPress={() => {
                  void saveTracker.run(
                    `exercise:${exercise.id}:finding:${finding.id}`,
                    'Finding removed',
                    () => removeExerciseFinding(db, exercise.id, finding.id),
                  );
                }}
              >
                <TrashIcon />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="exercise-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          const fields = { text: text.trim(), severity };
          setText('');
          void saveTracker.run(
            `exercise:${exercise.id}:finding:new`,
            `Finding “${fields.text}”`,
            async () => {
              await addExerciseFinding(db, exercise.id, fields);
            },
          );
        }}
      >
        <input
          className="control"
          aria-label="New finding"
          placeholder="What went wrong or was learned"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <select
          className="control"
          aria-label="Severity of the new finding"
          value={severity}
          onChange={(event) => {
            const picked = FINDING_SEVERITIES.find((value) => value === event.target.value);
            if (picked) setSeverity(picked);
          }}
        >
          {FINDING_SEVERITIES.map((value) => (
            <option key={value} value={value}>
              {SEVERITY_LABELS[value]}
            </option>
          ))}
        </select>
        <Button type="submit" className="button">
          Add finding
        </Button>
      </form>
    </section>
  );
}

function Actions({ exercise }: { exercise: Exercise }) {
  const { db, saveTracker } = useServices();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const change = (action: FollowUpAction, status: FollowUpAction['status']) =>
    saveTracker.run(`exercise:${exercise.id}:action:${action.id}`, `Status of “${action.text}”`, () =>
      updateFollowUpAction(db, exercise.id, action.id, { status }),
    );
  return (
    <section className="panel" aria-labelledby="ex-actions-heading">
      <h2 id="ex-actions-heading">Follow-up actions</h2>
      {exercise.actions.length > 0 && (
        <table className="grid" aria-label="Follow-up actions">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {exercise.actions.map((action) => (
              <tr key={action.id}>
                <td>{action.text}</td>
                <td>{action.owner || <span className="muted">nobody yet</span>}</td>
                <td className="nowrap">{action.due ?? '–'}</td>
                <td>
                  <select
                    className="control"
                    aria-label={`Status of “${action.text}”`}
                    value={action.status}
                    onChange={(event) => {
                      const picked = ACTION_STATUSES.find((value) => value === event.target.value);
                      if (picked) void change(action, picked);
                    }}
                  >
                    {ACTION_STATUSES.map((value) => (
                      <option key={value} value={value}>
                        {ACTION_STATUS_LABELS[value]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <Button
                    className="icon-button"
                    aria-label={`Remove action “${action.text}”`}
                    onPress={() => {
                      void saveTracker.run(
                        `exercise:${exercise.id}:action:${action.id}`,
                        'Action removed',
                        () => removeFollowUpAction(db, exercise.id, action.id),
                      );
                    }}
                  >
                    <TrashIcon />
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="exercise-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          const fields = {
            text: text.trim(),
            owner: owner.trim(),
            due: due === '' ? null : due,
            status: 'open' as const,
          };
          setText('');
          setOwner('');
          setDue('');
          void saveTracker.run(`exercise:${exercise.id}:action:new`, `Action “${fields.text}”`, async () => {
            await addFollowUpAction(db, exercise.id, fields);
          });
        }}
      >
        <input
          className="control"
          aria-label="New action"
          placeholder="What must be done"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <input
          className="control"
          aria-label="Owner of the new action"
          placeholder="Owner"
          value={owner}
          onChange={(event) => {
            setOwner(event.target.value);
          }}
        />
        <input
          className="control"
          type="date"
          aria-label="Due date of the new action"
          value={due}
          onChange={(event) => {
            setDue(event.target.value);
          }}
        />
        <Button type="submit" className="button">
          Add action
        </Button>
      </form>
    </section>
  );
}
