import { nameKey } from '../systems-csv-import';

/** Text cut to a field's limit, with an ellipsis so the cut shows. */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  return `${sliceWhole(trimmed, max - 1).trimEnd()}…`;
}

/** The first `end` UTF-16 units, or one fewer where the cut would split an emoji's surrogate pair in half. */
export function sliceWhole(text: string, end: number): string {
  const split = /[\uDC00-\uDFFF]/.test(text.charAt(end)) && /[\uD800-\uDBFF]/.test(text.charAt(end - 1));
  return text.slice(0, split ? end - 1 : end);
}

/**
 * Names as a person tells them apart: the first entity keeps its name; a
 * later one with the same name (a Resource named like a Component, or the
 * same name in another namespace) gets what sets it apart, then a number.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(private readonly max: number) {}

  take(base: string, qualifier: string): string {
    for (let n = 0; ; n += 1) {
      const candidate = n === 0 ? base : n === 1 ? `${base} (${qualifier})` : `${base} (${qualifier} ${n})`;
      const name = clipWithSuffix(candidate, base, this.max);
      if (!this.taken.has(nameKey(name))) {
        this.taken.add(nameKey(name));
        return name;
      }
    }
  }
}

/** Cuts the base, never the suffix that makes the name distinct. */
function clipWithSuffix(candidate: string, base: string, max: number): string {
  if (candidate.length <= max) return candidate;
  const suffix = candidate.slice(base.length);
  return clip(base, max - suffix.length) + suffix;
}
