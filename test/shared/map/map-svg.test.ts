import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../shared/map/map-layout';
import { buildMapGraph } from '../../../shared/map/map-model';
import { mapToSvg } from '../../../shared/map/map-svg';
import { escapeXml, fitLines } from '../../../shared/map/map-text';
import { needs, process, sampleInput, system } from './sample-map';

/**
 * A strict little XML check (Node has no DOMParser): tags nest and close,
 * attributes are quoted, and text holds no raw < or stray &.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(body)) !== null) {
    const [, closing, name, , selfClosing, text, stray] = match;
    if (stray) problems.push(`stray < at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    else if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) problems.push(`bare & in ${text}`);
      if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root: ${text}`);
    } else if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name ?? ''}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing && name) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  for (const attributes of body.matchAll(/\s[\w:-]+="([^"]*)"/g)) {
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(attributes[1] ?? '')) problems.push(`bare & in ${attributes[0]}`);
  }
  return problems;
}

describe('escapeXml and fitLines', () => {
  it('escapes markup characters and drops what XML cannot hold', () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>\u0007`)).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;',
    );
    expect(escapeXml('a\uD800b')).toBe('a\uFFFDb');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });

  it('wraps at spaces, cuts a long word, and ends a cut with an ellipsis', () => {
    expect(fitLines('Order database', 25, 2)).toEqual(['Order database']);
    expect(fitLines('Customer relationship management system for sales', 20, 2)).toEqual([
      'Customer',
      'relationship manage…',
    ]);
    expect(fitLines('Supercalifragilistic', 8, 2)).toEqual(['Supercal', 'ifragil…']);
    expect(fitLines('a b', 8, 2)).toEqual(['a b']);
    expect(fitLines('', 8, 2)).toEqual([]);
  });
});

describe('mapToSvg', () => {
  it('is well-formed, with every node, the markers, the edge kinds and a legend', async () => {
    const graph = buildMapGraph(sampleInput());
    const svg = mapToSvg(await layoutMap(graph), graph, { title: 'Acme & Co' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    for (const node of graph.nodes) expect(svg).toContain(`data-node-id="${node.id}"`);
    expect(svg.match(/data-node-id=/g)).toHaveLength(graph.nodes.length);
    // One SPOF badge per single point of failure and one cycle badge per member, plus each legend sample.
    const spofs = graph.nodes.filter((node) => node.isSpof).length;
    expect(spofs).toBeGreaterThan(0);
    expect(svg.match(/>SPOF<\/text>/g)).toHaveLength(spofs + 1);
    expect(svg.match(/>Cycle<\/text>/g)).toHaveLength(2 + 1);
    const edges = [...svg.matchAll(/data-edge-id="(?!legend-)([^"]+)">(<path[^>]*>)/g)];
    expect(edges.map((match) => match[1])).toEqual(graph.edges.map((edge) => edge.id));
    const pathOf = (id: string) => edges.find((match) => match[1] === id)?.[2] ?? '';
    expect(pathOf('d5:email')).toContain('stroke-dasharray="7 5"');
    expect(pathOf('d3:db')).not.toContain('stroke-dasharray');
    expect(pathOf('d4:fibre')).toContain('marker-end="url(#arrow-alternatives)"');
    expect(svg.match(/>or<\/text>/g)).toHaveLength(2 + 1);
    expect(svg).toContain('>Tier 0 · Facility</text>');
    expect(svg).toContain('>Tier not set</text>');
    for (const text of [
      'Legend',
      'Needs',
      'Works worse without',
      'Needs one of',
      'Single point of failure',
    ]) {
      expect(svg).toContain(`>${text}</text>`);
    }
    expect(svg).toContain('<title id="map-title">Dependency map: Acme &amp; Co</title>');
  });

  it('escapes every name, so a name can never become markup', async () => {
    const evil = `<script>alert("x")</script> & 'co'`;
    const graph = buildMapGraph(
      sampleInput({
        systems: [system('a', { name: evil }), system('b', { name: 'B "quoted"' })],
        processes: [process('p', ['a'], { name: '</svg><svg onload="x">' })],
        dependencies: [needs('d', 'a', 'hard', 'b')],
      }),
    );
    const svg = mapToSvg(await layoutMap(graph), graph, { title: evil, subtitle: '<i>filtered</i>' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('onload="');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;');
    expect(svg.match(/<svg /g)).toHaveLength(1);
  });

  it('says so when nothing matches', () => {
    const svg = mapToSvg(
      { width: 0, height: 0, nodes: [], edges: [] },
      { nodes: [], edges: [] },
      { title: 'Empty' },
    );
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('Nothing to show');
  });

  it('the checker itself catches broken XML', () => {
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a < b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a & b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><rect x=1/></svg>')).not.toEqual([]);
  });
});
