/**
 * Hover on entitlement keys and NE values: the diagnostic first, then what it is, its type and platforms,
 * the values allowed in this file's context, the catalog's quotes (§3.1) and Background facts.
 */
import type { HoverProvider, HoverRequest, HoverSection } from '../types';
import type { HoverContent } from '../hoverFormat';
import { formatHover } from '../hoverFormat';
import { describeType, entitlementKey, valueHover } from '../../knowledge/entitlementKeys';
import type { EntitlementKey } from '../../knowledge/entitlementKeys';
import { NE_KEY, baseOf, isSuffixed, neValue } from '../../knowledge/neValues';
import { ruleBackground, valueBackground } from '../../knowledge/background';
import { isString } from '../../model/plist';
import type { ScalarNode } from '../../model/plist';
import { ruleByCode } from '../../rules';
import { allowedNeValues, contextLabel } from './contextValues';

const PLATFORM_NAMES: Record<string, string> = { ios: 'iOS', tvos: 'tvOS', visionos: 'visionOS', macos: 'macOS' };

/** Guidance of the rules behind the diagnostics under the cursor, before the node's own quotes. */
function problemQuotes(req: HoverRequest, own: readonly string[]): string[] {
  const fromRules = req.diagnostics.flatMap((d) => ruleByCode(d.code)?.meta.guidance ?? []);
  return [...new Set([...fromRules.slice(0, 3), ...own])];
}

function problemBackground(req: HoverRequest) {
  return req.diagnostics.flatMap((d) => ruleBackground(d.code));
}

function keyContent(req: HoverRequest, spec: EntitlementKey): HoverContent {
  const facts = [
    `Type: ${describeType(spec.type)}`,
    `Platforms: ${spec.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')}`,
  ];
  const content: HoverContent = {
    title: spec.key,
    problems: req.diagnostics,
    description: spec.description,
    facts,
    quotes: problemQuotes(req, spec.quotes),
    background: [...problemBackground(req), ...(spec.background ? [spec.background] : [])],
    rules: [...new Set([...req.diagnostics.map((d) => d.code), ...spec.rules])],
    docsUrl: spec.docsUrl,
  };
  if (spec.key === NE_KEY) content.allowedValues = { label: contextLabel(req.file), values: allowedNeValues(req.file) };
  else if (Array.isArray(spec.values)) content.allowedValues = { values: spec.values };
  return content;
}

function neValueContent(req: HoverRequest, node: ScalarNode): HoverContent | undefined {
  const v = node.text;
  const info = neValue(v);
  const quotes: string[] = [];
  const facts: string[] = [];
  if (info) {
    if (isSuffixed(v)) {
      quotes.push(...(valueHover('suffixed')?.quotes ?? []));
      facts.push(`Developer ID form of \`${baseOf(v)}\` (macOS only)`);
    } else if (info.suffixed) {
      const h = valueHover('suffixable');
      quotes.push(...(h?.quotes ?? []));
      if (v === 'content-filter-provider') quotes.push(...(h?.contentFilterQuotes ?? []));
      facts.push(`Developer ID builds use \`${info.suffixed}\` instead`);
    } else {
      facts.push('No -systemextension form: written the same way for every distribution');
    }
    quotes.push(...(valueHover(v)?.quotes ?? []));
    if (req.file.platform.value === 'ios') quotes.push(...(valueHover(`${v}@ios`)?.quotes ?? []));
    if (info.kinds.length) facts.push(`Provider kinds: ${info.kinds.map((k) => `\`${k}\``).join(', ')}`);
  }
  if (!info && req.diagnostics.length === 0) return undefined;
  return {
    title: v,
    problems: req.diagnostics,
    description: info?.description,
    facts,
    allowedValues: { label: contextLabel(req.file), values: allowedNeValues(req.file) },
    quotes: problemQuotes(req, quotes),
    background: [...problemBackground(req), ...valueBackground(baseOf(v) ?? v)],
    rules: [...new Set(req.diagnostics.map((d) => d.code))],
    docsUrl: entitlementKey(NE_KEY)?.docsUrl,
  };
}

function otherValueContent(req: HoverRequest, key: string, node: ScalarNode): HoverContent | undefined {
  const special = key === 'keychain-access-groups' ? valueHover(`keychain:${node.text}`) : undefined;
  const spec = entitlementKey(key);
  if (special) {
    return {
      title: node.text,
      problems: req.diagnostics,
      description: special.description,
      quotes: problemQuotes(req, special.quotes),
    };
  }
  if (!spec) return undefined;
  const content = keyContent(req, spec);
  return {
    ...content,
    title: `${spec.key} › ${node.text}`,
    background: [...(content.background ?? []), ...valueBackground(node.text)],
  };
}

export const entitlementsHover: HoverProvider = (req): HoverSection | undefined => {
  if (req.file.kind !== 'entitlements') return undefined;
  const { location } = req;
  const rootKey = location.path[0];
  if (typeof rootKey !== 'string') return undefined;
  if (location.key && location.path.length === 1) {
    const spec = entitlementKey(rootKey);
    if (!spec) return undefined;
    return { markdown: formatHover(keyContent(req, spec)), start: location.key.key.start, end: location.key.key.end };
  }
  const node = location.node;
  if (!isString(node)) {
    // On the value element of a typed key (e.g. `<string>YES</string>` where a boolean belongs).
    const spec = location.path.length === 1 ? entitlementKey(rootKey) : undefined;
    if (!spec || !node) return undefined;
    return { markdown: formatHover(keyContent(req, spec)), start: node.start, end: node.end };
  }
  const content =
    rootKey === NE_KEY && location.path.length === 2
      ? neValueContent(req, node)
      : otherValueContent(req, rootKey, node);
  return content ? { markdown: formatHover(content), start: node.start, end: node.end } : undefined;
};
