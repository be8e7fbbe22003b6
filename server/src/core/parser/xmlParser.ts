/**
 * The tolerant, position-keeping XML scanner/parser behind every nelint check.
 *
 * Why our own parser: the `plist` and `fast-xml-parser` packages keep no source positions and do not
 * recover from errors; a linter needs both (diagnostics point at exact columns, and one typo must not
 * hide the rest of the file), and it must never expand entities (billion laughs, external entities).
 *
 * Design: one left-to-right pass with an explicit stack of open elements (no recursion: 100,000 nested
 * `<array>` must parse), linear time (every search is an `indexOf`/sticky regex that moves forward).
 * Well-formedness problems become `SyntaxIssue`s (N28 / N76 / N77) and the scan goes on.
 */
import type { XmlAttribute, XmlChild, XmlComment, XmlDocument, XmlText, SyntaxIssue } from '../model/xml';
import { parseDoctype } from './doctype';
import { decodeReference, decodeReferences, normalizeNewlines, PREDEFINED_ENTITIES, referenceEnd } from './entities';
import { CONTENT_BEFORE_DECLARATION, DOUBLE_HYPHEN, IssueSink, NOT_WELL_FORMED } from './issues';
import { isXmlSpace, nameAt, nameEnd } from './names';
import { parseStartTag } from './startTag';
import { TextInterner } from './intern';
import { ElementNode, INVALID_CHAR, NO_ATTRIBUTES } from './xmlElement';

/** How far up the open-element stack a close tag may look for its match (keeps recovery linear). */
const CLOSE_SEARCH_DEPTH = 64;

/** Elements whose whitespace-only text is indentation (plain compares: this runs for every text run). */
function isContainer(name: string): boolean {
  return name === 'dict' || name === 'array' || name === 'plist';
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

class XmlParser {
  private readonly sink = new IssueSink();
  private readonly interner = new TextInterner();
  private readonly stack: ElementNode[] = [];
  private readonly doc: XmlDocument = { children: [], root: null, comments: [], issues: [] };
  private readonly prologStart: number;
  private pos: number;
  /** Issue callback for the start-tag scanner, created once (not one closure per tag). */
  private readonly report = (start: number, end: number, message: string, data?: Record<string, unknown>): void => {
    this.issue(start, end, message, data);
  };
  /** Non-whitespace text seen before the root; dropped when a misplaced declaration explains it (N77). */
  private pendingPrologIssues: SyntaxIssue[] = [];
  private sawMarkup = false;

  constructor(private readonly text: string) {
    this.prologStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.pos = this.prologStart;
  }

  parse(): XmlDocument {
    this.scanInvalidChars();
    const text = this.text;
    while (this.pos < text.length) {
      let lt = text.indexOf('<', this.pos);
      if (lt < 0) lt = text.length;
      if (lt > this.pos) this.onText(this.pos, lt);
      if (lt >= text.length) break;
      this.pos = lt;
      this.onMarkup(lt);
    }
    this.finish();
    this.doc.issues = this.sink.issues;
    return this.doc;
  }

  private issue(
    start: number,
    end: number,
    message: string,
    data?: Record<string, unknown>,
    code = NOT_WELL_FORMED,
  ): SyntaxIssue {
    const i: SyntaxIssue = { code, start, end, message, data };
    this.sink.add(i);
    return i;
  }

  private scanInvalidChars(): void {
    INVALID_CHAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = INVALID_CHAR.exec(this.text)) && n++ < 200) {
      const cp = m[0].charCodeAt(0);
      this.issue(m.index, m.index + 1, `invalid character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, {
        kind: 'invalid-char',
        codePoint: cp,
      });
    }
  }

  private get top(): ElementNode | undefined {
    return this.stack[this.stack.length - 1];
  }

  private append(node: XmlChild): void {
    const top = this.top;
    if (top) top.appendChild(node);
    else this.doc.children.push(node);
  }

  private onText(start: number, end: number): void {
    const top = this.top;
    // Indentation between the children of <plist>/<dict>/<array> means nothing: not materialised
    // (about half of all nodes in a pretty-printed profile). Whitespace inside scalars is kept.
    if (top && isContainer(top.name) && isBlank(this.text, start, end)) return;
    // Key text (no references, no CR, short): the same few hundred keys repeat all over a big profile, and a
    // shared string is hashed once by every dict's Map (measured: values gain nothing, so only keys).
    const shared = top && top.name === 'key' ? this.interner.intern(this.text, start, end) : undefined;
    if (shared !== undefined) {
      top!.appendText(start, end, shared, false);
      return;
    }
    // Work on the slice: an indexOf('&') on the whole text would rescan to the end for every run.
    const raw = this.text.slice(start, end);
    const hasAmp = raw.includes('&');
    if (hasAmp) this.checkReferences(raw, start);
    if (!top) this.onTextOutsideRoot(start, end);
    // End-of-line handling comes before reference decoding (a `&#13;` stays a CR).
    const normalized = normalizeNewlines(raw);
    const value = hasAmp ? decodeReferences(normalized, 0, normalized.length) : normalized;
    if (top) {
      top.appendText(start, end, value, hasAmp);
      return;
    }
    const siblings = this.doc.children;
    const prev = siblings[siblings.length - 1];
    if (prev && prev.type === 'text' && prev.end === start) {
      prev.value += value;
      prev.end = end;
      prev.hasReferences ||= hasAmp;
      return;
    }
    const node: XmlText = { type: 'text', start, end, value, hasReferences: hasAmp };
    siblings.push(node);
  }

  private onTextOutsideRoot(start: number, end: number): void {
    let s = start;
    let e = end;
    while (s < e && (isXmlSpace(this.text.charCodeAt(s)) || (s === 0 && this.text[s] === '\ufeff'))) s++;
    while (e > s && isXmlSpace(this.text.charCodeAt(e - 1))) e--;
    if (s >= e) return;
    if (this.doc.root) {
      this.issue(s, e, 'text is not allowed after the root element', { kind: 'text-after-root' });
    } else {
      const i: SyntaxIssue = {
        code: NOT_WELL_FORMED,
        start: s,
        end: e,
        message: 'text is not allowed before the root element',
        data: { kind: 'text-before-root' },
      };
      this.pendingPrologIssues.push(i);
    }
  }

  private flushProlog(): void {
    // Runs at every start tag: nothing to do (and no new array) once the prolog is behind us.
    if (this.pendingPrologIssues.length === 0) return;
    for (const i of this.pendingPrologIssues) this.sink.add(i);
    this.pendingPrologIssues = [];
  }

  /** Unescaped `&`, undefined entities and internal entities (never expanded) in `raw` (at `base`). */
  private checkReferences(raw: string, base: number): void {
    let i = raw.indexOf('&');
    while (i >= 0) {
      const refEnd = referenceEnd(raw, i, raw.length);
      if (refEnd < 0) {
        this.issue(base + i, base + i + 1, "unescaped '&' (write &amp;)", { kind: 'unescaped-amp' });
        i = raw.indexOf('&', i + 1);
        continue;
      }
      const ref = raw.slice(i, refEnd);
      if (decodeReference(ref) === undefined) this.onUnexpandedReference(ref, base + i, base + refEnd);
      i = raw.indexOf('&', refEnd);
    }
  }

  private onUnexpandedReference(ref: string, start: number, end: number): void {
    if (ref[1] === '#') {
      this.issue(start, end, `character reference ${ref} is not an allowed XML character`, {
        kind: 'invalid-char-ref',
      });
      return;
    }
    const name = ref.slice(1, -1);
    const declared = this.doc.doctype?.declaredEntities.includes(name) ?? false;
    const allowed = Object.keys(PREDEFINED_ENTITIES)
      .map((n) => `&${n};`)
      .join(' ');
    this.issue(
      start,
      end,
      declared
        ? `entity ${ref} is declared in the DOCTYPE, but internal entities are never expanded (write the text itself)`
        : `undefined entity ${ref} (only ${allowed} and character references are allowed)`,
      { kind: declared ? 'unexpanded-entity' : 'undefined-entity', name },
    );
  }

  private onMarkup(lt: number): void {
    const text = this.text;
    // Dispatch on the character after `<` (one charCodeAt instead of a chain of startsWith per tag).
    const next = text.charCodeAt(lt + 1);
    if (next === 47 /* / */) this.onCloseTag(lt);
    else if (next === 63 /* ? */) this.onProcessingInstruction(lt);
    else if (next === 33 /* ! */ && text.startsWith('<!--', lt)) this.onComment(lt);
    else if (next === 33 && text.startsWith('<![CDATA[', lt)) this.onCData(lt);
    else if (next === 33 && text.startsWith('<!DOCTYPE', lt)) this.onDoctype(lt);
    else {
      const nameStop = nameEnd(text, lt + 1);
      if (nameStop > lt + 1) this.onStartTag(lt, nameStop);
      else if (next === 33) {
        const gt = text.indexOf('>', lt);
        const end = gt < 0 ? text.length : gt + 1;
        this.issue(lt, end, 'unknown markup declaration', { kind: 'bad-markup' });
        this.pos = end;
      } else {
        this.issue(lt, lt + 1, "unescaped '<' in text (write &lt;)", { kind: 'unescaped-lt' });
        this.onText(lt, lt + 1);
        this.pos = lt + 1;
      }
    }
  }

  private onComment(lt: number): void {
    const text = this.text;
    const close = text.indexOf('-->', lt + 4);
    const unclosed = close < 0;
    const end = unclosed ? text.length : close + 3;
    const body = text.slice(lt + 4, unclosed ? text.length : close);
    const node: XmlComment = { type: 'comment', start: lt, end, body, unclosed };
    if (unclosed) {
      const i = this.issue(text.length, text.length, 'comment is not closed (missing -->)', {
        kind: 'unclosed-comment',
      });
      i.related = [{ start: lt, end: lt + 4, message: 'comment starts here' }];
    } else if (body.includes('--') || body.endsWith('-')) {
      this.issue(lt, end, '"--" is not allowed inside an XML comment', { kind: 'double-hyphen' }, DOUBLE_HYPHEN);
    }
    this.append(node);
    this.doc.comments.push(node);
    this.pos = end;
  }

  private onCData(lt: number): void {
    const text = this.text;
    const close = text.indexOf(']]>', lt + 9);
    const end = close < 0 ? text.length : close + 3;
    if (close < 0) {
      const i = this.issue(text.length, text.length, 'CDATA section is not closed (missing ]]>)', {
        kind: 'unclosed-cdata',
      });
      i.related = [{ start: lt, end: lt + 9, message: 'CDATA section starts here' }];
    }
    if (!this.top) this.issue(lt, end, 'CDATA is not allowed outside the root element', { kind: 'cdata-outside-root' });
    this.append({
      type: 'cdata',
      start: lt,
      end,
      value: normalizeNewlines(text.slice(lt + 9, close < 0 ? text.length : close)),
    });
    this.pos = end;
  }

  private onDoctype(lt: number): void {
    const doctype = parseDoctype(this.text, lt);
    if (this.doc.root || this.doc.doctype || this.top) {
      this.issue(lt, doctype.end, 'a DOCTYPE is only allowed once, before the root element', {
        kind: 'misplaced-doctype',
      });
    } else {
      this.flushProlog();
      this.sawMarkup = true;
      this.doc.doctype = doctype;
      if (doctype.malformed) {
        this.issue(lt, doctype.end, 'malformed DOCTYPE (public and system identifiers must be quoted)', {
          kind: 'malformed-doctype',
        });
      }
    }
    this.pos = doctype.end;
  }

  private onProcessingInstruction(lt: number): void {
    const text = this.text;
    const close = text.indexOf('?>', lt + 2);
    const end = close < 0 ? text.length : close + 2;
    const target = text.slice(lt + 2, nameEnd(text, lt + 2));
    const body = text.slice(lt + 2 + target.length, close < 0 ? text.length : close);
    this.pos = end;
    if (close < 0) {
      const i = this.issue(text.length, text.length, 'processing instruction is not closed (missing ?>)', {
        kind: 'unclosed-pi',
      });
      i.related = [{ start: lt, end: lt + 2, message: 'starts here' }];
    }
    if (!target) {
      this.issue(lt, end, 'processing instruction without a target', { kind: 'bad-pi' });
      return;
    }
    if (target.toLowerCase() === 'xml') {
      this.onDeclaration(lt, end, target, body);
      return;
    }
    this.append({ type: 'pi', start: lt, end, target, body });
  }

  private onDeclaration(lt: number, end: number, target: string, body: string): void {
    if (this.doc.declaration || this.sawMarkup || this.doc.root || target !== 'xml') {
      this.issue(lt, end, 'an XML declaration is only allowed at the start of the document', {
        kind: 'misplaced-declaration',
      });
      return;
    }
    const version = /^\s+version\s*=\s*(["'])([^"']*)\1/.exec(body)?.[2];
    const encoding = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(body)?.[2];
    this.doc.declaration = { start: lt, end, version, encoding };
    if (version === undefined) {
      this.issue(lt, end, 'the XML declaration must start with version="1.0"', { kind: 'bad-declaration' });
    }
    if (lt > this.prologStart) {
      // Everything before the declaration is N77's business (Apple's parser skips leading whitespace).
      this.pendingPrologIssues = [];
      this.issue(
        this.prologStart,
        lt,
        'content before the XML declaration',
        { kind: 'content-before-declaration' },
        CONTENT_BEFORE_DECLARATION,
      );
    }
  }

  private onStartTag(lt: number, nameStop: number): void {
    const text = this.text;
    const c = text.charCodeAt(nameStop);
    let name: string;
    let attributes: XmlAttribute[];
    let end: number;
    let selfClosing: boolean;
    if (c === 62 /* > */ || (c === 47 /* / */ && text.charCodeAt(nameStop + 1) === 62)) {
      // `<name>` / `<name/>` (almost every plist tag): no attribute scanning, no intermediate StartTag.
      name = nameAt(text, lt + 1, nameStop);
      attributes = NO_ATTRIBUTES;
      selfClosing = c === 47;
      end = selfClosing ? nameStop + 2 : nameStop + 1;
    } else {
      const tag = parseStartTag(text, lt, this.report);
      name = tag.name;
      attributes = tag.attributes;
      end = tag.end;
      selfClosing = tag.selfClosing;
    }
    this.flushProlog();
    this.sawMarkup = true;
    const parent = this.top ?? null;
    const el = new ElementNode(name, attributes, lt, end, selfClosing, parent);
    if (!parent) {
      if (!this.doc.root) this.doc.root = el;
      else this.issue(lt, end, `element <${name}> after the root element`, { kind: 'element-after-root' });
    }
    this.append(el);
    if (!selfClosing) this.stack.push(el);
    this.pos = end;
  }

  private onCloseTag(lt: number): void {
    const text = this.text;
    const name = nameAt(text, lt + 2, nameEnd(text, lt + 2)) || undefined;
    let p = lt + 2 + (name?.length ?? 0);
    let c = text.charCodeAt(p);
    while (isXmlSpace(c)) c = text.charCodeAt(++p);
    if (c === 62 /* > */) p++;
    else this.issue(lt, p, `end tag </${name ?? ''}> is missing '>'`, { kind: 'bad-end-tag' });
    this.pos = p;
    if (!name) {
      this.issue(lt, p, 'end tag without a name', { kind: 'bad-end-tag' });
      return;
    }
    const top = this.top;
    if (!top) {
      this.issue(lt, p, `end tag </${name}> has no matching start tag`, { kind: 'stray-end-tag', name });
      return;
    }
    const k = this.findOpen(name);
    if (k === this.stack.length - 1) {
      this.closeTop(lt, p, false);
      return;
    }
    const i = this.issue(lt, p, `expected </${top.name}> but found </${name}>`, {
      kind: 'mismatched-end-tag',
      expected: top.name,
      name,
      // True when the tag closes an enclosing element: the inner end tag is missing, not misspelled.
      closesAncestor: k >= 0,
      nameStart: lt + 2,
      nameEnd: lt + 2 + name.length,
    });
    i.related = [{ start: top.start, end: top.openEnd, message: `<${top.name}> opened here` }];
    if (k < 0) {
      // A misspelled end tag: it closes the innermost element.
      this.closeTop(lt, p, true);
      return;
    }
    while (this.stack.length - 1 > k) {
      const el = this.stack.pop()!;
      el.unclosed = true;
      el.end = lt;
    }
    this.closeTop(lt, p, false);
  }

  private findOpen(name: string): number {
    const last = this.stack.length - 1;
    for (let k = last; k >= 0 && last - k < CLOSE_SEARCH_DEPTH; k--) if (this.stack[k].name === name) return k;
    return -1;
  }

  private closeTop(closeStart: number, closeEnd: number, recovered: boolean): void {
    const el = this.stack.pop()!;
    el.closeStart = closeStart;
    el.end = closeEnd;
    if (recovered) el.unclosed = true;
  }

  private finish(): void {
    this.flushProlog();
    const len = this.text.length;
    if (this.stack.length) {
      const open = this.stack.slice(-10).reverse();
      const i = this.issue(len, len, `<${open[0].name}> is not closed at the end of the file`, {
        kind: 'unclosed-element',
        names: open.map((e) => e.name),
      });
      i.related = open.map((e) => ({ start: e.start, end: e.openEnd, message: `<${e.name}> opened here` }));
      for (const el of this.stack) {
        el.unclosed = true;
        el.end = len;
      }
      this.stack.length = 0;
    }
    if (!this.doc.root) this.issue(len, len, 'the document has no root element', { kind: 'no-root' });
  }
}

/** Parses XML text into a syntax tree with issues. Never throws for any input string. */
export function parseXml(text: string): XmlDocument {
  return new XmlParser(text).parse();
}
