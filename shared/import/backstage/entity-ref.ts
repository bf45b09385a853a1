/**
 * Backstage entity references, read the way the catalog reads them:
 * `[kind:][namespace/]name`. A field decides the kind when the reference
 * leaves it out (`consumesApis` → API, `owner` → Group, `memberOf` → Group);
 * `dependsOn` has no default, so its references must name their kind. The
 * namespace defaults to the referring entity's own, which is "default" unless
 * it says otherwise. Kinds, namespaces and names compare case-insensitively,
 * as in the catalog.
 */

export const DEFAULT_NAMESPACE = 'default';

export interface EntityRef {
  /** Lower case: "component", "group". */
  kind: string;
  namespace: string;
  name: string;
}

export type RefParse = { ok: true; ref: EntityRef } | { ok: false; message: string };

export function parseEntityRef(text: string, defaults: { kind: string | null; namespace: string }): RefParse {
  const colon = text.indexOf(':');
  const kind = colon === -1 ? defaults.kind : text.slice(0, colon);
  const rest = colon === -1 ? text : text.slice(colon + 1);
  const slash = rest.indexOf('/');
  const namespace = slash === -1 ? defaults.namespace : rest.slice(0, slash);
  const name = slash === -1 ? rest : rest.slice(slash + 1);
  if (kind === null) {
    return { ok: false, message: 'names no kind; write it as component:name or resource:name' };
  }
  if (kind.trim() === '' || namespace.trim() === '' || name.trim() === '') {
    return { ok: false, message: 'is not an entity reference of the form [kind:][namespace/]name' };
  }
  return {
    ok: true,
    ref: { kind: kind.trim().toLowerCase(), namespace: namespace.trim(), name: name.trim() },
  };
}

/** The catalog's canonical form, e.g. `component:default/artist-lookup`; also the lookup key (lower-cased). */
export function formatEntityRef(ref: EntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`;
}

export function refKey(ref: EntityRef): string {
  return formatEntityRef(ref).toLowerCase();
}
