/**
 * A scan of the raw text before the YAML parser sees it. The parser recurses
 * once per level of nesting, and deep enough nesting ends not in a catchable
 * stack overflow but in V8 aborting the whole process (measured with yaml
 * 2.9: 8,000 levels of `- - - …` or 20,000 of `[[[…` kill Node and would kill
 * the renderer). A catalog entity nests a handful of levels, so the limits
 * below are generous for real files and far from what breaks the parser.
 */

/** Leading spaces on a line: block nesting needs one or more per level. */
export const MAX_INDENT = 200;
/** `[` and `{` open at once, counted crudely (quotes and comments included) so nothing slips past. */
export const MAX_FLOW_DEPTH = 64;
/** Block indicators at the start of one line (`- - - x`), each a level of nesting. */
export const MAX_COMPACT_DEPTH = 16;

export interface GuardProblem {
  line: number;
  message: string;
}

export function checkYamlNesting(text: string): GuardProblem | null {
  const lines = text.split(/\r\n|\r|\n/);
  let depth = 0;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    // Each document starts afresh, so stray brackets in many documents' text do not add up.
    if (line.startsWith('---') || line.startsWith('...')) depth = 0;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (indent > MAX_INDENT) {
      return { line: number, message: `is indented more than ${MAX_INDENT} spaces` };
    }
    const compact = /^(?:[-?:](?:[ \t]+|$))+/.exec(line.slice(indent))?.[0] ?? '';
    if ((compact.match(/[-?:]/g)?.length ?? 0) > MAX_COMPACT_DEPTH) {
      return { line: number, message: `nests more than ${MAX_COMPACT_DEPTH} levels on one line` };
    }
    for (const char of line) {
      if (char === '[' || char === '{') depth += 1;
      else if ((char === ']' || char === '}') && depth > 0) depth -= 1;
      if (depth > MAX_FLOW_DEPTH) {
        return { line: number, message: `nests brackets more than ${MAX_FLOW_DEPTH} levels deep` };
      }
    }
  }
  return null;
}
