import { useState, type SyntheticEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { planDetailsSchema, type PlanDetails } from '../../../shared/model/plan';
import { ModalDialog } from '../../components/ModalDialog';

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

type FieldErrors = Partial<Record<keyof PlanDetails, string>>;

function PlanDetailsForm({ submitLabel, initial, onSubmit }: PlanDetailsDialogProps) {
  const [name, setName] = useState(initial.name);
  const [organisation, setOrganisation] = useState(initial.organisation);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const result = planDetailsSchema.safeParse({ name, organisation });
    if (!result.success) {
      const next: FieldErrors = {};
      for (const issue of result.error.issues) {
        const field = issue.path[0];
        if (field === 'name' || field === 'organisation') next[field] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    onSubmit(result.data).catch((error: unknown) => {
      setBusy(false);
      setFailure(`The plan was not saved: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form">
      <TextField
        className="field"
        value={name}
        onChange={setName}
        isInvalid={Boolean(errors.name)}
        autoFocus
        name="name"
      >
        <Label className="field-label">Plan name</Label>
        <Input className="control" placeholder="e.g. Acme Ltd – DR plan 2026" />
        <FieldError className="field-error">{errors.name}</FieldError>
      </TextField>
      <TextField
        className="field"
        value={organisation}
        onChange={setOrganisation}
        isInvalid={Boolean(errors.organisation)}
        name="organisation"
      >
        <Label className="field-label">Organisation</Label>
        <Input className="control" placeholder="The client or company this plan is for" />
        <FieldError className="field-error">{errors.organisation}</FieldError>
      </TextField>
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
