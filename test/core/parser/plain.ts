/**
 * Parse results as plain data (spans, names, text; parents and elements as `name@offset` labels), for
 * comparing two parsers' trees with deepStrictEqual.
 */
import type { PlistNode } from '../../../server/src/core/model/plist';
import type { XmlChild, XmlDocument } from '../../../server/src/core/model/xml';

export type Plain = unknown;

export function xmlChild(c: XmlChild): Plain {
  if (c.type !== 'element') return { ...c };
  return {
    type: c.type,
    name: c.name,
    start: c.start,
    end: c.end,
    open: { start: c.open.start, end: c.open.end },
    close: c.close ? { start: c.close.start, end: c.close.end } : undefined,
    selfClosing: c.selfClosing,
    unclosed: c.unclosed,
    attributes: c.attributes.map((a) => ({ ...a })),
    parent: c.parent ? `${c.parent.name}@${c.parent.start}` : null,
    children: c.children.map(xmlChild),
  };
}

export function xmlDoc(d: XmlDocument): Plain {
  return {
    declaration: d.declaration && { ...d.declaration },
    doctype: d.doctype && { ...d.doctype },
    children: d.children.map(xmlChild),
    root: d.root ? `${d.root.name}@${d.root.start}` : null,
    comments: d.comments.map((c) => ({ ...c })),
  };
}

export function plistNode(n: PlistNode | null): Plain {
  if (!n) return null;
  const base = {
    kind: n.kind,
    start: n.start,
    end: n.end,
    element: `${n.element.name}@${n.element.start}`,
    parent: n.parent ? `${n.parent.kind}@${n.parent.start}` : null,
    entry: n.entry ? n.entry.index : undefined,
  };
  if (n.kind === 'dict') {
    return {
      ...base,
      entries: n.entries.map((e) => ({
        key: {
          text: e.key.text,
          start: e.key.start,
          end: e.key.end,
          contentStart: e.key.contentStart,
          contentEnd: e.key.contentEnd,
          element: `${e.key.element.name}@${e.key.element.start}`,
        },
        value: plistNode(e.value),
        index: e.index,
        duplicate: e.duplicate,
      })),
      map: [...n.map].map(([k, e]) => [k, e.index]),
    };
  }
  if (n.kind === 'array') return { ...base, items: n.items.map(plistNode) };
  const { text, contentStart, contentEnd, hasReferences } = n;
  return { ...base, text, contentStart, contentEnd, hasReferences };
}
