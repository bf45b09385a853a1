// The wording lives in shared/ so the printed runbook book and pocket cards say exactly what the screens say.
export * from '../../../shared/runbooks/runbook-text';
