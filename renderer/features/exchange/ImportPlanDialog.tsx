import { useState, type SyntheticEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { formatProblems, type BundleRefusal } from '../../../shared/bundle/read-bundle';
import { formatDateTime, plural } from '../../components/format';
import { ModalDialog } from '../../components/ModalDialog';
import type { ImportState } from './useImportPlan';
import type { ImportMode } from './plan-import-repository';
import './exchange.css';

interface ImportPlanDialogProps {
  state: ImportState;
  onPassphrase: (passphrase: string) => void;
  onConfirm: (mode: ImportMode) => void;
  onClose: () => void;
}

/** The import's one dialog, whose content follows the step: reading, passphrase, problems, or the choice. */
export function ImportPlanDialog({ state, onPassphrase, onConfirm, onClose }: ImportPlanDialogProps) {
  const onOpenChange = (isOpen: boolean) => {
    if (!isOpen) onClose();
  };
  switch (state.step) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <ModalDialog title={`Importing “${state.fileName}”`} isOpen onOpenChange={onOpenChange}>
          <p role="status">Reading and checking the plan file…</p>
          <div className="dialog-actions">
            <Button className="button" slot="close">
              Cancel
            </Button>
          </div>
        </ModalDialog>
      );
    case 'passphrase':
      return (
        <ModalDialog
          title={`“${state.fileName}” is protected with a passphrase`}
          isOpen
          onOpenChange={onOpenChange}
        >
          <PassphraseForm error={state.error} busy={state.busy} onSubmit={onPassphrase} />
        </ModalDialog>
      );
    case 'refused':
      return (
        <ModalDialog
          title={`“${state.fileName}” cannot be imported`}
          role="alertdialog"
          isOpen
          onOpenChange={onOpenChange}
          className="modal-wide"
        >
          <Problems reason={state.reason} lines={formatProblems(state.problems)} problems={state.problems} />
        </ModalDialog>
      );
    case 'confirm':
      return (
        <ModalDialog
          title={`Import “${state.read.snapshot.plan.name}”`}
          role={state.existing ? 'alertdialog' : 'dialog'}
          isOpen
          onOpenChange={onOpenChange}
          className="modal-wide"
        >
          <ConfirmImport state={state} onConfirm={onConfirm} />
        </ModalDialog>
      );
  }
}

function PassphraseForm(props: {
  error: string | null;
  busy: boolean;
  onSubmit: (passphrase: string) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (passphrase !== '' && !props.busy) props.onSubmit(passphrase);
  };
  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form">
      <p className="import-summary">Enter the passphrase it was exported with.</p>
      <TextField
        className="field"
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        isInvalid={props.error !== null}
        isDisabled={props.busy}
        autoFocus
      >
        <Label className="field-label">Passphrase</Label>
        <Input className="control" />
        <FieldError className="field-error">{props.error}</FieldError>
      </TextField>
      {props.busy && <p role="status">Checking the passphrase…</p>}
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button className="button button-primary" type="submit" isDisabled={props.busy || passphrase === ''}>
          Open
        </Button>
      </div>
    </Form>
  );
}

const ADVICE: Record<Exclude<BundleRefusal, 'passphrase-needed' | 'wrong-passphrase'>, string> = {
  newer: 'It was made by a newer DR Planner. Update DR Planner on this computer, then import the file again.',
  invalid:
    'The file is damaged or was changed by hand. Ask whoever sent it to export the plan again, or correct what is listed.',
  'not-json': 'This is not a DR Planner plan file, or it is damaged.',
  'not-a-bundle':
    'This is not a DR Planner plan file. Plan files are made with Export… › Plan file (.drplan.json).',
  'too-large': 'Plan files are far smaller than this; check that you picked the right file.',
};

function Problems(props: {
  reason: BundleRefusal;
  lines: string[];
  problems: readonly { path: string; message: string }[];
}) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const advice =
    props.reason === 'passphrase-needed' || props.reason === 'wrong-passphrase' ? null : ADVICE[props.reason];
  return (
    <div className="import-body">
      {advice && <p className="import-summary">{advice}</p>}
      <p className="import-summary">Nothing was imported. What is wrong, and where in the file:</p>
      <ul className="import-problems" aria-label="Problems">
        {props.problems.map((problem, index) => (
          <li key={index}>
            <span className="import-problem-path">{problem.path}</span>: {problem.message}
          </li>
        ))}
      </ul>
      <div className="dialog-actions dialog-actions-spread">
        <span role="status">
          {copied === 'yes' && 'Copied.'}
          {copied === 'failed' && 'Could not copy; select the text and copy it instead.'}
        </span>
        <span className="import-buttons">
          <Button
            className="button"
            onPress={() => {
              navigator.clipboard.writeText(props.lines.join('\n')).then(
                () => {
                  setCopied('yes');
                },
                () => {
                  setCopied('failed');
                },
              );
            }}
          >
            Copy problems
          </Button>
          <Button className="button button-primary" slot="close" autoFocus>
            Close
          </Button>
        </span>
      </div>
    </div>
  );
}

function ConfirmImport({
  state,
  onConfirm,
}: {
  state: Extract<ImportState, { step: 'confirm' }>;
  onConfirm: (mode: ImportMode) => void;
}) {
  const { read, existing } = state;
  const { snapshot } = read;
  return (
    <div className="import-body">
      <p className="import-summary">
        {plural(snapshot.systems.length, 'system', 'systems')},{' '}
        {plural(snapshot.processes.length, 'process', 'processes')},{' '}
        {plural(snapshot.runbooks.length, 'runbook', 'runbooks')} and{' '}
        {plural(snapshot.contacts.length, 'contact', 'contacts')}, exported {formatDateTime(read.exportedAt)}{' '}
        by {read.app.name} {read.app.version}
        {read.encrypted ? ', protected with a passphrase' : ''}.
      </p>
      {read.warnings.length > 0 && (
        <ul className="import-warnings" aria-label="Warnings">
          {read.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {existing && (
        <>
          <p className="import-summary">
            <strong>This plan is already on this computer</strong> as “{existing.name}”, last edited{' '}
            {formatDateTime(existing.updatedAt)}.
          </p>
          <p className="import-summary muted">
            Import it as a copy to keep both. Replace it to make this computer’s plan the one in the file: a
            backup of the current “{existing.name}” is kept, and you can undo right after.
          </p>
        </>
      )}
      {state.error && (
        <p className="form-error" role="alert">
          Nothing was imported: {state.error}
        </p>
      )}
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        {existing ? (
          <>
            <Button
              className="button"
              isDisabled={state.busy}
              onPress={() => {
                onConfirm('copy');
              }}
            >
              Import as a copy
            </Button>
            <Button
              className="button button-danger"
              isDisabled={state.busy}
              onPress={() => {
                onConfirm('replace');
              }}
            >
              Replace “{existing.name}”
            </Button>
          </>
        ) : (
          <Button
            className="button button-primary"
            isDisabled={state.busy}
            onPress={() => {
              onConfirm('new');
            }}
          >
            Import
          </Button>
        )}
      </div>
    </div>
  );
}
