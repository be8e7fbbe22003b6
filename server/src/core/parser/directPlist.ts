/**
 * The direct path for clean plists: one pass over the text that builds the plist tree straight away, with no
 * XML element objects (lazyXml.ts makes those from the plist tree if anything ever reads one).
 *
 * Why: nearly every file nelint sees is a well-formed plist written by Xcode, an MDM server or a script. For
 * those the tolerant path (xmlParser → plistBuilder) builds an XML tree that only feeds the plist tree, and a
 * large profile spends most of its parse time and garbage collection on it (~260,000 elements for 10,000
 * payloads).
 *
 * The direct path accepts only text that the tolerant path parses without a single issue, and builds exactly
 * the plist tree that path builds. Anything else (a comment, CDATA, an attribute or a space inside a tag, an
 * entity it would report, a structure problem, a BOM…) returns undefined and the caller takes the tolerant
 * path, which reports it. `test/core/parser/directPlist.test.ts` checks both paths against each other.
 */
import type { DictEntry, PlistNode } from '../model/plist';
import type { XmlText } from '../model/xml';
import { decodeReference, decodeReferences, normalizeNewlines, referenceEnd } from './entities';
import { TextInterner } from './intern';
import { ArrayNodeImpl, DictNodeImpl, KeyNodeImpl, ScalarNodeImpl } from './plistNodes';
import { LazyElements, LazyXmlDocument, type PlistWrapper } from './lazyXml';
import { isXmlSpace } from './names';
import { parseStartTag } from './startTag';
import { INVALID_CHAR } from './xmlElement';
import { parseXml } from './xmlParser';

export interface DirectPlist {
  root: PlistNode;
  xml: LazyXmlDocument;
}

const HAS_INVALID_CHAR = new RegExp(INVALID_CHAR.source);

/** Thrown inside the scan when the text needs the tolerant path; caught in `parseDirect`. */
const NOT_DIRECT = new Error('not a clean plist');

type Container = DictNodeImpl | ArrayNodeImpl;

/** The plist tree of a clean plist, or undefined when the tolerant path must parse `text`. */
export function parseDirect(text: string): DirectPlist | undefined {
  if (text.charCodeAt(0) === 0xfeff || HAS_INVALID_CHAR.test(text)) return undefined;
  const lt = text.indexOf('<plist');
  if (lt < 0) return undefined;
  const prolog = cleanProlog(text, lt);
  if (!prolog) return undefined;
  let clean = true;
  const tag = parseStartTag(text, lt, () => (clean = false));
  if (!clean || tag.name !== 'plist' || tag.selfClosing) return undefined;
  // Every node points at the element source from the start; it learns the tree once the scan is through.
  const elements = new LazyElements(text);
  const scan = new DirectScanner(text, elements);
  try {
    const root = scan.values(tag.end);
    const closeStart = scan.pos;
    const end = closeStart + 8;
    const trailing = trailingText(text, end);
    if (trailing === null) return undefined;
    const wrapper: PlistWrapper = { start: lt, openEnd: tag.end, closeStart, end, attributes: tag.attributes };
    elements.setTree(root, wrapper, prolog.children, trailing);
    return { root, xml: new LazyXmlDocument(elements, prolog.declaration, prolog.doctype) };
  } catch {
    // NOT_DIRECT, or a bug of this path: either way the tolerant path reads the file (and a bug costs the user
    // nothing but time; the tests compare both paths).
    return undefined;
  }
}

/** Everything before `<plist`, parsed by the tolerant parser: accepted when its only issue is "no root". */
function cleanProlog(text: string, lt: number): ReturnType<typeof parseXml> | undefined {
  const prolog = parseXml(text.slice(0, lt));
  if (prolog.root || prolog.comments.length || prolog.issues.length !== 1) return undefined;
  if (prolog.issues[0].data?.kind !== 'no-root') return undefined;
  return prolog;
}

/** The whitespace after `</plist>` as the tolerant parser keeps it (undefined: none; null: not only space). */
function trailingText(text: string, from: number): XmlText | undefined | null {
  if (from >= text.length) return undefined;
  for (let i = from; i < text.length; i++) if (!isXmlSpace(text.charCodeAt(i))) return null;
  return {
    type: 'text',
    start: from,
    end: text.length,
    value: normalizeNewlines(text.slice(from)),
    hasReferences: false,
  };
}

/** True when every `&` in `raw` starts a reference the tolerant parser expands (it reports the others). */
function referencesExpand(raw: string): boolean {
  for (let i = raw.indexOf('&'); i >= 0;) {
    const refEnd = referenceEnd(raw, i, raw.length);
    if (refEnd < 0 || decodeReference(raw.slice(i, refEnd)) === undefined) return false;
    i = raw.indexOf('&', refEnd);
  }
  return true;
}

class DirectScanner {
  /** After `values`: the offset of `</plist>`. */
  pos = 0;
  private readonly interner = new TextInterner();
  private readonly open: Container[] = [];
  /** The key waiting for its value in the innermost dict. */
  private pending: KeyNodeImpl | null = null;
  private root: PlistNode | null = null;

  constructor(
    private readonly text: string,
    private readonly source: LazyElements,
  ) {}

  /** Scans the one value inside `<plist>` (from `from`) up to `</plist>`; returns the root value. */
  values(from: number): PlistNode {
    const text = this.text;
    let p = from;
    for (;;) {
      let c = text.charCodeAt(p);
      while (isXmlSpace(c)) c = text.charCodeAt(++p);
      if (c !== 60 /* < */) throw NOT_DIRECT;
      if (text.charCodeAt(p + 1) === 47 /* / */) {
        if (this.open.length === 0) {
          if (!this.root || !text.startsWith('</plist>', p)) throw NOT_DIRECT;
          this.pos = p;
          return this.root;
        }
        p = this.close(p);
      } else {
        p = this.element(p);
      }
    }
  }

  private close(lt: number): number {
    const top = this.open[this.open.length - 1];
    const end = top.kind === 'dict' ? lt + 7 : lt + 8;
    if (!this.text.startsWith(top.kind === 'dict' ? '</dict>' : '</array>', lt) || this.pending) throw NOT_DIRECT;
    top.end = end;
    this.open.pop();
    return end;
  }

  /** The element at `lt`; returns the offset after it (after its open tag for a container). */
  private element(lt: number): number {
    const text = this.text;
    switch (text.charCodeAt(lt + 1)) {
      case 107 /* k */:
        if (text.startsWith('key>', lt + 1)) return this.key(lt, lt + 5);
        if (text.startsWith('key/>', lt + 1)) return this.key(lt, -1);
        break;
      case 115 /* s */:
        if (text.startsWith('string', lt + 1)) return this.scalar(lt, 'string', 7);
        break;
      case 105 /* i */:
        if (text.startsWith('integer', lt + 1)) return this.scalar(lt, 'integer', 8);
        break;
      case 100 /* d */:
        if (text.startsWith('dict', lt + 1)) return this.container(lt, true);
        if (text.startsWith('date', lt + 1)) return this.scalar(lt, 'date', 5);
        if (text.startsWith('data', lt + 1)) return this.scalar(lt, 'data', 5);
        break;
      case 97 /* a */:
        if (text.startsWith('array', lt + 1)) return this.container(lt, false);
        break;
      case 114 /* r */:
        if (text.startsWith('real', lt + 1)) return this.scalar(lt, 'real', 5);
        break;
      case 116 /* t */:
        if (text.startsWith('true/>', lt + 1)) return this.boolean(lt, 'true', lt + 7);
        break;
      case 102 /* f */:
        if (text.startsWith('false/>', lt + 1)) return this.boolean(lt, 'false', lt + 8);
        break;
    }
    throw NOT_DIRECT;
  }

  /** Adds a value where it belongs: the root, the pending key's entry, or the array's next item. */
  private place(value: PlistNode): void {
    const top = this.open[this.open.length - 1];
    if (top === undefined) {
      if (this.root) throw NOT_DIRECT;
      this.root = value;
    } else if (top.kind === 'dict') {
      const key = this.pending;
      if (!key) throw NOT_DIRECT;
      this.pending = null;
      const entry: DictEntry = { key, value, index: top.entries.length, duplicate: top.map.has(key.text) };
      if (!entry.duplicate) top.map.set(key.text, entry);
      top.entries.push(entry);
      value.entry = entry;
    } else {
      top.items.push(value);
    }
  }

  private parentOf(): Container | null {
    return this.open[this.open.length - 1] ?? null;
  }

  private container(lt: number, dict: boolean): number {
    const text = this.text;
    const nameEnd = lt + (dict ? 5 : 6);
    const selfClosing = text.charCodeAt(nameEnd) === 47; /* / */
    if (selfClosing ? !text.startsWith('/>', nameEnd) : text.charCodeAt(nameEnd) !== 62 /* > */) throw NOT_DIRECT;
    const end = selfClosing ? nameEnd + 2 : nameEnd + 1;
    const parent = this.parentOf();
    const node = dict
      ? new DictNodeImpl(lt, end, this.source, parent)
      : new ArrayNodeImpl(lt, end, this.source, parent);
    this.place(node);
    if (!selfClosing) this.open.push(node);
    return end;
  }

  private boolean(lt: number, text: 'true' | 'false', end: number): number {
    this.place(new ScalarNodeImpl('boolean', lt, end, this.source, this.parentOf(), text, end, end, false));
    return end;
  }

  /** `<name>…</name>` or `<name/>` for a string, integer, real, date or data (`nameLength`: that of `<name`). */
  private scalar(lt: number, kind: 'string' | 'integer' | 'real' | 'date' | 'data', nameLength: number): number {
    const text = this.text;
    const at = lt + nameLength;
    const c = text.charCodeAt(at);
    if (c === 47 /* / */ && text.charCodeAt(at + 1) === 62) {
      this.place(new ScalarNodeImpl(kind, lt, at + 2, this.source, this.parentOf(), '', at + 2, at + 2, false));
      return at + 2;
    }
    if (c !== 62 /* > */) throw NOT_DIRECT;
    const cs = at + 1;
    const ce = text.indexOf('<', cs);
    if (ce < 0 || text.charCodeAt(ce + 1) !== 47 || !text.startsWith(kind, ce + 2)) throw NOT_DIRECT;
    const end = ce + 2 + kind.length + 1;
    if (text.charCodeAt(end - 1) !== 62) throw NOT_DIRECT;
    let value = '';
    let hasAmp = false;
    if (ce > cs) {
      const raw = text.slice(cs, ce);
      hasAmp = raw.includes('&');
      if (hasAmp && !referencesExpand(raw)) throw NOT_DIRECT;
      const normalized = normalizeNewlines(raw);
      value = hasAmp ? decodeReferences(normalized, 0, normalized.length) : normalized;
    }
    this.place(new ScalarNodeImpl(kind, lt, end, this.source, this.parentOf(), value, cs, ce, hasAmp));
    return end;
  }

  /** `<key>…</key>` (`cs` = content start) or `<key/>` (`cs` = -1). */
  private key(lt: number, cs: number): number {
    const top = this.open[this.open.length - 1];
    if (top === undefined || top.kind !== 'dict' || this.pending) throw NOT_DIRECT;
    let key: KeyNodeImpl;
    if (cs < 0) {
      key = new KeyNodeImpl('', lt, lt + 6, lt + 6, lt + 6, this.source);
    } else {
      const text = this.text;
      const ce = text.indexOf('<', cs);
      if (ce < 0 || !text.startsWith('</key>', ce)) throw NOT_DIRECT;
      // A key with references would need its own flag on the element: rare enough for the tolerant path.
      let value = this.interner.intern(text, cs, ce);
      if (value === undefined) {
        const raw = text.slice(cs, ce);
        if (raw.includes('&')) throw NOT_DIRECT;
        value = normalizeNewlines(raw);
      }
      key = new KeyNodeImpl(value, lt, ce + 6, cs, ce, this.source);
    }
    this.pending = key;
    return key.end;
  }
}
