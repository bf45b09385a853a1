import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { importBackstage, type CatalogFile } from '../../../shared/import/backstage/import-backstage';
import { formatImportProblem } from '../../../shared/import/backstage/format';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { ModalDialog } from '../../components/ModalDialog';
import { newId, nowIso } from '../../db/clock';
import { checkPlanDetails, PlanDetailsFields, type PlanDetailsErrors } from '../plans/PlanDetailsFields';
import { addImportedPlan } from './backstage-repository';
import { BackstagePreview, BackstageProblems } from './BackstagePreview';
import './import-systems.css';
import './import-backstage.css';

interface ImportBackstageDialogProps {
  files: readonly CatalogFile[];
  onAddFile: () => Promise<string | null>;
  onRemoveFile: (name: string) => void;
  onClose: () => void;
  onImported: (plan: Plan) => void;
}

/** Open while at least one file is chosen: the files, what they become, the plan's name, Import. */
export function ImportBackstageDialog(props: ImportBackstageDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog
      title="Import from Backstage"
      isOpen={props.files.length > 0}
      onOpenChange={(isOpen) => {
        // Closing mid-write would hide whether the plan was created.
        if (!isOpen && !busy) props.onClose();
      }}
    >
      {props.files.length > 0 && <ImportForm {...props} busy={busy} setBusy={setBusy} />}
    </ModalDialog>
  );
}

function ImportForm({
  files,
  onAddFile,
  onRemoveFile,
  onClose,
  onImported,
  busy,
  setBusy,
}: ImportBackstageDialogProps & { busy: boolean; setBusy: (busy: boolean) => void }) {
  const { db } = useServices();
  const [name, setName] = useState('DR plan from Backstage');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<PlanDetailsErrors>({});
  const [pickProblem, setPickProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The preview runs on the files alone; the plan's name goes in when the plan is built for real.
  const preview = useMemo(
    () => importBackstage(files, { newId, now: nowIso(), planName: 'Preview' }),
    [files],
  );

  const addFile = async () => {
    setPickProblem(await onAddFile());
  };

  const runImport = async () => {
    const details = checkPlanDetails(name, organisation);
    if (!details.ok) {
      setErrors(details.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    const built = importBackstage(files, {
      newId,
      now: nowIso(),
      planName: details.details.name,
      organisation: details.details.organisation,
    });
    if (!built.ok) {
      setFailure(built.problems.map(formatImportProblem).join(' '));
      return;
    }
    setBusy(true);
    try {
      const plan = await addImportedPlan(db, built.snapshot);
      setBusy(false);
      onImported(plan);
    } catch (error) {
      setBusy(false);
      setFailure(`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form
      className="import-dialog backstage-import"
      onSubmit={(event) => {
        event.preventDefault();
        void runImport();
      }}
    >
      <p className="page-lede">
        A new plan from Backstage catalog files: Components and Resources become systems, Systems become
        business processes, <code>dependsOn</code>, <code>consumesApis</code> and <code>subcomponentOf</code>{' '}
        become dependencies, and owners become teams and contacts.
      </p>

      <div className="backstage-files">
        <h3 id="backstage-files-heading">Files</h3>
        <ul aria-labelledby="backstage-files-heading">
          {files.map((file) => (
            <li key={file.name}>
              <span className="backstage-file-name">{file.name}</span>
              <Button
                className="button button-small"
                aria-label={`Remove ${file.name}`}
                isDisabled={busy}
                onPress={() => {
                  onRemoveFile(file.name);
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
        <Button className="button" isDisabled={busy} onPress={() => void addFile()}>
          Add another file…
        </Button>
        {pickProblem && (
          <p className="form-error" role="alert">
            {pickProblem}
          </p>
        )}
      </div>

      <div className="backstage-details">
        <PlanDetailsFields
          name={name}
          organisation={organisation}
          onNameChange={setName}
          onOrganisationChange={setOrganisation}
          errors={errors}
        />
      </div>

      {preview.ok ? <BackstagePreview imported={preview} /> : <BackstageProblems refused={preview} />}

      <div className="import-footer">
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <p className="import-summary" aria-live="polite">
            {preview.ok
              ? `${plural(preview.summary.systems, 'system', 'systems')} and ${plural(preview.summary.processes, 'process', 'processes')} ready to import`
              : 'Fix the files or remove them to import'}
          </p>
          <Button className="button" onPress={onClose} isDisabled={busy}>
            Cancel
          </Button>
          <Button type="submit" className="button button-primary" isDisabled={!preview.ok || busy}>
            Import plan
          </Button>
        </div>
      </div>
    </form>
  );
}
