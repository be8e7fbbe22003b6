/**
 * N08 — an NE entitlement value nelint does not know. A warning, not an error: Apple keeps adding values
 * (catalog Appendix B.8), and the table is data. Values with build variables are never checked.
 */
import type { Fix, Rule, RuleContext } from '../types';
import { KNOWN, misplacedValueKey } from '../../knowledge/neValues';
import { detectEol, insertEntry, lineIndentAt, removeNode, stringXml } from '../fixHelpers';
import { isArray } from '../../model/plist';
import { fixesAllowed, neStrings, replaceValueFix, rootDict, rootEntry, valueRange } from './support/values';
import type { StringElement } from './support/values';
import { suggestNeValue, unsuffixableWithSuffix } from './support/neSuggest';

/** "Move to com.apple.developer.networking.vpn.api": remove the element, add it to that key's array. */
function moveFix(ctx: RuleContext, el: StringElement, targetKey: string): Fix[] {
  const root = rootDict(ctx.doc);
  if (!root || !el.literal) return [];
  const remove = removeNode(ctx.doc, el.node);
  const target = rootEntry(ctx.doc, targetKey);
  const title = `Move "${el.value}" to ${targetKey}`;
  if (!target) {
    const insert = insertEntry(ctx.doc, root, targetKey, `<array>\n\t${stringXml(el.value)}\n</array>`);
    return [{ title, edits: [remove, insert] }];
  }
  const arr = target.value;
  if (!isArray(arr)) return [];
  if (arr.items.some((i) => i.kind === 'string' && i.text === el.value)) return [{ title, edits: [remove] }];
  if (arr.element.selfClosing) return [];
  const last = arr.items[arr.items.length - 1];
  const text = ctx.doc.text;
  // Append after the last item on its own line, indented like it (inline when the array is on one line).
  const at = last ? last.end : arr.element.open.end;
  const multiLine = last && /[\r\n]/.test(text.slice(arr.start, arr.end));
  const newText = multiLine
    ? `${detectEol(text)}${lineIndentAt(text, last.start)}${stringXml(el.value)}`
    : stringXml(el.value);
  return [{ title, edits: [remove, { start: at, end: at, newText }] }];
}

export const rule: Rule = {
  meta: {
    id: 'N08',
    code: 'entitlements/ne-value-unknown',
    family: 'entitlements',
    severity: 'warning',
    kinds: ['entitlements'],
    fixable: true,
    fixAll: true,
    description: 'A com.apple.developer.networking.networkextension value that is not a known Network Extension value.',
    guidance: ['Q-D11', 'Q-D31'],
    supersedes: [
      { code: 'entitlements/ne-devid-requires-systemextension-suffix', scope: 'node' },
      { code: 'entitlements/ne-systemextension-suffix-outside-devid', scope: 'node' },
      { code: 'entitlements/ne-value-platform-unsupported', scope: 'node' },
      { code: 'provisioning/ne-suffix-mismatch', scope: 'node' },
      { code: 'provisioning/entitlement-not-authorized', scope: 'node' },
    ],
  },
  check(ctx) {
    const canFix = fixesAllowed(ctx);
    for (const el of neStrings(ctx.doc, ctx.file)) {
      if (!el.literal || KNOWN.has(el.value)) continue;
      const v = el.value;
      const otherKey = misplacedValueKey(v);
      const plain = unsuffixableWithSuffix(v);
      const suggestion = otherKey ? undefined : suggestNeValue(v);
      let message = `"${v}" is not a known Network Extension entitlement value.`;
      if (otherKey) message = `"${v}" belongs to ${otherKey}, not to the Network Extension entitlement.`;
      else if (plain) message = `"${plain}" has no -systemextension form; use "${plain}".`;
      else if (suggestion) message += ` Did you mean "${suggestion}"?`;
      const fixes: Fix[] = [];
      if (canFix && suggestion) fixes.push(...replaceValueFix(el, suggestion, `Use "${suggestion}"`, true));
      if (canFix && otherKey) fixes.push(...moveFix(ctx, el, otherKey));
      ctx.report({ ...valueRange(el.node), message, data: { value: v, suggestion }, fixes });
    }
  },
};
