import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import { renderDocx } from '../../../shared/export/docx/render-docx';
import { renderMarkdown } from '../../../shared/export/markdown/render-markdown';
import { planDocumentOf, pdfText, renderPlanPdf, writeTempPdf } from '../../support/plan-pdf';
import { SAMPLE_NOW, samplePlan } from '../../support/sample-plan';
import { readZip } from '../../support/zip';

function withWorkshop(): PlanSnapshot {
  const snapshot = samplePlan();
  const planId = snapshot.plan.id;
  return {
    ...snapshot,
    workshop: {
      planId,
      notes: 'Backups are on tape in the CFO’s car. <b>not bold</b>',
      parkingLot: [
        {
          id: '00000000-0000-4000-8000-00000000aa01',
          question: 'Is there a second internet line?',
          owner: 'Sam (IT)',
          answer: 'Yes, a 4G router',
          status: 'answered',
          createdAt: SAMPLE_NOW,
        },
        {
          id: '00000000-0000-4000-8000-00000000aa02',
          question: 'Who holds the DNS registrar login?',
          owner: '',
          answer: '',
          status: 'open',
          createdAt: SAMPLE_NOW,
        },
      ],
      agenda: [
        {
          id: '00000000-0000-4000-8000-00000000aa03',
          title: 'List the critical systems',
          minutes: 45,
          done: true,
        },
      ],
      updatedAt: SAMPLE_NOW,
    },
  };
}

describe('the workshop appendix', () => {
  it('lists open questions first, then answered, with the agenda and the notes as plain text', async () => {
    const document = await planDocumentOf(withWorkshop());
    const markdown = renderMarkdown(document);
    expect(markdown).toContain('Workshop notes, parking lot and agenda');
    expect(markdown).toContain('1 question is still open.');
    const open = markdown.indexOf('Who holds the DNS registrar login?');
    const answered = markdown.indexOf('Is there a second internet line?');
    expect(open).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(open);
    expect(markdown).toContain('Not answered yet');
    expect(markdown).toContain('Yes, a 4G router');
    expect(markdown).toContain('List the critical systems');
    expect(markdown).toContain('45 min');
    expect(markdown).not.toContain('<b>');

    const word = readZip(await renderDocx(document)).get('word/document.xml') ?? '';
    expect(word).toContain('Who holds the DNS registrar login?');
    expect(word).toContain('Backups are on tape in the CFO’s car.');
  });

  it('is in the PDF, and left out when the plan never had a workshop', async () => {
    const path = writeTempPdf(await renderPlanPdf(await planDocumentOf(withWorkshop())), 'workshop.pdf');
    const text = pdfText(path);
    expect(text).toContain('Workshop notes, parking lot and agenda');
    expect(text).toContain('Who holds the DNS registrar login?');

    const without = renderMarkdown(await planDocumentOf(samplePlan()));
    expect(without).not.toContain('Workshop notes');
  });
});
