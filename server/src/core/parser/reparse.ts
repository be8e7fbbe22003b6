/**
 * Re-parsing one payload after an edit inside it (the language server's keystroke path): the payload's new text
 * is parsed on its own, its trees are spliced into the document in place of the old ones, and every node after
 * the edit moves by the edit's length. A 1 MB profile is then updated in a few milliseconds instead of a full
 * parse. Anything unusual — a syntax or structure issue in the payload or after it, a comment, a payload that no
 * longer ends where it should — returns undefined and the caller parses the whole text.
 *
 * The old document's trees are reused and MUTATED: the previous `PlistDocument` must not be used afterwards.
 */
import type { PlistDocument } from '../model/document';
import type { ArrayNode, DictNode, PlistNode } from '../model/plist';
import type { XmlChild, XmlElement } from '../model/xml';
import { LineIndex } from '../text/lineIndex';
import { detectTextEol } from './decodeText';
import { buildPlist } from './plistBuilder';
import { ElementNode } from './xmlElement';
import { parseXml } from './xmlParser';

/** An edit: old `[start, oldEnd)` became new `[start, newEnd)`. */
export interface EditRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Where the edited payload sits: `array.items[itemIndex] === dict`, the root's `PayloadContent`. */
export interface PayloadSlot {
  array: ArrayNode;
  itemIndex: number;
  dict: DictNode;
}

export function reparsePayload(
  doc: PlistDocument,
  text: string,
  edit: EditRange,
  slot: PayloadSlot,
): PlistDocument | undefined {
  const old = slot.dict.element;
  // Trees from parseXml (the only ones an XML document has) are made of ElementNodes: plain number fields to move.
  if (slot.array.items[slot.itemIndex] !== slot.dict || !(old instanceof ElementNode) || old.closeStart < 0) return;
  if (edit.start < old.openEnd || edit.oldEnd > old.closeStart || text.charCodeAt(0) === 0xfeff) return;
  // Issues at or after the payload would need moving or dropping; comments feed the directives list.
  if (doc.xml.issues.some((i) => i.end >= old.start)) return;
  if (doc.xml.comments.some((c) => c.end > old.start && c.start < old.end)) return;
  const delta = edit.newEnd - edit.oldEnd;
  const fresh = parseFragment(text, old.start, old.end + delta);
  if (!fresh) return;
  const parent = old.parent;
  const siblings = parent?.children;
  const at = siblings ? siblings.indexOf(old) : -1;
  if (!parent || !siblings || at < 0) return;
  // Move everything after the edit first (the old payload is skipped: it is being replaced), then splice.
  shiftXml(doc.xml.children, edit.oldEnd, delta, old);
  shiftPlist(doc.root, edit.oldEnd, delta, slot.dict);
  siblings[at] = fresh.element;
  fresh.element.parent = parent;
  slot.array.items[slot.itemIndex] = fresh.dict;
  fresh.dict.parent = slot.array;
  return {
    ...doc,
    text,
    encoding: { ...doc.encoding, eol: detectTextEol(text) },
    lineIndex: new LineIndex(text),
  };
}

/** `text[start, end)` parsed alone as one clean `<dict>…</dict>`, its offsets in `text`; else undefined. */
function parseFragment(text: string, start: number, end: number): { element: XmlElement; dict: DictNode } | undefined {
  const xml = parseXml(text.slice(start, end));
  const el = xml.root;
  if (!el || el.name !== 'dict' || xml.children.length !== 1 || xml.issues.length || xml.comments.length) return;
  if (!el.close || el.end !== end - start) return;
  const built = buildPlist(el);
  // Alone, the payload is a root without `<plist>`: that one warning is expected, anything else is not.
  const others = built.issues.filter((i) => i.data?.kind !== 'missing-plist-wrapper');
  if (others.length || built.root?.kind !== 'dict') return;
  shiftXml([el], 0, start);
  shiftPlist(built.root, 0, start);
  return { element: el, dict: built.root };
}

/** Adds `delta` to every XML offset at or after `from`; subtrees that end before `from` are left alone. */
function shiftXml(top: readonly XmlChild[], from: number, delta: number, skip?: XmlElement): void {
  const at = (o: number) => (o >= from ? o + delta : o);
  const stack: XmlChild[] = [...top];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.end < from || n === skip) continue;
    if (n.type !== 'element') {
      n.start = at(n.start);
      n.end = at(n.end);
      continue;
    }
    const el = n as ElementNode;
    shiftElement(el, at);
    if (el.childList) for (const c of el.childList) stack.push(c);
  }
}

function shiftElement(el: ElementNode, at: (o: number) => number): void {
  for (const a of el.attributes) {
    a.start = at(a.start);
    a.end = at(a.end);
  }
  el.start = at(el.start);
  el.end = at(el.end);
  el.openEnd = at(el.openEnd);
  if (el.closeStart >= 0) el.closeStart = at(el.closeStart);
  if (el.textValue !== undefined) {
    el.textStart = at(el.textStart);
    el.textEnd = at(el.textEnd);
  }
}

/** Adds `delta` to every plist offset at or after `from` (keys included); `skip`'s subtree is left alone. */
function shiftPlist(root: PlistNode | null, from: number, delta: number, skip?: PlistNode): void {
  if (!root) return;
  const at = (o: number) => (o >= from ? o + delta : o);
  const stack: PlistNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.end < from || n === skip) continue;
    n.start = at(n.start);
    n.end = at(n.end);
    if (n.kind === 'dict') {
      for (const e of n.entries) {
        const k = e.key;
        if (k.end >= from) {
          k.start = at(k.start);
          k.end = at(k.end);
          k.contentStart = at(k.contentStart);
          k.contentEnd = at(k.contentEnd);
        }
        if (e.value) stack.push(e.value);
      }
    } else if (n.kind === 'array') {
      for (const item of n.items) stack.push(item);
    } else {
      n.contentStart = at(n.contentStart);
      n.contentEnd = at(n.contentEnd);
    }
  }
}
