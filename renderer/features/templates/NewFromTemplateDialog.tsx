import { useState, type SyntheticEvent } from 'react';
import {
  Button,
  FieldError,
  Form,
  Label,
  RadioButton,
  RadioField,
  RadioGroup,
  Text,
} from 'react-aria-components';
import type { PlanDetails } from '../../../shared/model/plan';
import { exampleName, templateById, TEMPLATES, type PlanTemplate } from '../../../shared/templates';
import { plural } from '../../components/format';
import { ModalDialog } from '../../components/ModalDialog';
import { checkPlanDetails, PlanDetailsFields, type PlanDetailsErrors } from '../plans/PlanDetailsFields';
import './new-from-template.css';

interface NewFromTemplateDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Creates the plan and leaves the screen. A rejection is shown in the dialog, which keeps its values. */
  onSubmit: (templateId: string, details: PlanDetails) => Promise<void>;
}

/** Pick a starter template, name the plan, create it: the quick way to a first, complete example. */
export function NewFromTemplateDialog(props: NewFromTemplateDialogProps) {
  return (
    <ModalDialog
      title="New plan from a template"
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      className="modal-wide"
    >
      {/* Remounted per opening so it starts empty. */}
      {props.isOpen && <TemplateForm onSubmit={props.onSubmit} />}
    </ModalDialog>
  );
}

type FieldErrors = PlanDetailsErrors & { template?: string };

function TemplateForm({ onSubmit }: Pick<NewFromTemplateDialogProps, 'onSubmit'>) {
  const [template, setTemplate] = useState<PlanTemplate | null>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (id: string) => {
    const next = templateById(id);
    if (!next) return;
    // The name follows the choice until the user types one of their own.
    if (name.trim() === '' || (template && name === exampleName(template))) setName(exampleName(next));
    setTemplate(next);
    setErrors(({ template: _, ...rest }) => rest);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!template) next.template = 'Choose the template closest to the organisation.';
    const checked = checkPlanDetails(name, organisation);
    if (!checked.ok) Object.assign(next, checked.errors);
    setErrors(next);
    if (!template || !checked.ok) return;
    setBusy(true);
    setFailure(null);
    onSubmit(template.id, checked.details).catch((error: unknown) => {
      setBusy(false);
      setFailure(`The plan was not created: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form">
      <p className="template-intro">
        Each template is a complete example plan: business processes rated for impact, the systems they need
        and how those depend on each other, and recovery objectives that fit together. Pick the one closest to
        the organisation, then adjust every name and figure with the people who know.
      </p>
      <RadioGroup
        className="template-choice"
        value={template?.id ?? null}
        onChange={choose}
        isInvalid={Boolean(errors.template)}
        name="template"
      >
        <Label className="field-label">Template</Label>
        <div className="template-cards">
          {TEMPLATES.map((candidate, index) => (
            <TemplateCard key={candidate.id} template={candidate} autoFocus={index === 0} />
          ))}
        </div>
        <FieldError className="field-error">{errors.template}</FieldError>
      </RadioGroup>
      <div className="template-details">
        <PlanDetailsFields
          name={name}
          organisation={organisation}
          onNameChange={setName}
          onOrganisationChange={setOrganisation}
          errors={errors}
        />
      </div>
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
          Create plan
        </Button>
      </div>
    </Form>
  );
}

function TemplateCard({ template, autoFocus }: { template: PlanTemplate; autoFocus: boolean }) {
  // The name labels the radio and the paragraph describes it, so a screen reader announces
  // "Online retail, radio button" before the detail. The label is stretched over the whole
  // card in CSS, so a click anywhere on the card chooses it.
  return (
    <RadioField value={template.id} className="template-card" autoFocus={autoFocus}>
      <RadioButton className="template-card-button">
        <span className="template-card-indicator" aria-hidden="true" />
        <span className="template-card-name">{template.name}</span>
      </RadioButton>
      <Text slot="description" elementType="div" className="template-card-text">
        <span className="template-card-description">{template.description}</span>
        <span className="template-card-counts">
          {plural(template.processes.length, 'process', 'processes')} ·{' '}
          {plural(template.systems.length, 'system', 'systems')}
        </span>
      </Text>
    </RadioField>
  );
}
