/**
 * Completion in entitlements files: root keys (with a correctly typed value), NE values ordered by the
 * file's context (see contextValues.ts), and the literal values / prefixes other keys accept.
 */
import type { CompletionEntry, CompletionProvider, ServiceRequest } from '../types';
import { ENTITLEMENT_KEYS, describeType, entitlementKey } from '../../knowledge/entitlementKeys';
import type { EntitlementKey } from '../../knowledge/entitlementKeys';
import { NE_KEY, neValue } from '../../knowledge/neValues';
import { isArray, isDict, isString } from '../../model/plist';
import type { ArrayNode, ScalarNode } from '../../model/plist';
import { booleanXml, detectEol, detectIndentUnit, lineIndentAt } from '../../rules/fixHelpers';
import { allowedNeValues, isSuffixedValue, valueFamily } from './contextValues';

const sortKey = (i: number) => String(i).padStart(3, '0');

function valueSnippet(req: ServiceRequest, spec: EntitlementKey, indent: string): string {
  const text = req.doc.text;
  if (spec.type === 'boolean') return booleanXml(req.doc, true);
  if (spec.type === 'string') return '<string>$1</string>';
  const eol = detectEol(text);
  return `<array>${eol}${indent}${detectIndentUnit(text)}<string>$1</string>${eol}${indent}</array>`;
}

function platformFits(req: ServiceRequest, spec: EntitlementKey): boolean {
  const p = req.file.platform.value;
  return p === 'unknown' || (spec.platforms as readonly string[]).includes(p);
}

function keyCompletions(req: ServiceRequest): CompletionEntry[] {
  const root = req.doc.root;
  if (!isDict(root)) return [];
  const { location } = req;
  const inKey = location.key && location.path.length === 1 ? location.key.key : undefined;
  const atRoot = !inKey && location.node === root && !location.entry;
  if (!inKey && !atRoot) return [];
  const indent = lineIndentAt(req.doc.text, req.offset);
  const eol = detectEol(req.doc.text);
  const present = new Set(root.map.keys());
  const out: CompletionEntry[] = [];
  ENTITLEMENT_KEYS.forEach((spec, i) => {
    if (present.has(spec.key) && spec.key !== inKey?.text) return;
    const fits = platformFits(req, spec);
    const entry: CompletionEntry = {
      label: spec.key,
      kind: 'key',
      detail: describeType(spec.type),
      documentation: spec.description,
      sortText: `${fits ? 0 : 1}${sortKey(i)}`,
      insertText: '',
    };
    if (inKey) {
      entry.insertText = spec.key;
      entry.replaceStart = inKey.contentStart;
      entry.replaceEnd = inKey.contentEnd;
    } else {
      entry.insertText = `<key>${spec.key}</key>${eol}${indent}${valueSnippet(req, spec, indent)}`;
      entry.snippet = true;
    }
    out.push(entry);
  });
  return out;
}

/** Values offered for `key`: NE values by context, literal lists, or prefixes for app/keychain groups. */
function valuesFor(req: ServiceRequest, key: string): { label: string; insert: string; detail?: string }[] {
  if (key === NE_KEY) {
    return allowedNeValues(req.file).map((v) => ({
      label: v,
      insert: v,
      detail: isSuffixedValue(v)
        ? 'Developer ID (macOS system extension)'
        : neValue(v)?.suffixed
          ? 'development / App Store'
          : undefined,
    }));
  }
  const spec = entitlementKey(key);
  if (Array.isArray(spec?.values)) return spec.values.map((v) => ({ label: v, insert: v }));
  const macOk = ['macos', 'unknown'].includes(req.file.platform.value);
  if (spec?.values === 'app-groups') {
    const out = [{ label: 'group.', insert: 'group.${1:com.example.shared}', detail: 'app group (every platform)' }];
    if (macOk) {
      out.push({
        label: '$(TeamIdentifierPrefix)',
        insert: '\\$(TeamIdentifierPrefix)${1:com.example.shared}',
        detail: 'Team ID-prefixed group (macOS)',
      });
    }
    return out;
  }
  if (spec?.values === 'keychain-groups') {
    return [
      {
        label: '$(AppIdentifierPrefix)',
        insert: '\\$(AppIdentifierPrefix)${1:com.example.app}',
        detail: 'team-prefixed group',
      },
      {
        label: 'com.apple.managed.vpn.shared',
        insert: 'com.apple.managed.vpn.shared',
        detail: 'VPN profile credentials (managed capability)',
      },
    ];
  }
  return [];
}

function existingValues(arr: ArrayNode | undefined): Set<string> {
  return new Set((arr?.items ?? []).filter(isString).map((s) => s.text));
}

function valueCompletions(req: ServiceRequest): CompletionEntry[] {
  const { location } = req;
  const key = location.path[0];
  if (typeof key !== 'string' || location.key) return [];
  const node = location.node;
  let inString: ScalarNode | undefined;
  let arr: ArrayNode | undefined;
  if (isString(node) && location.path.length === 2 && isArray(node.parent)) {
    inString = node;
    arr = node.parent;
  } else if (isArray(node) && location.path.length === 1) {
    arr = node;
  } else return [];
  const taken = existingValues(arr);
  const family = key === NE_KEY ? valueFamily(req.file) : undefined;
  return valuesFor(req, key)
    .filter((v) => !taken.has(v.label) || v.label === inString?.text)
    .map((v, i) => {
      const entry: CompletionEntry = {
        label: v.label,
        kind: 'value',
        detail: v.detail,
        sortText: sortKey(i),
        // Inserts with placeholders are snippets; their literal `$` is written escaped in valuesFor.
        snippet: v.insert.includes('${') || undefined,
        insertText: inString ? v.insert : `<string>${v.insert}</string>`,
        preselect: i === 0 && family === 'suffixed-first' ? true : undefined,
      };
      if (inString) {
        entry.replaceStart = inString.contentStart;
        entry.replaceEnd = inString.contentEnd;
      }
      return entry;
    });
}

export const entitlementsCompletion: CompletionProvider = (req) => {
  if (req.file.kind !== 'entitlements') return [];
  return [...keyCompletions(req), ...valueCompletions(req)];
};
