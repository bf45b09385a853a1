import { useState } from 'react';
import { Button } from 'react-aria-components';
import { formatDuration, parseDuration } from '../../../shared/model/duration';
import { agendaItemSchema, type AgendaItem } from '../../../shared/model/workshop';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { timerText, type AgendaTimer } from './agenda-timer';
import { WorkshopField } from './WorkshopField';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from './workshop-repository';

/** The strip at the top of the presenter view: the current agenda item and its clock. */
export function AgendaClock({ timer, planId }: { timer: AgendaTimer; planId: string }) {
  const { db, saveTracker } = useServices();
  const { current } = timer;
  if (!current) return <p className="agenda-clock agenda-clock-empty">No agenda item under way.</p>;
  const shown = timerText(current.minutes ?? 0, timer.elapsedMs);
  return (
    <div className="agenda-clock" role="group" aria-label="Agenda timer">
      <span className="agenda-clock-item">Now: {current.title}</span>
      <span className={shown.overrun ? 'agenda-clock-time overrun' : 'agenda-clock-time'} role="timer">
        {shown.text}
      </span>
      {timer.running ? (
        <Button className="button" onPress={timer.pause}>
          Pause
        </Button>
      ) : (
        <Button className="button button-primary" onPress={timer.start}>
          Start
        </Button>
      )}
      <Button
        className="button"
        onPress={() => {
          void saveTracker.run(
            `plan:${planId}:workshop:${current.id}:done`,
            `Agenda item “${current.title}” done`,
            () => updateAgendaItem(db, planId, current.id, { done: true }),
          );
        }}
      >
        Done, next item
      </Button>
    </div>
  );
}

const fields = agendaItemSchema.shape;

/** The agenda: items with the minutes they are given, ticked off as the workshop goes. */
export function Agenda({ planId, items }: { planId: string; items: readonly AgendaItem[] }) {
  const { db, saveTracker } = useServices();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('30 min');
  const [error, setError] = useState<string | null>(null);
  const total = items.reduce((sum, item) => sum + (item.minutes ?? 0), 0);

  const add = async () => {
    const checked = validate(fields.title, title);
    const time = parseDuration(minutes);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    if (!time.ok) {
      setError(time.message);
      return;
    }
    setTitle('');
    const saved = await saveTracker.run(
      `plan:${planId}:workshop:new-agenda:${crypto.randomUUID()}`,
      `Agenda item “${checked.value}”`,
      () => addAgendaItem(db, planId, checked.value, time.value ?? 30),
    );
    setError(saved ? null : 'The agenda item was not saved. Use Retry at the top.');
  };

  return (
    <div className="agenda">
      <p className="presenter-lede">
        {items.length === 0 ? 'No agenda yet.' : `${items.length} items, ${formatDuration(total)} in all.`}
      </p>
      <div className="agenda-add">
        <input
          className="capture-input"
          aria-label="New agenda item"
          placeholder="Agenda item"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void add();
            }
          }}
        />
        <input
          className="capture-input agenda-minutes"
          aria-label="Time allowed"
          value={minutes}
          onChange={(event) => {
            setMinutes(event.target.value);
            setError(null);
          }}
        />
        <Button className="button button-primary" onPress={() => void add()}>
          Add
        </Button>
      </div>
      {error && <p className="capture-message capture-error">{error}</p>}
      <ol className="agenda-items" aria-label="Agenda">
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'agenda-item agenda-done' : 'agenda-item'}>
            <label className="agenda-check">
              <input
                type="checkbox"
                checked={item.done}
                aria-label={`${item.title} done`}
                onChange={(event) => {
                  const done = event.target.checked;
                  void saveTracker.run(
                    `plan:${planId}:workshop:${item.id}:done`,
                    `Agenda item “${item.title}”`,
                    () => updateAgendaItem(db, planId, item.id, { done }),
                  );
                }}
              />
            </label>
            <WorkshopField
              planId={planId}
              saveKey={`${item.id}:title`}
              label="Agenda item"
              hideLabel
              what={`Agenda item “${item.title}”`}
              value={item.title}
              schema={fields.title}
              save={(value) => updateAgendaItem(db, planId, item.id, { title: value })}
            />
            <span className="agenda-item-minutes">
              {item.minutes === null ? '–' : formatDuration(item.minutes)}
            </span>
            <Button
              className="button button-small button-quiet"
              aria-label={`Remove agenda item “${item.title}”`}
              onPress={() => {
                void saveTracker.run(
                  `plan:${planId}:workshop:${item.id}:remove`,
                  `Removing “${item.title}”`,
                  () => removeAgendaItem(db, planId, item.id),
                );
              }}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}
