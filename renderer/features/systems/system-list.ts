import { SYSTEM_TYPE_LABELS, type System, type SystemType } from '../../../shared/model/system';

export type SortColumn = 'position' | 'name' | 'type' | 'owner' | 'tier';
export interface SystemListView {
  query: string;
  type: SystemType | 'all';
  /** 'unset' shows systems nobody has classified yet. */
  tier: 'all' | 'unset' | 0 | 1 | 2 | 3 | 4;
  sort: SortColumn;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_VIEW: SystemListView = {
  query: '',
  type: 'all',
  tier: 'all',
  sort: 'position',
  direction: 'ascending',
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Search ignores case and accents, so "zurich" finds "Zürich". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

export function applyView(systems: readonly System[], view: SystemListView): System[] {
  const query = fold(view.query.trim());
  const shown = systems.filter(
    (system) =>
      (query === '' || fold(system.name).includes(query)) &&
      (view.type === 'all' || system.type === view.type) &&
      (view.tier === 'all' || (view.tier === 'unset' ? system.tier === null : system.tier === view.tier)),
  );
  const sign = view.direction === 'ascending' ? 1 : -1;
  return shown.sort((a, b) => sign * compare(a, b, view.sort) || a.position - b.position);
}

function compare(a: System, b: System, column: SortColumn): number {
  switch (column) {
    case 'position':
      return a.position - b.position;
    case 'tier':
      // Unclassified systems sort after tier 4: they are the ones still to look at.
      return (a.tier ?? 5) - (b.tier ?? 5);
    case 'type':
      return collator.compare(SYSTEM_TYPE_LABELS[a.type], SYSTEM_TYPE_LABELS[b.type]);
    case 'name':
    case 'owner':
      return collator.compare(a[column], b[column]);
  }
}

export function isFiltered(view: SystemListView): boolean {
  return view.query.trim() !== '' || view.type !== 'all' || view.tier !== 'all';
}

/**
 * While the user works inside the table, rows keep their places: re-sorting
 * or re-filtering after each autosave would move the row being typed in
 * (the browser drops focus from a moved element) or make it vanish. Rows keep
 * the order they had when focus entered; deleted rows go, and new rows that
 * match the view are appended.
 */
export function keepOrder(
  all: readonly System[],
  viewed: readonly System[],
  order: readonly string[],
): System[] {
  const byId = new Map(all.map((system) => [system.id, system]));
  const placed = new Set(order);
  const kept = order.flatMap((id) => byId.get(id) ?? []);
  return [...kept, ...viewed.filter((system) => !placed.has(system.id))];
}
