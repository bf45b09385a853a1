import { STEP_TEXT_LABELS, stepLabel, type Runbook, type Step, type StepTextField } from '../model/runbook';

/**
 * Runbooks get printed, mailed and left on desks, so they hold placeholders
 * ("see vault entry DB admin"), never secrets. findSecrets spots text that
 * looks like a credential so the editor can warn; it is a heuristic, tuned
 * to stay quiet on the placeholders people write instead.
 */

export const SECRET_KINDS = [
  'password',
  'private-key',
  'api-key',
  'connection-string',
  'aws-key',
  'jwt',
  'token',
] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export const SECRET_KIND_LABELS = {
  password: 'Password',
  'private-key': 'Private key',
  'api-key': 'API key or token',
  'connection-string': 'Connection string with a password',
  'aws-key': 'AWS access key',
  jwt: 'Login token (JWT)',
  token: 'Random-looking token',
} as const satisfies Record<SecretKind, string>;

const VAULT_HINT =
  'Keep it in the password vault and write only where to find it, e.g. “see vault entry DB admin”.';

const REASONS = {
  password: `This looks like a password written out. ${VAULT_HINT}`,
  'private-key': `This is a private key: anyone who reads or prints the runbook could use it. ${VAULT_HINT}`,
  'api-key': `This looks like an API key or access token. ${VAULT_HINT}`,
  'connection-string': `This connection string contains a password. Write <password from the vault> in its place. ${VAULT_HINT}`,
  'aws-key': `This looks like an AWS access key, which opens the cloud account. ${VAULT_HINT}`,
  jwt: `This looks like a login token (JWT), which can let someone sign in as its owner. ${VAULT_HINT}`,
  token: `This long random-looking text may be a key or token. If it is one, remove it. ${VAULT_HINT}`,
} as const satisfies Record<SecretKind, string>;

export interface SecretMatch {
  kind: SecretKind;
  /** Where the secret is in the text: from `start` up to (not including) `end`, in UTF-16 code units. */
  start: number;
  end: number;
  /** Why it was flagged and what to write instead, in plain words. */
  reason: string;
}

/** Patterns that are a secret on their own, whatever surrounds them. Earlier entries win an overlap. */
const SHAPES: readonly { kind: SecretKind; pattern: RegExp }[] = [
  {
    kind: 'private-key',
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  { kind: 'aws-key', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: 'jwt', pattern: /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g },
  // Well-known key formats: GitHub, Slack, Stripe, Google, SendGrid, npm, OpenAI-style "sk-".
  {
    kind: 'api-key',
    pattern:
      /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{40,}|xox[abposr]-[A-Za-z0-9-]{10,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|AIza[\w-]{35}|SG\.[\w-]{16,}\.[\w-]{16,}|npm_[A-Za-z0-9]{36}|sk-(?=[\w-]*\d)[\w-]{20,})/g,
  },
];

/** user:password@ in a URL (postgres://app:s3cret@db:5432/shop); the password part is group 1. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s@/]*)@/dgi;

/** Password=…; in an ADO.NET/ODBC/JDBC style string; the password is group 1. */
const KEY_VALUE_PASSWORD = /(?<![\p{L}\p{N}])(?:password|pwd)\s*=\s*("[^"\n]*"|'[^'\n]*'|[^;"'\s]+)/dgiu;
const CONNECTION_KEYS =
  /(?:server|host|data source|address|addr|uid|user id|username|database|initial catalog)\s*=/i;

const PASSWORD_WORDS = String.raw`pass(?:word|phrase|code)s?|passwd|kennwort|mot de passe`;
/** Short or everyday words: a credential only with an explicit ":" or "=". */
const STRICT_PASSWORD_WORDS = String.raw`pwd|pw|pin`;
const TOKEN_WORDS = String.raw`api[ _-]?(?:key|token)|apikey|(?:access|auth|refresh|session)[ _-]?token|client[ _-]?secret|app[ _-]?secret|secret(?:[ _-]?key)?|token`;
const AWS_SECRET_WORDS = String.raw`aws[ _]?secret[ _]?access[ _]?key`;

/** A keyword, what separates it from its value, and the value (quoted, or one word). */
function keywordPattern(words: string): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${words})(?![\p{L}\p{N}_])((?:\s+(?:for|of)\s+[^:=\n]{1,40}?)?\s*[:=]\s*|\s+(?:is|was)\s*:?\s*|\s+)("[^"\n]*"|'[^'\n]*'|“[^”\n]*”|‘[^’\n]*’|\S+)`,
    'dgiu',
  );
}

const KEYWORDS: readonly { kind: SecretKind; pattern: RegExp; loose: boolean; minLength: number }[] = [
  { kind: 'aws-key', pattern: keywordPattern(AWS_SECRET_WORDS), loose: false, minLength: 16 },
  { kind: 'password', pattern: keywordPattern(PASSWORD_WORDS), loose: true, minLength: 4 },
  { kind: 'password', pattern: keywordPattern(STRICT_PASSWORD_WORDS), loose: false, minLength: 4 },
  { kind: 'api-key', pattern: keywordPattern(TOKEN_WORDS), loose: true, minLength: 8 },
];

const BEARER = /\bBearer\s+([\w.~+/-]{16,}=*)/dg;

/** Candidates for a random token: base64-like runs; '-' and '_' split, so kebab and snake names never qualify. */
const TOKEN_CANDIDATE = /[A-Za-z0-9+/]{24,}={0,2}/g;

/**
 * The first word of what people write instead of a secret: where to find it
 * ("see …", "in the vault", "from KeePass"), or that it is not here ("none", "n/a").
 */
const PLACEHOLDER_WORDS = new Set(
  [
    'see in from stored kept held saved available managed provided listed located ask request use via',
    'per the a an your our their its same none n na tbd todo unknown unchanged not no redacted hidden',
    'omitted removed withheld check look retrieve get fetch obtain contact call on at under with by',
    'as rotated generated random set given shared sent default vault keepass keepassxc 1password',
    'bitwarden lastpass cyberark hashicorp secrets envelope safe sealed',
  ]
    .join(' ')
    .split(' '),
);

/** Text that stands in for a secret: <…>, {{…}}, ${…}, %…%, [REDACTED], ********, DB_PASSWORD, "see vault…". */
export function isPlaceholder(value: string): boolean {
  const text = value.trim();
  if (text === '') return true;
  if (/^[<{[(%]/.test(text)) return true;
  if (/^\$(?:\{|[A-Z_])/.test(text)) return true;
  if (/^[*•·x#._\-…]+$/iu.test(text)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text)) return true;
  const first = /^[\p{L}\p{N}]+/u.exec(text.toLowerCase())?.[0] ?? '';
  return PLACEHOLDER_WORDS.has(first);
}

/** Mixed letters and digits or symbols, a capital inside, or a long run of digits: not an everyday word. */
function looksLikePassword(value: string): boolean {
  const letters = /\p{L}/u.test(value);
  return (
    (letters && /\p{N}/u.test(value)) ||
    (letters && /[^\p{L}\p{N}\s]/u.test(value)) ||
    /\p{Ll}\p{Lu}/u.test(value) ||
    /^\d{6,}$/.test(value)
  );
}

function unquote(value: string): { text: string; quoted: boolean; offset: number } {
  const pairs: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
  const close = pairs[value.charAt(0)];
  if (close !== undefined && value.length >= 2 && value.endsWith(close)) {
    return { text: value.slice(1, -1), quoted: true, offset: 1 };
  }
  // Sentence punctuation after a bare value belongs to the sentence.
  return { text: value.replace(/[.,;:)\]]+$/, ''), quoted: false, offset: 0 };
}

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Random text switches between capitals, small letters and digits at most
 * characters (about 6 in 10); names like "RestoreDatabase2024" rarely do.
 */
function looksRandom(candidate: string): boolean {
  const text = candidate.replace(/[+/=]/g, '');
  if (text.length < 24 || !/[A-Z]/.test(text) || !/[a-z]/.test(text) || !/\d/.test(text)) return false;
  const classOf = (char: string) => (/[A-Z]/.test(char) ? 0 : /[a-z]/.test(char) ? 1 : 2);
  let switches = 0;
  for (let index = 1; index < text.length; index += 1) {
    if (classOf(text.charAt(index)) !== classOf(text.charAt(index - 1))) switches += 1;
  }
  return switches / (text.length - 1) >= 0.4 && entropy(text) >= 3.7;
}

/** Every credential-looking span of the text, in order; spans never overlap. */
export function findSecrets(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  const add = (kind: SecretKind, start: number, end: number) => {
    if (end <= start || found.some((match) => start < match.end && match.start < end)) return;
    found.push({ kind, start, end, reason: REASONS[kind] });
  };

  for (const { kind, pattern } of SHAPES) {
    for (const match of text.matchAll(pattern)) add(kind, match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    const span = match.indices?.[1];
    if (span && !isPlaceholder(match[1] ?? '')) add('connection-string', span[0], span[1]);
  }
  for (const match of text.matchAll(KEY_VALUE_PASSWORD)) {
    const span = match.indices?.[1];
    const line = lineAround(text, match.index);
    if (!span || !line.includes(';') || !CONNECTION_KEYS.test(line)) continue;
    const value = unquote(match[1] ?? '');
    if (!isPlaceholder(value.text))
      add('connection-string', span[0] + value.offset, span[0] + value.offset + value.text.length);
  }
  for (const keyword of KEYWORDS) {
    for (const match of text.matchAll(keyword.pattern)) {
      const span = match.indices?.[2];
      if (!span) continue;
      const value = unquote(match[2] ?? '');
      if (!isCredential(keyword, match[1] ?? '', value, text.slice(span[1]))) continue;
      add(keyword.kind, span[0] + value.offset, span[0] + value.offset + value.text.length);
    }
  }
  for (const match of text.matchAll(BEARER)) {
    const span = match.indices?.[1];
    if (span && !isPlaceholder(match[1] ?? '')) add('api-key', span[0], span[1]);
  }
  for (const match of text.matchAll(TOKEN_CANDIDATE)) {
    if (!match[0].startsWith('/') && looksRandom(match[0]))
      add('token', match.index, match.index + match[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether "keyword, separator, value" states a credential. "password: x"
 * does unless x is a placeholder or the first word of a sentence ("Password:
 * reset it in the portal"); "the password is x" and "password x" only when x
 * does not look like an everyday word, so prose stays quiet.
 */
function isCredential(
  keyword: (typeof KEYWORDS)[number],
  separator: string,
  value: { text: string; quoted: boolean },
  after: string,
): boolean {
  if (value.text.length < keyword.minLength || isPlaceholder(value.text)) return false;
  if (/[:=]/.test(separator)) {
    if (value.quoted) return true;
    const proseFollows = /^\p{L}+$/u.test(value.text) && /^[ \t]+\p{L}/u.test(after);
    return !proseFollows;
  }
  if (!keyword.loose) return false;
  return value.quoted || (value.text.length >= 6 && looksLikePassword(value.text));
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? text.length : end);
}

export interface SecretWarning {
  /** Which text: a step's field, or a section of the runbook. */
  field: string;
  /** The place in words, e.g. "Instructions" or "Step 3 “Restore the database”: Instructions". */
  label: string;
  match: SecretMatch;
}

const STEP_TEXT_FIELDS = Object.keys(STEP_TEXT_LABELS).filter((key): key is StepTextField =>
  Object.hasOwn(STEP_TEXT_LABELS, key),
);

/** Every credential-looking span in every text field of a step. */
export function stepSecretWarnings(
  step: Pick<Step, StepTextField>,
): (SecretWarning & { field: StepTextField })[] {
  return STEP_TEXT_FIELDS.flatMap((field) =>
    findSecrets(step[field]).map((match) => ({ field, label: STEP_TEXT_LABELS[field], match })),
  );
}

/** Every credential-looking span in the whole runbook, its sections first, then step by step. */
export function runbookSecretWarnings(
  runbook: Pick<
    Runbook,
    'title' | 'activation' | 'notification' | 'steps' | 'validationTests' | 'returnToNormal' | 'rollback'
  >,
): (SecretWarning & { stepId: string | null })[] {
  const sections: { field: string; label: string; text: string }[] = [
    { field: 'title', label: 'Runbook title', text: runbook.title },
    { field: 'activation.criteria', label: 'Activation criteria', text: runbook.activation.criteria },
    {
      field: 'activation.whoMayActivate',
      label: 'Who may activate',
      text: runbook.activation.whoMayActivate,
    },
    { field: 'notification', label: 'Notification', text: runbook.notification },
    ...runbook.validationTests.flatMap((test, index) => [
      {
        field: `validationTests.${index}.procedure`,
        label: `Validation test ${index + 1}: procedure`,
        text: test.procedure,
      },
      {
        field: `validationTests.${index}.expected`,
        label: `Validation test ${index + 1}: expected result`,
        text: test.expected,
      },
    ]),
    { field: 'returnToNormal', label: 'Return to normal operations', text: runbook.returnToNormal },
    { field: 'rollback', label: 'Rollback', text: runbook.rollback },
  ];
  const step = (entry: Step, index: number) => {
    const where = stepLabel(index, entry);
    const label = where.charAt(0).toUpperCase() + where.slice(1);
    return stepSecretWarnings(entry).map((warning) => ({
      ...warning,
      label: `${label}: ${warning.label}`,
      stepId: entry.id,
    }));
  };
  return [
    ...sections.flatMap((section) =>
      findSecrets(section.text).map((match) => ({
        field: section.field,
        label: section.label,
        match,
        stepId: null,
      })),
    ),
    ...runbook.steps.flatMap(step),
  ];
}
