import {
  mitigationSchema,
  newScenarioDefaults,
  scenarioSchema,
  type Mitigation,
  type MitigationKind,
  type Scenario,
} from '../model/scenario';

/** A mitigation the starter list suggests. It becomes a record only when the user adds it. */
export interface SuggestedMitigation {
  /** Stable within the app's releases: a mitigation added from it remembers it by this key. */
  key: string;
  kind: MitigationKind;
  description: string;
}

export interface StarterScenario {
  /** Stable: a scenario remembers the starter it came from by this id. */
  id: string;
  name: string;
  description: string;
  detection: string;
  suggestions: readonly SuggestedMitigation[];
}

/**
 * Ten things that go wrong in real organisations, each with the way it is
 * usually noticed and the mitigations that usually help.
 *
 * A starter carries no likelihood, impact or affected systems: only the
 * organisation knows those, and a guess would look like an assessment. Its
 * mitigations are suggestions offered on the scenario's page, not records:
 * adding them as "planned" would claim a decision nobody took, and the count
 * of mitigations in place must only ever count what someone said is there.
 */
export const STARTER_SCENARIOS: readonly StarterScenario[] = [
  {
    id: 'server-crash',
    name: 'Server crash',
    description:
      'A server stops: a hardware fault, a failed update or a software bug, and everything running on it is down until it is repaired or rebuilt. In July 2024 a faulty update to a security product crashed about 8.5 million Windows computers at once; airlines, hospitals and banks stopped for hours to days.',
    detection:
      'Uptime monitoring of the server and its applications alerts the on-call person; users report that the application does not answer.',
    suggestions: [
      {
        key: 'second-server',
        kind: 'redundancy',
        description: 'Run a second server that carries the load too.',
      },
      {
        key: 'standby',
        kind: 'failover',
        description: 'Keep a standby server or VM that takes over, and test the switch.',
      },
      {
        key: 'image-backup',
        kind: 'backups',
        description: 'Back up a full image so the server can be rebuilt on new hardware.',
      },
      {
        key: 'staged-updates',
        kind: 'other',
        description: 'Roll out updates to one machine first, then to the rest.',
      },
    ],
  },
  {
    id: 'database-unreachable',
    name: 'Database unreachable',
    description:
      'The applications cannot reach their database: it is down, its disk is full, a certificate expired, it ran out of connections or the network to it broke. Every application that needs it stops, often all at once. In January 2017 an engineer at a code-hosting company deleted a production database by mistake; several backup methods turned out not to work and about six hours of data were lost.',
    detection:
      'Database monitoring (availability, free disk, connections) and application error alerts; users see errors on every page.',
    suggestions: [
      {
        key: 'replica',
        kind: 'failover',
        description: 'Keep a replica that can be promoted if the primary fails.',
      },
      {
        key: 'tested-backups',
        kind: 'backups',
        description: 'Back up with log shipping and test a restore every quarter.',
      },
      {
        key: 'read-only',
        kind: 'graceful-degradation',
        description: 'Let the applications show cached or read-only data while it is down.',
      },
    ],
  },
  {
    id: 'third-party-down',
    name: 'Third-party service or API down',
    description:
      'A service you rely on but do not run fails: the payment provider, a cloud platform, the email or accounting service, a delivery partner’s API. There is nothing to repair on your side; you wait. In June 2021 an outage at a large content-delivery network took major news, shop and government websites offline for about an hour.',
    detection:
      'Monitoring of the calls to the service (error rates, timeouts) and the provider’s status page; staff or customers report failures.',
    suggestions: [
      {
        key: 'second-provider',
        kind: 'redundancy',
        description: 'Have a second provider ready for the most critical service.',
      },
      {
        key: 'queue-requests',
        kind: 'queue',
        description: 'Queue the requests and send them when the service is back.',
      },
      {
        key: 'manual-fallback',
        kind: 'graceful-degradation',
        description: 'Write down the manual fallback (phone, invoice, pay later) and who uses it.',
      },
      {
        key: 'sla',
        kind: 'other',
        description: 'Check the provider’s SLA, support line and status page subscription.',
      },
    ],
  },
  {
    id: 'traffic-spike',
    name: 'Traffic spike (10× normal)',
    description:
      'Ten times the usual visitors or requests arrive at once: a sale, a TV mention, a post going viral, the deadline day, or an attack. Systems built for a normal day slow down or fall over just when demand is highest.',
    detection: 'Response-time and load monitoring with alerts; the website becomes slow or shows errors.',
    suggestions: [
      {
        key: 'rate-limit',
        kind: 'rate-limiting',
        description: 'Limit requests per client so the system keeps serving everyone else.',
      },
      {
        key: 'queue-orders',
        kind: 'queue',
        description: 'Take orders into a queue and process them as capacity allows.',
      },
      {
        key: 'scale-out',
        kind: 'redundancy',
        description: 'Add instances automatically (or by a tested procedure) when load rises.',
      },
      {
        key: 'light-mode',
        kind: 'graceful-degradation',
        description: 'Switch off non-essential features under load and keep checkout running.',
      },
    ],
  },
  {
    id: 'disk-failure',
    name: 'Disk failure',
    description:
      'A disk or storage device fails. Disks wear out: in large fleets one or two in every hundred fail each year. With one disk and no tested backup, the data on it can be gone for good.',
    detection:
      'Disk health (SMART) and RAID alerts, backup job failures, or a system that suddenly reports I/O errors.',
    suggestions: [
      {
        key: 'raid',
        kind: 'redundancy',
        description: 'Mirror the disks (RAID) so one can fail without losing data.',
      },
      {
        key: 'offsite-backup',
        kind: 'backups',
        description: 'Keep a backup copy on other hardware, off site, and test a restore.',
      },
    ],
  },
  {
    id: 'internet-outage',
    name: 'Internet / ISP outage',
    description:
      'The internet connection goes down: the provider has a fault, or a digger cuts the cable in the street and the line is down for days. Cloud services, email and phones over the internet stop for everyone in the building.',
    detection:
      'Staff cannot reach anything online; the router or an external monitoring service reports the line down.',
    suggestions: [
      {
        key: 'second-line',
        kind: 'redundancy',
        description: 'A second line from another provider, by another route (or a 4G/5G backup).',
      },
      {
        key: 'router-failover',
        kind: 'failover',
        description: 'Set the router to switch to the backup line by itself, and test it.',
      },
      {
        key: 'work-elsewhere',
        kind: 'graceful-degradation',
        description: 'Staff work from home or mobile hotspots for the essential tasks.',
      },
    ],
  },
  {
    id: 'power-outage',
    name: 'Power outage',
    description:
      'The power goes off in the building or the area: a fault, a storm, building works. Everything without a battery stops at once, and equipment can be damaged when power returns. In August 2003 a blackout cut power to about 50 million people in the north-east of the USA and Canada, for up to several days.',
    detection: 'Obvious on site; UPS alarms and monitoring that reports servers or the site going offline.',
    suggestions: [
      {
        key: 'ups',
        kind: 'redundancy',
        description: 'A UPS that keeps servers and network up long enough to shut down cleanly.',
      },
      {
        key: 'generator',
        kind: 'failover',
        description: 'A generator (or a hosting site with one) for outages longer than the UPS lasts.',
      },
      {
        key: 'clean-shutdown',
        kind: 'other',
        description: 'A written shutdown and start-up order, kept on paper.',
      },
    ],
  },
  {
    id: 'ransomware',
    name: 'Ransomware',
    description:
      'Criminals get in, encrypt servers, PCs and often the backups they can reach, and demand payment; many also steal data and threaten to publish it. Recovery takes days to weeks. In 2017 the NotPetya malware shut down the shipping company Maersk, which reinstalled about 45,000 PCs and 4,000 servers over some ten days.',
    detection:
      'Endpoint protection alerts, files that suddenly cannot be opened or have new extensions, ransom notes, unusual activity reported by the monitoring service.',
    suggestions: [
      {
        key: 'offline-backup',
        kind: 'backups',
        description:
          'Keep an offline or immutable backup copy that the network cannot reach, and test restoring from it.',
      },
      {
        key: 'mfa-patching',
        kind: 'other',
        description: 'Multi-factor sign-in for remote access and admin accounts; patch promptly.',
      },
      {
        key: 'segmentation',
        kind: 'other',
        description: 'Separate the backup system and admin accounts from everyday accounts.',
      },
      {
        key: 'paper-fallback',
        kind: 'graceful-degradation',
        description: 'Paper forms and contact lists to keep essential work going meanwhile.',
      },
    ],
  },
  {
    id: 'site-loss',
    name: 'Loss of the site',
    description:
      'The office, shop, clinic or server room cannot be used: fire, flood, a gas leak, the police closing the street. Everything kept only there is out of reach or destroyed. In March 2021 a fire destroyed a data centre in Strasbourg; customers whose only backups were in the same place lost their data.',
    detection:
      'Obvious on site; alarms, the building manager or the emergency services tell you. Off-site monitoring shows everything down.',
    suggestions: [
      {
        key: 'offsite-copies',
        kind: 'backups',
        description: 'Keep backup copies at another site or in the cloud, far enough away.',
      },
      {
        key: 'alternate-site',
        kind: 'failover',
        description: 'Agree an alternate place to work and to run the critical systems.',
      },
      {
        key: 'remote-work',
        kind: 'graceful-degradation',
        description: 'Make sure staff can work from home with laptops and remote access.',
      },
    ],
  },
  {
    id: 'key-person',
    name: 'Key person unavailable',
    description:
      'The one person who knows how something works is ill, on holiday, unreachable or has left: the only administrator, the person with the passwords, the owner who signs payments. A small outage becomes a long one while everyone waits for them.',
    detection:
      'Usually only when something breaks and nobody else can fix it; check for tasks only one person can do.',
    suggestions: [
      {
        key: 'deputy',
        kind: 'redundancy',
        description: 'Train a deputy for every critical task and let them practise it.',
      },
      {
        key: 'runbooks',
        kind: 'other',
        description: 'Write the recovery steps down so someone else can follow them.',
      },
      {
        key: 'password-vault',
        kind: 'other',
        description: 'Keep passwords and keys in a shared vault with emergency access.',
      },
    ],
  },
];

export function starterById(id: string): StarterScenario | undefined {
  return STARTER_SCENARIOS.find((starter) => starter.id === id);
}

/**
 * A new scenario for a plan from a starter: its name, description and
 * detection, nothing rated, no systems ticked and no mitigations (see above).
 * Pure: ids and the time come in. Throws only if a starter is malformed, a
 * bug the tests catch.
 */
export function instantiateStarter(
  starter: StarterScenario,
  record: { id: string; planId: string; position: number; now: string },
): Scenario {
  return scenarioSchema.parse({
    id: record.id,
    planId: record.planId,
    starterId: starter.id,
    ...newScenarioDefaults(starter.name),
    description: starter.description,
    detection: starter.detection,
    position: record.position,
    createdAt: record.now,
    updatedAt: record.now,
  });
}

/** The mitigation a user adds from a suggestion: "planned", because adding it is the decision to do it. */
export function mitigationFromSuggestion(suggestion: SuggestedMitigation, id: string): Mitigation {
  return mitigationSchema.parse({
    id,
    kind: suggestion.kind,
    description: suggestion.description,
    status: 'planned',
    suggestion: suggestion.key,
  });
}
