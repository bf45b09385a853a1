import { useId } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { exerciseFieldSchemas } from '../../../shared/model/exercise';
import type { Plan } from '../../../shared/model/plan';
import { plural } from '../../components/format';
import { useAddByName, type AddByName } from '../../autosave/useAddByName';
import { usePlanContent } from '../plans/usePlanContent';
import { addExercise } from './exercise-repository';
import { achievedText, scopeText, STATUS_LABELS, typeLabel } from './exercise-format';
import './exercises.css';

const NEW_EXERCISE: AddByName = {
  what: 'exercise',
  schema: exerciseFieldSchemas.title,
  add: addExercise,
  pathOf: (id) => `/exercises/${id}`,
};

/** Step 5: the exercises that test the plan, planned, run and written up. */
export function ExercisesScreen({ plan }: { plan: Plan }) {
  const content = usePlanContent(plan.id);
  const { text, error, change, submit } = useAddByName(plan.id, NEW_EXERCISE);
  const inputId = useId();
  if (!content) return null;
  const systemNames = new Map(content.systems.map((system) => [system.id, system.name || 'Unnamed system']));
  const scenarioNames = new Map(content.scenarios.map((scenario) => [scenario.id, scenario.name]));
  const rtoOf = (id: string) => content.systems.find((system) => system.id === id)?.rto ?? null;
  const exercises = [...content.exercises].reverse();

  return (
    <main className="page exercises" aria-labelledby="exercises-heading">
      <div className="page-header">
        <div>
          <h1 id="exercises-heading">Exercises</h1>
          <p className="page-lede">
            Test the plan: walk a runbook at a table, or fail over for real, with a clock on every step. What
            it really took replaces the estimates, and what went wrong becomes actions with owners.
          </p>
        </div>
      </div>
      <form
        className="new-exercise"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={inputId} className="field-label">
          Plan a new exercise
        </label>
        <div className="new-exercise-row">
          <input
            id={inputId}
            className="control"
            aria-invalid={error ? true : undefined}
            placeholder="e.g. Spring tabletop: web shop restore"
            value={text}
            autoComplete="off"
            onChange={(event) => {
              change(event.target.value);
            }}
          />
          <Button type="submit" className="button">
            Add
          </Button>
        </div>
        {error && <p className="field-error">{error}</p>}
      </form>
      {exercises.length === 0 ? (
        <div className="empty-state">
          <h2>No exercises yet</h2>
          <p>
            Tier 0–1 systems should be exercised every 12 months, tier 2 every 24. A tabletop, where the
            people who would do it talk through the runbook with a clock, is a good first one.
          </p>
        </div>
      ) : (
        <>
          <p className="table-summary">{plural(exercises.length, 'exercise', 'exercises')}</p>
          <table className="grid exercise-table" aria-label="Exercises">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Exercise</th>
                <th scope="col">Type</th>
                <th scope="col">Scope</th>
                <th scope="col">Status</th>
                <th scope="col">Achieved</th>
              </tr>
            </thead>
            <tbody>
              {exercises.map((exercise) => (
                <tr key={exercise.id}>
                  <td className="nowrap">{exercise.date}</td>
                  <td>
                    <Link href={`/exercises/${exercise.id}`} className="cell-link">
                      {exercise.title}
                    </Link>
                  </td>
                  <td>{typeLabel(exercise)}</td>
                  <td>{scopeText(exercise, systemNames, scenarioNames)}</td>
                  <td>{STATUS_LABELS[exercise.status]}</td>
                  <td>{achievedText(exercise, rtoOf) || <span className="muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
