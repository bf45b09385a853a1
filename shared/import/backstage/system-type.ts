import type { SystemType } from '../../model/system';

/**
 * A Backstage `spec.type` onto the plan's system types. Backstage leaves
 * types free-form, so the word parts of the type are matched ("aws-rds-db" →
 * data store). Components are software, so an unknown component type is an
 * application; Resources are, in Backstage's words, "the infrastructure a
 * component needs to operate at runtime", so an unknown resource type is
 * infrastructure. The original type is kept in the system's description.
 */

const WORDS: readonly (readonly [SystemType, string])[] = [
  [
    'data-store',
    'database db rdbms sql nosql postgres postgresql mysql mariadb mssql oracle mongodb mongo dynamodb rds ' +
      'redis cache memcached elasticsearch opensearch bucket s3 storage blob filesystem datastore store ' +
      'queue topic kafka warehouse datalake lake table dataset',
  ],
  ['third-party-service', 'saas third thirdparty external vendor partner'],
  ['facility', 'datacenter datacentre site office building facility'],
  [
    'infrastructure',
    'cluster kubernetes k8s vm server host network vpc subnet dns cdn lb loadbalancer balancer gateway ' +
      'firewall proxy certificate vault secret identity iam ldap infrastructure infra compute container registry',
  ],
];

export function systemTypeFor(kind: 'component' | 'resource', type: string | undefined): SystemType {
  const words = new Set((type ?? '').toLowerCase().split(/[^a-z0-9]+/));
  for (const [systemType, known] of WORDS) {
    if (known.split(' ').some((word) => words.has(word))) return systemType;
  }
  return kind === 'component' ? 'application' : 'infrastructure';
}
