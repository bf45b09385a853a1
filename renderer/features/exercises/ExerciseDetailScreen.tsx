import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { exerciseSystemIds } from '../../../shared/analysis/exercise-findings';
import { EXERCISE_TYPES, EXERCISE_TYPE_LABELS, type Exercise } from '../../../shared/model/exercise';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { usePlanContent, type PlanContent } from '../plans/usePlanContent';
import { ExerciseField } from './ExerciseField';
import { ExerciseResults } from './ExerciseResults';
import {
  completeExercise,
  reopenExercise,
  setScopeSystem,
  startExercise,
  updateExercise,
} from './exercise-repository';
import { STATUS_LABELS } from './exercise-format';
import './exercises.css';

/** One exercise: plan it (type, date, scope, who, why), start run mode, then write up its results. */
export function ExerciseDetailScreen({ plan, exerciseId }: { plan: Plan; exerciseId: string }) {
  const { db } = useServices();
  const exercise = useLiveQuery(async () => (await db.exercises.get(exerciseId)) ?? null, [db, exerciseId]);
  const content = usePlanContent(plan.id);
  if (exercise === undefined || !content) return null;
  if (exercise === null) {
    return (
      <main className="page">
        <h1>Exercise not found</h1>
        <Link href="/exercises">Back to the exercises</Link>
      </main>
    );
  }
  return <ExerciseDetail exercise={exercise} content={content} />;
}

function ExerciseDetail({ exercise, content }: { exercise: Exercise; content: PlanContent }) {
  const { db, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const run = (key: string, what: string, write: () => Promise<void>) =>
    saveTracker.run(`exercise:${exercise.id}:${key}`, what, write);
  const covered = exerciseSystemIds(exercise, content.scenarios);
  const runbookSteps = content.runbooks
    .filter((runbook) => covered.has(runbook.systemId))
    .reduce((sum, runbook) => sum + runbook.steps.length, 0);
  const planned = exercise.status === 'planned';

  return (
    <main className="page exercise-detail" aria-labelledby="exercise-heading">
      <p className="breadcrumb">
        <Link href="/exercises">Exercises</Link>
      </p>
      <div className="page-header">
        <h1 id="exercise-heading">{exercise.title}</h1>
        <span className={`exercise-status status-${exercise.status}`}>{STATUS_LABELS[exercise.status]}</span>
      </div>

      <section className="panel" aria-labelledby="exercise-plan-heading">
        <h2 id="exercise-plan-heading">Plan</h2>
        <div className="form-grid">
          <ExerciseField exercise={exercise} field="title" label="Title" />
          <ExerciseField
            exercise={exercise}
            field="type"
            label="Type"
            control={{
              kind: 'select',
              choices: EXERCISE_TYPES.map((type) => ({ value: type, label: EXERCISE_TYPE_LABELS[type] })),
            }}
          />
          <ExerciseField exercise={exercise} field="date" label="Date" control={{ kind: 'date' }} />
        </div>
        <fieldset className="exercise-scope" disabled={!planned}>
          <legend>Scope: the systems whose runbooks it walks</legend>
          {content.systems.length === 0 && <p className="muted">The plan has no systems yet.</p>}
          <ul className="scope-systems">
            {content.systems.map((system) => {
              const name = system.name || 'Unnamed system';
              return (
                <li key={system.id}>
                  <label>
                    <input
                      type="checkbox"
                      className="checkbox"
                      checked={exercise.systemIds.includes(system.id)}
                      onChange={(event) => {
                        const on = event.target.checked;
                        void run(`scope:${system.id}`, `“${name}” in the scope of “${exercise.title}”`, () =>
                          setScopeSystem(db, exercise.id, system.id, on),
                        );
                      }}
                    />{' '}
                    {name}
                    {system.tier !== null && <span className="muted"> · tier {system.tier}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
          <label className="field-label" htmlFor={`scenario-${exercise.id}`}>
            Scenario (adds the systems it takes down)
          </label>
          <select
            id={`scenario-${exercise.id}`}
            className="control"
            value={exercise.scenarioId ?? ''}
            onChange={(event) => {
              const scenarioId = event.target.value === '' ? null : event.target.value;
              void run('scenario', `Scenario of “${exercise.title}”`, () =>
                updateExercise(db, exercise.id, { scenarioId }),
              );
            }}
          >
            <option value="">No scenario</option>
            {content.scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.name}
              </option>
            ))}
          </select>
        </fieldset>
        <div className="form-grid">
          <ExerciseField
            exercise={exercise}
            field="participants"
            label="Participants"
            help="One person per line, with their role."
            control={{ kind: 'textarea', rows: 4 }}
          />
          <ExerciseField
            exercise={exercise}
            field="objectives"
            label="Objectives"
            help="What the exercise should show, e.g. “the shop is back within its RTO of 4 h”."
            control={{ kind: 'textarea', rows: 4 }}
          />
        </div>
      </section>

      <section className="panel exercise-actions-bar" aria-label="Run">
        {planned && (
          <>
            <p>
              {covered.size === 0
                ? 'Tick at least one system (or pick a scenario) to run the exercise.'
                : `Run mode walks ${String(runbookSteps)} runbook ${runbookSteps === 1 ? 'step' : 'steps'} of ${String(covered.size)} ${covered.size === 1 ? 'system' : 'systems'} in recovery order, with a clock.`}
            </p>
            <Button
              className="button button-primary"
              isDisabled={runbookSteps === 0}
              onPress={() => {
                void run('start', `Start of “${exercise.title}”`, () => startExercise(db, exercise.id)).then(
                  (saved) => {
                    if (saved) navigate(`/exercises/${exercise.id}/run`);
                  },
                );
              }}
            >
              Start the exercise
            </Button>
          </>
        )}
        {exercise.status === 'running' && (
          <>
            <Link href={`/exercises/${exercise.id}/run`} className="button button-primary">
              Open run mode
            </Link>
            <Button
              className="button"
              onPress={() => {
                void run('complete', `Completion of “${exercise.title}”`, () =>
                  completeExercise(db, exercise.id),
                );
              }}
            >
              Complete the exercise
            </Button>
          </>
        )}
        {exercise.status === 'completed' && (
          <>
            <p>Completed {exercise.endedAt ? `on ${exercise.endedAt.slice(0, 10)}` : ''}.</p>
            <Button
              className="button"
              onPress={() => {
                void run('reopen', `Reopening “${exercise.title}”`, () => reopenExercise(db, exercise.id));
              }}
            >
              Reopen
            </Button>
          </>
        )}
      </section>

      {!planned && <ExerciseResults exercise={exercise} content={content} />}
    </main>
  );
}
