/**
 * The plist tree's node classes. Each node's XML element sits in the `el` field and is read through the
 * `element` getter, so a node can be made before its element exists: the direct scanner (directPlist.ts) builds
 * no XML element at all for a clean plist (a large profile has ~260,000 of them), and the elements are made
 * from the plist tree the first time anything reads one (lazyXml.ts). The tolerant path (plistBuilder.ts) stores
 * the parser's elements directly.
 *
 * Fields are set once, in one order, in the constructors (one hidden class per kind). A copy of a node must keep
 * its prototype: use `copyNode`, never an object spread (a spread drops the `element` getter).
 */
import type { ArrayNode, DictEntry, DictNode, KeyNode, PlistNode, ScalarKind, ScalarNode } from '../model/plist';
import type { XmlElement } from '../model/xml';

/** Makes the elements of a document whose plist tree was built without them (see lazyXml.ts). */
export abstract class ElementSource {
  /** The element of `node`, made (with every other element of the document) on first use. */
  abstract elementOf(node: AnyNode): XmlElement;
}

type AnyNode = PlistNode | KeyNode;

/** What every node class has: its element, or the source that makes it (read through `element`, below). */
interface OwnsElement {
  el: XmlElement | ElementSource;
}

export class DictNodeImpl implements DictNode {
  declare readonly kind: 'dict';
  declare start: number;
  declare end: number;
  declare el: XmlElement | ElementSource;
  /** The XML element (the accessor is defined once for every node class, below). */
  declare element: XmlElement;
  declare parent: DictNode | ArrayNode | null;
  declare entry: DictEntry | undefined;
  declare entries: DictEntry[];
  declare map: Map<string, DictEntry>;

  constructor(start: number, end: number, el: XmlElement | ElementSource, parent: DictNode | ArrayNode | null) {
    this.kind = 'dict';
    this.start = start;
    this.end = end;
    this.el = el;
    this.parent = parent;
    this.entry = undefined;
    this.entries = [];
    this.map = new Map();
  }
}

export class ArrayNodeImpl implements ArrayNode {
  declare readonly kind: 'array';
  declare start: number;
  declare end: number;
  declare el: XmlElement | ElementSource;
  /** The XML element (the accessor is defined once for every node class, below). */
  declare element: XmlElement;
  declare parent: DictNode | ArrayNode | null;
  declare entry: DictEntry | undefined;
  declare items: PlistNode[];

  constructor(start: number, end: number, el: XmlElement | ElementSource, parent: DictNode | ArrayNode | null) {
    this.kind = 'array';
    this.start = start;
    this.end = end;
    this.el = el;
    this.parent = parent;
    this.entry = undefined;
    this.items = [];
  }
}

export class ScalarNodeImpl implements ScalarNode {
  declare kind: ScalarKind;
  declare start: number;
  declare end: number;
  declare el: XmlElement | ElementSource;
  /** The XML element (the accessor is defined once for every node class, below). */
  declare element: XmlElement;
  declare parent: DictNode | ArrayNode | null;
  declare entry: DictEntry | undefined;
  declare text: string;
  declare contentStart: number;
  declare contentEnd: number;
  declare hasReferences: boolean;

  constructor(
    kind: ScalarKind,
    start: number,
    end: number,
    el: XmlElement | ElementSource,
    parent: DictNode | ArrayNode | null,
    text: string,
    contentStart: number,
    contentEnd: number,
    hasReferences: boolean,
  ) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.el = el;
    this.parent = parent;
    this.entry = undefined;
    this.text = text;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.hasReferences = hasReferences;
  }
}

export class KeyNodeImpl implements KeyNode {
  declare text: string;
  declare start: number;
  declare end: number;
  declare contentStart: number;
  declare contentEnd: number;
  declare el: XmlElement | ElementSource;
  /** The XML element (the accessor is defined once for every node class, below). */
  declare element: XmlElement;

  constructor(
    text: string,
    start: number,
    end: number,
    contentStart: number,
    contentEnd: number,
    el: XmlElement | ElementSource,
  ) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.el = el;
  }
}

// One `element` accessor on every node class's prototype: the stored element, or the one its source makes.
for (const nodeClass of [DictNodeImpl, ArrayNodeImpl, ScalarNodeImpl, KeyNodeImpl]) {
  Object.defineProperty(nodeClass.prototype, 'element', {
    get(this: AnyNode & OwnsElement): XmlElement {
      const el = this.el;
      return el instanceof ElementSource ? el.elementOf(this) : el;
    },
    set(this: OwnsElement, el: XmlElement) {
      this.el = el;
    },
    enumerable: false,
    configurable: true,
  });
}

/**
 * A shallow copy of `node` with some fields replaced, keeping its class (and so its `element`, made or not).
 * For views over a tree (engine/payloadView.ts, rules that look at a dict without one entry).
 */
export function copyNode<T extends PlistNode>(node: T, fields: Partial<T>): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(node) as object) as T, node, fields);
  // A copy is not part of the tree the elements are made for: it reads the original's element.
  const el = (node as { el?: unknown }).el;
  if (el instanceof ElementSource && !('element' in fields)) (copy as { el?: unknown }).el = new ElementOfCopy(node);
  return copy;
}

class ElementOfCopy extends ElementSource {
  constructor(private readonly original: PlistNode) {
    super();
  }
  elementOf(): XmlElement {
    return this.original.element;
  }
}
