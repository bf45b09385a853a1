import type { DocumentSection } from './model';

/**
 * "4.2" for every section and sub-section id: top level 1, 2, …; children
 * 4.1, 4.2, …. Every renderer numbers headings this way, so a reference such
 * as "see 4.2" in one format is right in the others.
 */
export function sectionNumbers(sections: readonly DocumentSection[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const walk = (list: readonly DocumentSection[], prefix: string) => {
    list.forEach((each, index) => {
      const number = prefix === '' ? String(index + 1) : `${prefix}.${index + 1}`;
      numbers.set(each.id, number);
      walk(each.children, number);
    });
  };
  walk(sections, '');
  return numbers;
}

/** "4. Business impact analysis" for a top-level section, "4.2 Impact over time" below it. */
export function numberedTitle(number: string, title: string): string {
  return number.includes('.') ? `${number} ${title}` : `${number}. ${title}`;
}
