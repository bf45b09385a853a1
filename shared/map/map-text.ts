/**
 * Text for SVG. User text (names) may hold <, &, quotes or control
 * characters; escaped and cleaned it can never become markup or break the
 * file's XML.
 */
export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all, and unpaired surrogates.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters, so an emoji or an accented letter is never cut in half. */
function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * Breaks text into at most `maxLines` lines of at most `maxChars` characters,
 * at spaces where it can, ending with “…” when it had to cut. Character
 * counts stand in for measuring: the exported SVG has no DOM to measure with.
 */
export function fitLines(text: string, maxChars: number, maxLines: number): string[] {
  // A word longer than a line is cut into line-sized pieces.
  const pieces = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      const chars = graphemes(word);
      const chunks: string[] = [];
      for (let start = 0; start < chars.length; start += maxChars) {
        chunks.push(chars.slice(start, start + maxChars).join(''));
      }
      return chunks;
    });
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current === '' ? piece : `${current} ${piece}`;
    if (graphemes(candidate).length <= maxChars) {
      current = candidate;
      continue;
    }
    lines.push(current);
    if (lines.length === maxLines) {
      // Out of lines: the last one ends with what fits of the rest, and an ellipsis.
      const rest = graphemes(`${current} ${piece}`).slice(0, Math.max(1, maxChars - 1));
      lines[maxLines - 1] = `${rest.join('').trimEnd()}…`;
      return lines;
    }
    current = piece;
  }
  if (current !== '') lines.push(current);
  return lines;
}
