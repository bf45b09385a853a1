import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { processFieldSchemas } from '../../../shared/model/process';
import { systemFieldSchemas } from '../../../shared/model/system';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { addProcess, listProcesses } from '../processes/process-repository';
import { addSystem, listSystems } from '../systems/system-repository';

type Kind = 'system' | 'process';

/**
 * Type a name, Enter, next: each name is one transaction through the save tracker, said aloud as
 * saved. Details (owner, tier, objectives) come later on the normal screens.
 */
export function QuickCapture({ planId }: { planId: string }) {
  const { db, saveTracker } = useServices();
  const [kind, setKind] = useState<Kind>('system');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const systems = useLiveQuery(() => listSystems(db, planId), [db, planId]);
  const processes = useLiveQuery(() => listProcesses(db, planId), [db, planId]);

  const submit = async () => {
    if (text.trim() === '') return;
    const schema = kind === 'system' ? systemFieldSchemas.name : processFieldSchemas.name;
    const name = validate(schema, text);
    if (!name.ok) {
      setMessage({ text: name.message, error: true });
      return;
    }
    setText('');
    const saved = await saveTracker.run(
      `plan:${planId}:capture:${crypto.randomUUID()}`,
      `New ${kind} “${name.value}”`,
      async () => {
        if (kind === 'system') await addSystem(db, planId, name.value);
        else await addProcess(db, planId, name.value);
      },
    );
    setMessage(
      saved
        ? { text: `Added ${kind} “${name.value}” — saved. Type the next one.`, error: false }
        : { text: `“${name.value}” was not added. Use Retry at the top.`, error: true },
    );
  };

  const list = kind === 'system' ? systems : processes;
  return (
    <div className="capture">
      <fieldset className="capture-kind">
        <legend>Add a</legend>
        {(['system', 'process'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="capture-kind"
              value={choice}
              checked={kind === choice}
              onChange={() => {
                setKind(choice);
              }}
            />
            {choice === 'system' ? 'System' : 'Business process'}
          </label>
        ))}
      </fieldset>
      <input
        className="capture-input"
        aria-label={kind === 'system' ? 'Name of a system to add' : 'Name of a business process to add'}
        placeholder={kind === 'system' ? 'e.g. Payroll server, then Enter' : 'e.g. Pay staff, then Enter'}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setMessage(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <p className={message?.error ? 'capture-message capture-error' : 'capture-message'} aria-live="polite">
        {message?.text ?? 'Enter adds it and clears the box for the next one.'}
      </p>
      <h3 className="capture-count">
        {kind === 'system' ? 'Systems' : 'Business processes'} in this plan: {list?.length ?? 0}
      </h3>
      <ol
        className="capture-list"
        aria-label={kind === 'system' ? 'Systems captured' : 'Processes captured'}
        reversed
      >
        {[...(list ?? [])].reverse().map((record) => (
          <li key={record.id}>{record.name}</li>
        ))}
      </ol>
    </div>
  );
}
