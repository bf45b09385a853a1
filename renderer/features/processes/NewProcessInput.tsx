import { useState } from 'react';
import { useLocation } from 'wouter';
import { processFieldSchemas } from '../../../shared/model/process';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { addProcess } from './process-repository';

/** Type a process name and press Enter: it is added, and its page opens so the impact can be rated at once. */
export function NewProcessInput({ planId }: { planId: string }) {
  const { db, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    if (text.trim() === '') return;
    const name = validate(processFieldSchemas.name, text);
    if (!name.ok) {
      setError(name.message);
      return;
    }
    setText('');
    const added: { id?: string } = {};
    const saved = await saveTracker.run(
      `plan:${planId}:new-process:${crypto.randomUUID()}`,
      `New process “${name.value}”`,
      async () => {
        added.id = (await addProcess(db, planId, name.value)).id;
      },
    );
    if (saved && added.id) navigate(`/processes/${added.id}`);
    else setError(`“${name.value}” was not added. Use Retry in the status bar.`);
  };

  return (
    <>
      <input
        className="control"
        aria-label="New process name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'new-process-error' : undefined}
        placeholder="Add a process: type its name and press Enter"
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
        }}
      />
      {error && (
        <p id="new-process-error" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
