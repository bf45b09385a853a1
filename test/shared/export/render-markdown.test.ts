import { describe, expect, it } from 'vitest';
import { buildPocketCards } from '../../../shared/export/document/build-pocket-cards';
import { buildRunbooksDocument } from '../../../shared/export/document/build-runbooks-document';
import { mdCell, mdLine, mdLines } from '../../../shared/export/markdown/markdown-text';
import { mapToMermaid, mermaidText } from '../../../shared/export/markdown/mermaid';
import { renderMarkdown } from '../../../shared/export/markdown/render-markdown';
import { UNICODE_NAME } from '../../support/sample-plan';
import { allSections } from './document-blocks';
import { documentInput, HASH, peoplePlan, templatePlans } from './docs-plan';
import { everyBlockDocument } from './every-block';

describe('Markdown text', () => {
  it('turns HTML into entities and Markdown syntax into escaped characters', () => {
    expect(mdLine('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(mdLine('![x](https://tracker.example/p.gif)')).toBe('\\!\\[x\\](https://tracker.example/p.gif)');
    expect(mdLine('*bold* _it_ `code` ~~s~~ $x$ a|b #1')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\$x\\$ a\\|b \\#1',
    );
    expect(mdLine('line one\nline two')).toBe('line one line two');
  });

  it('keeps user lines from starting lists, headings, quotes or rules', () => {
    expect(
      mdLines('first\n- item\n+ item\n1. one\n2) two\n# h\n> q\n---\n=', '', true).split('\\\n'),
    ).toEqual(['first', '\\- item', '\\+ item', '1\\. one', '2\\) two', '\\# h', '&gt; q', '\\---', '\\=']);
    // Continuation lines of a list item stay inside it.
    expect(mdLines('a\nb', '  ')).toBe('a\\\n  b');
    expect(mdLines('a\n\n\nb')).toBe('a\\\nb');
  });

  it('keeps a line to write on a line', () => {
    expect(mdLine('______')).toBe('\\______');
  });

  it('escapes pipes in table cells and breaks lines with <br>', () => {
    expect(mdCell('a | b\nc')).toBe('a \\| b<br>c');
  });
});

describe('Mermaid', () => {
  it('quotes labels with entity codes, so no quote, tag, hash or backtick survives', () => {
    expect(mermaidText('A "quoted" <b>#1</b> & `x`\nnext')).toBe(
      'A #quot;quoted#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;x#96; next',
    );
  });

  it('draws every system and process with generated ids, edge kinds and highlighted SPOFs', async () => {
    const snapshot = peoplePlan();
    const doc = await everyBlockDocument(snapshot);
    const map = allSections(doc)
      .flatMap((section) => section.blocks)
      .find((block) => block.kind === 'map');
    if (map?.kind !== 'map') throw new Error('No map block');
    const mermaid = mapToMermaid(map.graph);
    const lines = mermaid.split('\n');
    expect(lines[0]).toBe('flowchart TD');
    const valid = [
      /^ {2}[sp]\d+(\["[^"`]*"\]|\(\["[^"`]*"\]\))$/,
      /^ {2}[sp]\d+ (-->|-\. degraded \.->|== one of ==>) [sp]\d+$/,
      /^ {2}linkStyle \d+(,\d+)* stroke:#[0-9a-f]{6}$/,
      /^ {2}classDef (tier[0-4]|tierUnset|spof|cycle) [a-z-]+:[^ ,]+( [^ ,]+)?(,[a-z-]+:[^ ,]+( [^ ,]+)?)*$/,
      /^ {2}class [sp]\d+(,[sp]\d+)* (tier[0-4]|tierUnset|spof|cycle)$/,
    ];
    for (const line of lines.slice(1))
      expect(
        valid.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
    for (const system of snapshot.systems) expect(mermaid).toContain(mermaidText(system.name));
    for (const process of snapshot.processes) expect(mermaid).toContain(mermaidText(process.name));
    expect(mermaid).not.toContain('<script');
    expect(lines.filter((line) => /^ {2}[sp]\d+ /.test(line) && !line.includes('linkStyle'))).toHaveLength(
      map.graph.edges.length,
    );
    const spofs = map.graph.nodes.filter((node) => node.isSpof).length;
    expect(spofs).toBeGreaterThan(0);
    expect(
      lines.find((line) => line.startsWith('  class ') && line.endsWith(' spof'))?.split(','),
    ).toHaveLength(spofs);
    expect(mermaid).toMatch(/-\. degraded \.->/);
    expect(mermaid).toMatch(/== one of ==>/);
  });
});

describe('renderMarkdown', () => {
  it('renders every block kind, with a linked table of contents and stable anchors', async () => {
    const markdown = renderMarkdown(await everyBlockDocument(peoplePlan()));
    expect(markdown).toContain(`# Every block for ${UNICODE_NAME}`);
    expect(markdown).toContain(HASH);
    expect(markdown).toContain('- [1. Text about &lt;script&gt;');
    expect(markdown).toContain('  - [1.1. Tables](#tables)');
    expect(markdown).toContain('    - [1.1.1. Third level](#deep)');
    expect(markdown).toContain('## <a id="text"></a>1. Text about &lt;script&gt;alert("x")&lt;/script&gt;');
    expect(markdown).toContain('### <a id="tables"></a>1.1. Tables');
    expect(markdown).toContain('#### <a id="deep"></a>1.1.1. Third level');
    expect(markdown).toContain(`Plain ${UNICODE_NAME}.\\\nSecond line.\n\nSecond paragraph.`);
    expect(markdown).toContain('*Muted words.*');
    expect(markdown).toContain('> **⚠** Warning words.');
    expect(markdown).toContain('1. First\n2. Second');
    // Text right after a list marker starts a block of its own: it must not become a nested list.
    expect(markdown).toContain('- \\- not a nested list\n- 1\\. not a number');
    expect(markdown).toContain('*A caption*\n\n| Name | Minutes |\n| --- | ---: |\n| &lt;script&gt;');
    expect(markdown).toContain('| Two<br>lines | 30 |');
    expect(markdown).toContain('*No rows recorded yet.*');
    expect(markdown).toContain(
      '- [ ] **1. Tick me**\n  - Who: Anna Łukasiewicz ☎ +45 20 30 40 50\n- [ ] **2. Then me**',
    );
    expect(markdown).toContain(
      '| Anna Łukasiewicz | Operations director |  |  |\n|  |  |  |  |\n|  |  |  |  |',
    );
    expect(markdown).toContain('```mermaid\nflowchart TD\n');
    // No tag, and no link: the brackets of “[link](…)” come out escaped (in Mermaid labels they are only text).
    expect(markdown).not.toMatch(/<script|<img/);
    expect(markdown.replace(/```mermaid[^`]*```/, '')).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
    expect(markdown).toContain('\\[link\\](https://evil.example)');
  });

  it('puts every section heading of the runbook book and the pocket cards in the file', () => {
    const input = documentInput(peoplePlan());
    for (const doc of [buildRunbooksDocument(input), buildPocketCards(input)]) {
      const markdown = renderMarkdown(doc);
      for (const section of allSections(doc)) {
        expect(markdown).toMatch(new RegExp(`<a id="${section.id}"></a>[0-9.]+ `));
      }
      expect(markdown.includes('## Contents')).toBe(doc.tableOfContents);
      expect(markdown).not.toContain('<script');
      expect(markdown).toContain('- [ ] **1. ');
    }
  });

  it('renders the runbook book of every template plan', () => {
    for (const plan of templatePlans()) {
      const markdown = renderMarkdown(buildRunbooksDocument(documentInput(plan)));
      expect(markdown).toContain('1. Recovery order');
      expect(markdown).toContain('*No runbooks written yet.*');
    }
  });
});
