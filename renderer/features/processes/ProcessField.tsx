import type { BusinessProcess } from '../../../shared/model/process';
import { useServices } from '../../app/services';
import { AutosaveControl, type AutosaveControlProps } from '../../autosave/AutosaveControl';
import type { ProcessFieldSpec } from './process-fields';
import { updateProcess } from './process-repository';

type ProcessFieldProps<T> = {
  process: BusinessProcess;
  spec: ProcessFieldSpec<T>;
  showHelp?: boolean;
} & Pick<AutosaveControlProps<T>, 'className' | 'hideLabel'>;

/** One autosaving field of one process: each change is one `updateProcess` transaction. */
export function ProcessField<T>({ process, spec, showHelp, ...rest }: ProcessFieldProps<T>) {
  const { db } = useServices();
  return (
    <AutosaveControl
      {...rest}
      saveKey={`process:${process.id}:${spec.id}`}
      what={`${spec.label} of “${process.name || 'unnamed process'}”`}
      label={spec.label}
      help={showHelp ? spec.help : undefined}
      placeholder={spec.placeholder}
      control={spec.control}
      value={spec.get(process)}
      format={spec.format}
      parse={spec.parse}
      save={(value) => updateProcess(db, process.id, spec.patch(value))}
      delay={spec.control.kind === 'select' ? 0 : undefined}
    />
  );
}
