export { buildPlanDocument, type PlanDocumentInput } from './build-plan-document';
export { planMapFigure } from './map-figure';
