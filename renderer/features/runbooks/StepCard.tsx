import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { StepTiming } from '../../../shared/analysis/critical-path';
import { stepSecretWarnings } from '../../../shared/analysis/secrets';
import { formatDuration } from '../../../shared/model/duration';
import type { Runbook, Step } from '../../../shared/model/runbook';
import type { Choice } from '../../autosave/AutosaveControl';
import { TrashIcon } from '../../components/icons';
import { stepNumbers } from './runbook-format';
import { StepEstimate, StepPerson, StepText } from './StepFields';
import { StepWaits } from './StepWaits';
import { MeasuredTime } from './MeasuredTime';
import type { MeasuredTime as Measured } from '../../../shared/analysis/measured-times';

export interface StepPlace {
  timing: StepTiming | undefined;
  onCriticalPath: boolean;
  parallelWith: readonly number[];
}

interface StepCardProps {
  runbook: Runbook;
  step: Step;
  index: number;
  place: StepPlace;
  people: readonly Choice[];
  escalation: readonly Choice[];
  /** Its last actual time in a completed exercise, if it was ever done in one. */
  measured?: Measured | undefined;
  onMove: (to: number) => void;
  onRemove: () => void;
  drag: {
    dragging: boolean;
    onDragStart: (event: DragEvent) => void;
    onDragEnd: () => void;
    onDragOver: (event: DragEvent<HTMLLIElement>) => void;
    onDrop: (event: DragEvent<HTMLLIElement>) => void;
  };
}

function Labelled({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={['step-field', className].filter(Boolean).join(' ')}>
      <span className="field-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </div>
  );
}

/** One numbered step: what to do, who, how long, how to check, what if it fails, and what it waits for. */
export function StepCard({
  runbook,
  step,
  index,
  place,
  people,
  escalation,
  measured,
  onMove,
  onRemove,
  drag,
}: StepCardProps) {
  const number = index + 1;
  const context = { runbook, step, number };
  const warnings = stepSecretWarnings(step);
  const warningsOf = (field: string) =>
    warnings.filter((warning) => warning.field === field).map((w) => w.match);
  const last = runbook.steps.length - 1;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to >= 0 && to <= last) onMove(to);
  };

  return (
    <li
      className={[
        'runbook-step',
        place.onCriticalPath ? 'step-critical' : '',
        drag.dragging ? 'step-dragging' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={`step-${step.id}-heading`}
      data-step-id={step.id}
      onKeyDown={onKeyDown}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
    >
      <div className="runbook-step-header">
        <span
          className="step-handle"
          draggable
          onDragStart={drag.onDragStart}
          onDragEnd={drag.onDragEnd}
          title="Drag to move this step"
          aria-hidden="true"
        >
          ⠿
        </span>
        <h3 id={`step-${step.id}-heading`} className="runbook-step-title">
          <span className="step-number-badge">{number}</span> {step.title}
        </h3>
        <div className="step-badges">
          {place.onCriticalPath && <span className="step-badge badge-critical">Longest chain</span>}
          {place.parallelWith.length > 0 && (
            <span className="step-badge badge-parallel">
              In parallel with {stepNumbers(place.parallelWith)}
            </span>
          )}
          {place.timing && (
            <span className="step-badge badge-time">
              {place.timing.start === 0
                ? 'Starts at once'
                : `Starts after ${formatDuration(place.timing.start)}`}
            </span>
          )}
        </div>
        <div className="step-actions">
          <Button
            className="button button-small"
            data-move-handle={step.id}
            aria-label={`Move step ${String(number)} up`}
            aria-keyshortcuts="Alt+ArrowUp"
            isDisabled={index === 0}
            onPress={() => {
              onMove(index - 1);
            }}
          >
            ↑
          </Button>
          <Button
            className="button button-small"
            aria-label={`Move step ${String(number)} down`}
            aria-keyshortcuts="Alt+ArrowDown"
            isDisabled={index === last}
            onPress={() => {
              onMove(index + 1);
            }}
          >
            ↓
          </Button>
          <Button
            className="icon-button"
            aria-label={`Delete step ${String(number)}: ${step.title}`}
            onPress={onRemove}
          >
            <TrashIcon />
          </Button>
        </div>
      </div>
      <div className="step-grid">
        <Labelled label="Title" className="span-2">
          <StepText
            {...context}
            field="title"
            label="Title"
            control={{ kind: 'text' }}
            warnings={warningsOf('title')}
          />
        </Labelled>
        <Labelled label="What to do" className="span-2">
          <StepText
            {...context}
            field="instructions"
            label="Instructions"
            control={{ kind: 'textarea', rows: 3 }}
            placeholder="The actions, in order. Name where a password is kept (“see vault entry …”), never the password."
            warnings={warningsOf('instructions')}
          />
        </Labelled>
        <Labelled label="Who does it">
          <StepPerson {...context} field="responsibleId" label="Who does it" choices={people} />
          <StepText
            {...context}
            field="responsible"
            label="Or write who"
            control={{ kind: 'text' }}
            placeholder="or write who, e.g. “the on-call admin”"
            warnings={warningsOf('responsible')}
          />
        </Labelled>
        <Labelled label="Estimated time">
          <StepEstimate {...context} />
          {measured && <MeasuredTime runbook={runbook} step={step} number={index + 1} measured={measured} />}
        </Labelled>
        <Labelled label="How to verify">
          <StepText
            {...context}
            field="verify"
            label="How to verify"
            control={{ kind: 'textarea', rows: 2 }}
            warnings={warningsOf('verify')}
          />
        </Labelled>
        <Labelled label="If it fails">
          <StepText
            {...context}
            field="onFailure"
            label="If it fails"
            control={{ kind: 'textarea', rows: 2 }}
            warnings={warningsOf('onFailure')}
          />
        </Labelled>
        <Labelled label="Escalate to">
          <StepPerson {...context} field="escalateToId" label="Escalate to" choices={escalation} />
        </Labelled>
        <StepWaits runbook={runbook} step={step} index={index} />
      </div>
    </li>
  );
}
