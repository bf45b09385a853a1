import { formatDuration, parseDuration } from '../../../shared/model/duration';
import { exerciseFieldSchemas, type Exercise } from '../../../shared/model/exercise';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl, type ControlKind } from '../../autosave/AutosaveControl';
import { setAchievedRpo, updateExercise } from './exercise-repository';

type TextField = 'title' | 'date' | 'participants' | 'objectives' | 'summary' | 'type';

/** One autosaving field of an exercise: each change is one `updateExercise` transaction. */
export function ExerciseField({
  exercise,
  field,
  label,
  help,
  control = { kind: 'text' },
}: {
  exercise: Exercise;
  field: TextField;
  label: string;
  help?: string;
  control?: ControlKind;
}) {
  const { db } = useServices();
  return (
    <AutosaveControl<string>
      control={control}
      label={label}
      help={help}
      saveKey={`exercise:${exercise.id}:${field}`}
      what={`${label} of “${exercise.title}”`}
      value={exercise[field]}
      format={(text) => text}
      parse={(text) => validate(exerciseFieldSchemas[field], text)}
      save={(value) => updateExercise(db, exercise.id, { [field]: value })}
    />
  );
}

/** The data actually lost, typed like every duration (“15 min”, “1 h”). */
export function AchievedRpoField({
  exercise,
  systemId,
  systemName,
  value,
}: {
  exercise: Exercise;
  systemId: string;
  systemName: string;
  value: number | null;
}) {
  const { db } = useServices();
  return (
    <AutosaveControl<number | null>
      control={{ kind: 'text' }}
      label={`Achieved RPO of ${systemName}`}
      hideLabel
      placeholder="e.g. 15 min"
      saveKey={`exercise:${exercise.id}:rpo:${systemId}`}
      what={`Achieved RPO of “${systemName}”`}
      value={value}
      format={(minutes) => (minutes === null ? '' : formatDuration(minutes))}
      parse={parseDuration}
      save={(minutes) => setAchievedRpo(db, exercise.id, systemId, minutes)}
    />
  );
}
