import { Link } from 'wouter';
import { processMtd } from '../../../shared/analysis/mtd';
import type { PlanAnalysis } from '../../../shared/analysis/plan-analysis';
import { DEPENDENCY_KIND_INFO } from '../../../shared/model/dependency';
import { formatDuration, formatOptionalDuration } from '../../../shared/model/duration';
import type { MtdThreshold } from '../../../shared/model/impact';
import type { BusinessProcess } from '../../../shared/model/process';
import { SYSTEM_TYPE_LABELS, TIER_INFO, type System, type Tier } from '../../../shared/model/system';
import type { MapGraph, MapNode } from '../../../shared/map/map-model';
import { SystemDependencies } from '../dependencies/SystemDependencies';

interface NodePanelProps {
  node: MapNode;
  graph: MapGraph;
  systems: readonly System[];
  processes: readonly BusinessProcess[];
  analysis: PlanAnalysis;
  mtdThreshold: MtdThreshold;
}

/** “A, B and 3 more”: enough names to recognise, never a wall of them. */
function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 4);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length <= 1
    ? (shown[0] ?? '')
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

function tierText(tier: Tier | null): string {
  return tier === null ? 'Not set' : TIER_INFO[tier].label;
}

/** What the map knows about one system or process, and its dependencies to edit in place. */
export function MapNodePanel(props: NodePanelProps) {
  const { node } = props;
  return (
    <>
      <p className="map-panel-kind">
        {node.kind === 'process'
          ? 'Business process'
          : `System · ${node.systemType ? SYSTEM_TYPE_LABELS[node.systemType] : ''}`}
      </p>
      {node.kind === 'system' ? <SystemFacts {...props} /> : <ProcessFacts {...props} />}
    </>
  );
}

function SystemFacts({ node, systems, analysis, graph }: NodePanelProps) {
  const system = systems.find((candidate) => candidate.id === node.id);
  const facts = analysis.systems.find((candidate) => candidate.id === node.id);
  const spof = analysis.spofs.find((candidate) => candidate.id === node.id);
  const cycle = analysis.cycles.find((members) => members.includes(node.id));
  const nameOf = (id: string) => graph.nodes.find((candidate) => candidate.id === id)?.label ?? id;
  if (!system) return null;
  return (
    <>
      <dl className="map-facts">
        <dt>Tier</dt>
        <dd>{tierText(system.tier)}</dd>
        <dt>RTO</dt>
        <dd>{formatOptionalDuration(system.rto)}</dd>
        <dt>RPO</dt>
        <dd>{formatOptionalDuration(system.rpo)}</dd>
        <dt>WRT</dt>
        <dd>{formatOptionalDuration(system.wrt)}</dd>
        <dt>MTD</dt>
        <dd>{formatOptionalDuration(facts?.mtd ?? null, 'not known yet')}</dd>
        <dt>Recovery wave</dt>
        <dd>{facts?.wave ? `Wave ${facts.wave}` : 'None: it is in or waits on a dependency cycle'}</dd>
      </dl>
      {spof && (
        <p className="map-note map-note-spof">
          <strong>Single point of failure.</strong> It has no redundancy, and when it fails it takes down{' '}
          {listNames([...spof.blast.processes, ...spof.blast.systems].map(nameOf))}.
        </p>
      )}
      {cycle && (
        <p className="map-note map-note-cycle">
          <strong>In a dependency cycle</strong> with{' '}
          {cycle
            .filter((id) => id !== node.id)
            .map(nameOf)
            .join(', ')}
          : none of them can be recovered first. Remove one of these needs, or make it “works worse without”.
        </p>
      )}
      <Link href={`/systems/${node.id}`} className="map-panel-open">
        Open full page
      </Link>
      <SystemDependencies system={system} />
    </>
  );
}

function ProcessFacts({ node, graph, processes, mtdThreshold }: NodePanelProps) {
  const process = processes.find((candidate) => candidate.id === node.id);
  if (!process) return null;
  const mtd = processMtd(process, mtdThreshold);
  const needs = graph.edges.filter((edge) => edge.from === node.id);
  const nameOf = (id: string) => graph.nodes.find((candidate) => candidate.id === id)?.label ?? id;
  return (
    <>
      <dl className="map-facts">
        <dt>Tier</dt>
        <dd>{tierText(node.tier)}</dd>
        <dt>MTD</dt>
        <dd>
          {mtd.minutes !== null
            ? formatDuration(mtd.minutes)
            : mtd.beyond
              ? 'More than a week'
              : 'Not known yet'}
        </dd>
      </dl>
      <Link href={`/processes/${node.id}`} className="map-panel-open">
        Open full page
      </Link>
      <section className="form-section" aria-labelledby="map-process-needs">
        <h3 id="map-process-needs">What it needs</h3>
        {needs.length === 0 ? (
          <p className="field-help">No systems yet.</p>
        ) : (
          <ul className="dependency-list" aria-label={`What ${node.label} needs`}>
            {needs.map((edge) => (
              <li key={edge.id} className="dependency-item">
                <span>
                  <strong>{DEPENDENCY_KIND_INFO[edge.kind].label}</strong> {nameOf(edge.to)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="field-help">
          Drag from this process to a system on the map to add one, or tick its systems on its full page.
        </p>
      </section>
    </>
  );
}
