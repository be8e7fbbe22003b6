/**
 * Property-list tree built on top of the XML tree, the way CFPropertyList reads it: typed values,
 * all dict entries kept in order (duplicates included), every node tied to its source span.
 */
import type { XmlElement } from './xml';

export type ScalarKind = 'string' | 'integer' | 'real' | 'boolean' | 'date' | 'data';
export type PlistKind = 'dict' | 'array' | ScalarKind;

interface PlistNodeBase {
  /** Whole element span `<tag>…</tag>` (or `<tag/>`). */
  start: number;
  end: number;
  element: XmlElement;
  parent: DictNode | ArrayNode | null;
  /** The entry that holds this node when its parent is a dict. */
  entry?: DictEntry;
}

export interface DictEntry {
  key: KeyNode;
  /** `null` when the key has no value (structure error, reported by plist/invalid-structure). */
  value: PlistNode | null;
  /** 0-based index among the dict's entries. */
  index: number;
  /** True for a later occurrence of a key already present in the same dict (semantic rules skip these). */
  duplicate: boolean;
}

export interface KeyNode {
  /** Entity-decoded key text, untrimmed. */
  text: string;
  /** `<key>…</key>` element span. */
  start: number;
  end: number;
  /** Span of the key's text content in the source (between the tags). */
  contentStart: number;
  contentEnd: number;
  element: XmlElement;
}

export interface DictNode extends PlistNodeBase {
  kind: 'dict';
  entries: DictEntry[];
  /** First occurrence of each key (what Apple's parser and the semantic rules see). */
  map: Map<string, DictEntry>;
}

export interface ArrayNode extends PlistNodeBase {
  kind: 'array';
  items: PlistNode[];
}

export interface ScalarNode extends PlistNodeBase {
  kind: ScalarKind;
  /**
   * Entity-decoded text content, untrimmed (`''` for `<string/>`). For booleans: `'true'` / `'false'`.
   * Integers and reals are kept as text: 64-bit values never pass through a JS number.
   */
  text: string;
  /** Source span of the content between the tags (empty span at the tag end when self-closing). */
  contentStart: number;
  contentEnd: number;
  /** True when the source content contains entity/character references or CDATA. */
  hasReferences: boolean;
}

export type PlistNode = DictNode | ArrayNode | ScalarNode;

export function isDict(n: PlistNode | null | undefined): n is DictNode {
  return !!n && n.kind === 'dict';
}
export function isArray(n: PlistNode | null | undefined): n is ArrayNode {
  return !!n && n.kind === 'array';
}
export function isScalar(n: PlistNode | null | undefined): n is ScalarNode {
  return !!n && n.kind !== 'dict' && n.kind !== 'array';
}
export function isString(n: PlistNode | null | undefined): n is ScalarNode {
  return !!n && n.kind === 'string';
}

/** First-occurrence value of `key` in a dict, or undefined. */
export function dictGet(dict: DictNode | null | undefined, key: string): PlistNode | undefined {
  return dict?.map.get(key)?.value ?? undefined;
}
