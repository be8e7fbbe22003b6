/**
 * Where requirement strings live in a profile (catalog N33): every dict that holds one of the requirement
 * keys, paired with the bundle-identifier key of the same dict. Found with one linear walk per document and
 * cached, so the four requirement rules share a single pass and a single parse per string.
 */
import type { PlistDocument } from '../model/document';
import type { DictNode, ScalarNode } from '../model/plist';
import { documentDicts } from '../model/query';
import { isString } from '../model/plist';
import { hasBuildVariable } from '../text/buildVariables';
import { sourceOffsetOfTextIndex } from '../parser/entities';
import type { ParseResult } from './ast';
import { parseRequirement } from './parser';

/** Requirement key → the bundle-identifier key it must agree with (same dict). */
export const REQUIREMENT_PAIRS: ReadonlyMap<string, string> = new Map([
  ['ProviderDesignatedRequirement', 'ProviderBundleIdentifier'],
  ['FilterDataProviderDesignatedRequirement', 'FilterDataProviderBundleIdentifier'],
  ['FilterPacketProviderDesignatedRequirement', 'FilterPacketProviderBundleIdentifier'],
  ['DesignatedRequirement', 'SigningIdentifier'],
  ['CodeRequirement', 'Identifier'],
]);

export interface RequirementSite {
  dict: DictNode;
  /** The requirement key, e.g. `ProviderDesignatedRequirement`. */
  key: string;
  node: ScalarNode;
  /** The paired bundle-identifier key and its `<string>` when present (TCC: only for `IdentifierType` bundleID). */
  pairKey?: string;
  pair?: ScalarNode;
  /** Parse result; undefined when the string contains build variables (§1.6: never reported). */
  parsed?: ParseResult;
}

const REQUIREMENT_KEYS: readonly string[] = [...REQUIREMENT_PAIRS.keys()];

const cache = new WeakMap<PlistDocument, RequirementSite[]>();
/**
 * Parses by text (not per node): large profiles repeat the same requirement in every payload, and a parse
 * result is never mutated (offsets are relative to the string), so equal strings share one. Bounded so a
 * long-lived language server does not accumulate every string it ever saw.
 */
const parsesByText = new Map<string, ParseResult>();
const MAX_TEXT_PARSES = 4096;

/** The parse of a requirement `<string>` (cached by text); undefined when it contains build variables. */
export function parsedRequirement(node: ScalarNode): ParseResult | undefined {
  const text = node.text;
  let parsed = parsesByText.get(text);
  if (!parsed) {
    if (hasBuildVariable(text)) return undefined;
    if (parsesByText.size >= MAX_TEXT_PARSES) parsesByText.clear();
    parsed = parseRequirement(text);
    parsesByText.set(text, parsed);
  }
  return parsed;
}

function site(dict: DictNode, key: string, node: ScalarNode): RequirementSite {
  const pairKey = REQUIREMENT_PAIRS.get(key)!;
  const parsed = parsedRequirement(node);
  if (key === 'CodeRequirement') {
    const type = dict.map.get('IdentifierType')?.value;
    if (!isString(type) || type.text.trim() !== 'bundleID') return { dict, key, node, parsed };
  }
  const pair = dict.map.get(pairKey)?.value;
  return { dict, key, node, parsed, pairKey, pair: isString(pair) ? pair : undefined };
}

/** Every requirement string of the document (profiles), in document order. */
export function requirementSites(doc: PlistDocument): RequirementSite[] {
  let sites = cache.get(doc);
  if (sites) return sites;
  sites = [];
  for (const dict of documentDicts(doc)) {
    for (const key of REQUIREMENT_KEYS) {
      const node = dict.map.get(key)?.value;
      if (isString(node)) sites.push(site(dict, key, node));
    }
  }
  cache.set(doc, sites);
  return sites;
}

/** Source offset of an index into the string's decoded text (through `&quot;` and friends). */
export function sourceOffset(doc: PlistDocument, node: ScalarNode, index: number): number {
  if (!node.hasReferences) return node.contentStart + index;
  return sourceOffsetOfTextIndex(doc.text, node.contentStart, node.contentEnd, index);
}

/** Source span of a decoded span of the string. */
export function sourceSpan(
  doc: PlistDocument,
  node: ScalarNode,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: sourceOffset(doc, node, start), end: sourceOffset(doc, node, end) };
}

const WORD = /^[A-Za-z0-9_*][A-Za-z0-9_*./-]*$/;

/**
 * Requirement-language text for a value, keeping the original token's style: quoted stays quoted; a word
 * stays a word unless the new value needs quotes.
 */
export function requirementLiteral(value: string, quoted: boolean): string {
  if (!quoted && WORD.test(value)) return value;
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
