import { Button } from 'react-aria-components';
import type { Plan } from '../../../shared/model/plan';
import { ModalDialog } from '../../components/ModalDialog';

interface DeletePlanDialogProps {
  plan: Plan | null;
  systemCount: number;
  onCancel: () => void;
  onConfirm: (plan: Plan) => void;
}

export function DeletePlanDialog({ plan, systemCount, onCancel, onConfirm }: DeletePlanDialogProps) {
  return (
    <ModalDialog
      title={plan ? `Delete “${plan.name}”?` : 'Delete plan?'}
      role="alertdialog"
      isOpen={plan !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) onCancel();
      }}
    >
      <p>
        This removes the plan and its {systemCount === 1 ? '1 system' : `${systemCount} systems`} from this
        computer. You can undo for a few seconds afterwards.
      </p>
      <div className="dialog-actions">
        <Button className="button" slot="close" autoFocus>
          Keep plan
        </Button>
        <Button
          className="button button-danger"
          onPress={() => {
            if (plan) onConfirm(plan);
          }}
        >
          Delete plan
        </Button>
      </div>
    </ModalDialog>
  );
}
