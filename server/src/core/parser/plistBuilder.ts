/**
 * XML tree → plist tree, the way CFPropertyList reads it: typed scalars (text kept as written), dict
 * entries in order with duplicates flagged, every node tied to its source span. Structure problems are
 * N78 (`plist/invalid-structure`) issues. Iterative (explicit work stack): deep files must not overflow.
 */
import type { ArrayNode, DictEntry, DictNode, KeyNode, PlistNode, ScalarKind } from '../model/plist';
import type { SyntaxIssue, XmlElement } from '../model/xml';
import { IssueSink, INVALID_STRUCTURE } from './issues';

const SCALARS: ReadonlySet<string> = new Set(['string', 'integer', 'real', 'true', 'false', 'date', 'data']);
const VALUE_NAMES: ReadonlySet<string> = new Set([...SCALARS, 'dict', 'array']);

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

interface Work {
  el: XmlElement;
  node: DictNode | ArrayNode;
}

class PlistBuilder {
  private readonly sink = new IssueSink();
  private readonly work: Work[] = [];

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
      const { el, node } = this.work.pop()!;
      if (node.kind === 'dict') this.fillDict(el, node);
      else this.fillArray(el, node);
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
    if (VALUE_NAMES.has(rootEl.name)) {
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
    for (const c of el.children) {
      if (c.type === 'element') {
        if (c.name === 'key') {
          this.issue(c, '<key> is only allowed directly inside <dict>', { kind: 'key-outside-dict' });
        } else if (VALUE_NAMES.has(c.name)) out.push(c);
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
        nameStart: el.open.start + 1,
        closeNameStart: el.close && !el.unclosed ? el.close.start + 2 : undefined,
      },
    );
  }

  // Object literals with one fixed property order (no spreads): 100k+ nodes per big profile.
  private node(el: XmlElement, parent: DictNode | ArrayNode | null): PlistNode {
    if (el.name === 'dict') {
      const dict: DictNode = {
        kind: 'dict',
        start: el.start,
        end: el.end,
        element: el,
        parent,
        entry: undefined,
        entries: [],
        map: new Map(),
      };
      this.work.push({ el, node: dict });
      return dict;
    }
    if (el.name === 'array') {
      const arr: ArrayNode = {
        kind: 'array',
        start: el.start,
        end: el.end,
        element: el,
        parent,
        entry: undefined,
        items: [],
      };
      this.work.push({ el, node: arr });
      return arr;
    }
    const kind: ScalarKind = el.name === 'true' || el.name === 'false' ? 'boolean' : (el.name as ScalarKind);
    const content = this.scalarContent(el);
    return {
      kind,
      start: el.start,
      end: el.end,
      element: el,
      parent,
      entry: undefined,
      text: kind === 'boolean' ? el.name : content.text,
      contentStart: content.start,
      contentEnd: content.end,
      hasReferences: content.hasReferences,
    };
  }

  /** Text content of a scalar or key; child elements inside it are reported. */
  private scalarContent(el: XmlElement): { text: string; start: number; end: number; hasReferences: boolean } {
    let text = '';
    let hasReferences = false;
    for (const c of el.children) {
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
    const span = contentSpan(el);
    return { text, start: span.start, end: span.end, hasReferences };
  }

  private fillArray(el: XmlElement, arr: ArrayNode): void {
    for (const c of this.valueChildren(el)) arr.items.push(this.node(c, arr));
  }

  private fillDict(el: XmlElement, dict: DictNode): void {
    let pending: KeyNode | null = null;
    const push = (key: KeyNode, value: PlistNode | null): DictEntry => {
      const entry: DictEntry = { key, value, index: dict.entries.length, duplicate: dict.map.has(key.text) };
      if (!entry.duplicate) dict.map.set(key.text, entry);
      dict.entries.push(entry);
      if (value) value.entry = entry;
      return entry;
    };
    const keyWithoutValue = (key: KeyNode): void => {
      this.issue(key, `the key "${key.text}" has no value`, { kind: 'key-without-value', key: key.text });
      push(key, null);
    };
    for (const c of el.children) {
      if (c.type !== 'element') {
        if ((c.type === 'text' && /\S/.test(c.value)) || c.type === 'cdata') {
          this.issue(c, 'text is not allowed directly inside <dict>', { kind: 'stray-text' });
        }
        continue;
      }
      if (c.name === 'key') {
        if (pending) keyWithoutValue(pending);
        pending = this.key(c);
      } else if (VALUE_NAMES.has(c.name)) {
        if (pending) {
          push(pending, this.node(c, dict));
          pending = null;
        } else {
          this.issue(c, `<${c.name}> in a <dict> has no <key>`, { kind: 'value-without-key' });
          this.node(c, dict);
        }
      } else {
        this.unknownElement(c);
        // The unknown element occupies the value slot: the key is not reported a second time.
        if (pending) push(pending, null);
        pending = null;
      }
    }
    if (pending) keyWithoutValue(pending);
  }

  private key(el: XmlElement): KeyNode {
    const content = this.scalarContent(el);
    return {
      text: content.text,
      start: el.start,
      end: el.end,
      contentStart: content.start,
      contentEnd: content.end,
      element: el,
    };
  }
}

/** Content span between the tags (empty at the tag end when self-closing). */
export function contentSpan(el: XmlElement): { start: number; end: number } {
  if (el.selfClosing) return { start: el.open.end, end: el.open.end };
  if (el.close) return { start: el.open.end, end: el.close.start };
  const last = el.children[el.children.length - 1];
  return { start: el.open.end, end: last ? last.end : el.open.end };
}

/** Decoded text of an element's direct text and CDATA children. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text' || c.type === 'cdata') s += c.value;
  return s;
}

export function buildPlist(root: XmlElement | null): BuildResult {
  return new PlistBuilder().build(root);
}
