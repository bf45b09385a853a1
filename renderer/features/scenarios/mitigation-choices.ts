import {
  MITIGATION_KIND_INFO,
  MITIGATION_KINDS,
  MITIGATION_STATUS_INFO,
  MITIGATION_STATUSES,
  mitigationFieldSchemas,
} from '../../../shared/model/scenario';
import { validate } from '../../../shared/model/validation';

/** The pickers' choices and parsers, shared by the list's rows and the add form. */
export const KIND_CHOICES = MITIGATION_KINDS.map((kind) => ({
  value: kind,
  label: MITIGATION_KIND_INFO[kind].label,
}));
export const STATUS_CHOICES = MITIGATION_STATUSES.map((status) => ({
  value: status,
  label: MITIGATION_STATUS_INFO[status].label,
}));

export function parseKind(text: string) {
  return validate(mitigationFieldSchemas.kind, text);
}
export function parseStatus(text: string) {
  return validate(mitigationFieldSchemas.status, text);
}
