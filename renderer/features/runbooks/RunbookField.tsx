import { activationSchema, runbookFieldSchemas, type Runbook } from '../../../shared/model/runbook';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl, type ControlKind } from '../../autosave/AutosaveControl';
import { updateActivation, updateRunbook } from './runbook-repository';
import { TextSecretWarnings } from './SecretWarnings';

type TopField = 'title' | 'notification' | 'returnToNormal' | 'rollback';
type ActivationField = 'criteria' | 'whoMayActivate';

interface RunbookFieldProps {
  runbook: Runbook;
  field: TopField | ActivationField;
  label: string;
  help?: string;
  placeholder?: string;
  control: ControlKind;
  className?: string;
}

function isActivationField(field: TopField | ActivationField): field is ActivationField {
  return field === 'criteria' || field === 'whoMayActivate';
}

/** One autosaving text of a runbook (activation's two included), with a warning under it if it holds a secret. */
export function RunbookField({ runbook, field, className, ...rest }: RunbookFieldProps) {
  const { db } = useServices();
  const value = isActivationField(field) ? runbook.activation[field] : runbook[field];
  const schema = isActivationField(field) ? activationSchema.shape[field] : runbookFieldSchemas[field];
  return (
    <div className={['field-stack', className].filter(Boolean).join(' ')}>
      <AutosaveControl<string>
        {...rest}
        saveKey={`runbook:${runbook.id}:${field}`}
        what={`${rest.label} of “${runbook.title}”`}
        value={value}
        format={(text) => text}
        parse={(text) => validate(schema, text)}
        save={(text) =>
          isActivationField(field)
            ? updateActivation(db, runbook.id, { [field]: text })
            : updateRunbook(db, runbook.id, { [field]: text })
        }
      />
      <TextSecretWarnings label={rest.label} text={value} />
    </div>
  );
}
