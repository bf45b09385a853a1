import { Button } from 'react-aria-components';
import type { MeasuredTime as Measured } from '../../../shared/analysis/measured-times';
import { formatDuration } from '../../../shared/model/duration';
import type { Runbook, Step } from '../../../shared/model/runbook';
import { useServices } from '../../app/services';
import { UNDO_WINDOW_MS } from '../../components/toasts';
import { updateStep } from './runbook-repository';

/**
 * A step's last actual time from an exercise, beside its estimate, and
 * "Use measured time" to adopt it as the estimate (one transaction; Undo in
 * the toast puts the old estimate back).
 */
export function MeasuredTime({
  runbook,
  step,
  number,
  measured,
}: {
  runbook: Runbook;
  step: Step;
  number: number;
  measured: Measured;
}) {
  const { db, saveTracker, toasts } = useServices();
  const same = step.estimatedMinutes === measured.minutes;
  const key = `runbook:${runbook.id}:step:${step.id}:estimatedMinutes`;
  return (
    <p className="measured-time" data-testid={`measured-${String(number)}`}>
      Measured {formatDuration(measured.minutes)} in “{measured.exerciseTitle}” on {measured.date}
      {!same && (
        <Button
          className="button button-small"
          aria-label={`Use measured time, step ${String(number)}`}
          onPress={() => {
            const before = step.estimatedMinutes;
            void saveTracker
              .run(key, `Estimated time of step ${String(number)}`, () =>
                updateStep(db, runbook.id, step.id, { estimatedMinutes: measured.minutes }),
              )
              .then((saved) => {
                if (!saved) return;
                toasts.add(
                  {
                    title: `Step ${String(number)} now estimated at ${formatDuration(measured.minutes)}`,
                    action: {
                      label: 'Undo',
                      onAction: () => {
                        void saveTracker.run(key, `Estimated time of step ${String(number)}`, () =>
                          updateStep(db, runbook.id, step.id, { estimatedMinutes: before }),
                        );
                      },
                    },
                  },
                  { timeout: UNDO_WINDOW_MS },
                );
              });
          }}
        >
          Use measured time
        </Button>
      )}
    </p>
  );
}
