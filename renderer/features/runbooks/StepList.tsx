import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { RunbookDuration } from '../../../shared/analysis/critical-path';
import type { Runbook } from '../../../shared/model/runbook';
import { useServices } from '../../app/services';
import type { Choice } from '../../autosave/AutosaveControl';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { AddStepForm } from './AddStepForm';
import { parallelSteps } from './runbook-format';
import { moveStep, removeStep, restoreStep } from './runbook-repository';
import { StepCard } from './StepCard';
import { useMeasuredTimes } from './useMeasuredTimes';

/** Where a drop lands: before or after the card under the pointer, by which half it is in. */
function dropIndex(event: DragEvent<HTMLElement>, index: number): number {
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? index : index + 1;
}

/** The numbered step cards, reordered by Alt+↑/↓, the ↑ ↓ buttons, or dragging the ⠿ handle. */
export function StepList(props: {
  runbook: Runbook;
  duration: RunbookDuration;
  people: readonly Choice[];
  escalation: readonly Choice[];
}) {
  const { runbook, duration } = props;
  const { db, saveTracker, toasts } = useServices();
  const undoableDelete = useUndoableDelete();
  const [dragId, setDragId] = useState<string | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const parallel = parallelSteps(runbook.steps);
  const critical = new Set(duration.criticalPath);
  const measured = useMeasuredTimes(runbook.planId);

  // A moved card is a new place in the list: keyboard focus follows it, so Alt+↑ can be pressed again.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    const card = document.querySelector<HTMLElement>(`[data-step-id="${id}"]`);
    if (card && !card.contains(document.activeElement)) {
      card.querySelector<HTMLElement>('.step-actions button:not([disabled])')?.focus();
    }
    focusAfterMove.current = null;
  }, [runbook.steps]);

  const move = (stepId: string, to: number) => {
    focusAfterMove.current = stepId;
    void saveTracker.run(`runbook:${runbook.id}:steps`, `Moving a step of “${runbook.title}”`, async () => {
      const dropped = await moveStep(db, runbook.id, stepId, to);
      if (dropped.length > 0) {
        toasts.add(
          { title: 'Moved; a wait was dropped', description: dropped.map((wait) => wait.message).join(' ') },
          { timeout: 10_000 },
        );
      }
    });
  };

  return (
    <>
      {runbook.steps.length === 0 ? (
        <p className="panel empty-state">
          No steps yet. Add the first thing a responder does, or start from a template.
        </p>
      ) : (
        <ol className="step-list" aria-label="Steps">
          {runbook.steps.map((step, index) => (
            <StepCard
              key={step.id}
              runbook={runbook}
              step={step}
              index={index}
              place={{
                timing: duration.steps[index],
                onCriticalPath: critical.has(step.id),
                parallelWith: parallel.get(step.id) ?? [],
              }}
              people={props.people}
              escalation={props.escalation}
              measured={measured.get(step.id)}
              onMove={(to) => {
                move(step.id, to);
              }}
              onRemove={() =>
                void undoableDelete({
                  key: `runbook:${runbook.id}:step:${step.id}`,
                  label: `step ${String(index + 1)} ${step.title}`,
                  remove: () => removeStep(db, runbook.id, step.id),
                  restore: (removed) => restoreStep(db, runbook.id, removed),
                  forget: () => [`runbook:${runbook.id}:step:${step.id}:`],
                })
              }
              drag={{
                dragging: dragId === step.id,
                onDragStart: (event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', step.title);
                  setDragId(step.id);
                },
                onDragEnd: () => {
                  setDragId(null);
                },
                onDragOver: (event) => {
                  if (dragId === null) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                },
                onDrop: (event) => {
                  if (dragId === null) return;
                  event.preventDefault();
                  const from = runbook.steps.findIndex((each) => each.id === dragId);
                  const at = dropIndex(event, index);
                  const to = at > from ? at - 1 : at;
                  setDragId(null);
                  if (from >= 0 && to !== from) move(dragId, to);
                },
              }}
            />
          ))}
        </ol>
      )}
      <AddStepForm runbook={runbook} />
    </>
  );
}
