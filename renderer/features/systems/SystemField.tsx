import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { AutosaveControl, type AutosaveControlProps, type ControlKind } from '../../autosave/AutosaveControl';
import type { SystemFieldSpec } from './system-fields';
import { updateSystem } from './system-repository';

type SystemFieldProps<T> = {
  system: System;
  spec: SystemFieldSpec<T>;
  /** Overrides the spec's control, e.g. shorter choices in the table. */
  control?: ControlKind;
} & Pick<AutosaveControlProps<T>, 'hideLabel' | 'className' | 'onKeyDown' | 'cell'> & { showHelp?: boolean };

/** One autosaving field of one system: each change is one `updateSystem` transaction. */
export function SystemField<T>({ system, spec, control, showHelp, ...rest }: SystemFieldProps<T>) {
  const { db } = useServices();
  return (
    <AutosaveControl
      {...rest}
      saveKey={`system:${system.id}:${spec.id}`}
      what={`${spec.label} of “${system.name || 'unnamed system'}”`}
      label={rest.hideLabel ? `${spec.label} of ${system.name}` : spec.label}
      help={showHelp ? spec.help : undefined}
      placeholder={spec.placeholder}
      control={control ?? spec.control}
      value={spec.get(system)}
      format={spec.format}
      parse={spec.parse}
      save={(value) => updateSystem(db, system.id, spec.patch(value))}
      delay={(control ?? spec.control).kind === 'select' ? 0 : undefined}
    />
  );
}
