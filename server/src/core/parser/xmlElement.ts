/**
 * The parser's `XmlElement`: one object per element instead of five. A big profile has hundreds of
 * thousands of elements, and per element the plain-object tree held the element, its `open` and `close`
 * spans, its `children` array and (for `<key>k</key>`, `<string>v</string>`) a text node; building and
 * collecting those was a large part of parsing.
 *
 * - `open` / `close` are getters over plain number fields (`start`, `openEnd`, `closeStart`, `closeEnd`):
 *   each read returns a fresh span. The open tag always starts at `start`.
 * - The usual single text child is kept inline (`textValue`, `textStart`, `textEnd`, `textHasReferences`)
 *   and becomes a real `XmlText` in a `children` array only when `children` is read or a second child
 *   arrives. The parser and the plist builder read the inline fields directly (`elementText`).
 *
 * Every offset is a plain writable number field, so an edit can shift a subtree in place:
 * `start`, `end`, `openEnd`, `closeStart`/`closeEnd` (when `closeStart >= 0`), `textStart`/`textEnd`
 * (when `textValue !== undefined`), then the materialised children.
 */
import type { Span, XmlAttribute, XmlChild, XmlElement, XmlText } from '../model/xml';

/** Characters XML 1.0 forbids (C0 controls except TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
export const INVALID_CHAR =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Shared by every attribute-free element (frozen: the tree is read-only for its consumers). */
export const NO_ATTRIBUTES = Object.freeze([]) as unknown as XmlAttribute[];

const SELF_CLOSING = 1;
const UNCLOSED = 2;
const TEXT_HAS_REFERENCES = 4;

export class ElementNode implements XmlElement {
  // Field count matters (hundreds of thousands of instances): booleans share `flags`, `type` lives on the
  // prototype, and the close tag's end is `end` (an element with a close tag ends where it ends). Fields are
  // `declare`d and set once in the constructor (class-field semantics would define each one twice).
  declare readonly type: 'element';
  declare name: string;
  declare attributes: XmlAttribute[];
  declare start: number;
  declare end: number;
  /** End of the open tag `<name …>` (the tag starts at `start`). */
  declare openEnd: number;
  /** Start of the close tag `</name>` (which ends at `end`); -1 when there is none. */
  declare closeStart: number;
  /** SELF_CLOSING | UNCLOSED | TEXT_HAS_REFERENCES. */
  declare private flags: number;
  declare parent: XmlElement | null;
  /** The children once there are several (or once read); `undefined` while they are inline or none. */
  declare childList: XmlChild[] | undefined;
  /** The only child while it is text: decoded value (`undefined` = no inline text) and span. */
  declare textValue: string | undefined;
  declare textStart: number;
  declare textEnd: number;

  constructor(
    name: string,
    attributes: XmlAttribute[],
    start: number,
    end: number,
    selfClosing: boolean,
    parent: XmlElement | null,
  ) {
    this.name = name;
    this.attributes = attributes;
    this.start = start;
    this.end = end;
    this.openEnd = end;
    this.closeStart = -1;
    this.flags = selfClosing ? SELF_CLOSING : 0;
    this.parent = parent;
    this.childList = undefined;
    this.textValue = undefined;
    this.textStart = 0;
    this.textEnd = 0;
  }

  get selfClosing(): boolean {
    return (this.flags & SELF_CLOSING) !== 0;
  }
  set selfClosing(value: boolean) {
    this.flags = value ? this.flags | SELF_CLOSING : this.flags & ~SELF_CLOSING;
  }

  get unclosed(): boolean {
    return (this.flags & UNCLOSED) !== 0;
  }
  set unclosed(value: boolean) {
    this.flags = value ? this.flags | UNCLOSED : this.flags & ~UNCLOSED;
  }

  /** Whether the inline text had references (meaningful while `textValue` is set). */
  get textHasReferences(): boolean {
    return (this.flags & TEXT_HAS_REFERENCES) !== 0;
  }
  set textHasReferences(value: boolean) {
    this.flags = value ? this.flags | TEXT_HAS_REFERENCES : this.flags & ~TEXT_HAS_REFERENCES;
  }

  get open(): Span {
    return { start: this.start, end: this.openEnd };
  }
  set open(span: Span) {
    this.start = span.start;
    this.openEnd = span.end;
  }

  get close(): Span | undefined {
    return this.closeStart < 0 ? undefined : { start: this.closeStart, end: this.end };
  }
  /** Setting a close tag also sets `end` (an element with a close tag ends with it). */
  set close(span: Span | undefined) {
    this.closeStart = span ? span.start : -1;
    if (span) this.end = span.end;
  }

  get children(): XmlChild[] {
    if (this.childList === undefined) this.childList = this.textValue === undefined ? [] : [this.takeInlineText()];
    return this.childList;
  }
  set children(list: XmlChild[]) {
    this.childList = list;
    this.textValue = undefined;
  }

  /** Appends a non-text child (text goes through `appendText`, which merges adjacent runs). */
  appendChild(node: XmlChild): void {
    const list = this.childList;
    if (list !== undefined) list.push(node);
    else if (this.textValue === undefined) this.childList = [node];
    else this.childList = [this.takeInlineText(), node];
  }

  /** Appends a text run; a run that continues the previous text child (no markup between) extends it. */
  appendText(start: number, end: number, value: string, hasReferences: boolean): void {
    const list = this.childList;
    if (list === undefined) {
      if (this.textValue === undefined) {
        this.textValue = value;
        this.textStart = start;
        this.textEnd = end;
        if (hasReferences) this.flags |= TEXT_HAS_REFERENCES;
      } else if (this.textEnd === start) {
        this.textValue += value;
        this.textEnd = end;
        if (hasReferences) this.flags |= TEXT_HAS_REFERENCES;
      } else {
        this.childList = [this.takeInlineText(), { type: 'text', start, end, value, hasReferences }];
      }
      return;
    }
    const prev = list[list.length - 1];
    if (prev !== undefined && prev.type === 'text' && prev.end === start) {
      prev.value += value;
      prev.end = end;
      prev.hasReferences ||= hasReferences;
    } else {
      list.push({ type: 'text', start, end, value, hasReferences });
    }
  }

  /** The inline text as an `XmlText` (the inline fields are cleared: the list becomes the truth). */
  private takeInlineText(): XmlText {
    const node: XmlText = {
      type: 'text',
      start: this.textStart,
      end: this.textEnd,
      value: this.textValue!,
      hasReferences: this.textHasReferences,
    };
    this.textValue = undefined;
    this.flags &= ~TEXT_HAS_REFERENCES;
    return node;
  }
}

const NO_CHILDREN: readonly XmlChild[] = Object.freeze([]);

/** The children of `el` without materialising anything (read-only; inline text is not included). */
export function childListOf(el: XmlElement): readonly XmlChild[] {
  if (el instanceof ElementNode) return el.textValue === undefined ? (el.childList ?? NO_CHILDREN) : el.children;
  return el.children;
}

/** Start of the close tag, or -1 when there is none (no span allocated). */
export function closeStartOf(el: XmlElement): number {
  return el instanceof ElementNode ? el.closeStart : (el.close?.start ?? -1);
}

/** End of the open tag (no span allocated). */
export function openEndOf(el: XmlElement): number {
  return el instanceof ElementNode ? el.openEnd : el.open.end;
}

/** End of the last child, or -1 when there are no children. */
export function lastChildEndOf(el: XmlElement): number {
  if (el instanceof ElementNode && el.childList === undefined) return el.textValue === undefined ? -1 : el.textEnd;
  const list = el.children;
  return list.length ? list[list.length - 1].end : -1;
}

// On the prototype, not in every instance (readers see `el.type === 'element'` as before).
Object.defineProperty(ElementNode.prototype, 'type', { value: 'element', enumerable: true });
