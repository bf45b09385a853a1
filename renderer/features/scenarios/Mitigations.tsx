import { Button } from 'react-aria-components';
import {
  MITIGATION_STATUS_INFO,
  MITIGATION_STATUSES,
  mitigationFieldSchemas,
  type Mitigation,
  type MitigationKind,
  type MitigationStatus,
  type Scenario,
} from '../../../shared/model/scenario';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { TrashIcon } from '../../components/icons';
import { AddMitigation } from './AddMitigation';
import { KIND_CHOICES, parseKind, parseStatus, STATUS_CHOICES } from './mitigation-choices';
import { MitigationSuggestions } from './MitigationSuggestions';
import { removeMitigation, restoreMitigation, updateMitigation } from './scenario-repository';

/** What each status means, in one line under the table (the selects show the short labels). */
function StatusLegend() {
  return (
    <p className="field-help mitigation-legend">
      {MITIGATION_STATUSES.map((status, index) => (
        <span key={status}>
          {index > 0 && ' · '}
          <strong>{MITIGATION_STATUS_INFO[status].label}</strong>: {MITIGATION_STATUS_INFO[status].hint}
        </span>
      ))}
    </p>
  );
}

/** What protects against the scenario: each mitigation's kind, what is done, and how far along it is. */
export function Mitigations({ scenario }: { scenario: Scenario }) {
  return (
    <div className="panel mitigations">
      {scenario.mitigations.length === 0 ? (
        <p className="field-help">
          None recorded yet. Add what protects against this scenario, whether it is in place today or only
          planned.
        </p>
      ) : (
        <table className="grid mitigation-table" aria-label="Mitigations">
          <thead>
            <tr>
              <th scope="col" className="col-kind">
                Kind
              </th>
              <th scope="col">What is done</th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scenario.mitigations.map((mitigation, index) => (
              <MitigationRow
                key={mitigation.id}
                scenario={scenario}
                mitigation={mitigation}
                number={index + 1}
              />
            ))}
          </tbody>
        </table>
      )}
      {scenario.mitigations.length > 0 && <StatusLegend />}
      <AddMitigation scenario={scenario} />
      <MitigationSuggestions scenario={scenario} />
    </div>
  );
}

function MitigationRow({
  scenario,
  mitigation,
  number,
}: {
  scenario: Scenario;
  mitigation: Mitigation;
  number: number;
}) {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  const key = `scenario:${scenario.id}:mitigation:${mitigation.id}`;
  const what = (field: string) => `${field} of mitigation ${number} of “${scenario.name}”`;
  const save = (edits: Parameters<typeof updateMitigation>[3]) =>
    updateMitigation(db, scenario.id, mitigation.id, edits);
  return (
    <tr>
      <td>
        <AutosaveControl<MitigationKind>
          saveKey={`${key}:kind`}
          what={what('Kind')}
          label={`Kind of mitigation ${number}`}
          hideLabel
          control={{ kind: 'select', choices: KIND_CHOICES }}
          value={mitigation.kind}
          format={(kind) => kind}
          parse={parseKind}
          save={(kind) => save({ kind })}
          delay={0}
        />
      </td>
      <td>
        <AutosaveControl<string>
          saveKey={`${key}:description`}
          what={what('Description')}
          label={`What is done, mitigation ${number}`}
          hideLabel
          control={{ kind: 'text' }}
          value={mitigation.description}
          format={(text) => text}
          parse={(text) => validate(mitigationFieldSchemas.description, text)}
          save={(description) => save({ description })}
        />
      </td>
      <td>
        <AutosaveControl<MitigationStatus>
          saveKey={`${key}:status`}
          what={what('Status')}
          label={`Status of mitigation ${number}`}
          hideLabel
          control={{ kind: 'select', choices: STATUS_CHOICES }}
          value={mitigation.status}
          format={(status) => status}
          parse={parseStatus}
          save={(status) => save({ status })}
          delay={0}
        />
      </td>
      <td className="row-actions">
        <Button
          className="icon-button"
          aria-label={`Remove mitigation ${number}: ${mitigation.description}`}
          onPress={() =>
            void undoableDelete({
              key,
              label: mitigation.description,
              remove: () => removeMitigation(db, scenario.id, mitigation.id),
              restore: (removed) => restoreMitigation(db, scenario.id, removed),
              forget: () => [`${key}:`],
            })
          }
        >
          <TrashIcon />
        </Button>
      </td>
    </tr>
  );
}
