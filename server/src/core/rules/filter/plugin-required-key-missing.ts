/**
 * N46 — FilterType `Plugin` requires PluginBundleID and UserDefinedName. Both missing keys are named in ONE
 * diagnostic at the FilterType value (two findings with the same code and range would be de-duplicated, §1.1),
 * with one fix per key.
 */
import type { Fix, Rule, RuleContext } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import type { DictNode } from '../../model/plist';
import {
  WEB_FILTER,
  canFix,
  missingOrEmpty,
  payloadsOf,
  stringNode,
  stringOf,
  valueSpan,
} from '../vpn/support/payloads';
import { containerApp, targetByBundleId } from '../vpn/support/project';

const REQUIRED = ['PluginBundleID', 'UserDefinedName'];
const PROVIDER_ID_KEYS = ['FilterDataProviderBundleIdentifier', 'FilterPacketProviderBundleIdentifier'];

export const rule: Rule = {
  meta: {
    id: 'N46',
    code: 'filter/plugin-required-key-missing',
    family: 'filter',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'FilterType "Plugin" requires PluginBundleID and UserDefinedName.',
    guidance: [],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, WEB_FILTER)) {
      const ft = stringNode(p.dict, 'FilterType');
      if (ft?.text.trim() !== 'Plugin') continue;
      const missing = REQUIRED.filter((k) => missingOrEmpty(p.dict, k));
      if (missing.length === 0) continue;
      ctx.report({
        ...valueSpan(ft),
        message: `FilterType "Plugin" requires ${missing.join(' and ')}.`,
        data: { missing },
        fixes: canFix(ctx.doc) ? missing.map((k) => fixFor(ctx, p.dict, k)) : [],
      });
    }
  },
};

function fixFor(ctx: RuleContext, d: DictNode, key: string): Fix {
  const existing = stringNode(d, key);
  const set = (v: string) => (existing ? replaceContent(existing, v) : insertEntry(ctx.doc, d, key, stringXml(v)));
  if (key === 'PluginBundleID') {
    const app = containerAppBundleId(ctx, d);
    if (app) return { title: `Insert PluginBundleID "${app}"`, preferred: true, edits: [set(app)] };
    return { title: 'Insert PluginBundleID', snippet: true, edits: [set('${1:com.example.filterapp}')] };
  }
  return { title: `Insert ${key}`, snippet: true, edits: [set('${1:Content Filter}')] };
}

/** The container app of the filter provider named in the payload, when the project model knows it. */
function containerAppBundleId(ctx: RuleContext, d: DictNode): string | undefined {
  for (const k of PROVIDER_ID_KEYS) {
    const id = stringOf(d, k)?.trim();
    const target = id ? targetByBundleId(ctx.project, id) : undefined;
    const app = target && containerApp(target);
    if (app?.bundleIdentifier) return app.bundleIdentifier;
  }
  return undefined;
}
