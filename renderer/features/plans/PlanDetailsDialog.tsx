import { useState, type SyntheticEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import type { PlanDetails } from '../../../shared/model/plan';
import { ModalDialog } from '../../components/ModalDialog';
import { checkPlanDetails, PlanDetailsFields, type PlanDetailsErrors } from './PlanDetailsFields';

interface PlanDetailsDialogProps {
  title: string;
  submitLabel: string;
  initial: PlanDetails;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /**
   * Stores the details and closes the dialog (or leaves the screen). A rejection
   * is shown in the dialog, which stays open with the typed values.
   */
  onSubmit: (details: PlanDetails) => Promise<void>;
}

/** Create or rename a plan: the two things that tell one client's plan from another's. */
export function PlanDetailsDialog(props: PlanDetailsDialogProps) {
  return (
    <ModalDialog title={props.title} isOpen={props.isOpen} onOpenChange={props.onOpenChange}>
      {/* Remounted per opening so it starts from `initial`. */}
      {props.isOpen && <PlanDetailsForm {...props} />}
    </ModalDialog>
  );
}

function PlanDetailsForm({ submitLabel, initial, onSubmit }: PlanDetailsDialogProps) {
  const [name, setName] = useState(initial.name);
  const [organisation, setOrganisation] = useState(initial.organisation);
  const [errors, setErrors] = useState<PlanDetailsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = checkPlanDetails(name, organisation);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    onSubmit(checked.details).catch((error: unknown) => {
      setBusy(false);
      setFailure(`The plan was not saved: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form">
      <PlanDetailsFields
        name={name}
        organisation={organisation}
        onNameChange={setName}
        onOrganisationChange={setOrganisation}
        errors={errors}
        autoFocus
      />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button className="button button-primary" type="submit" isDisabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
