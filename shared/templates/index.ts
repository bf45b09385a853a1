import { healthcareClinic } from './healthcare-clinic';
import { onlineRetail } from './online-retail';
import { professionalServices } from './professional-services';
import { saasCompany } from './saas-company';
import type { PlanTemplate } from './template';

export { instantiateTemplate, type InstantiatedPlan } from './instantiate';
export type { PlanTemplate, TemplateProcess, TemplateSystem } from './template';

/** The starter plans offered under “New from template…”, in the order they are listed. */
export const TEMPLATES: readonly PlanTemplate[] = [
  professionalServices,
  onlineRetail,
  healthcareClinic,
  saasCompany,
];

export function templateById(id: string): PlanTemplate | null {
  return TEMPLATES.find((template) => template.id === id) ?? null;
}

/** The name a plan gets when a user does not choose one, so it is never mistaken for a real client’s. */
export function exampleName(template: PlanTemplate): string {
  return `${template.name} (example)`;
}
