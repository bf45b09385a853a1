import type { Workshop } from '../../../model/workshop';
import type { DocumentSection } from '../model';
import { duration, orNone } from './format';
import { paragraph, section } from './sections';

/**
 * The workshop's record, for the appendices: the agenda as it was run, every parking-lot question
 * (open ones first, since they are still owed an answer) and the notes as typed. Null without a
 * workshop, so a plan never held in a workshop gets no empty appendix.
 */
export function workshopAppendix(workshop: Workshop | null): DocumentSection | null {
  if (!workshop) return null;
  const questions = [
    ...workshop.parkingLot.filter((item) => item.status === 'open'),
    ...workshop.parkingLot.filter((item) => item.status === 'answered'),
  ];
  const open =
    workshop.parkingLot.length - workshop.parkingLot.filter((item) => item.status === 'answered').length;
  const parkingLot = section('workshop-parking-lot', 'Parking lot: questions to answer after the workshop', [
    {
      kind: 'table',
      columns: [
        { header: 'Question', weight: 3 },
        { header: 'Who finds out', weight: 1.4 },
        { header: 'Status', weight: 0.9 },
        { header: 'Answer', weight: 3 },
      ],
      rows: questions.map((item) => [
        item.question,
        orNone(item.owner, 'Nobody named'),
        item.status === 'open' ? 'Open' : 'Answered',
        orNone(item.answer, item.status === 'open' ? 'Not answered yet' : 'Not recorded'),
      ]),
      empty: 'No questions were parked.',
    },
  ]);
  const agenda = section('workshop-agenda', 'Agenda', [
    {
      kind: 'table',
      columns: [
        { header: 'Order', weight: 0.6, align: 'right' },
        { header: 'Item', weight: 4 },
        { header: 'Time allowed', weight: 1.2 },
        { header: 'Done', weight: 0.8 },
      ],
      rows: workshop.agenda.map((item, index) => [
        String(index + 1),
        item.title,
        duration(item.minutes),
        item.done ? 'Yes' : 'No',
      ]),
      empty: 'No agenda was recorded.',
    },
  ]);
  const notes = section('workshop-notes', 'Notes', [
    paragraph(
      orNone(workshop.notes, 'No notes were taken.'),
      workshop.notes.trim() === '' ? 'muted' : 'normal',
    ),
  ]);
  return section(
    'workshop',
    'Workshop notes, parking lot and agenda',
    [
      paragraph(
        `Recorded during the planning workshop; last changed ${workshop.updatedAt.slice(0, 10)}. ${open === 0 ? 'No question is still open.' : `${open} ${open === 1 ? 'question is' : 'questions are'} still open.`}`,
        'muted',
      ),
    ],
    [parkingLot, agenda, notes],
  );
}
