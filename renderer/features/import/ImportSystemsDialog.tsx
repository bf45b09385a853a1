import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { checkImport, DELIMITER_NAMES, guessMapping } from '../../../shared/import/systems-csv-import';
import type { SystemTextKey } from '../../../shared/model/system-text';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { ModalDialog } from '../../components/ModalDialog';
import { ColumnMapping } from './ColumnMapping';
import { importSystemsAfterBackup } from './import-repository';
import { ImportPreview, ImportProblems } from './ImportPreview';
import type { OpenedCsv } from './useSystemsImport';
import './import-systems.css';

interface ImportSystemsDialogProps {
  planId: string;
  opened: OpenedCsv | null;
  /** The plan's system names when the file was picked; rows with these names are skipped. */
  existingNames: readonly string[];
  onClose: () => void;
}

export function ImportSystemsDialog({ planId, opened, existingNames, onClose }: ImportSystemsDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog
      title={opened ? `Import systems from ${opened.fileName}` : 'Import systems'}
      isOpen={opened !== null}
      onOpenChange={(isOpen) => {
        // Closing mid-write would hide whether the import happened.
        if (!isOpen && !busy) onClose();
      }}
    >
      {opened && (
        <ImportForm
          planId={planId}
          opened={opened}
          existingNames={existingNames}
          onClose={onClose}
          busy={busy}
          setBusy={setBusy}
        />
      )}
    </ModalDialog>
  );
}

interface ImportFormProps extends ImportSystemsDialogProps {
  opened: OpenedCsv;
  busy: boolean;
  setBusy: (busy: boolean) => void;
}

function ImportForm({ planId, opened, existingNames, onClose, busy, setBusy }: ImportFormProps) {
  const { db, saveTracker, toasts, backups } = useServices();
  const { fileName, encoding, table } = opened;
  const [mapping, setMapping] = useState(() => guessMapping(table.headers));
  // Names as they were when the file was picked: the list must not shift under the user (or
  // flag every row as a duplicate the moment the import lands). The write checks again.
  const [names] = useState(existingNames);
  const check = useMemo(() => checkImport(table, mapping, names), [table, mapping, names]);
  const [failure, setFailure] = useState<string | null>(null);
  const count = check.rows.length;
  const saveKey = `import:${planId}`;
  // However the dialog closes (Cancel, Escape, a click outside), a failed import the user walked
  // away from stops being listed, so its Retry can never write old rows later.
  useEffect(
    () => () => {
      saveTracker.clear(saveKey);
    },
    [saveTracker, saveKey],
  );

  const choose = (index: number, key: SystemTextKey | null) => {
    // A field fills one column: choosing it here releases it from any other column.
    setMapping((current) =>
      current.map((other, at) => (at === index ? key : key !== null && other === key ? null : other)),
    );
  };

  const runImport = async () => {
    setBusy(true);
    setFailure(null);
    const values = check.rows.map((row) => row.values);
    const what = `Import of ${plural(count, 'system', 'systems')} from “${fileName}”`;
    const saved = await saveTracker.run(saveKey, what, () =>
      importSystemsAfterBackup(db, backups, planId, values),
    );
    setBusy(false);
    if (saved) {
      toasts.add({ title: `Imported ${plural(count, 'system', 'systems')}` }, { timeout: 5000 });
      onClose();
      return;
    }
    const reason = saveTracker.getSnapshot().unsaved.find((change) => change.key === saveKey)?.reason;
    setFailure(`Nothing was imported: ${reason ?? 'the write failed.'}`);
  };

  const cancel = () => {
    onClose();
  };

  return (
    <div className="import-dialog">
      <p className="page-lede">
        {plural(table.rows.length, 'row', 'rows')} under the headings, separated by{' '}
        {DELIMITER_NAMES[table.delimiter] ?? table.delimiter}
        {encoding === 'UTF-8' ? '' : `, read as ${encoding} text`}. Choose what each column holds; changes are
        checked at once.
      </p>
      <ColumnMapping table={table} mapping={mapping} onChange={choose} />
      {check.mappingProblem ? (
        <p className="form-error import-mapping-problem" role="alert">
          {check.mappingProblem}
        </p>
      ) : (
        <>
          <ImportProblems check={check} />
          <ImportPreview check={check} mapping={mapping} />
        </>
      )}
      <div className="import-footer">
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <p className="import-summary" aria-live="polite">
            {plural(count, 'system', 'systems')} ready to import
            {check.skipped > 0 &&
              ` · ${plural(check.skipped, 'row with problems', 'rows with problems')} will be skipped`}
          </p>
          <Button className="button" onPress={cancel} isDisabled={busy}>
            Cancel
          </Button>
          {/* Pending, not disabled, while it writes (a backup first): a disabled button drops the
              keyboard focus out of the dialog, and Escape would no longer reach it. */}
          <Button
            className="button button-primary"
            isDisabled={count === 0}
            isPending={busy}
            onPress={() => void runImport()}
          >
            {count === 0 ? 'Import' : `Import ${plural(count, 'system', 'systems')}`}
          </Button>
        </div>
      </div>
    </div>
  );
}
