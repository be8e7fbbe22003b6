/** N29 — `TransparentProxy` must be one dictionary; several proxies need one VPN payload each. */
import type { Fix, Rule } from '../types';

import type { PlistDocument } from '../../model/document';
import type { ArrayNode, DictNode } from '../../model/plist';
import { isArray, isDict } from '../../model/plist';
import { APPLAYER, VPN_MANAGED, canFix, indentAt, payloadsOf } from './support/payloads';
import type { Payload } from './support/payloads';
import { isSplittable, splitFix } from './support/transparentProxySplit';

export const rule: Rule = {
  meta: {
    id: 'N29',
    code: 'vpn/transparent-proxy-array',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'TransparentProxy must be a single dictionary; each transparent proxy needs its own VPN payload.',
    guidance: ['Q-U23', 'Q-U24', 'Q-U48'],
    supersedes: [
      { code: 'profile/value-type-mismatch', scope: 'node' },
      { code: 'profile/value-not-in-rangelist', scope: 'node' },
    ],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      const entry = p.dict.map.get('TransparentProxy');
      if (!entry || !isArray(entry.value)) continue;
      ctx.report({
        start: entry.key.start,
        end: entry.key.end,
        // The finding concerns the whole entry: it hides the generic type mismatch on the array (§1.15).
        node: { start: entry.key.start, end: entry.value.end },
        message:
          'TransparentProxy must be a single dictionary; configure each transparent proxy in its own com.apple.vpn.managed payload (VPNType TransparentProxy).',
        data: { elements: entry.value.items.length },
        fixes: canFix(ctx.doc) ? fixes(ctx.doc, p, entry.value) : [],
      });
    }
  },
};

function fixes(doc: PlistDocument, p: Payload, array: ArrayNode): Fix[] {
  const items = array.items;
  if (items.length === 1 && isDict(items[0])) {
    return [{ title: 'Replace the array by its dictionary', preferred: true, edits: [unwrap(doc, array, items[0])] }];
  }
  if (isSplittable(items)) return [splitFix(doc, p, items)];
  return [];
}

/** The array replaced by its only dict, whose continuation lines move out by the array's extra indentation. */
function unwrap(doc: PlistDocument, array: ArrayNode, dict: DictNode) {
  const text = doc.text;
  const from = indentAt(doc, dict.start);
  const to = indentAt(doc, array.start);
  const own = text.slice(dict.start, dict.end);
  const lines = own.split(/(\r\n|\n|\r)/);
  // split with a capture group keeps the line breaks at odd indices.
  const out = lines
    .map((s, i) => (i % 2 === 0 && i > 0 && s.startsWith(from) ? to + s.slice(from.length) : s))
    .join('');
  return { start: array.start, end: array.end, newText: out };
}
