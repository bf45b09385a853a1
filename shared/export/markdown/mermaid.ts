import { TIERS } from '../../model/system';
import type { MapEdge, MapGraph, MapNode } from '../../map/map-model';
import { EDGE_STYLE, MARKER_STYLE, TIER_STYLE, tierStyle } from '../../map/map-style';

/**
 * The dependency map as a Mermaid flowchart, for Markdown viewers that draw
 * one (GitHub, GitLab, many editors). Node ids are generated (s1, p1), never
 * taken from the plan; labels are quoted with every character that could end
 * the quote, open HTML or end the code fence written as a Mermaid entity
 * code. Dependents sit above what they need, as on the app's map.
 */
export function mapToMermaid(graph: MapGraph): string {
  const ids = new Map<string, string>();
  let systems = 0;
  let processes = 0;
  for (const node of graph.nodes) {
    ids.set(node.id, node.kind === 'system' ? `s${++systems}` : `p${++processes}`);
  }
  const lines = ['flowchart TD'];
  for (const node of graph.nodes) lines.push(`  ${nodeLine(node, ids.get(node.id) ?? '')}`);

  const edges = graph.edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to));
  for (const edge of edges)
    lines.push(`  ${ids.get(edge.from) ?? ''} ${ARROW[edge.kind]} ${ids.get(edge.to) ?? ''}`);
  for (const kind of ['degraded', 'alternatives'] as const) {
    const indexes = edges.flatMap((edge, index) => (edge.kind === kind ? [index] : []));
    if (indexes.length > 0) lines.push(`  linkStyle ${indexes.join(',')} stroke:${EDGE_STYLE[kind].stroke}`);
  }

  // Tier colours first, then the markers, so a SPOF's red border wins over its tier's.
  for (const tier of [...TIERS, null]) {
    const members = graph.nodes.filter((node) => node.tier === tier).map((node) => ids.get(node.id) ?? '');
    if (members.length === 0) continue;
    const style = tierStyle(tier);
    const name = tier === null ? 'tierUnset' : `tier${tier}`;
    lines.push(`  classDef ${name} fill:${style.fill},stroke:${style.stroke},color:#1b2330`);
    lines.push(`  class ${members.join(',')} ${name}`);
  }
  const marked = (test: (node: MapNode) => boolean) =>
    graph.nodes.filter(test).map((node) => ids.get(node.id) ?? '');
  const cycle = marked((node) => node.inCycle);
  if (cycle.length > 0) {
    lines.push(`  classDef cycle stroke:${MARKER_STYLE.cycle.fill},stroke-width:3px,stroke-dasharray:6 3`);
    lines.push(`  class ${cycle.join(',')} cycle`);
  }
  const spofs = marked((node) => node.isSpof);
  if (spofs.length > 0) {
    lines.push(`  classDef spof stroke:${MARKER_STYLE.spof.fill},stroke-width:4px`);
    lines.push(`  class ${spofs.join(',')} spof`);
  }
  return lines.join('\n');
}

/** Solid: needs. Dotted: works worse without. Thick: needs one of (any one is enough). */
const ARROW = {
  hard: '-->',
  degraded: '-. degraded .->',
  alternatives: '== one of ==>',
} as const satisfies Record<MapEdge['kind'], string>;

function nodeLine(node: MapNode, id: string): string {
  const facts = [
    node.kind === 'process' ? 'Process' : null,
    node.tier === null ? TIER_STYLE.unset.label : TIER_STYLE[node.tier].label,
    node.wave === null ? null : `wave ${node.wave}`,
    node.isSpof ? MARKER_STYLE.spof.label : null,
    node.inCycle ? MARKER_STYLE.cycle.label : null,
  ].filter((fact) => fact !== null);
  const label = `"${mermaidText(node.label)}<br/>${facts.join(' · ')}"`;
  // Processes are stadiums, systems boxes, as the legend says.
  return node.kind === 'process' ? `${id}([${label}])` : `${id}[${label}]`;
}

const CODES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
};

/** A label's text as Mermaid reads it inside quotes: one line, no quote, tag, entity or backtick left. */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&`]/g, (char) => CODES[char] ?? char);
}
