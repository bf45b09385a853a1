import type { Block, DocumentSection } from '../model';
import type { PlanContext } from './context';
import { orNone } from './format';
import { paragraph, section } from './sections';

/** 8. Reconstitution: proving recovery worked, declaring it, and going back to normal. */
export function reconstitutionSection(context: PlanContext): DocumentSection {
  const { runbooks } = context.snapshot;
  const tested = runbooks.filter((runbook) => runbook.validationTests.length > 0);
  const tests: Block[] =
    tested.length === 0
      ? [
          paragraph(
            'No validation tests recorded yet: nothing says how to prove a recovered system works.',
            'warning',
          ),
        ]
      : tested.map((runbook) => ({
          kind: 'table',
          caption: `${runbook.title} (${context.systemName(runbook.systemId)})`,
          columns: [
            { header: 'Test procedure', weight: 3 },
            { header: 'Expected result', weight: 2.5 },
            { header: 'Actual result', weight: 2 },
            { header: 'Pass', weight: 0.7 },
            { header: 'By whom', weight: 1.3 },
          ],
          rows: runbook.validationTests.map((test) => [test.procedure, orNone(test.expected), '', '', '']),
          empty: '',
        }));
  if (tested.length > 0 && tested.length < runbooks.length) {
    const untested = runbooks
      .filter((runbook) => runbook.validationTests.length === 0)
      .map((runbook) => runbook.title);
    tests.push(paragraph(`Runbooks without validation tests: ${untested.join('; ')}.`, 'warning'));
  }

  return section(
    'reconstitution',
    'Reconstitution',
    [],
    [
      section('validation', 'Validation tests', [
        paragraph(
          'After a system is recovered, run its tests and write down the actual result before declaring it back.',
          'muted',
        ),
        ...tests,
      ]),
      section('declaration', 'Declaring recovery', [
        paragraph(
          'A system is declared recovered when its validation tests pass. The plan does not record a separate declaration procedure yet; record each declaration here.',
        ),
        {
          kind: 'signatures',
          columns: ['System', 'Declared by', 'Date and time', 'Signature'],
          rows: [],
          blankRows: 4,
        },
      ]),
      section('return-to-normal', 'Return to normal operations', [
        {
          kind: 'table',
          columns: [
            { header: 'Runbook', weight: 2 },
            { header: 'Return to normal', weight: 3 },
            { header: 'Rollback if recovery goes wrong', weight: 3 },
          ],
          rows: runbooks.map((runbook) => [
            runbook.title,
            orNone(runbook.returnToNormal),
            orNone(runbook.rollback),
          ]),
          empty: 'No runbooks written yet, so no return to normal operations is described.',
        },
      ]),
      section('after-action', 'After-action review', [
        paragraph(
          'No after-action reviews are recorded yet. After every activation or exercise, record what happened, the recovery times achieved, what went wrong, and follow-up actions with an owner and a due date.',
          'muted',
        ),
      ]),
    ],
  );
}
