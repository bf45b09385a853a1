export { buildPlanDocument, type PlanDocumentInput } from './build-plan-document';
export { analyseSnapshot, planMapFigure } from './map-figure';
