/** N45 — on macOS, web content filter payloads must use FilterType `Plugin` (the default is `BuiltIn`). */
import type { Rule } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { WEB_FILTER, canFix, payloadsOf, valueSpan } from '../vpn/support/payloads';

export const rule: Rule = {
  meta: {
    id: 'N45',
    code: 'filter/plugin-type-required-on-macos',
    family: 'filter',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'macOS supports only FilterType "Plugin" for web content filter payloads.',
    guidance: ['Q-U30'],
  },
  check(ctx) {
    if (ctx.file.platform.value !== 'macos') return;
    for (const p of payloadsOf(ctx.doc, WEB_FILTER)) {
      const ft = p.dict.map.get('FilterType')?.value;
      const message = 'macOS supports only FilterType "Plugin" for web content filter payloads.';
      if (!ft) {
        const at = p.typeNode
          ? valueSpan(p.typeNode)
          : { start: p.dict.element.open.start, end: p.dict.element.open.end };
        ctx.report({
          ...at,
          message,
          fixes: canFix(ctx.doc)
            ? [
                {
                  title: 'Insert FilterType "Plugin"',
                  preferred: true,
                  edits: [insertEntry(ctx.doc, p.dict, 'FilterType', stringXml('Plugin'))],
                },
              ]
            : [],
        });
        continue;
      }
      if (ft.kind !== 'string' || ft.text.trim() === 'Plugin' || hasBuildVariable(ft.text)) continue;
      ctx.report({
        ...valueSpan(ft),
        message,
        fixes: canFix(ctx.doc)
          ? [{ title: 'Change FilterType to "Plugin"', preferred: true, edits: [replaceContent(ft, 'Plugin')] }]
          : [],
      });
    }
  },
};
