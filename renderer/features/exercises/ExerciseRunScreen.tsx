import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { StepAction } from '../../../shared/analysis/exercise-run';
import { formatDuration } from '../../../shared/model/duration';
import type { Exercise, StepRun } from '../../../shared/model/exercise';
import { useServices } from '../../app/services';
import { actOnStep, setStepNotes } from './exercise-repository';
import { clockText } from './exercise-format';
import './exercise-run.css';

/** The time now, once a second: the clocks of run mode. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}

/**
 * Run mode: the scope's runbook steps as a live checklist over the whole
 * window, in large type for a laptop in a meeting room. Every click is saved
 * at once, in one transaction, with the time it was made.
 */
export function ExerciseRunScreen({ exerciseId }: { exerciseId: string }) {
  const { db } = useServices();
  const exercise = useLiveQuery(async () => (await db.exercises.get(exerciseId)) ?? null, [db, exerciseId]);
  const now = useNow();
  if (exercise === undefined) return null;
  if (exercise?.status !== 'running') {
    return (
      <main className="run-mode">
        <h1>{exercise ? 'This exercise is not running' : 'Exercise not found'}</h1>
        <Link href={exercise ? `/exercises/${exercise.id}` : '/exercises'} className="button">
          Back to the exercise
        </Link>
      </main>
    );
  }
  const started = exercise.startedAt ? Date.parse(exercise.startedAt) : now;
  const done = exercise.steps.filter((step) => step.status !== 'pending' && step.status !== 'running').length;
  return (
    <main className="run-mode" aria-labelledby="run-heading">
      <header className="run-header">
        <div>
          <h1 id="run-heading">{exercise.title}</h1>
          <p className="run-progress">
            {done} of {exercise.steps.length} steps finished
          </p>
        </div>
        <div className="run-elapsed" role="timer" aria-label="Elapsed time">
          {clockText(now - started)}
        </div>
        <Link href={`/exercises/${exercise.id}`} className="button run-leave">
          Leave run mode
        </Link>
      </header>
      <ol className="run-steps">
        {exercise.steps.map((step, index) => (
          <RunStep
            key={`${step.runbookId}:${step.stepId}:${String(index)}`}
            exercise={exercise}
            step={step}
            index={index}
            now={now}
            newRunbook={index === 0 || exercise.steps[index - 1]?.runbookId !== step.runbookId}
          />
        ))}
      </ol>
      <footer className="run-footer">
        <Link href={`/exercises/${exercise.id}`} className="button button-primary">
          Write up the results
        </Link>
      </footer>
    </main>
  );
}

const ACTIONS: readonly { action: StepAction; label: string; when: readonly StepRun['status'][] }[] = [
  { action: 'start', label: 'Start', when: ['pending'] },
  { action: 'done', label: 'Done', when: ['pending', 'running'] },
  { action: 'failed', label: 'Failed', when: ['pending', 'running'] },
  { action: 'skip', label: 'Skip', when: ['pending', 'running'] },
  { action: 'reset', label: 'Undo', when: ['running', 'done', 'failed', 'skipped'] },
];

function RunStep({
  exercise,
  step,
  index,
  now,
  newRunbook,
}: {
  exercise: Exercise;
  step: StepRun;
  index: number;
  now: number;
  newRunbook: boolean;
}) {
  const { db, saveTracker } = useServices();
  const [notes, setNotes] = useState(step.notes);
  const elapsed =
    step.startedAt === null
      ? null
      : (step.endedAt ? Date.parse(step.endedAt) : now) - Date.parse(step.startedAt);
  const name = step.stepTitle || `step ${String(index + 1)}`;
  return (
    <li className={`run-step run-${step.status}`} aria-label={name}>
      {newRunbook && <p className="run-runbook">{step.runbookTitle}</p>}
      <div className="run-step-row">
        <span className="run-step-title">{name}</span>
        <span className="run-step-estimate">
          {step.estimatedMinutes === null ? 'no estimate' : `est. ${formatDuration(step.estimatedMinutes)}`}
        </span>
        <span className="run-step-clock" aria-label={`Time for ${name}`}>
          {elapsed === null ? '–' : clockText(elapsed)}
        </span>
        <span className="run-step-status">{step.status}</span>
        <span className="run-step-buttons">
          {ACTIONS.filter((entry) => entry.when.includes(step.status)).map((entry) => (
            <Button
              key={entry.action}
              className={`button run-${entry.action}`}
              aria-label={`${entry.label}: ${name}`}
              onPress={() => {
                void saveTracker.run(
                  `exercise:${exercise.id}:step:${String(index)}`,
                  `${entry.label} on “${name}”`,
                  () => actOnStep(db, exercise.id, index, entry.action),
                );
              }}
            >
              {entry.label}
            </Button>
          ))}
        </span>
      </div>
      <input
        className="control run-notes"
        aria-label={`Notes on ${name}`}
        placeholder="Notes"
        value={notes}
        onChange={(event) => {
          setNotes(event.target.value);
        }}
        onBlur={() => {
          if (notes !== step.notes) {
            void saveTracker.run(`exercise:${exercise.id}:notes:${String(index)}`, `Notes on “${name}”`, () =>
              setStepNotes(db, exercise.id, index, notes.slice(0, 2000)),
            );
          }
        }}
      />
    </li>
  );
}
