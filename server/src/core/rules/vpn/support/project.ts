/**
 * Project-model lookups shared by the vpn/, filter/ and dns/ rules (all optional: without a project model
 * the rules fall back to single-file evidence) and the system-extension-policy listing of a profile.
 */
import type { PlistDocument } from '../../../model/document';
import type { DictNode } from '../../../model/plist';
import { isArray, isDict, isString } from '../../../model/plist';
import type { ProjectTargetView, ProjectView } from '../../../project/types';
import { extensionPoint } from '../../../knowledge/extensionPoints';
import { SYSEXT_POLICY, dictNode, payloadsOf, stringOf } from './payloads';

export function targetByBundleId(project: ProjectView | undefined, id: string): ProjectTargetView | undefined {
  return project?.targets.find((t) => t.bundleIdentifier === id);
}

/** The app that embeds `target`, when the model knows one. */
export function containerApp(target: ProjectTargetView): ProjectTargetView | undefined {
  return target.embeddedBy.find((t) => t.role === 'app');
}

/** Provider kinds (T2 short names, e.g. `packet-tunnel`) a target's Info.plist declares. */
export function providerKinds(target: ProjectTargetView): Set<string> {
  const kinds = new Set<string>();
  const root = target.infoPlist?.root;
  if (!isDict(root)) return kinds;
  const classes = dictNode(dictNode(root, 'NetworkExtension'), 'NEProviderClasses');
  for (const e of classes?.entries ?? []) addKind(kinds, e.key.text);
  addKind(kinds, stringOf(dictNode(root, 'NSExtension'), 'NSExtensionPointIdentifier'));
  addKind(kinds, stringOf(dictNode(root, 'EXAppExtensionAttributes'), 'EXExtensionPointIdentifier'));
  return kinds;
}

function addKind(kinds: Set<string>, id: string | undefined): void {
  const p = id && extensionPoint(id.trim());
  if (p) kinds.add(p.point);
}

/** Embedded providers of `app` that implement `kind`. */
export function providersOfKind(app: ProjectTargetView, kind: string): ProjectTargetView[] {
  return app.embeds.filter((t) => t.role !== 'app' && providerKinds(t).has(kind));
}

const SYSEXT_LIST_KEYS = [
  'AllowedSystemExtensions',
  'RemovableSystemExtensions',
  'NonRemovableSystemExtensions',
  'NonRemovableFromUISystemExtensions',
];

const policyCache = new WeakMap<PlistDocument, Set<string>>();

/** Bundle identifiers a `com.apple.system-extension-policy` payload of the profile lists (any team). */
export function sysextPolicyBundleIds(doc: PlistDocument): Set<string> {
  let ids = policyCache.get(doc);
  if (ids) return ids;
  ids = new Set();
  for (const p of payloadsOf(doc, SYSEXT_POLICY)) {
    for (const key of SYSEXT_LIST_KEYS) addListed(ids, dictNode(p.dict, key));
  }
  policyCache.set(doc, ids);
  return ids;
}

function addListed(ids: Set<string>, byTeam: DictNode | undefined): void {
  for (const e of byTeam?.entries ?? []) {
    if (!isArray(e.value)) continue;
    for (const item of e.value.items) if (isString(item)) ids.add(item.text.trim());
  }
}

/** The `identifier "…"` (or bare) clause of a designated requirement, when it has exactly one literal. */
export function identifierFromRequirement(dr: string): string | undefined {
  const m = /\bidentifier\s+(?:"([^"]+)"|([A-Za-z0-9][A-Za-z0-9._-]*))/.exec(dr);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Designated requirement in the shape of the CLEAN corpus DR (catalog N32), for a known id and team. */
export function designatedRequirementFor(id: string, team: string): string {
  return (
    `anchor apple generic and identifier "${id}" and (certificate leaf[field.1.2.840.113635.100.6.1.9] /* exists */ ` +
    `or certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] ` +
    `/* exists */ and certificate leaf[subject.OU] = ${team})`
  );
}
