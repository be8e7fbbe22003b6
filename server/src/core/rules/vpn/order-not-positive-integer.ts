/** N37 — `TransparentProxy › Order` must be a positive `<integer>` (also inside elements of a TransparentProxy array). */
import type { Fix, Rule, RuleContext } from '../types';
import { replaceElement } from '../fixHelpers';
import type { DictNode, PlistNode } from '../../model/plist';
import { isArray, isDict } from '../../model/plist';
import { isPositiveInteger, orderAsIntegerText } from './support/order';
import { APPLAYER, VPN_MANAGED, canFix, payloadsOf, valueSpan } from './support/payloads';

export const rule: Rule = {
  meta: {
    id: 'N37',
    code: 'vpn/order-not-positive-integer',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    fixAll: true,
    description: 'TransparentProxy › Order must be a positive <integer>.',
    guidance: ['Q-U19', 'Q-U20', 'Q-U44', 'Q-U48'],
    supersedes: [
      { code: 'profile/value-type-mismatch', scope: 'node' },
      { code: 'profile/value-not-in-rangelist', scope: 'node' },
    ],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      // A dict, or the dicts of an array (no per-payload list: a large profile has 10,000 of them).
      const tp = p.dict.map.get('TransparentProxy')?.value;
      if (isDict(tp)) checkOrder(ctx, tp);
      else if (isArray(tp)) for (const d of tp.items) if (isDict(d)) checkOrder(ctx, d);
    }
  },
};

function checkOrder(ctx: RuleContext, d: DictNode): void {
  const order = d.map.get('Order')?.value;
  if (!order || isPositiveInteger(order)) return;
  const shown = order.kind === 'dict' || order.kind === 'array' ? '' : order.text;
  ctx.report({
    ...valueSpan(order),
    message: `TransparentProxy › Order must be a positive <integer>, found <${order.kind}> "${shown}".`,
    fixes: canFix(ctx.doc) ? fixes(order) : [],
  });
}

function fixes(order: PlistNode): Fix[] {
  const value = orderAsIntegerText(order);
  if (value === undefined) return [];
  return [
    {
      title: `Change Order to <integer>${value}</integer>`,
      preferred: true,
      edits: [replaceElement(order, `<integer>${value}</integer>`)],
    },
  ];
}
