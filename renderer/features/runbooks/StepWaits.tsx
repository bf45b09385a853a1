import type { Runbook, Step } from '../../../shared/model/runbook';
import { useServices } from '../../app/services';
import { usePendingValues } from '../../autosave/usePendingValues';
import { setStepWait } from './runbook-repository';

/**
 * "Waits for": a box per earlier step, and only earlier ones, so the runbook
 * can never wait in a circle. None ticked means the step starts at once,
 * alongside whatever else is running.
 */
export function StepWaits({ runbook, step, index }: { runbook: Runbook; step: Step; index: number }) {
  const { db, saveTracker } = useServices();
  const ticked = usePendingValues((otherId) => step.waitsFor.includes(otherId));
  const earlier = runbook.steps.slice(0, index);
  const number = index + 1;
  return (
    <fieldset className="checkbox-group step-waits span-2">
      <legend className="field-label">Waits for</legend>
      {earlier.length === 0 ? (
        <p className="field-help">The first step starts as soon as the runbook is activated.</p>
      ) : (
        <>
          <p className="field-help">
            {earlier.every((other) => !ticked.value(other.id))
              ? 'Nothing ticked: it starts at once, in parallel with the steps before it.'
              : 'It starts when every ticked step is done.'}
          </p>
          <div className="checkbox-row">
            {earlier.map((other, at) => {
              const key = `runbook:${runbook.id}:step:${step.id}:waits:${other.id}`;
              const checked = ticked.value(other.id);
              return (
                <label key={other.id} className="checkbox-label">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={checked}
                    aria-label={`Step ${String(number)} waits for step ${String(at + 1)}: ${other.title}`}
                    onChange={(event) => {
                      const on = event.target.checked;
                      ticked.set(other.id, on);
                      void saveTracker.run(key, `What step ${String(number)} waits for`, () =>
                        setStepWait(db, runbook.id, step.id, other.id, on),
                      );
                    }}
                  />
                  <span>
                    {at + 1}. {other.title}
                  </span>
                </label>
              );
            })}
          </div>
        </>
      )}
    </fieldset>
  );
}
