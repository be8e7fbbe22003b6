/**
 * Go to definition, find references and rename for `VPNUUID` and `PayloadCertificateUUID` (+ the `PayloadUUID` a
 * certificate reference names). Certificate references stay within the profile; `VPNUUID` links per-app VPN
 * payloads (`com.apple.vpn.managed.applayer › VPNUUID`, the definition) with app mappings and may span several
 * profiles: pass the other open/workspace documents as `others`. Linear: one walk per document.
 */
import type { PlistDocument } from '../../model/document';
import type { ScalarNode } from '../../model/plist';
import { isString } from '../../model/plist';
import { locate, walk } from '../../model/query';
import { getProfileModel } from '../../knowledge/profileModel';
import { replaceContent } from '../../rules/fixHelpers';
import type { FileEdit } from '../../rules/types';

export type UuidKind = 'VPNUUID' | 'PayloadCertificateUUID';

export interface UuidOccurrence {
  path: string;
  /** The string's text content. */
  start: number;
  end: number;
  node: ScalarNode;
}

export interface UuidReferences {
  kind: UuidKind;
  value: string;
  definition?: UuidOccurrence;
  /** Every other occurrence (the one under the cursor included when it is not the definition). */
  references: UuidOccurrence[];
  /** Edits that rename the UUID at the definition and every reference, grouped by file. */
  rename(newValue: string): FileEdit[];
}

const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

function occurrence(doc: PlistDocument, node: ScalarNode): UuidOccurrence {
  return { path: doc.path, start: node.contentStart, end: node.contentEnd, node };
}

/** Every string value of `key` (first occurrence per dict) equal to `value`, in document order. */
function valuesOf(doc: PlistDocument, key: string, value: string): UuidOccurrence[] {
  const out: UuidOccurrence[] = [];
  walk(doc.root, (n) => {
    if (n.kind !== 'dict') return;
    const v = n.map.get(key)?.value;
    if (isString(v) && v.text.trim() && same(v.text, value)) out.push(occurrence(doc, v));
  });
  return out;
}

/** The per-app VPN payloads' top-level VPNUUID values equal to `value`. */
function vpnDefinitions(doc: PlistDocument, value: string): UuidOccurrence[] {
  const model = getProfileModel(doc);
  const out: UuidOccurrence[] = [];
  for (const p of model.byType.get('com.apple.vpn.managed.applayer') ?? []) {
    const v = p.dict.map.get('VPNUUID')?.value;
    if (isString(v) && same(v.text, value)) out.push(occurrence(doc, v));
  }
  return out;
}

function result(
  kind: UuidKind,
  value: string,
  definition: UuidOccurrence | undefined,
  all: UuidOccurrence[],
  docs: PlistDocument[],
): UuidReferences {
  const references = all.filter((o) => !definition || o.node !== definition.node);
  return {
    kind,
    value,
    definition,
    references,
    rename(newValue) {
      const byPath = new Map<string, FileEdit>();
      for (const o of definition ? [definition, ...references] : references) {
        const edit = replaceContent(o.node, newValue);
        const fe = byPath.get(o.path) ?? { path: o.path, edits: [] };
        fe.edits.push(edit);
        byPath.set(o.path, fe);
      }
      // Keep the order of the documents as given (the current one first).
      return docs.map((d) => byPath.get(d.path)).filter((x): x is FileEdit => !!x);
    },
  };
}

export function findUuidReferences(
  doc: PlistDocument,
  offset: number,
  others: readonly PlistDocument[] = [],
): UuidReferences | undefined {
  const loc = locate(doc.root, offset);
  const node = loc.node;
  const key = loc.entry?.key.text;
  if (!isString(node) || !key || loc.key || node !== loc.entry?.value) return undefined;
  const value = node.text.trim();
  if (!value) return undefined;
  if (key === 'VPNUUID') {
    const docs = [doc, ...others];
    const all = docs.flatMap((d) => valuesOf(d, 'VPNUUID', value));
    const definition = docs.flatMap((d) => vpnDefinitions(d, value))[0];
    return result('VPNUUID', value, definition, all, docs);
  }
  if (
    key === 'PayloadCertificateUUID' ||
    (key === 'PayloadUUID' && loc.path.length === 3 && loc.path[0] === 'PayloadContent')
  ) {
    const model = getProfileModel(doc);
    const target = (model.byUuid.get(value.toUpperCase()) ?? []).find((p) => !p.isRoot);
    const definition = target?.uuid ? occurrence(doc, target.uuid.node) : undefined;
    return result('PayloadCertificateUUID', value, definition, valuesOf(doc, 'PayloadCertificateUUID', value), [doc]);
  }
  return undefined;
}
