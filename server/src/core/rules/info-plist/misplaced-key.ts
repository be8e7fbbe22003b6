/**
 * N21 — keys the system reads from one dict only are ignored elsewhere: top-level Info.plist keys nested in
 * `NSExtension` / `NetworkExtension` / `EXAppExtensionAttributes` (e.g. ATS inside NSExtension), NE keys
 * outside `NetworkExtension`, and NSExtension keys outside `NSExtension`. Custom keys are never flagged.
 */
import { isDict } from '../../model/plist';
import type { DictEntry, DictNode } from '../../model/plist';
import type { Fix, RelatedLocation, Rule, RuleContext, TextEdit } from '../types';
import { detectIndentUnit, escapeXml, insertEntry, lineIndentAt, removeEntry } from '../fixHelpers';
import { INFO_PLIST_CONTAINER_KEYS, isTopLevelOnlyInfoPlistKey } from '../../knowledge/infoPlistKeys';
import { rootDictOf } from './support/context';
import { canFix, keySpan } from './support/spans';
import { copyNode } from '../../parser/plistNodes';

const ROOT = '(root)';
const NE_KEYS = new Set(['NEProviderClasses', 'NEMachServiceName']);
const NSEXTENSION_KEYS = new Set(['NSExtensionPointIdentifier', 'NSExtensionPrincipalClass', 'NSExtensionAttributes']);

/** Where `key` belongs when found in `container` (ROOT = the root dict), or undefined when it is fine there. */
function destinationOf(key: string, container: string): string | undefined {
  if (container !== ROOT && isTopLevelOnlyInfoPlistKey(key)) return ROOT;
  if (NE_KEYS.has(key) && (container === ROOT || container === 'NSExtension')) return 'NetworkExtension';
  if (NSEXTENSION_KEYS.has(key) && (container === ROOT || container === 'NetworkExtension')) return 'NSExtension';
  return undefined;
}

function placeName(container: string): string {
  return container === ROOT ? 'at the top level of Info.plist' : `inside ${container}`;
}

/**
 * The value's source text with its lines made relative to the entry's indentation (tabs per indent unit), the
 * form `insertEntry` re-indents for the destination.
 */
function relativeValueXml(ctx: RuleContext, entry: DictEntry): string {
  const text = ctx.doc.text;
  const value = entry.value!;
  const base = lineIndentAt(text, entry.key.start);
  const unit = detectIndentUnit(text);
  return text
    .slice(value.start, value.end)
    .split(/\r?\n/)
    .map((line, i) => {
      if (i === 0) return line;
      let rest = line.startsWith(base) ? line.slice(base.length) : line.replace(/^[ \t]*/, '');
      let tabs = '';
      while (unit && rest.startsWith(unit)) {
        tabs += '\t';
        rest = rest.slice(unit.length);
      }
      return tabs + rest;
    })
    .join('\n');
}

function overlap(a: TextEdit, b: TextEdit): boolean {
  return a.start < b.end && b.start < a.end;
}

function moveFix(
  ctx: RuleContext,
  root: DictNode,
  entry: DictEntry,
  dest: string,
): { fixes: Fix[]; related?: RelatedLocation[] } {
  if (!canFix(ctx) || !entry.value) return { fixes: [] };
  const key = entry.key.text;
  const destEntry = dest === ROOT ? undefined : root.map.get(dest);
  const destDict = dest === ROOT ? root : destEntry?.value;
  if (destEntry && !isDict(destDict)) return { fixes: [] };
  const existing = isDict(destDict) ? destDict.map.get(key) : undefined;
  const remove = removeEntry(ctx.doc, entry);
  if (existing) {
    const related = [{ start: existing.key.start, end: existing.key.end, message: `${key} is already set here` }];
    return { fixes: [{ title: `Remove the misplaced duplicate "${key}"`, preferred: true, edits: [remove] }], related };
  }
  const valueXml = relativeValueXml(ctx, entry);
  // Insert after the destination's last entry other than the one being moved (their edits must not overlap).
  const without = (d: DictNode): DictNode => copyNode(d, { entries: d.entries.filter((e) => e !== entry) });
  const insert = isDict(destDict)
    ? insertEntry(ctx.doc, without(destDict), key, valueXml)
    : insertEntry(
        ctx.doc,
        without(root),
        dest,
        `<dict>\n\t<key>${escapeXml(key)}</key>\n\t${valueXml.replace(/\n/g, '\n\t')}\n</dict>`,
      );
  if (overlap(insert, remove)) return { fixes: [] };
  const where = dest === ROOT ? 'the top level' : dest;
  return { fixes: [{ title: `Move "${key}" to ${where}`, preferred: true, edits: [remove, insert] }] };
}

function checkDict(ctx: RuleContext, root: DictNode, dict: DictNode, container: string): void {
  for (const entry of dict.entries) {
    if (entry.duplicate) continue;
    const dest = destinationOf(entry.key.text, container);
    if (!dest) continue;
    const { fixes, related } = moveFix(ctx, root, entry, dest);
    ctx.report({
      ...keySpan(entry),
      message: `"${entry.key.text}" is ignored ${placeName(container)}; it belongs ${placeName(dest)}.`,
      unnecessary: true,
      fixes,
      related,
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'N21',
    code: 'info-plist/misplaced-key',
    family: 'info-plist',
    severity: 'warning',
    kinds: ['info-plist'],
    fixable: true,
    description:
      'A key sits in a dictionary where the system does not read it (e.g. NSAppTransportSecurity inside NSExtension).',
    guidance: ['Q-D16'],
  },
  check(ctx) {
    const root = rootDictOf(ctx);
    if (!root) return;
    checkDict(ctx, root, root, ROOT);
    for (const name of INFO_PLIST_CONTAINER_KEYS) {
      const container = root.map.get(name)?.value;
      if (isDict(container)) checkDict(ctx, root, container, name);
    }
  },
};
