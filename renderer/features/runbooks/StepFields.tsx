import type { SecretMatch } from '../../../shared/analysis/secrets';
import { formatDuration, parseDuration } from '../../../shared/model/duration';
import { stepFieldSchemas, type Runbook, type Step, type StepEdits } from '../../../shared/model/runbook';
import { validate, type Validated } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl, type Choice, type ControlKind } from '../../autosave/AutosaveControl';
import { updateStep } from './runbook-repository';
import { SecretWarnings } from './SecretWarnings';

type StepTextField = 'title' | 'instructions' | 'responsible' | 'verify' | 'onFailure';

interface StepContext {
  runbook: Runbook;
  step: Step;
  number: number;
}

function useStepSave({ runbook, step }: StepContext) {
  const { db } = useServices();
  return (edits: StepEdits) => updateStep(db, runbook.id, step.id, edits);
}

const saveKey = ({ runbook, step }: StepContext, field: string) =>
  `runbook:${runbook.id}:step:${step.id}:${field}`;

/** One autosaving text of a step, with its secret warnings right under it. */
export function StepText(
  props: StepContext & {
    field: StepTextField;
    label: string;
    help?: string;
    placeholder?: string;
    control: ControlKind;
    warnings: readonly SecretMatch[];
    className?: string;
  },
) {
  const save = useStepSave(props);
  const { field, number, label } = props;
  return (
    <div className={['field-stack', props.className].filter(Boolean).join(' ')}>
      <AutosaveControl<string>
        saveKey={saveKey(props, field)}
        what={`${label} of step ${String(number)}`}
        label={`${label}, step ${String(number)}`}
        hideLabel
        control={props.control}
        placeholder={props.placeholder}
        value={props.step[field]}
        format={(text) => text}
        parse={(text) => validate(stepFieldSchemas[field], text)}
        save={(text) => save({ [field]: text })}
      />
      <SecretWarnings label={`${label}, step ${String(number)}`} matches={props.warnings} />
    </div>
  );
}

/** The estimate, typed as a duration ("45 min", "2 h"); empty while nobody knows. */
export function StepEstimate(props: StepContext) {
  const save = useStepSave(props);
  return (
    <AutosaveControl<number | null>
      saveKey={saveKey(props, 'estimatedMinutes')}
      what={`Estimated time of step ${String(props.number)}`}
      label={`Estimated time, step ${String(props.number)}`}
      hideLabel
      control={{ kind: 'text' }}
      placeholder="e.g. 45 min"
      value={props.step.estimatedMinutes}
      format={(minutes) => (minutes === null ? '' : formatDuration(minutes))}
      parse={parseDuration}
      save={(estimatedMinutes) => save({ estimatedMinutes })}
    />
  );
}

function parseChoice(choices: readonly Choice[]) {
  return (text: string): Validated<string | null> =>
    choices.some((choice) => choice.value === text)
      ? { ok: true, value: text === '' ? null : text }
      : { ok: false, message: 'Choose someone from the list' };
}

/** A role, team or contact of the plan, saved at once (a picker has no typing pause). */
export function StepPerson(
  props: StepContext & { field: 'responsibleId' | 'escalateToId'; label: string; choices: readonly Choice[] },
) {
  const save = useStepSave(props);
  const value = props.step[props.field];
  // Someone deleted since keeps showing as such rather than silently as "nobody".
  const choices =
    value !== null && !props.choices.some((choice) => choice.value === value)
      ? [...props.choices, { value, label: 'Someone no longer in the plan' }]
      : props.choices;
  return (
    <AutosaveControl<string | null>
      saveKey={saveKey(props, props.field)}
      what={`${props.label} of step ${String(props.number)}`}
      label={`${props.label}, step ${String(props.number)}`}
      hideLabel
      control={{ kind: 'select', choices }}
      value={value}
      format={(id) => id ?? ''}
      parse={parseChoice(choices)}
      save={(id) => save({ [props.field]: id })}
      delay={0}
    />
  );
}
