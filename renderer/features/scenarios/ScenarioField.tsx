import { scenarioFieldSchemas, type Scenario } from '../../../shared/model/scenario';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl, type ControlKind } from '../../autosave/AutosaveControl';
import { updateScenario } from './scenario-repository';

export type ScenarioTextField = 'name' | 'description' | 'detection';

interface ScenarioFieldProps {
  scenario: Scenario;
  field: ScenarioTextField;
  label: string;
  help?: string;
  placeholder?: string;
  control: ControlKind;
  className?: string;
}

/** One autosaving text field of a scenario: each change is one `updateScenario` transaction. */
export function ScenarioField({ scenario, field, ...rest }: ScenarioFieldProps) {
  const { db } = useServices();
  return (
    <AutosaveControl<string>
      {...rest}
      saveKey={`scenario:${scenario.id}:${field}`}
      what={`${rest.label} of “${scenario.name || 'unnamed scenario'}”`}
      value={scenario[field]}
      format={(text) => text}
      parse={(text) => validate(scenarioFieldSchemas[field], text)}
      save={(value) => updateScenario(db, scenario.id, { [field]: value })}
    />
  );
}
