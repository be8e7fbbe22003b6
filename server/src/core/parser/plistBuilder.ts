/**
 * XML tree → plist tree, the way CFPropertyList reads it: typed scalars (text kept as written), dict
 * entries in order with duplicates flagged, every node tied to its source span. Structure problems are
 * N78 (`plist/invalid-structure`) issues. Iterative (explicit work stack): deep files must not overflow.
 */
import type { ArrayNode, DictEntry, DictNode, KeyNode, PlistNode, ScalarKind } from '../model/plist';
import type { SyntaxIssue, XmlElement } from '../model/xml';
import { IssueSink, INVALID_STRUCTURE } from './issues';
import { childListOf, closeStartOf, ElementNode, lastChildEndOf, openEndOf } from './xmlElement';
import { ArrayNodeImpl, DictNodeImpl, KeyNodeImpl, ScalarNodeImpl } from './plistNodes';

/** The DTD's value elements (plain compares: the parser hands out shared strings for these names). */
function isValueName(name: string): boolean {
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

/** Likely intended element for a name outside the DTD (drives N78's quick fixes). */
const SUGGESTIONS: Readonly<Record<string, string>> = {
  bool: 'boolean',
  boolean: 'boolean',
  int: 'integer',
  number: 'integer',
  long: 'integer',
  float: 'real',
  double: 'real',
  str: 'string',
  text: 'string',
  list: 'array',
  dictionary: 'dict',
};

export interface BuildResult {
  root: PlistNode | null;
  issues: SyntaxIssue[];
}

class PlistBuilder {
  private readonly sink = new IssueSink();
  /** Containers whose children are still to be built (each node's `element` is its XML element). */
  private readonly work: (DictNode | ArrayNode)[] = [];

  issue(
    el: { start: number; end: number },
    message: string,
    data: Record<string, unknown>,
    severity?: SyntaxIssue['severity'],
  ): void {
    const issue: SyntaxIssue = { code: INVALID_STRUCTURE, start: el.start, end: el.end, message, data };
    if (severity) issue.severity = severity;
    this.sink.add(issue);
  }

  build(rootEl: XmlElement | null): BuildResult {
    const root = rootEl ? this.buildRoot(rootEl) : null;
    while (this.work.length) {
      const node = this.work.pop()!;
      if (node.kind === 'dict') this.fillDict(node.element, node);
      else this.fillArray(node.element, node);
    }
    return { root, issues: this.sink.issues };
  }

  private buildRoot(rootEl: XmlElement): PlistNode | null {
    if (rootEl.name === 'plist') {
      const values = this.valueChildren(rootEl);
      if (values.length === 0) {
        this.issue(rootEl.open, '<plist> must contain exactly one value, found none', {
          kind: 'plist-value-count',
          count: 0,
        });
      }
      // Extra values are reported where they are; the first one is the root.
      for (const extra of values.slice(1)) {
        this.issue(extra, `<plist> must contain exactly one value; this <${extra.name}> is extra`, {
          kind: 'plist-value-count',
          count: values.length,
        });
      }
      return values.length ? this.node(values[0], null) : null;
    }
    if (isValueName(rootEl.name)) {
      this.issue(
        rootEl.open,
        `the root <${rootEl.name}> is not wrapped in <plist version="1.0">`,
        { kind: 'missing-plist-wrapper' },
        'warning',
      );
      return this.node(rootEl, null);
    }
    this.unknownElement(rootEl);
    return null;
  }

  /** Element children that are plist values; reports stray text and unknown/misplaced elements. */
  private valueChildren(el: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    for (const c of childListOf(el)) {
      if (c.type === 'element') {
        if (c.name === 'key') {
          this.issue(c, '<key> is only allowed directly inside <dict>', { kind: 'key-outside-dict' });
        } else if (isValueName(c.name)) out.push(c);
        else this.unknownElement(c);
      } else if ((c.type === 'text' && /\S/.test(c.value)) || c.type === 'cdata') {
        this.issue(c, `text is not allowed directly inside <${el.name}>`, { kind: 'stray-text' });
      }
    }
    return out;
  }

  private unknownElement(el: XmlElement): void {
    const suggestion = SUGGESTIONS[el.name.toLowerCase()];
    const text = textOf(el).trim();
    this.issue(
      el,
      `<${el.name}> is not a property-list element${suggestion ? ` (did you mean ${suggestion === 'boolean' ? '<true/> or <false/>' : `<${suggestion}>`}?)` : ''}`,
      {
        kind: 'unknown-element',
        name: el.name,
        suggestion,
        text,
        // Name spans let a fix rename the element without touching its content.
        nameStart: el.start + 1,
        closeNameStart: closeStartOf(el) >= 0 && !el.unclosed ? closeStartOf(el) + 2 : undefined,
      },
    );
  }

  // One class per kind, fields set in one order (plistNodes.ts): 100k+ nodes per big profile.
  private node(el: XmlElement, parent: DictNode | ArrayNode | null): PlistNode {
    if (el.name === 'dict') {
      const dict = new DictNodeImpl(el.start, el.end, el, parent);
      this.work.push(dict);
      return dict;
    }
    if (el.name === 'array') {
      const arr = new ArrayNodeImpl(el.start, el.end, el, parent);
      this.work.push(arr);
      return arr;
    }
    const kind: ScalarKind = el.name === 'true' || el.name === 'false' ? 'boolean' : (el.name as ScalarKind);
    const text = this.scalarText(el);
    return new ScalarNodeImpl(
      kind,
      el.start,
      el.end,
      el,
      parent,
      kind === 'boolean' ? el.name : text,
      openEndOf(el),
      contentEnd(el),
      this.scalarHasReferences,
    );
  }

  /** Set by `scalarText` (a field rather than a result object: one call per scalar and key). */
  private scalarHasReferences = false;

  /** Text content of a scalar or key (sets `scalarHasReferences`); child elements inside it are reported. */
  private scalarText(el: XmlElement): string {
    // The usual `<string>text</string>`: one text child kept inline by the parser, its value as is.
    if (el instanceof ElementNode && el.childList === undefined) {
      const value = el.textValue;
      this.scalarHasReferences = value !== undefined && el.textHasReferences;
      return value ?? '';
    }
    const children = el.children;
    if (children.length === 1 && children[0].type === 'text') {
      this.scalarHasReferences = children[0].hasReferences;
      return children[0].value;
    }
    let text = '';
    let hasReferences = false;
    for (const c of children) {
      if (c.type === 'text') {
        text += c.value;
        hasReferences ||= c.hasReferences;
      } else if (c.type === 'cdata') {
        text += c.value;
        hasReferences = true;
      } else if (c.type === 'element') {
        this.issue(c, `<${el.name}> cannot contain the element <${c.name}>`, {
          kind: 'element-in-scalar',
          parent: el.name,
        });
      }
    }
    this.scalarHasReferences = hasReferences;
    return text;
  }

  private fillArray(el: XmlElement, arr: ArrayNode): void {
    for (const c of this.valueChildren(el)) arr.items.push(this.node(c, arr));
  }

  private pushEntry(dict: DictNode, key: KeyNode, value: PlistNode | null): void {
    const entry: DictEntry = { key, value, index: dict.entries.length, duplicate: dict.map.has(key.text) };
    if (!entry.duplicate) dict.map.set(key.text, entry);
    dict.entries.push(entry);
    if (value) value.entry = entry;
  }

  private keyWithoutValue(dict: DictNode, key: KeyNode): void {
    this.issue(key, `the key "${key.text}" has no value`, { kind: 'key-without-value', key: key.text });
    this.pushEntry(dict, key, null);
  }

  private fillDict(el: XmlElement, dict: DictNode): void {
    let pending: KeyNode | null = null;
    for (const c of childListOf(el)) {
      if (c.type !== 'element') {
        if ((c.type === 'text' && /\S/.test(c.value)) || c.type === 'cdata') {
          this.issue(c, 'text is not allowed directly inside <dict>', { kind: 'stray-text' });
        }
        continue;
      }
      if (c.name === 'key') {
        if (pending) this.keyWithoutValue(dict, pending);
        pending = this.key(c);
      } else if (isValueName(c.name)) {
        if (pending) {
          this.pushEntry(dict, pending, this.node(c, dict));
          pending = null;
        } else {
          this.issue(c, `<${c.name}> in a <dict> has no <key>`, { kind: 'value-without-key' });
          this.node(c, dict);
        }
      } else {
        this.unknownElement(c);
        // The unknown element occupies the value slot: the key is not reported a second time.
        if (pending) this.pushEntry(dict, pending, null);
        pending = null;
      }
    }
    if (pending) this.keyWithoutValue(dict, pending);
  }

  private key(el: XmlElement): KeyNode {
    return new KeyNodeImpl(this.scalarText(el), el.start, el.end, openEndOf(el), contentEnd(el), el);
  }
}

/** Content span between the tags (empty at the tag end when self-closing). */
export function contentSpan(el: XmlElement): { start: number; end: number } {
  return { start: openEndOf(el), end: contentEnd(el) };
}

/** End of the content span: the close tag's start, the last child's end when unclosed, else the open tag's end. */
function contentEnd(el: XmlElement): number {
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

export function buildPlist(root: XmlElement | null): BuildResult {
  return new PlistBuilder().build(root);
}
