import { useCallback, useState, type SyntheticEvent } from 'react';
import {
  Button,
  FieldError,
  Form,
  Input,
  Label,
  ProgressBar,
  RadioButton,
  RadioField,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import { availableExportFormats, type ExportFormat } from '../../../shared/export/formats';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { ModalDialog } from '../../components/ModalDialog';
import { useExportJob, type ExportState } from './useExportJob';
import './exchange.css';

interface ExportDialogProps {
  plan: Plan | null;
  onClose: () => void;
}

/** Export…: pick a format (a passphrase for the plan file), then generate in a worker with progress and Cancel. */
export function ExportDialog({ plan, onClose }: ExportDialogProps) {
  return (
    <ModalDialog
      title={plan ? `Export “${plan.name}”` : 'Export'}
      isOpen={plan !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      className="modal-wide"
    >
      {/* Remounted per opening: a fresh choice, and closing mid-export stops the worker. */}
      {plan && <ExportForm plan={plan} onClose={onClose} />}
    </ModalDialog>
  );
}

function ExportForm({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { toasts } = useServices();
  const formats = availableExportFormats();
  const [formatId, setFormatId] = useState(formats[0]?.id ?? '');
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; again?: string }>({});
  const onSaved = useCallback(
    (message: string) => {
      toasts.add({ title: message }, { timeout: 6000 });
      onClose();
    },
    [toasts, onClose],
  );
  const job = useExportJob(onSaved);
  const format = formats.find((candidate) => candidate.id === formatId);
  const busy = job.state.phase === 'running' || job.state.phase === 'saving';
  const withPassphrase = Boolean(format?.encryptable) && protect;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!format || busy) return;
    if (withPassphrase) {
      const next: typeof errors = {};
      if (passphrase === '') next.passphrase = 'Enter a passphrase, or untick “Protect with a passphrase”.';
      else if (again !== passphrase) next.again = 'The two passphrases are different.';
      setErrors(next);
      if (next.passphrase ?? next.again) return;
    }
    void job.start(plan, format, withPassphrase ? passphrase : null);
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form export-form">
      <RadioGroup
        className="export-choice"
        value={formatId}
        onChange={(id) => {
          setFormatId(id);
          job.reset();
        }}
        isDisabled={busy}
        name="format"
      >
        <Label className="field-label">Format</Label>
        <div className="export-cards">
          {formats.map((candidate) => (
            <FormatCard key={candidate.id} format={candidate} />
          ))}
        </div>
      </RadioGroup>

      {format?.encryptable && (
        <div className="export-passphrase">
          <label className="checkbox-label">
            <input
              type="checkbox"
              className="checkbox"
              checked={protect}
              disabled={busy}
              onChange={(event) => {
                setProtect(event.target.checked);
              }}
            />
            <span>Protect with a passphrase</span>
          </label>
          {protect && (
            <>
              <div className="export-passphrase-fields">
                <TextField
                  className="field"
                  type="password"
                  value={passphrase}
                  onChange={setPassphrase}
                  isInvalid={Boolean(errors.passphrase)}
                  isDisabled={busy}
                  autoComplete="new-password"
                >
                  <Label className="field-label">Passphrase</Label>
                  <Input className="control" />
                  <FieldError className="field-error">{errors.passphrase}</FieldError>
                </TextField>
                <TextField
                  className="field"
                  type="password"
                  value={again}
                  onChange={setAgain}
                  isInvalid={Boolean(errors.again)}
                  isDisabled={busy}
                  autoComplete="new-password"
                >
                  <Label className="field-label">Passphrase again</Label>
                  <Input className="control" />
                  <FieldError className="field-error">{errors.again}</FieldError>
                </TextField>
              </div>
              <p className="field-warning">
                A lost passphrase cannot be recovered: without it nobody, DR Planner included, can open the
                file. Keep it somewhere safe, apart from the file.
              </p>
            </>
          )}
        </div>
      )}

      <ExportStatus state={job.state} />

      <div className="dialog-actions">
        {busy ? (
          <Button className="button" onPress={job.cancel} isDisabled={job.state.phase === 'saving'}>
            Cancel export
          </Button>
        ) : (
          <>
            <Button className="button" slot="close">
              Close
            </Button>
            <Button className="button button-primary" type="submit" isDisabled={!format}>
              Export
            </Button>
          </>
        )}
      </div>
    </Form>
  );
}

function ExportStatus({ state }: { state: ExportState }) {
  if (state.phase === 'running' || state.phase === 'saving') {
    return (
      <ProgressBar
        className="export-progress"
        value={Math.round(state.progress.fraction * 100)}
        aria-label="Export progress"
        valueLabel={state.progress.label}
      >
        {({ percentage }) => (
          <>
            <span className="export-progress-label">{state.progress.label}…</span>
            <div className="export-progress-track">
              <div className="export-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
            </div>
          </>
        )}
      </ProgressBar>
    );
  }
  if (state.phase === 'cancelled') {
    return (
      <p className="export-note" role="status">
        Cancelled. Nothing was saved.
      </p>
    );
  }
  if (state.phase === 'failed') {
    return (
      <p className="form-error" role="alert">
        The export failed: {state.message}
      </p>
    );
  }
  return null;
}

function FormatCard({ format }: { format: ExportFormat }) {
  return (
    <RadioField value={format.id} className="template-card export-card">
      <RadioButton className="template-card-button">
        <span className="template-card-indicator" aria-hidden="true" />
        <span className="template-card-name">{format.label}</span>
      </RadioButton>
      <Text slot="description" elementType="div" className="template-card-description">
        {format.description}
      </Text>
    </RadioField>
  );
}
