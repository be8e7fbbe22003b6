/** N51 — an AllowedSystemExtensionTypes element that is not a system extension type (catalog N51). */
import { didYouMean } from '../../knowledge/didYouMean';
import type { ScalarNode } from '../../model/plist';
import { isString } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { replaceContent } from '../fixHelpers';
import type { Rule } from '../types';
import { policyPayloads } from './policy';

/** The types the YAML names in prose (no rangelist). */
export const EXTENSION_TYPES = ['DriverExtension', 'NetworkExtension', 'EndpointSecurityExtension'] as const;
/** Near-miss spellings the catalog asks T7 to map as well. */
const ALIASES: Record<string, string> = {
  Network: 'NetworkExtension',
  NetworkExtensions: 'NetworkExtension',
  EndpointSecurity: 'EndpointSecurityExtension',
  DriverKit: 'DriverExtension',
};
const KNOWN = new Set<string>(EXTENSION_TYPES);

function suggestion(value: string): string | undefined {
  const direct = didYouMean(value, EXTENSION_TYPES);
  if (direct) return direct;
  const alias = didYouMean(value, Object.keys(ALIASES));
  return alias ? ALIASES[alias] : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'N51',
    code: 'sysext-policy/unknown-extension-type',
    family: 'sysext-policy',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description:
      'AllowedSystemExtensionTypes lists something other than DriverExtension, NetworkExtension or EndpointSecurityExtension.',
    guidance: [],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const p of policyPayloads(doc)) {
      for (const { list } of p.dicts.get('AllowedSystemExtensionTypes') ?? []) {
        for (const item of list?.items ?? []) {
          if (!isString(item) || hasBuildVariable(item.text) || KNOWN.has(item.text)) continue;
          const node: ScalarNode = item;
          const fix = suggestion(node.text);
          ctx.report({
            start: node.contentStart,
            end: node.contentEnd,
            message: `"${node.text}" is not a system extension type; allowed: ${EXTENSION_TYPES.join(', ')}.`,
            data: { value: node.text, suggestion: fix },
            fixes:
              fix && doc.container === 'xml'
                ? [{ title: `Change to ${fix}`, preferred: true, edits: [replaceContent(node, fix)] }]
                : [],
          });
        }
      }
    }
  },
};
