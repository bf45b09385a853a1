import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { planDetailsSchema, type PlanDetails } from '../../../shared/model/plan';

export type PlanDetailsErrors = Partial<Record<keyof PlanDetails, string>>;

/** Checks typed plan details: the clean details, or the first message per field. */
export function checkPlanDetails(
  name: string,
  organisation: string,
): { ok: true; details: PlanDetails } | { ok: false; errors: PlanDetailsErrors } {
  const result = planDetailsSchema.safeParse({ name, organisation });
  if (result.success) return { ok: true, details: result.data };
  const errors: PlanDetailsErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'name' || field === 'organisation') errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

interface PlanDetailsFieldsProps {
  name: string;
  organisation: string;
  onNameChange: (name: string) => void;
  onOrganisationChange: (organisation: string) => void;
  errors: PlanDetailsErrors;
  autoFocus?: boolean;
}

/** The plan name and organisation fields, the same in every dialog that creates or renames a plan. */
export function PlanDetailsFields(props: PlanDetailsFieldsProps) {
  return (
    <>
      <TextField
        className="field"
        value={props.name}
        onChange={props.onNameChange}
        isInvalid={Boolean(props.errors.name)}
        autoFocus={props.autoFocus}
        name="name"
      >
        <Label className="field-label">Plan name</Label>
        <Input className="control" placeholder="e.g. Acme Ltd – DR plan 2026" />
        <FieldError className="field-error">{props.errors.name}</FieldError>
      </TextField>
      <TextField
        className="field"
        value={props.organisation}
        onChange={props.onOrganisationChange}
        isInvalid={Boolean(props.errors.organisation)}
        name="organisation"
      >
        <Label className="field-label">Organisation</Label>
        <Input className="control" placeholder="The client or company this plan is for" />
        <Text slot="description" className="field-help">
          Optional; you can add or change it later.
        </Text>
        <FieldError className="field-error">{props.errors.organisation}</FieldError>
      </TextField>
    </>
  );
}
