import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { contentOf } from '../../../shared/bundle/snapshot';
import { shortHash } from '../../../shared/bundle/content-hash';
import { planGovernanceSchema, PLAN_STATUS_LABELS, type Plan } from '../../../shared/model/plan';
import { validate } from '../../../shared/model/validation';
import {
  approveBlocker,
  latestRevision,
  submitBlocker,
  versionLabel,
} from '../../../shared/revisions/version';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { todayIso } from '../../db/clock';
import { readSnapshot } from '../plans/plan-repository';
import { RevisionDiff } from './RevisionDiff';
import {
  addApprover,
  approvePlan,
  removeApprover,
  returnToDraft,
  setApproval,
  submitForReview,
  updateGovernance,
} from './review-repository';
import './review.css';

/** Review and approval: who owns and approves the plan, its status, freezing approved versions, and their history. */
export function ReviewScreen({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const snapshot = useLiveQuery(
    () => readSnapshot(db, plan.id).catch(() => null),
    [db, plan.id, plan.updatedAt],
  );
  const [error, setError] = useState<string | null>(null);
  const act = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((reason: unknown) => {
      setError(reason instanceof Error ? reason.message : String(reason));
    });
  };
  if (!snapshot) return null;
  const latest = latestRevision(snapshot.revisions);
  const label = versionLabel(plan, snapshot.revisions, plan.updatedAt.slice(0, 10));

  return (
    <main className="page review" aria-labelledby="review-heading">
      <div className="page-header">
        <div>
          <h1 id="review-heading">Review and approval</h1>
          <p className="page-lede">
            Who owns the plan, who approves it and who receives it. Approving freezes a numbered version that
            never changes; any later edit starts the next draft.
          </p>
        </div>
      </div>

      <section className="review-status" aria-label="Status">
        <p className="review-version" data-testid="plan-version">
          {label}
        </p>
        <p>
          Status: <strong data-testid="plan-status">{PLAN_STATUS_LABELS[plan.status]}</strong>
        </p>
      </section>

      <section aria-labelledby="governance-heading">
        <h2 id="governance-heading">Governance</h2>
        <div className="review-fields">
          <AutosaveControl<string>
            control={{ kind: 'text' }}
            label="Plan owner"
            saveKey={`plan:${plan.id}:owner`}
            what="Plan owner"
            value={plan.owner}
            format={(text) => text}
            parse={(text) => validate(planGovernanceSchema.shape.owner, text)}
            save={(owner) => updateGovernance(db, plan.id, { owner })}
          />
          <AutosaveControl<number>
            control={{ kind: 'number', min: 1, max: 60 }}
            label="Review cycle (months)"
            saveKey={`plan:${plan.id}:reviewCycleMonths`}
            what="Review cycle"
            value={plan.reviewCycleMonths}
            format={String}
            parse={(text) =>
              validate(
                planGovernanceSchema.shape.reviewCycleMonths,
                text.trim() === '' ? Number.NaN : Number(text),
              )
            }
            save={(reviewCycleMonths) => updateGovernance(db, plan.id, { reviewCycleMonths })}
          />
          <AutosaveControl<string>
            control={{ kind: 'textarea', rows: 4 }}
            label="Distribution list (one name or role per line)"
            saveKey={`plan:${plan.id}:distribution`}
            what="Distribution list"
            value={plan.distribution}
            format={(text) => text}
            parse={(text) => validate(planGovernanceSchema.shape.distribution, text)}
            save={(distribution) => updateGovernance(db, plan.id, { distribution })}
          />
        </div>
      </section>

      <section aria-labelledby="approvers-heading">
        <h2 id="approvers-heading">Approvers</h2>
        {plan.approvers.length === 0 ? (
          <p className="muted">Nobody is named to approve the plan yet.</p>
        ) : (
          <table className="review-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Title</th>
                <th scope="col">Approved on</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.approvers.map((approver) => (
                <tr key={approver.id}>
                  <td>{approver.name}</td>
                  <td>{approver.title}</td>
                  <td>{approver.approvedOn ?? (plan.status === 'in-review' ? 'Waiting' : 'Not yet')}</td>
                  <td className="review-actions">
                    {plan.status === 'in-review' &&
                      (approver.approvedOn === null ? (
                        <Button
                          className="button button-small"
                          onPress={() => {
                            act(() => setApproval(db, plan.id, approver.id, todayIso()));
                          }}
                        >
                          Record approval by {approver.name}
                        </Button>
                      ) : (
                        <Button
                          className="button button-small"
                          onPress={() => {
                            act(() => setApproval(db, plan.id, approver.id, null));
                          }}
                        >
                          Withdraw approval by {approver.name}
                        </Button>
                      ))}
                    <Button
                      className="button button-small"
                      onPress={() => {
                        act(() => removeApprover(db, plan.id, approver.id));
                      }}
                    >
                      Remove {approver.name}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <AddApproverForm
          onAdd={(name, title) => {
            act(() => addApprover(db, plan.id, { name, title }));
          }}
        />
      </section>

      <section aria-labelledby="approve-heading">
        <h2 id="approve-heading">Submit and approve</h2>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        {plan.status === 'draft' && (
          <ActionWithReason
            label="Submit for review"
            blocker={submitBlocker(plan)}
            onPress={() => {
              act(() => submitForReview(db, plan.id));
            }}
          />
        )}
        {plan.status === 'in-review' && (
          <>
            <ApproveForm
              blocker={approveBlocker(plan)}
              nextNumber={(latest?.number ?? 0) + 1}
              onApprove={(changeSummary) => {
                act(() => approvePlan(db, plan.id, { changeSummary, crypto: globalThis.crypto }));
              }}
            />
            <Button
              className="button"
              onPress={() => {
                act(() => returnToDraft(db, plan.id));
              }}
            >
              Back to draft
            </Button>
          </>
        )}
        {plan.status === 'approved' && (
          <p>This version is approved. Any edit to the plan starts the draft of the next version.</p>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Revision history</h2>
        {snapshot.revisions.length === 0 ? (
          <p className="muted">No version has been approved yet.</p>
        ) : (
          <table className="review-table" aria-label="Revisions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Approved</th>
                <th scope="col">Author</th>
                <th scope="col">Change summary</th>
                <th scope="col">Approvals</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
              {[...snapshot.revisions].reverse().map((revision) => (
                <tr key={revision.id}>
                  <td>{revision.number}</td>
                  <td>{revision.approvedAt.slice(0, 10)}</td>
                  <td>{revision.author}</td>
                  <td>{revision.changeSummary}</td>
                  <td>
                    {revision.approvals
                      .map((approval) => `${approval.name} (${approval.approvedOn ?? 'no date'})`)
                      .join(', ')}
                  </td>
                  <td>
                    <code>{shortHash(revision.contentHash)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {snapshot.revisions.length > 0 && (
          <RevisionDiff
            revisions={snapshot.revisions}
            current={contentOf(snapshot)}
            draft={plan.status !== 'approved'}
          />
        )}
      </section>
    </main>
  );
}

function ActionWithReason({
  label,
  blocker,
  onPress,
}: {
  label: string;
  blocker: string | null;
  onPress: () => void;
}) {
  return (
    <div className="review-action">
      <Button
        className="button button-primary"
        isDisabled={blocker !== null}
        onPress={onPress}
        aria-describedby={blocker ? `${label}-why` : undefined}
      >
        {label}
      </Button>
      {blocker && (
        <p id={`${label}-why`} className="muted">
          {blocker}
        </p>
      )}
    </div>
  );
}

function AddApproverForm({ onAdd }: { onAdd: (name: string, title: string) => void }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form
      className="review-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') return;
        onAdd(name.trim(), title.trim());
        setName('');
        setTitle('');
      }}
    >
      <label>
        Approver name
        <input
          className="control"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </label>
      <label>
        Title
        <input
          className="control"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
      </label>
      <button type="submit" className="button" disabled={name.trim() === ''}>
        Add approver
      </button>
    </form>
  );
}

function ApproveForm({
  blocker,
  nextNumber,
  onApprove,
}: {
  blocker: string | null;
  nextNumber: number;
  onApprove: (changeSummary: string) => void;
}) {
  const [summary, setSummary] = useState('');
  const reason = blocker ?? (summary.trim() === '' ? 'Write a change summary first.' : null);
  return (
    <div className="review-approve">
      <label>
        Change summary for version {nextNumber}
        <textarea
          className="control"
          rows={3}
          value={summary}
          onChange={(event) => {
            setSummary(event.target.value);
          }}
        />
      </label>
      <ActionWithReason
        label="Approve"
        blocker={reason}
        onPress={() => {
          onApprove(summary);
          setSummary('');
        }}
      />
    </div>
  );
}
