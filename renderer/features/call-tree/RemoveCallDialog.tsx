import { Button } from 'react-aria-components';
import { ModalDialog } from '../../components/ModalDialog';
import { plural } from '../../components/format';

export interface RemoveChoice {
  name: string;
  /** Names of the people they call directly. */
  calls: string[];
  /** Everyone below them, directly or not. */
  below: number;
  /** Who takes over their calls: their caller's name, or null for whoever activates the plan. */
  callerName: string | null;
}

/** Asked before removing someone who calls others: hand their calls up, or remove the whole branch. */
export function RemoveCallDialog({
  choice,
  onClose,
  onRemove,
}: {
  choice: RemoveChoice | null;
  onClose: () => void;
  onRemove: (mode: 'branch' | 'move-up') => void;
}) {
  return (
    <ModalDialog
      title={choice ? `Remove ${choice.name} from the call tree?` : ''}
      role="alertdialog"
      className="remove-call-dialog"
      isOpen={choice !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      {choice && (
        <>
          <p>
            {choice.name} calls {choice.calls.join(', ')}
            {choice.below > choice.calls.length
              ? `, who call others: ${plural(choice.below, 'person is', 'people are')} below them in all.`
              : '.'}
          </p>
          <p>
            You can hand their calls to {choice.callerName ?? 'whoever activates the plan'}, or remove them
            together with everyone below them.
          </p>
          <div className="dialog-actions">
            <Button className="button" onPress={onClose}>
              Cancel
            </Button>
            <Button
              className="button button-danger"
              onPress={() => {
                onRemove('branch');
              }}
            >
              Remove {choice.name} and {plural(choice.below, 'person', 'people')} below
            </Button>
            <Button
              className="button button-primary"
              onPress={() => {
                onRemove('move-up');
              }}
            >
              Move their calls up to {choice.callerName ?? 'the activator'}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
