import { useId } from 'react';
import { Button } from 'react-aria-components';
import { vendorFieldSchemas } from '../../../shared/model/vendor';
import { useAddByName, type AddByName } from '../../autosave/useAddByName';
import { addVendor } from './vendor-repository';

const NEW_VENDOR: AddByName = {
  what: 'vendor',
  schema: vendorFieldSchemas.name,
  add: addVendor,
  pathOf: (id) => `/vendors/${id}`,
};

/** Type a vendor's name and press Enter (or Add): it is added and its page opens for the details. */
export function NewVendorForm({ planId }: { planId: string }) {
  const { text, error, change, submit } = useAddByName(planId, NEW_VENDOR);
  const inputId = useId();
  const errorId = useId();
  return (
    <form
      className="new-vendor"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={inputId} className="field-label">
        New vendor
      </label>
      <div className="new-vendor-row">
        <input
          id={inputId}
          className="control"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder="e.g. Northwind Hosting"
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            change(event.target.value);
          }}
        />
        <Button type="submit" className="button button-primary">
          Add vendor
        </Button>
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
