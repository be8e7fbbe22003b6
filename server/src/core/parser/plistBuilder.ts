/**
 * XML tree → plist tree, the way CFPropertyList reads it: typed scalars (text kept as written), dict
 * entries in order with duplicates flagged, every node tied to its source span. Structure problems are
 * N78 (`plist/invalid-structure`) issues. Iterative (explicit work stack): deep files must not overflow.
 */
import type { ArrayNode, DictNode, KeyNode, PlistNode } from '../model/plist';
import type { SyntaxIssue, XmlElement } from '../model/xml';
import { IssueSink, INVALID_STRUCTURE } from './issues';
import {
  isValueName,
  newArray,
  newDict,
  newKey,
  newScalar,
  pushEntry,
  scalarFacts,
  scalarText,
  textOf,
} from './plistNodes';
import { childListOf, closeStartOf } from './xmlElement';

export { contentSpan, textOf } from './plistNodes';

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

  /** A value element's node; containers are queued to be filled. */
  private node(el: XmlElement, parent: DictNode | ArrayNode | null): PlistNode {
    if (el.name === 'dict' || el.name === 'array') {
      const node = el.name === 'dict' ? newDict(el, parent) : newArray(el, parent);
      this.work.push(node);
      return node;
    }
    return newScalar(el, parent, this.scalarText(el), scalarFacts.hasReferences);
  }

  /** Text content of a scalar or key (`scalarFacts` tells the rest); child elements inside it are reported. */
  private scalarText(el: XmlElement): string {
    const text = scalarText(el);
    if (scalarFacts.hasElement) {
      for (const c of el.children) {
        if (c.type === 'element') {
          this.issue(c, `<${el.name}> cannot contain the element <${c.name}>`, {
            kind: 'element-in-scalar',
            parent: el.name,
          });
        }
      }
    }
    return text;
  }

  private fillArray(el: XmlElement, arr: ArrayNode): void {
    for (const c of this.valueChildren(el)) arr.items.push(this.node(c, arr));
  }

  private keyWithoutValue(dict: DictNode, key: KeyNode): void {
    this.issue(key, `the key "${key.text}" has no value`, { kind: 'key-without-value', key: key.text });
    pushEntry(dict, key, null);
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
          pushEntry(dict, pending, this.node(c, dict));
          pending = null;
        } else {
          this.issue(c, `<${c.name}> in a <dict> has no <key>`, { kind: 'value-without-key' });
          this.node(c, dict);
        }
      } else {
        this.unknownElement(c);
        // The unknown element occupies the value slot: the key is not reported a second time.
        if (pending) pushEntry(dict, pending, null);
        pending = null;
      }
    }
    if (pending) this.keyWithoutValue(dict, pending);
  }

  private key(el: XmlElement): KeyNode {
    return newKey(el, this.scalarText(el));
  }
}

export function buildPlist(root: XmlElement | null): BuildResult {
  return new PlistBuilder().build(root);
}
