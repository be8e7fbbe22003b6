/**
 * Outline of any plist (entitlements, Info.plist, profiles, provisioning profiles): dict keys are symbols, array
 * items are `[i]`, and payload dicts in arrays (profiles' `PayloadContent`) are named by `PayloadDisplayName`,
 * else `PayloadType`. Built with an explicit stack: a 100,000-deep file must not overflow; below MAX_DEPTH
 * containers are listed without children (an outline that deep is unreadable and costly to serialize).
 */
import type { PlistDocument } from '../model/document';
import type { DictNode, PlistKind, PlistNode } from '../model/plist';
import { isString } from '../model/plist';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: PlistKind;
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: SymbolNode[];
}

export const MAX_SYMBOL_DEPTH = 64;
const MAX_DETAIL = 60;

function truncate(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_DETAIL ? `${one.slice(0, MAX_DETAIL - 1)}…` : one;
}

function detailOf(n: PlistNode): string {
  switch (n.kind) {
    case 'dict':
      return n.entries.length === 1 ? '1 key' : `${n.entries.length} keys`;
    case 'array':
      return n.items.length === 1 ? '1 item' : `${n.items.length} items`;
    case 'data':
      return 'data';
    default:
      return truncate(n.text);
  }
}

function stringValue(d: DictNode, key: string): string | undefined {
  const v = d.map.get(key)?.value;
  return isString(v) && v.text.trim() !== '' ? v.text.trim() : undefined;
}

/** Name of an array item: a payload-like dict by its display name or type, anything else by index. */
function itemSymbol(item: PlistNode, index: number): Pick<SymbolNode, 'name' | 'detail'> {
  if (item.kind === 'dict') {
    const display = stringValue(item, 'PayloadDisplayName');
    const type = stringValue(item, 'PayloadType');
    if (display || type) return { name: display ?? type!, detail: display && type ? type : detailOf(item) };
  }
  return { name: `[${index}]`, detail: detailOf(item) };
}

function childSymbols(n: PlistNode): { node: PlistNode; symbol: SymbolNode }[] {
  const out: { node: PlistNode; symbol: SymbolNode }[] = [];
  if (n.kind === 'dict') {
    for (const e of n.entries) {
      const v = e.value;
      out.push({
        node: v ?? n,
        symbol: {
          name: e.key.text,
          detail: v ? detailOf(v) : '',
          kind: v ? v.kind : 'string',
          start: e.key.start,
          end: v ? v.end : e.key.end,
          selectionStart: e.key.start,
          selectionEnd: e.key.end,
          children: [],
        },
      });
    }
  } else if (n.kind === 'array') {
    n.items.forEach((item, i) => {
      const { name, detail } = itemSymbol(item, i);
      const open = item.element.open;
      out.push({
        node: item,
        symbol: {
          name,
          detail,
          kind: item.kind,
          start: item.start,
          end: item.end,
          selectionStart: open.start,
          selectionEnd: open.end,
          children: [],
        },
      });
    });
  }
  return out;
}

/** Top-level symbols: the entries (or items) of the root value. */
export function findDocumentSymbols(doc: PlistDocument): SymbolNode[] {
  const top: SymbolNode[] = [];
  if (!doc.root) return top;
  const stack: { node: PlistNode; into: SymbolNode[]; depth: number }[] = [{ node: doc.root, into: top, depth: 0 }];
  while (stack.length) {
    const { node, into, depth } = stack.pop()!;
    for (const { node: child, symbol } of childSymbols(node)) {
      into.push(symbol);
      const container = child !== node && (child.kind === 'dict' || child.kind === 'array');
      if (container && depth + 1 < MAX_SYMBOL_DEPTH) {
        stack.push({ node: child, into: symbol.children, depth: depth + 1 });
      }
    }
  }
  return top;
}
