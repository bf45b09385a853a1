/** The four DR words this screen is built on, each with an example, for owners meeting them for the first time. */
const TERMS = [
  {
    term: 'RTO',
    name: 'Recovery time objective',
    meaning: 'How soon the system must work again.',
    example: 'RTO 4 h: the order system must work again within 4 hours of an outage.',
  },
  {
    term: 'RPO',
    name: 'Recovery point objective',
    meaning: 'How much recent data may be lost, as time.',
    example: 'RPO 15 min: at most the last 15 minutes of orders are typed in again.',
  },
  {
    term: 'WRT',
    name: 'Work recovery time',
    meaning: 'Once it is back, the time to check data and catch up.',
    example: 'WRT 2 h: two hours to re-enter orders and check stock.',
  },
  {
    term: 'MTD',
    name: 'Maximum tolerable downtime',
    meaning: 'The longest outage the business survives; RTO + WRT must fit in it.',
    example: 'MTD 1 day: after a day without orders the business is in danger.',
  },
] as const;

export function ObjectivesHelp() {
  return (
    <section className="objectives-help" aria-labelledby="objectives-help-heading">
      <h2 id="objectives-help-heading" className="visually-hidden">
        What the objectives mean
      </h2>
      <dl className="objectives-terms">
        {TERMS.map(({ term, name, meaning, example }) => (
          <div key={term} className="objectives-term">
            <dt>
              <abbr title={name}>{term}</abbr> <span className="objectives-term-name">{name}</span>
            </dt>
            <dd>
              {meaning} <span className="objectives-term-example">{example}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p id="objectives-grid-keys" className="objectives-keys">
        Durations: <kbd>30 min</kbd>, <kbd>4 h</kbd>, <kbd>2 days</kbd>, <kbd>1 week</kbd>. Arrow keys move;
        typing replaces a cell; <kbd>Enter</kbd> or <kbd>F2</kbd> edits it; <kbd>Delete</kbd> empties it;{' '}
        <kbd>Ctrl</kbd>+<kbd>V</kbd> pastes a block from a spreadsheet. <kbd>Tab</kbd> moves right; to leave
        the grid, press <kbd>Ctrl</kbd>+<kbd>↓</kbd> (to the row for a new system), then <kbd>Tab</kbd>.
      </p>
    </section>
  );
}
