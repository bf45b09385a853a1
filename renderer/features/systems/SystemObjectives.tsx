import { blastRadius, buildGraph } from '../../../shared/analysis/failure-graph';
import { explainSystemMtd, systemMtd } from '../../../shared/analysis/mtd';
import { systemFindings } from '../../../shared/analysis/findings';
import { formatDuration } from '../../../shared/model/duration';
import type { Plan } from '../../../shared/model/plan';
import { suggestTier, explainTierSuggestion } from '../../../shared/model/impact';
import type { System } from '../../../shared/model/system';
import { todayIso } from '../../db/clock';
import { usePlanContent } from '../plans/usePlanContent';
import { FindingsList } from '../findings/FindingsList';
import { CopyLocationsField } from './CopyLocationsField';
import { objectiveFields } from './system-fields';
import { SystemField } from './SystemField';

/** Step 2 for one system: its objectives, where its MTD comes from, its data protection and what is wrong. */
export function SystemObjectives({ plan, system }: { plan: Plan; system: System }) {
  const content = usePlanContent(plan.id);
  if (!content) return null;

  const { processes } = content;
  // Every process this system's failure stops, through the systems that need it, sets its MTD.
  const stops = new Set(blastRadius(buildGraph(content), system.id).processes);
  const mtd = systemMtd(system, processes, plan.mtdThreshold, stops);
  const findings = systemFindings(system, { mtd, today: todayIso() });
  const supported = processes.filter((process) => process.systemIds.includes(system.id));
  // Only a tier less critical than the MTD warrants is worth questioning; tier 0 is a choice, never suggested.
  const suggestedTier = suggestTier(mtd.minutes);

  return (
    <>
      <section className="form-section" aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Recovery objectives</h2>
        <div aria-live="polite">
          <FindingsList findings={findings} label={`Findings for ${system.name || 'this system'}`} />
        </div>
        <div className="form-grid">
          <SystemField system={system} spec={objectiveFields.rto} showHelp />
          <SystemField system={system} spec={objectiveFields.rpo} showHelp />
          <SystemField system={system} spec={objectiveFields.wrt} showHelp />
          <div className="derived" aria-labelledby="system-mtd-label">
            <p id="system-mtd-label" className="field-label">
              MTD – maximum tolerable downtime
            </p>
            <p className="derived-value">{mtd.minutes === null ? 'Unknown' : formatDuration(mtd.minutes)}</p>
            <p className="field-help">{explainSystemMtd(mtd)}</p>
            {supported.length > 0 && (
              <p className="field-help">Supports: {supported.map((process) => process.name).join(', ')}.</p>
            )}
            {suggestedTier !== null && (system.tier === null || system.tier > suggestedTier) && (
              <p className="field-help">{explainTierSuggestion(mtd.minutes)}</p>
            )}
          </div>
          <SystemField system={system} spec={objectiveFields.mtdOverride} showHelp />
          {(system.mtdOverride !== null || system.mtdOverrideReason !== '') && (
            <SystemField system={system} spec={objectiveFields.mtdOverrideReason} showHelp />
          )}
        </div>
      </section>
      <section className="form-section" aria-labelledby="protection-heading">
        <h2 id="protection-heading">Data protection</h2>
        <div className="form-grid">
          <SystemField system={system} spec={objectiveFields.backupMethod} showHelp />
          <SystemField system={system} spec={objectiveFields.backupInterval} showHelp />
          <SystemField system={system} spec={objectiveFields.replicationLag} showHelp />
          <CopyLocationsField system={system} />
          <SystemField system={system} spec={objectiveFields.lastRestoreTest} showHelp />
          <SystemField system={system} spec={objectiveFields.offlineCopy} showHelp />
        </div>
      </section>
    </>
  );
}
