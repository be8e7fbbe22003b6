/** N47 — a Plugin filter must enable at least one filter (FilterSockets/FilterPackets/FilterBrowsers; all default to false). */
import type { Rule } from '../types';
import { booleanXml, insertEntry, replaceElement } from '../fixHelpers';
import { WEB_FILTER, canFix, isTrue, payloadsOf, stringNode, valueSpan } from '../vpn/support/payloads';

/** Switches that count, per platform (catalog N47). */
function switchesFor(platform: string): string[] {
  if (platform === 'macos') return ['FilterSockets', 'FilterPackets'];
  if (platform === 'ios' || platform === 'visionos') return ['FilterBrowsers', 'FilterSockets'];
  return ['FilterSockets', 'FilterPackets', 'FilterBrowsers'];
}

export const rule: Rule = {
  meta: {
    id: 'N47',
    code: 'filter/no-filter-enabled',
    family: 'filter',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description:
      'A Plugin web content filter enables no filter (FilterSockets, FilterPackets and FilterBrowsers default to false).',
    guidance: ['Q-U30', 'Q-U29'],
  },
  check(ctx) {
    const switches = switchesFor(ctx.file.platform.value);
    for (const p of payloadsOf(ctx.doc, WEB_FILTER)) {
      const ft = stringNode(p.dict, 'FilterType');
      if (ft?.text.trim() !== 'Plugin') continue;
      if (switches.some((k) => isTrue(p.dict, k))) continue;
      const sockets = p.dict.map.get('FilterSockets')?.value;
      const trueXml = booleanXml(ctx.doc, true);
      const edit = sockets ? replaceElement(sockets, trueXml) : insertEntry(ctx.doc, p.dict, 'FilterSockets', trueXml);
      ctx.report({
        ...valueSpan(ft),
        message: `No filter is enabled: set ${switches.slice(0, 2).join(' or ')} to true (both default to false).`,
        data: { switches },
        fixes: canFix(ctx.doc) ? [{ title: 'Set FilterSockets to true', preferred: true, edits: [edit] }] : [],
      });
    }
  },
};
