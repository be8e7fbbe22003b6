/**
 * The plist tree's objects, made in one place for both ways of building the tree (plistBuilder.ts from a
 * finished XML tree, plistAssembler.ts while the XML is scanned): object literals with one fixed property order,
 * so every node of a kind shares one shape whichever way it was built (100,000s of nodes in a big profile).
 */
import type { ArrayNode, DictEntry, DictNode, KeyNode, PlistNode, ScalarKind, ScalarNode } from '../model/plist';
import type { XmlElement } from '../model/xml';
import { closeStartOf, ElementNode, lastChildEndOf, openEndOf } from './xmlElement';

export function newDict(el: XmlElement, parent: DictNode | ArrayNode | null): DictNode {
  return {
    kind: 'dict',
    start: el.start,
    end: el.end,
    element: el,
    parent,
    entry: undefined,
    entries: [],
    map: new Map(),
  };
}

export function newArray(el: XmlElement, parent: DictNode | ArrayNode | null, items: PlistNode[] = []): ArrayNode {
  return { kind: 'array', start: el.start, end: el.end, element: el, parent, entry: undefined, items };
}

/** A `<string>`, `<integer>`, … or `<true/>`/`<false/>` node; `text` is the element's content (see `scalarText`). */
export function newScalar(
  el: XmlElement,
  parent: DictNode | ArrayNode | null,
  text: string,
  hasReferences: boolean,
): ScalarNode {
  const kind: ScalarKind = el.name === 'true' || el.name === 'false' ? 'boolean' : (el.name as ScalarKind);
  return {
    kind,
    start: el.start,
    end: el.end,
    element: el,
    parent,
    entry: undefined,
    text: kind === 'boolean' ? el.name : text,
    contentStart: openEndOf(el),
    contentEnd: contentEnd(el),
    hasReferences,
  };
}

export function newKey(el: XmlElement, text: string): KeyNode {
  return { text, start: el.start, end: el.end, contentStart: openEndOf(el), contentEnd: contentEnd(el), element: el };
}

/** Appends `key` → `value` to `dict` (a later occurrence of a key is kept, flagged as a duplicate). */
export function pushEntry(dict: DictNode, key: KeyNode, value: PlistNode | null): void {
  const entry: DictEntry = { key, value, index: dict.entries.length, duplicate: dict.map.has(key.text) };
  if (!entry.duplicate) dict.map.set(key.text, entry);
  dict.entries.push(entry);
  if (value) value.entry = entry;
}

/** What `scalarText` read besides the text (one scratch object: it runs once per key and scalar). */
export const scalarFacts = { hasReferences: false, hasElement: false };

/**
 * The decoded text content of a key or scalar element; sets `scalarFacts` (whether the source had references or
 * CDATA, and whether an element sits inside, which the plist format does not allow and the caller reports).
 */
export function scalarText(el: XmlElement): string {
  // The usual `<string>text</string>`: one text child kept inline by the parser, its value as is.
  if (el instanceof ElementNode && el.childList === undefined) {
    const value = el.textValue;
    scalarFacts.hasReferences = value !== undefined && el.textHasReferences;
    scalarFacts.hasElement = false;
    return value ?? '';
  }
  const children = el.children;
  let text = '';
  let hasReferences = false;
  let hasElement = false;
  for (const c of children) {
    if (c.type === 'text') {
      text += c.value;
      hasReferences ||= c.hasReferences;
    } else if (c.type === 'cdata') {
      text += c.value;
      hasReferences = true;
    } else if (c.type === 'element') {
      hasElement = true;
    }
  }
  scalarFacts.hasReferences = hasReferences;
  scalarFacts.hasElement = hasElement;
  return text;
}

/** Content span between the tags (empty at the tag end when self-closing). */
export function contentSpan(el: XmlElement): { start: number; end: number } {
  return { start: openEndOf(el), end: contentEnd(el) };
}

/** End of the content span: the close tag's start, the last child's end when unclosed, else the open tag's end. */
export function contentEnd(el: XmlElement): number {
  // The parser's elements: fields read directly (no span objects).
  if (el instanceof ElementNode && !el.selfClosing && el.closeStart >= 0) return el.closeStart;
  if (el.selfClosing) return openEndOf(el);
  const closeStart = closeStartOf(el);
  if (closeStart >= 0) return closeStart;
  const lastEnd = lastChildEndOf(el);
  return lastEnd >= 0 ? lastEnd : openEndOf(el);
}

/** Decoded text of an element's direct text and CDATA children. */
export function textOf(el: XmlElement): string {
  if (el instanceof ElementNode && el.childList === undefined) return el.textValue ?? '';
  let s = '';
  for (const c of el.children) if (c.type === 'text' || c.type === 'cdata') s += c.value;
  return s;
}

/** The DTD's value elements (plain compares: the parser hands out shared strings for these names). */
export function isValueName(name: string): boolean {
  switch (name) {
    case 'string':
    case 'integer':
    case 'dict':
    case 'array':
    case 'true':
    case 'false':
    case 'real':
    case 'date':
    case 'data':
      return true;
    default:
      return false;
  }
}
