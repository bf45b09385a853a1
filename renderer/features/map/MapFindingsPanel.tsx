import { Button } from 'react-aria-components';
import type { Finding } from '../../../shared/analysis/findings';
import { FindingsBySeverity } from '../failure-points/FindingsBySeverity';

/** The plan's findings beside the map, so an edit on the map shows at once what it fixed or broke. */
export function MapFindingsPanel({
  findings,
  onClose,
}: {
  findings: readonly Finding[];
  onClose: () => void;
}) {
  return (
    <aside className="map-panel" aria-labelledby="map-findings-heading">
      <div className="map-panel-header">
        <h2 id="map-findings-heading">Findings</h2>
        <Button className="icon-button" aria-label="Close the findings" onPress={onClose}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
      {findings.length === 0 ? (
        <p className="muted">Nothing to fix so far.</p>
      ) : (
        <FindingsBySeverity findings={findings} headingLevel={3} />
      )}
    </aside>
  );
}
