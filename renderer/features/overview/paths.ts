import type { NextTarget } from '../../../shared/analysis/progress';

/** The route of the screen a "what to do next" points at. */
export function pathOf(target: NextTarget): string {
  switch (target.kind) {
    case 'system':
      return `/systems/${target.id}`;
    case 'process':
      return `/processes/${target.id}`;
    case 'scenario':
      return `/scenarios/${target.id}`;
    case 'contact':
      return `/contacts/${target.id}`;
    case 'exercise':
      return `/exercises/${target.id}`;
    default:
      return `/${target.kind}`;
  }
}
