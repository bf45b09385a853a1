import type { Dependency } from '../../../shared/model/dependency';
import { dependencySchema } from '../../../shared/model/dependency';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { updateDependency } from './dependency-repository';

/** How work goes on without the target of a degraded dependency: autosaved like every field. */
export function DependencyWorkaround({ dependency, label }: { dependency: Dependency; label: string }) {
  const { db } = useServices();
  return (
    <AutosaveControl<string>
      saveKey={`dependency:${dependency.id}:workaround`}
      what={`Workaround for “${label}”`}
      label="Workaround while it is down"
      help="How the work goes on meanwhile, e.g. “Take orders by phone and key them in later”."
      control={{ kind: 'textarea', rows: 2 }}
      value={dependency.workaround}
      format={(text) => text}
      parse={(text) => validate(dependencySchema.shape.workaround, text)}
      save={(workaround) => updateDependency(db, dependency.id, { workaround })}
    />
  );
}
