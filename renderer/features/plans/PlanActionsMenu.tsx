import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { Plan } from '../../../shared/model/plan';
import { MoreIcon } from '../../components/icons';

interface PlanActionsMenuProps {
  plan: Plan;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

export function PlanActionsMenu({ plan, onRename, onDuplicate, onExport, onDelete }: PlanActionsMenuProps) {
  return (
    <MenuTrigger>
      <Button className="icon-button" aria-label={`Actions for ${plan.name}`}>
        <MoreIcon />
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu"
          onAction={(key) => {
            if (key === 'rename') onRename();
            else if (key === 'duplicate') onDuplicate();
            else if (key === 'export') onExport();
            else if (key === 'delete') onDelete();
          }}
        >
          <MenuItem className="menu-item" id="rename">
            Rename…
          </MenuItem>
          <MenuItem className="menu-item" id="duplicate">
            Duplicate
          </MenuItem>
          <MenuItem className="menu-item" id="export">
            Export…
          </MenuItem>
          <MenuItem className="menu-item menu-item-danger" id="delete">
            Delete…
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
