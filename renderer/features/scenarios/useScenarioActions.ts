import type { Scenario } from '../../../shared/model/scenario';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { deleteScenario, restoreScenario } from './scenario-repository';

export function useScenarioActions() {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  return {
    remove: (scenario: Scenario) =>
      undoableDelete({
        key: `scenario:${scenario.id}`,
        label: scenario.name || 'unnamed scenario',
        remove: () => deleteScenario(db, scenario.id),
        restore: (deleted) => restoreScenario(db, deleted),
        forget: () => [`scenario:${scenario.id}:`],
      }),
  };
}
