/** A plan without runbooks, people or vendors, for analysis tests that are about something else. */
export const NO_PEOPLE = {
  runbooks: [],
  contacts: [],
  teams: [],
  callTree: null,
  vendors: [],
  exercises: [],
  scenarios: [],
  workshop: null,
  revisions: [],
} as const;
