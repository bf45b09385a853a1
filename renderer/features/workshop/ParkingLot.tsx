import { useState } from 'react';
import { Button } from 'react-aria-components';
import { parkingLotItemSchema, type ParkingLotItem } from '../../../shared/model/workshop';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { WorkshopField } from './WorkshopField';
import { addParkingLotItem, removeParkingLotItem, updateParkingLotItem } from './workshop-repository';

const fields = parkingLotItemSchema.shape;

/** Questions nobody in the room could answer: who finds out, the answer, open or answered. */
export function ParkingLot({ planId, items }: { planId: string; items: readonly ParkingLotItem[] }) {
  const { db, saveTracker } = useServices();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = items.filter((item) => item.status === 'open').length;

  const add = async () => {
    if (text.trim() === '') return;
    const question = validate(fields.question, text);
    if (!question.ok) {
      setError(question.message);
      return;
    }
    setText('');
    const saved = await saveTracker.run(
      `plan:${planId}:workshop:new-question:${crypto.randomUUID()}`,
      `Question “${question.value}”`,
      () => addParkingLotItem(db, planId, question.value).then(() => undefined),
    );
    if (!saved) setError('The question was not saved. Use Retry at the top.');
  };

  return (
    <div className="parking-lot">
      <p className="presenter-lede">
        {items.length === 0 ? 'Nothing parked yet.' : `${open} open, ${items.length - open} answered.`}
      </p>
      <input
        className="capture-input"
        aria-label="New question for the parking lot"
        placeholder="A question nobody here can answer, then Enter"
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
        }}
      />
      {error && <p className="capture-message capture-error">{error}</p>}
      <ol className="parking-items" aria-label="Parking lot">
        {items.map((item, index) => {
          const label = `question ${index + 1}`;
          const save = (edits: Parameters<typeof updateParkingLotItem>[3]) =>
            updateParkingLotItem(db, planId, item.id, edits);
          return (
            <li key={item.id} className={`parking-item parking-${item.status}`}>
              <WorkshopField
                planId={planId}
                saveKey={`${item.id}:question`}
                label={`Question ${index + 1}`}
                hideLabel
                what={`Text of ${label}`}
                value={item.question}
                schema={fields.question}
                save={(question) => save({ question })}
              />
              <div className="parking-row">
                <WorkshopField
                  planId={planId}
                  saveKey={`${item.id}:owner`}
                  label="Who finds out"
                  what={`Who finds out, ${label}`}
                  value={item.owner}
                  schema={fields.owner}
                  save={(owner) => save({ owner })}
                />
                <WorkshopField
                  planId={planId}
                  saveKey={`${item.id}:answer`}
                  label="Answer"
                  what={`Answer to ${label}`}
                  value={item.answer}
                  schema={fields.answer}
                  save={(answer) => save({ answer })}
                />
              </div>
              <div className="parking-actions">
                <Button
                  className="button button-small"
                  onPress={() => {
                    const status = item.status === 'open' ? 'answered' : 'open';
                    void saveTracker.run(
                      `plan:${planId}:workshop:${item.id}:status`,
                      `Status of ${label}`,
                      () => save({ status }),
                    );
                  }}
                >
                  {item.status === 'open' ? 'Mark answered' : 'Reopen'}
                </Button>
                <span className="parking-status">{item.status === 'open' ? 'Open' : 'Answered'}</span>
                <Button
                  className="button button-small button-quiet"
                  aria-label={`Remove ${label}`}
                  onPress={() => {
                    void saveTracker.run(
                      `plan:${planId}:workshop:${item.id}:remove`,
                      `Removing ${label}`,
                      () => removeParkingLotItem(db, planId, item.id),
                    );
                  }}
                >
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
