import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchema } from '../../shared/bundle/json-schema';

const FILE = 'docs/bundle.schema.json';
const generated = `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;

describe('docs/bundle.schema.json', () => {
  it('is what the zod schemas generate (npm run schema:update rewrites it)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it('describes every list of the plan and the envelope fields', () => {
    const text = generated;
    for (const key of ['formatVersion', 'contentHash', 'systems', 'runbooks', 'callTree', 'ciphertext']) {
      expect(text).toContain(`"${key}"`);
    }
  });
});
