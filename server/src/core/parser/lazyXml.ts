/**
 * The XML tree of a plist read by the direct path (directPlist.ts), made from its plist tree on first use: the
 * first read of any node's `element`, or of the document's `children` / `root`. Most checks never read one
 * (a rule needs an element mostly to anchor a finding), so a clean file usually never pays for its elements.
 *
 * The elements made here are exactly the ones the tolerant parser makes for the same text (same classes, fields
 * and children): the direct path accepts only text where the two agree, and the tests compare them.
 */
import type { PlistNode, KeyNode, DictNode, ArrayNode } from '../model/plist';
import type {
  SyntaxIssue,
  XmlAttribute,
  XmlChild,
  XmlComment,
  XmlDeclaration,
  XmlDoctype,
  XmlDocument,
  XmlElement,
  XmlText,
} from '../model/xml';
import { ElementSource } from './plistNodes';
import { ElementNode, NO_ATTRIBUTES } from './xmlElement';

/** The `<plist …>` wrapper element's spans and attributes. */
export interface PlistWrapper {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  attributes: XmlAttribute[];
}

type Owned = { el: unknown };

export class LazyElements extends ElementSource {
  private root: PlistNode | null = null;
  private wrapper: PlistWrapper | undefined;
  private prolog: XmlChild[] = [];
  private trailing: XmlText | undefined;
  /** The document's top-level children once made (prolog, `<plist>`, trailing space). */
  private top: XmlChild[] | undefined;
  private plistElement: ElementNode | null = null;

  constructor(private readonly text: string) {
    super();
  }

  /** Called once the scan has built the tree. */
  setTree(root: PlistNode, wrapper: PlistWrapper, prolog: XmlChild[], trailing: XmlText | undefined): void {
    this.root = root;
    this.wrapper = wrapper;
    this.prolog = prolog;
    this.trailing = trailing;
  }

  elementOf(node: PlistNode | KeyNode): XmlElement {
    this.make();
    const el = (node as unknown as Owned).el;
    if (!(el instanceof ElementSource)) return el as XmlElement;
    // Not in the tree any more (nothing detaches nodes before reading an element today): made on its own.
    return 'kind' in node ? this.subtree(node, null) : keyElement(node, null);
  }

  children(): XmlChild[] {
    this.make();
    return this.top!;
  }

  rootElement(): XmlElement | null {
    this.make();
    return this.plistElement;
  }

  private make(): void {
    if (this.top) return;
    const w = this.wrapper!;
    const plist = new ElementNode('plist', w.attributes, w.start, w.openEnd, false, null);
    plist.closeStart = w.closeStart;
    plist.end = w.end;
    if (this.root) plist.appendChild(this.subtree(this.root, plist));
    this.plistElement = plist;
    this.top = [...this.prolog, plist];
    if (this.trailing) this.top.push(this.trailing);
  }

  /** Elements for `node` and everything under it (explicit stack: deep files must not overflow). */
  private subtree(node: PlistNode, parent: XmlElement | null): XmlElement {
    const top = this.own(node, parent);
    const work: PlistNode[] = [node];
    while (work.length) {
      const n = work.pop()!;
      const el = (n as unknown as Owned).el as ElementNode;
      if (n.kind === 'dict') this.fillDict(n, el, work);
      else if (n.kind === 'array') this.fillArray(n, el, work);
    }
    return top;
  }

  private fillDict(dict: DictNode, el: ElementNode, work: PlistNode[]): void {
    for (const e of dict.entries) {
      el.appendChild(this.ownKey(e.key, el));
      if (e.value) this.child(e.value, el, work);
    }
  }

  private fillArray(arr: ArrayNode, el: ElementNode, work: PlistNode[]): void {
    for (const item of arr.items) this.child(item, el, work);
  }

  /** Appends the value's element; a container whose element was just made is queued for its children. */
  private child(value: PlistNode, parent: ElementNode, work: PlistNode[]): void {
    const fresh = (value as unknown as Owned).el === this;
    parent.appendChild(this.own(value, parent));
    if (fresh && (value.kind === 'dict' || value.kind === 'array')) work.push(value);
  }

  /** The node's element: made and stored when the node still waits for one, else the one it has. */
  private own(node: PlistNode, parent: XmlElement | null): XmlElement {
    const owned = node as unknown as Owned;
    if (owned.el !== this) return owned.el as XmlElement;
    const el = valueElement(this.text, node, parent);
    owned.el = el;
    return el;
  }

  private ownKey(key: KeyNode, parent: XmlElement): XmlElement {
    const owned = key as unknown as Owned;
    if (owned.el !== this) return owned.el as XmlElement;
    const el = keyElement(key, parent);
    owned.el = el;
    return el;
  }
}

/** A value's element without its children: `<dict>`/`<array>` tags have fixed lengths on the direct path. */
function valueElement(text: string, node: PlistNode, parent: XmlElement | null): ElementNode {
  if (node.kind === 'dict' || node.kind === 'array') {
    const nameLength = node.kind.length;
    if (text.charCodeAt(node.start + 1 + nameLength) === 47 /* `<dict/>` */) {
      return new ElementNode(node.kind, NO_ATTRIBUTES, node.start, node.end, true, parent);
    }
    const el = new ElementNode(node.kind, NO_ATTRIBUTES, node.start, node.start + nameLength + 2, false, parent);
    el.closeStart = node.end - nameLength - 3;
    el.end = node.end;
    return el;
  }
  const name = node.kind === 'boolean' ? node.text : node.kind;
  return textElement(
    name,
    node.start,
    node.end,
    node.contentStart,
    node.contentEnd,
    node.text,
    node.hasReferences,
    parent,
  );
}

function keyElement(key: KeyNode, parent: XmlElement | null): ElementNode {
  return textElement('key', key.start, key.end, key.contentStart, key.contentEnd, key.text, false, parent);
}

/** `<name/>` when the content starts at the end, else `<name>text</name>` with the text kept inline. */
function textElement(
  name: string,
  start: number,
  end: number,
  contentStart: number,
  contentEnd: number,
  value: string,
  hasReferences: boolean,
  parent: XmlElement | null,
): ElementNode {
  if (contentStart === end) return new ElementNode(name, NO_ATTRIBUTES, start, end, true, parent);
  const el = new ElementNode(name, NO_ATTRIBUTES, start, contentStart, false, parent);
  el.closeStart = contentEnd;
  el.end = end;
  if (contentEnd > contentStart) el.appendText(contentStart, contentEnd, value, hasReferences);
  return el;
}

/** The XML document of a direct-path plist: no comments, no issues, its tree made on first read. */
export class LazyXmlDocument implements XmlDocument {
  declare declaration?: XmlDeclaration;
  declare doctype?: XmlDoctype;
  comments: XmlComment[] = [];
  issues: SyntaxIssue[] = [];

  constructor(
    private readonly elements: LazyElements,
    declaration: XmlDeclaration | undefined,
    doctype: XmlDoctype | undefined,
  ) {
    if (declaration) this.declaration = declaration;
    if (doctype) this.doctype = doctype;
  }

  get children(): XmlChild[] {
    return this.elements.children();
  }
  get root(): XmlElement | null {
    return this.elements.rootElement();
  }
}

/**
 * Makes the XML elements of a document now, when the direct path read it (otherwise they exist already). The
 * language server calls this in idle time after publishing a large profile: the first keystroke's one-payload
 * re-parse needs them, and making those of a 1 MB profile took it from ~40 to ~75 ms.
 */
export function makeElements(xml: XmlDocument): void {
  if (xml instanceof LazyXmlDocument) void xml.children;
}
