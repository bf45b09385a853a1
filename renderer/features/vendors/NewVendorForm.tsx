import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import { validate } from '../../../shared/model/validation';
import { vendorFieldSchemas } from '../../../shared/model/vendor';
import { useServices } from '../../app/services';
import { addVendor } from './vendor-repository';

/** Type a vendor's name and press Enter (or Add): it is added and its page opens for the details. */
export function NewVendorForm({ planId }: { planId: string }) {
  const { db, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const name = validate(vendorFieldSchemas.name, text);
    if (!name.ok) {
      setError(name.message);
      return;
    }
    setText('');
    const added: { id?: string } = {};
    const saved = await saveTracker.run(
      `plan:${planId}:new-vendor:${crypto.randomUUID()}`,
      `New vendor “${name.value}”`,
      async () => {
        added.id = (await addVendor(db, planId, name.value)).id;
      },
    );
    if (saved && added.id) navigate(`/vendors/${added.id}`);
    else setError(`“${name.value}” was not added. Use Retry in the status bar.`);
  };

  return (
    <form
      className="new-vendor"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label htmlFor="new-vendor-name" className="field-label">
        New vendor
      </label>
      <div className="new-vendor-row">
        <input
          id="new-vendor-name"
          className="control"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-vendor-error' : undefined}
          placeholder="e.g. Northwind Hosting"
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
        />
        <Button type="submit" className="button button-primary">
          Add vendor
        </Button>
      </div>
      {error && (
        <p id="new-vendor-error" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
