import { processFieldSchemas } from '../../../shared/model/process';
import { AddByNameInput } from '../../autosave/AddByNameInput';
import type { AddByName } from '../../autosave/useAddByName';
import { addProcess } from './process-repository';

const NEW_PROCESS: AddByName = {
  what: 'process',
  schema: processFieldSchemas.name,
  add: addProcess,
  pathOf: (id) => `/processes/${id}`,
};

/** Type a process name and press Enter: it is added, and its page opens so the impact can be rated at once. */
export function NewProcessInput({ planId }: { planId: string }) {
  return (
    <AddByNameInput
      planId={planId}
      spec={NEW_PROCESS}
      label="New process name"
      placeholder="Add a process: type its name and press Enter"
    />
  );
}
