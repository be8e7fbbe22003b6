/**
 * Completion in Info.plists: keys valid in the current dict (root, `NSExtension`, `NetworkExtension`,
 * `EXAppExtensionAttributes`, `NSAppTransportSecurity`, and the extension points of `NEProviderClasses`), each
 * inserted with a correctly typed value; values of extension-point and package-type strings from the tables.
 */
import type { CompletionEntry, CompletionProvider, ServiceRequest } from '../types';
import { INFO_PLIST_KEY_CATALOG, infoPlistKeysIn } from '../../knowledge/infoPlistKeyCatalog';
import type { InfoPlistKeyInfo } from '../../knowledge/infoPlistKeyCatalog';
import { EXTENSION_POINTS, fullExtensionPointId } from '../../knowledge/extensionPoints';
import type { DictNode } from '../../model/plist';
import { detectEol, detectIndentUnit, lineIndentAt, reindent } from '../../rules/fixHelpers';
import { dictLocation, pathOfDict } from './where';

const DEFAULT_VALUE: Record<string, string> = {
  string: '<string>$1</string>',
  boolean: '<${1|true,false|}/>',
  integer: '<integer>$1</integer>',
  dict: '<dict>\n\t$1\n</dict>',
  array: '<array>\n\t$1\n</array>',
};

function providerClassName(providerClass: string): string {
  const m = /^NE(\w+)/.exec(providerClass);
  return m ? m[1] : 'Provider';
}

/** Entry text for the dict under the cursor: `<key>K</key>` + value, value lines indented like the cursor line. */
function entryText(req: ServiceRequest, key: string, valueXml: string): string {
  const text = req.doc.text;
  const indent = lineIndentAt(text, req.offset);
  const eol = req.doc.encoding?.eol ?? detectEol(text);
  return `<key>${key}</key>${eol}${indent}${reindent(valueXml, indent, detectIndentUnit(text), eol)}`;
}

/** Relevance: keys for this bundle's role and platform first, keys for other roles/platforms last. */
function rank(req: ServiceRequest, info: InfoPlistKeyInfo): string {
  const role = req.file.role.value;
  const platform = req.file.platform.value;
  const otherRole = role !== 'unknown' && info.roles && !info.roles.includes(role);
  const otherPlatform = platform !== 'unknown' && !info.platforms.includes(platform);
  if (otherRole || otherPlatform) return '2';
  return info.roles && role !== 'unknown' ? '0' : '1';
}

function keyEntries(req: ServiceRequest, dict: DictNode, location: string, nameOnly: boolean): CompletionEntry[] {
  if (location === 'NEProviderClasses') {
    return EXTENSION_POINTS.filter((p) => p.systemExtension && !dict.map.has(fullExtensionPointId(p.point))).map(
      (p) => {
        const id = fullExtensionPointId(p.point);
        const value = `<string>$(PRODUCT_MODULE_NAME).\${1:${providerClassName(p.providerClass)}}</string>`;
        return {
          label: id,
          kind: 'key',
          insertText: nameOnly ? id : entryText(req, id, value),
          snippet: !nameOnly,
          detail: `${p.providerClass} (system extension)`,
          filterText: nameOnly ? id : `<key>${id}`,
        };
      },
    );
  }
  return infoPlistKeysIn(location)
    .filter((info) => !dict.map.has(info.key))
    .map((info) => ({
      label: info.key,
      kind: 'key' as const,
      insertText: nameOnly ? info.key : entryText(req, info.key, info.value ?? DEFAULT_VALUE[info.type]),
      snippet: !nameOnly,
      detail: info.type,
      documentation: info.description,
      sortText: `${rank(req, info)}${info.key}`,
      filterText: nameOnly ? info.key : `<key>${info.key}`,
    }));
}

function valueEntries(key: string, location: string): string[] {
  if (location === 'NSExtension' && key === 'NSExtensionPointIdentifier') {
    return EXTENSION_POINTS.filter((p) => p.appExtension).map((p) => fullExtensionPointId(p.point));
  }
  if (location === 'EXAppExtensionAttributes' && key === 'EXExtensionPointIdentifier') {
    return EXTENSION_POINTS.filter((p) => p.appExtension).map((p) => fullExtensionPointId(p.point));
  }
  return INFO_PLIST_KEY_CATALOG.find((k) => k.key === key && k.location === location)?.values ?? [];
}

function insideContent(n: { contentStart: number; contentEnd: number }, offset: number): boolean {
  return offset >= n.contentStart && offset <= n.contentEnd;
}

export const infoPlistCompletion: CompletionProvider = (req) => {
  if (req.file.kind !== 'info-plist') return [];
  const { location, offset } = req;
  const dict = location.dict;
  if (!dict) return [];
  const dictPath = pathOfDict(dict);
  const where = dictPath && dictLocation(dictPath);
  if (!where) return [];
  if (location.key) {
    if (!insideContent(location.key.key, offset)) return [];
    const replace = { replaceStart: location.key.key.contentStart, replaceEnd: location.key.key.contentEnd };
    return keyEntries(req, dict, where, true).map((e) => ({ ...e, ...replace }));
  }
  const node = location.node;
  if (node === dict) {
    // Between entries (not inside an element): offer whole entries.
    const inElement = dict.entries.some((e) => offset > e.key.start && offset < (e.value?.end ?? e.key.end));
    return inElement ? [] : keyEntries(req, dict, where, false);
  }
  if (node?.kind === 'string' && location.entry?.value === node && insideContent(node, offset)) {
    const key = location.entry.key.text;
    return valueEntries(key, where).map((v, i) => ({
      label: v,
      kind: 'value' as const,
      insertText: v,
      sortText: String(i).padStart(3, '0'),
      replaceStart: node.contentStart,
      replaceEnd: node.contentEnd,
    }));
  }
  return [];
};
