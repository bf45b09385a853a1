import { describe, expect, it } from 'vitest';
import {
  findSecrets,
  isPlaceholder,
  runbookSecretWarnings,
  SECRET_KIND_LABELS,
  SECRET_KINDS,
  stepSecretWarnings,
  type SecretKind,
} from '../../shared/analysis/secrets';
import { newRunbookDefaults, newStepDefaults, type Step } from '../../shared/model/runbook';
import { STEP_TEMPLATES } from '../../shared/runbooks/step-templates';

const PEM = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  '-----END OPENSSH PRIVATE KEY-----',
].join('\n');
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

/** Realistic runbook sentences with a secret in them, and the exact text that must be flagged. */
const SECRETS: readonly [sentence: string, kind: SecretKind, secret: string][] = [
  ['Log in as sa with password: Tr0ub4dor&3', 'password', 'Tr0ub4dor&3'],
  ['The admin password is hunter2!', 'password', 'hunter2!'],
  ['Password = "correct horse battery staple"', 'password', 'correct horse battery staple'],
  ['Set DB_PASSWORD=Sup3rS3cret in /etc/billing.env', 'password', 'Sup3rS3cret'],
  ['Login admin / password Winter2024!', 'password', 'Winter2024!'],
  ['The password is “letmein”.', 'password', 'letmein'],
  ['Username: backup, password: letmein', 'password', 'letmein'],
  ['Password for the sa account: Orders#2024.', 'password', 'Orders#2024'],
  ['PIN: 4711 for the server room door', 'password', '4711'],
  ['Kennwort: Sommer2024', 'password', 'Sommer2024'],
  [
    'Connect with psql postgres://billing:s3cr3t-Pa55@db01.internal:5432/billing',
    'connection-string',
    's3cr3t-Pa55',
  ],
  ['Server=sql01;Database=Orders;User Id=app;Password=Orders2024!;', 'connection-string', 'Orders2024!'],
  ["Data Source=sql01;Initial Catalog=HR;Pwd='Hr-Payroll-9';", 'connection-string', 'Hr-Payroll-9'],
  ['Use key AKIAIOSFODNN7EXAMPLE for the backup bucket', 'aws-key', 'AKIAIOSFODNN7EXAMPLE'],
  [
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'aws-key',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  ],
  [`Copy this key to ~/.ssh/id_backup:\n${PEM}\nthen run the restore.`, 'private-key', PEM],
  [`Call the API with Authorization: Bearer ${JWT}`, 'jwt', JWT],
  ['API key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'api-key', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
  [
    'Register the runner with ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    'api-key',
    'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  ],
  ['Slack bot: xoxb-2048-4096-AbCdEfGhIjKlMnOp', 'api-key', 'xoxb-2048-4096-AbCdEfGhIjKlMnOp'],
  ['Stripe key sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'api-key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
  ['client_secret: 8QkL2mN4pR7sT1vW', 'api-key', '8QkL2mN4pR7sT1vW'],
  [
    'curl -H "Authorization: Bearer 0b79bab50daca910b000d4f1a2b675d604257e42"',
    'api-key',
    '0b79bab50daca910b000d4f1a2b675d604257e42',
  ],
  ['Run restore.sh --key Zx8Kq2LmN4pR7sT1vW3yB6cD9fG0hJ5k', 'token', 'Zx8Kq2LmN4pR7sT1vW3yB6cD9fG0hJ5k'],
];

/** What people write instead of a secret, and ordinary runbook prose: none of it is flagged. */
const QUIET: readonly string[] = [
  'Password: see vault entry “DB admin”',
  'password: <from the vault>',
  'Set DB_PASSWORD to {{DB_PASSWORD}} in the environment file',
  'password: ********',
  'Password: xxxxxxxx',
  'Password: [REDACTED]',
  'password = $DB_PASS',
  'password=%DB_PASS%',
  'password: ${VAULT_DB_PASSWORD}',
  'Open the password manager and find the entry “Backup console”',
  'The password is stored in KeePass under Infrastructure/DNS',
  'Password: in the sealed envelope in the safe',
  'Password: reset it through the self-service portal first',
  'Password: N/A (uses certificate login)',
  'The password for sa: in the vault',
  'User: admin, Password: (see 1Password)',
  'Passcode for the alarm: ask security',
  'Ask the DBA for the password; it is never written down.',
  'The password must be at least 14 characters long.',
  'The password is 14 characters long.',
  'Rotate the API key in the provider console after the incident.',
  'Token: request a new one from the identity team',
  'Confirm the token expires after 24 hours.',
  'Use the secret management tool to fetch it.',
  'Call the vendor and press PIN 2 on the phone menu.',
  'Connect to postgres://billing:${PGPASSWORD}@db01:5432/billing',
  'Connect to postgres://billing:<password>@db01:5432/billing',
  'Server=sql01;Database=Orders;User Id=app;Password=<from vault entry SQL app>;',
  'Check the checksum e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'Restore VM 3f2504e0-4f89-11d3-9a0c-0305e82c3301 from the latest image.',
  'Run Invoke-SqlRestoreFromAzureBlobStorage2022 on SQL01.',
  'Run RestoreDatabaseFromBackup2024 in the scheduler.',
  'Backups are in /mnt/backups/2024/ServerA01/daily and backups/2024/ServerA01/full.',
  'Restore vm-web01-prod-westeurope-2024 and DB01-Restore-2024-Primary-Site.',
  'Fail over with the runbook at https://wiki.example.org/dr/DNS-Failover?version=12',
  'Write down the case number and the name of the person you spoke to.',
  'Wait 15 min, then check that https://shop.example.com answers.',
];

describe('findSecrets flags secrets in runbook text', () => {
  it.each(SECRETS)('%s', (sentence, kind, secret) => {
    const matches = findSecrets(sentence);
    expect(matches.map((match) => [match.kind, sentence.slice(match.start, match.end)])).toEqual([
      [kind, secret],
    ]);
    expect(matches[0]?.reason).toContain('vault');
  });
});

describe('findSecrets stays quiet on placeholders and prose', () => {
  it.each(QUIET)('%s', (sentence) => {
    expect(findSecrets(sentence)).toEqual([]);
  });
});

describe('findSecrets', () => {
  it('finds several secrets in one text, in order, without overlaps', () => {
    const text = `Password: Tr0ub4dor&3\nConnection: mysql://app:Sh0p-2024@db:3306/shop\nKey: ${JWT}`;
    const found = findSecrets(text).map((match) => [match.kind, text.slice(match.start, match.end)]);
    expect(found).toEqual([
      ['password', 'Tr0ub4dor&3'],
      ['connection-string', 'Sh0p-2024'],
      ['jwt', JWT],
    ]);
  });

  it('gives every kind a label and an empty text nothing', () => {
    for (const kind of SECRET_KINDS) expect(SECRET_KIND_LABELS[kind]).not.toBe('');
    expect(findSecrets('')).toEqual([]);
  });

  it('knows the placeholders people write', () => {
    for (const value of [
      '<password>',
      '{{X}}',
      '${X}',
      '$X',
      '%X%',
      '[REDACTED]',
      '****',
      'DB_PASSWORD',
      'see vault',
    ])
      expect(isPlaceholder(value), value).toBe(true);
    for (const value of ['hunter2', 'Tr0ub4dor&3', 'Safe2024!', 'theBest1'])
      expect(isPlaceholder(value), value).toBe(false);
  });
});

function step(overrides: Partial<Step> = {}): Step {
  return { id: crypto.randomUUID(), ...newStepDefaults('Restore the database'), ...overrides };
}

describe('stepSecretWarnings', () => {
  it('checks every text field of a step and says which', () => {
    const warnings = stepSecretWarnings(
      step({
        title: 'Log in (password: Tr0ub4dor&3)',
        instructions: 'psql postgres://app:Sh0p-2024@db/shop',
        responsible: 'DBA',
        verify: 'Token: 8QkL2mN4pR7sT1vW3yB',
        onFailure: 'Call the vendor, PIN: 4711',
      }),
    );
    expect(warnings.map((warning) => [warning.field, warning.label, warning.match.kind])).toEqual([
      ['title', 'Step title', 'password'],
      ['instructions', 'Instructions', 'connection-string'],
      ['verify', 'How to verify', 'api-key'],
      ['onFailure', 'If it fails', 'password'],
    ]);
  });

  it('has nothing to say about a step that points at the vault', () => {
    expect(stepSecretWarnings(step({ instructions: 'Credentials: see vault entry “DB admin”.' }))).toEqual(
      [],
    );
  });

  it('finds nothing in the step templates', () => {
    for (const template of STEP_TEMPLATES) {
      expect(stepSecretWarnings({ ...template }), template.key).toEqual([]);
    }
  });
});

describe('runbookSecretWarnings', () => {
  it('checks the sections and every step, naming steps by number and title', () => {
    const runbook = {
      ...newRunbookDefaults('Recover billing'),
      notification: 'Page the on-call with API key: 9f8e7d6c5b4a3928',
      validationTests: [
        { id: crypto.randomUUID(), procedure: 'Log in with password: Sh0p-2024', expected: 'OK' },
      ],
      steps: [
        step({ title: 'Stop the app' }),
        step({ title: 'Restore', instructions: 'password = Tr0ub4dor&3' }),
      ],
    };
    expect(runbookSecretWarnings(runbook).map((warning) => [warning.label, warning.match.kind])).toEqual([
      ['Notification', 'api-key'],
      ['Validation test 1: procedure', 'password'],
      ['Step 2 “Restore”: Instructions', 'password'],
    ]);
    expect(runbookSecretWarnings(runbook)[2]?.stepId).toBe(runbook.steps[1]?.id);
  });
});
