/**
 * Shared plumbing of the cross-file rules (`xfile/`, `provisioning/`): the linted file's target, the NE array of
 * any entitlements document with variables resolved in its target's context (§1.6), value families (N07),
 * provider kinds (T2), and `relatedInformation` pointing into another file.
 */
import type { PlistDocument } from '../../../model/document';
import type { ArrayNode, DictEntry, DictNode, ScalarNode } from '../../../model/plist';
import { isArray, isDict, isString } from '../../../model/plist';
import type { ProjectTargetView } from '../../../project/types';
import type { RelatedLocation, RuleContext, TextEdit } from '../../types';
import { detectEol, detectIndentUnit, lineIndentAt, lineStartAt, stringXml } from '../../fixHelpers';
import { resolveBuildVariables } from '../../../text/buildVariables';
import { NE_KEY, SUFFIXABLE, SUFFIXED, baseOf, neValue, suffixedOf } from '../../../knowledge/neValues';
import { providerKinds } from '../../vpn/support/project';
import { extensionPoint } from '../../../knowledge/extensionPoints';

export { providerKinds, NE_KEY };

export type FileRole = 'entitlements' | 'info-plist' | 'provisioning-profile' | 'profile';

/** The target whose `role` file is being linted, or undefined (no model, or the file plays another role). */
export function ownTarget(ctx: RuleContext, role: FileRole): ProjectTargetView | undefined {
  const p = ctx.project;
  if (!p?.target || p.fileRole !== role) return undefined;
  return p.target;
}

export function rootDict(doc: PlistDocument | undefined): DictNode | undefined {
  return doc && isDict(doc.root) ? doc.root : undefined;
}

export interface NeItem {
  node: ScalarNode;
  /** Trimmed text as written. */
  raw: string;
  /** Text with the target's build variables resolved. */
  value: string;
  /** False when unresolved variables remain (the value is never judged, §1.6). */
  complete: boolean;
}

export interface NeArray {
  entry: DictEntry;
  array?: ArrayNode;
  items: NeItem[];
}

/** The NE entitlement of an entitlements document (first occurrence), variables resolved with `lookup`. */
export function neArray(
  doc: PlistDocument | undefined,
  lookup: (n: string) => string | undefined,
): NeArray | undefined {
  const entry = rootDict(doc)?.map.get(NE_KEY);
  if (!entry) return undefined;
  const array = isArray(entry.value) ? entry.value : undefined;
  const items: NeItem[] = [];
  for (const node of array?.items ?? []) {
    if (!isString(node)) continue;
    const raw = node.text.trim();
    const r = resolveBuildVariables(raw, lookup);
    items.push({ node, raw, value: r.text, complete: r.complete });
  }
  return { entry, array, items };
}

/** The NE array of a target's entitlements, resolved in that target's context. */
export function targetNe(t: ProjectTargetView): NeArray | undefined {
  return neArray(t.entitlements, t.context.lookupVariable);
}

export type Family = 'suffixed' | 'standard' | 'neutral';

/** N07 `family(F)`; undefined when a value has unresolved variables (the comparison is unknown). */
export function familyOf(ne: NeArray | undefined): Family | undefined {
  if (!ne) return 'neutral';
  if (ne.items.some((i) => !i.complete)) return undefined;
  if (ne.items.some((i) => SUFFIXED.has(i.value))) return 'suffixed';
  if (ne.items.some((i) => SUFFIXABLE.has(i.value))) return 'standard';
  return 'neutral';
}

/** `v` rewritten to `family` (values without a suffixed form are kept). */
export function toFamily(v: string, family: Family): string {
  if (family === 'suffixed') return suffixedOf(v) ?? v;
  if (family === 'standard') return SUFFIXED.has(v) ? (baseOf(v) ?? v) : v;
  return v;
}

/** Base NE value a provider kind (T2 point) needs. */
export function baseValueOfKind(kind: string): string | undefined {
  return extensionPoint(kind)?.neValue;
}

/** True when the array holds `base` or its `-systemextension` form. */
export function hasKindValue(ne: NeArray, base: string): boolean {
  const suffixed = suffixedOf(base);
  return ne.items.some((i) => i.value === base || (suffixed !== undefined && i.value === suffixed));
}

/** A relatedInformation entry pointing into `doc` (another file, or the same one). */
export function relatedAt(doc: PlistDocument, node: { start: number; end: number }, message: string): RelatedLocation {
  return { path: doc.path, lineIndex: doc.lineIndex, start: node.start, end: node.end, message };
}

/** Anchor of a dict-level diagnostic on a root dict: its opening `<dict>` tag (§1.1). */
export function rootDictAnchor(dict: DictNode): { start: number; end: number } {
  return { start: dict.element.open.start, end: dict.element.open.end };
}

/** The container apps of a target (targets with role `app` that embed it). */
export function containerApps(t: ProjectTargetView): ProjectTargetView[] {
  return t.embeddedBy.filter((c) => c.role === 'app');
}

/** The root `<dict>` tag of a document (or its start) — where "in this file" evidence points. */
export function docAnchor(doc: PlistDocument): { start: number; end: number } {
  const r = rootDict(doc);
  return r ? rootDictAnchor(r) : { start: 0, end: Math.min(doc.text.length, 1) };
}

/** Provider kinds of an extension: its Info.plist points (T2), else the kinds its literal NE values imply (T1). */
export function kindsOf(t: ProjectTargetView): string[] {
  if (t.infoPlist) return [...providerKinds(t)];
  const kinds = new Set<string>();
  for (const i of targetNe(t)?.items ?? []) if (i.complete) for (const k of neValue(i.value)?.kinds ?? []) kinds.add(k);
  return [...kinds];
}

/** Appends `<string>value</string>` items to an array, one per line like its existing items. */
export function appendStrings(doc: PlistDocument, array: ArrayNode, values: string[]): TextEdit {
  const eol = doc.encoding?.eol ?? detectEol(doc.text);
  const strings = values.map(stringXml);
  const last = array.items[array.items.length - 1];
  if (last) {
    const text = doc.text;
    const onOwnLine = /^[ \t]*$/.test(text.slice(lineStartAt(text, last.start), last.start));
    const sep = onOwnLine ? eol + lineIndentAt(text, last.start) : '';
    return { start: last.end, end: last.end, newText: strings.map((s) => sep + s).join('') };
  }
  const indent = lineIndentAt(doc.text, array.start);
  const unit = detectIndentUnit(doc.text);
  const body = strings.map((s) => `${eol}${indent}${unit}${s}`).join('');
  return { start: array.start, end: array.end, newText: `<array>${body}${eol}${indent}</array>` };
}

/** `<array>` XML (relative tabs, for `insertEntry`) holding the given strings. */
export function arrayXml(values: string[]): string {
  return `<array>\n${values.map((v) => `\t${stringXml(v)}`).join('\n')}\n</array>`;
}
