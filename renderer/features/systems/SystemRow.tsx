import type { KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { System } from '../../../shared/model/system';
import { REDUNDANCY_SHORT_CHOICES, systemFields, TIER_SHORT_CHOICES } from './system-fields';
import { SystemField } from './SystemField';
import { TrashIcon } from '../../components/icons';

interface SystemRowProps {
  system: System;
  row: number;
  onCellKeyDown: (row: number, column: string) => (event: KeyboardEvent<HTMLElement>) => void;
  onDelete: (system: System) => void;
}

export function SystemRow({ system, row, onCellKeyDown, onDelete }: SystemRowProps) {
  const cell = (column: string) => ({
    cell: { row, column },
    onKeyDown: onCellKeyDown(row, column),
    hideLabel: true,
  });
  const name = system.name || 'unnamed system';
  return (
    <tr>
      <td>
        <SystemField system={system} spec={systemFields.name} {...cell('name')} />
      </td>
      <td>
        <SystemField system={system} spec={systemFields.type} {...cell('type')} />
      </td>
      <td>
        <SystemField system={system} spec={systemFields.owner} {...cell('owner')} />
      </td>
      <td>
        <SystemField
          system={system}
          spec={systemFields.tier}
          control={{ kind: 'select', choices: TIER_SHORT_CHOICES }}
          {...cell('tier')}
        />
      </td>
      <td>
        <SystemField
          system={system}
          spec={systemFields.redundancy}
          control={{ kind: 'select', choices: REDUNDANCY_SHORT_CHOICES }}
          {...cell('redundancy')}
        />
      </td>
      <td className="row-actions">
        <Link
          href={`/systems/${system.id}`}
          className="button button-small"
          aria-label={`Details of ${name}`}
        >
          Details
        </Link>
        <Button
          className="icon-button"
          aria-label={`Delete ${name}`}
          onPress={() => {
            onDelete(system);
          }}
        >
          <TrashIcon />
        </Button>
      </td>
    </tr>
  );
}
