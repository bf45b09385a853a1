import { Button } from 'react-aria-components';
import { MITIGATION_KIND_INFO, type Scenario } from '../../../shared/model/scenario';
import { starterById } from '../../../shared/scenarios/starters';
import { useServices } from '../../app/services';
import { addSuggestedMitigation } from './scenario-repository';

/**
 * The starter's suggested mitigations not taken yet. They are offered, never
 * assumed: each becomes a mitigation only when the user adds it.
 */
export function MitigationSuggestions({ scenario }: { scenario: Scenario }) {
  const { db, saveTracker } = useServices();
  const starter = scenario.starterId ? starterById(scenario.starterId) : undefined;
  const taken = new Set(scenario.mitigations.map((mitigation) => mitigation.suggestion));
  const open = starter?.suggestions.filter((suggestion) => !taken.has(suggestion.key)) ?? [];
  if (open.length === 0) return null;
  return (
    <div className="mitigation-suggestions">
      <h3 className="field-label">Suggestions for this kind of scenario</h3>
      <p className="field-help">What usually helps. Add those that fit; you can change the wording after.</p>
      <ul aria-label="Suggested mitigations">
        {open.map((suggestion) => (
          <li key={suggestion.key}>
            <span>
              <strong>{MITIGATION_KIND_INFO[suggestion.kind].label}:</strong> {suggestion.description}
            </span>
            <Button
              className="button button-small"
              aria-label={`Add suggestion: ${suggestion.description}`}
              onPress={() =>
                void saveTracker.run(
                  `scenario:${scenario.id}:suggestion:${suggestion.key}`,
                  `Suggested mitigation “${suggestion.description}”`,
                  () => addSuggestedMitigation(db, scenario.id, suggestion.key),
                )
              }
            >
              Add
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
