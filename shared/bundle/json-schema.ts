import { z } from 'zod';
import { planBundleSchema } from './bundle';
import { encryptedBundleSchema } from './encryption';

/**
 * docs/bundle.schema.json, generated from the zod schemas (which stay the
 * truth): for people who write plan files by hand or validate them in other
 * tools. Cross-record rules (references, unique ids) and text trimming are
 * not expressible in JSON Schema; `drp validate` checks everything.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  const plain = z.toJSONSchema(planBundleSchema, { io: 'input', unrepresentable: 'any' });
  const encrypted = z.toJSONSchema(encryptedBundleSchema, { io: 'input', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://dr-planner.invalid/schemas/bundle.schema.json',
    title: 'DR Planner plan file (.drplan.json)',
    description:
      'A plan with everything in it, as exported by DR Planner, or the same file encrypted with a passphrase.',
    oneOf: [withoutMeta(plain), withoutMeta(encrypted)],
  };
}

function withoutMeta(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'));
}
