import { useState, type SyntheticEvent } from 'react';
import { Button } from 'react-aria-components';
import type { Plan } from '../../../shared/model/plan';
import type { Scenario } from '../../../shared/model/scenario';
import { STARTER_SCENARIOS, type StarterScenario } from '../../../shared/scenarios/starters';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { ModalDialog } from '../../components/ModalDialog';
import { addStarterScenarios } from './scenario-repository';

interface StarterPickerDialogProps {
  plan: Plan;
  /** The plan's scenarios: starters among them are shown as already added. */
  added: readonly Scenario[];
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** Tick the common scenarios that apply; they are added together, in one transaction. */
export function StarterPickerDialog(props: StarterPickerDialogProps) {
  return (
    <ModalDialog
      title="Add common scenarios"
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      className="modal-starters"
    >
      {/* Remounted per opening so nothing stays ticked from last time. */}
      {props.isOpen && <StarterForm {...props} />}
    </ModalDialog>
  );
}

/** The first sentence: enough to recognise the scenario; the full text is on its page. */
function summary(starter: StarterScenario): string {
  return /^.*?[.!?](?=\s|$)/.exec(starter.description)?.[0] ?? starter.description;
}

function StarterForm({ plan, added, onOpenChange }: StarterPickerDialogProps) {
  const { db, saveTracker } = useServices();
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const already = new Set(added.map((scenario) => scenario.starterId));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (picked.size === 0) return;
    setBusy(true);
    setFailure(null);
    const ids = STARTER_SCENARIOS.filter((starter) => picked.has(starter.id)).map((starter) => starter.id);
    const key = `plan:${plan.id}:add-starters`;
    const ok = await saveTracker.run(key, `Adding ${plural(ids.length, 'scenario', 'scenarios')}`, () =>
      addStarterScenarios(db, plan.id, ids),
    );
    if (ok) {
      onOpenChange(false);
      return;
    }
    // The dialog says why and keeps the ticks; the status bar need not say it twice.
    const reason = saveTracker.getSnapshot().unsaved.find((change) => change.key === key)?.reason;
    saveTracker.clear(key);
    setFailure(`Nothing was added: ${reason ?? 'the database refused the change'}.`);
    setBusy(false);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <p className="starter-intro">
        Tick those that could happen to this organisation. Each comes with a description and how it is usually
        noticed; you then rate it and tick the systems it would take down. Suggested mitigations are offered
        on its page, for you to take or leave.
      </p>
      <fieldset className="checkbox-group">
        <legend className="field-label">Common scenarios</legend>
        <ul className="starter-list">
          {STARTER_SCENARIOS.map((starter) => {
            const isAdded = already.has(starter.id);
            return (
              <li key={starter.id} className={isAdded ? 'starter-item starter-added' : 'starter-item'}>
                <label className="checkbox-label">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={isAdded || picked.has(starter.id)}
                    disabled={isAdded}
                    aria-describedby={`starter-${starter.id}`}
                    onChange={(event) => {
                      const next = new Set(picked);
                      if (event.target.checked) next.add(starter.id);
                      else next.delete(starter.id);
                      setPicked(next);
                    }}
                  />
                  <span className="starter-name">{starter.name}</span>
                  {isAdded && <span className="muted"> already in the plan</span>}
                </label>
                <span id={`starter-${starter.id}`} className="starter-summary">
                  {summary(starter)}
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button className="button button-primary" type="submit" isDisabled={busy || picked.size === 0}>
          {picked.size === 0 ? 'Add scenarios' : `Add ${plural(picked.size, 'scenario', 'scenarios')}`}
        </Button>
      </div>
    </form>
  );
}
