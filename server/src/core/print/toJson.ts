/**
 * `nelint print --format json`: a plist tree as plain JSON values. Dates become ISO-8601 strings, data
 * base64, integers numbers when |n| ≤ 2^53 (else their decimal text, so no digit is lost), reals numbers
 * (non-finite reals their plist text). Dicts keep the first occurrence of each key (what Apple's parser
 * reads). Built with an explicit stack: a 100,000-deep file must not overflow.
 */
import type { PlistNode, ScalarNode } from '../model/plist';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MAX_INDENT_DEPTH = 64;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER) + 1n; // 2^53

export function plistToJson(root: PlistNode): unknown {
  const holder: Json[] = [null];
  const stack: Array<{ node: PlistNode; put: (v: Json) => void }> = [{ node: root, put: (v) => (holder[0] = v) }];
  while (stack.length) {
    const { node, put } = stack.pop()!;
    if (node.kind === 'dict') {
      const obj: { [key: string]: Json } = {};
      put(obj);
      for (const e of node.entries) {
        if (e.duplicate) continue;
        const key = e.key.text;
        setOwn(obj, key, null); // reserve the slot now so insertion order follows the file
        if (e.value) stack.push({ node: e.value, put: (v) => setOwn(obj, key, v) });
      }
    } else if (node.kind === 'array') {
      const arr: Json[] = new Array<Json>(node.items.length).fill(null);
      put(arr);
      node.items.forEach((item, i) => stack.push({ node: item, put: (v) => (arr[i] = v) }));
    } else {
      put(scalarToJson(node));
    }
  }
  return holder[0];
}

/** Defines an own property: a plist key `__proto__` must be data, not a prototype change. */
function setOwn(obj: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * JSON text with the file's key order. `JSON.stringify(plistToJson(…))` would move integer-like keys
 * ("1", "42") to the front, as JS objects order them; this writer does not. Also stack-based.
 */
export function plistToJsonText(root: PlistNode, indent = 2): string {
  const out: string[] = [];
  // Indentation stops growing past MAX_INDENT_DEPTH: pretty-printing a 100,000-deep file would need
  // O(depth²) characters (more than a JS string can hold). The JSON stays valid.
  const pad = (depth: number) => (indent > 0 ? '\n' + ' '.repeat(indent * Math.min(depth, MAX_INDENT_DEPTH)) : '');
  const sep = indent > 0 ? ': ' : ':';
  type Work = { node: PlistNode; depth: number } | { text: string };
  const stack: Work[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const w = stack.pop()!;
    if ('text' in w) {
      out.push(w.text);
      continue;
    }
    const { node, depth } = w;
    if (node.kind === 'dict' || node.kind === 'array') {
      const parts: Work[] = [];
      const items =
        node.kind === 'dict'
          ? node.entries.filter((e) => !e.duplicate).map((e) => ({ key: e.key.text, value: e.value }))
          : node.items.map((value) => ({ key: undefined, value }));
      const [open, close] = node.kind === 'dict' ? ['{', '}'] : ['[', ']'];
      if (items.length === 0) {
        out.push(open + close);
        continue;
      }
      parts.push({ text: open });
      items.forEach((it, i) => {
        const lead = (i > 0 ? ',' : '') + pad(depth + 1) + (it.key !== undefined ? JSON.stringify(it.key) + sep : '');
        parts.push({ text: lead });
        parts.push(it.value ? { node: it.value, depth: depth + 1 } : { text: 'null' });
      });
      parts.push({ text: pad(depth) + close });
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
    } else {
      out.push(JSON.stringify(scalarToJson(node)));
    }
  }
  return out.join('');
}

export function scalarToJson(n: ScalarNode): Json {
  const t = n.text.trim();
  switch (n.kind) {
    case 'boolean':
      return n.text === 'true';
    case 'integer':
      return integerToJson(t);
    case 'real': {
      const v = Number(t);
      return t !== '' && Number.isFinite(v) ? v : t;
    }
    case 'date': {
      const d = new Date(t);
      return Number.isNaN(d.getTime()) ? t : d.toISOString().replace(/\.000Z$/, 'Z');
    }
    case 'data':
      return Buffer.from(t.replace(/\s+/g, ''), 'base64').toString('base64');
    default:
      return n.text;
  }
}

function integerToJson(t: string): Json {
  let n: bigint;
  if (t === '') return t; // BigInt('') would be 0
  try {
    n = BigInt(t);
  } catch {
    return t; // not an integer literal (plist/invalid-value-format reports it); keep the text
  }
  const abs = n < 0n ? -n : n;
  return abs <= MAX_SAFE ? Number(n) : n.toString();
}
