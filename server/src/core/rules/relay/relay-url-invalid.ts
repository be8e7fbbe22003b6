/**
 * N59 — a relay URL that is not an absolute URL / RFC 6570 URI template with a host (error), or whose
 * scheme is not https (warning) (catalog N59).
 */
import type { ScalarNode } from '../../model/plist';
import { isArray, isDict, isString } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { replaceContent } from '../fixHelpers';
import type { Finding, Rule } from '../types';
import { RELAY_URL_KEYS, relayPayloads } from './relayPayloads';

/** Scheme and host of `value` after neutralising `{…}` template expressions; undefined when not absolute. */
function parseUrl(value: string): { scheme: string; host: string } | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]/.test(value) || /\s/.test(value)) return undefined;
  try {
    const url = new URL(value.replace(/\{[^{}]*\}/g, 'x'));
    return { scheme: url.protocol.slice(0, -1).toLowerCase(), host: url.hostname };
  } catch {
    return undefined;
  }
}

function finding(key: string, node: ScalarNode, canFix: boolean): Finding | undefined {
  const value = node.text.trim();
  if (!value || hasBuildVariable(value)) return undefined;
  const url = parseUrl(value);
  const base = {
    start: node.contentStart,
    end: node.contentEnd,
    message: `${key} "${value}" is not a valid https relay URL.`,
  };
  if (!url || !url.host) return { ...base, data: { key, value } };
  if (url.scheme === 'https') return undefined;
  const fixes =
    url.scheme === 'http' && canFix
      ? [{ title: 'Use https://', preferred: true, edits: [replaceContent(node, value.replace(/^http:/i, 'https:'))] }]
      : [];
  return { ...base, severity: 'warning', data: { key, value, scheme: url.scheme }, fixes };
}

export const rule: Rule = {
  meta: {
    id: 'N59',
    code: 'relay/relay-url-invalid',
    family: 'relay',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A relay URL is not an absolute https URL or URI template with a host.',
    guidance: [],
  },
  check(ctx) {
    const canFix = ctx.doc.container === 'xml';
    for (const payload of relayPayloads(ctx.doc)) {
      const relays = payload.map.get('Relays')?.value;
      if (!isArray(relays)) continue;
      for (const relay of relays.items) {
        if (!isDict(relay)) continue;
        for (const key of RELAY_URL_KEYS) {
          const node = relay.map.get(key)?.value;
          const f = isString(node) ? finding(key, node, canFix) : undefined;
          if (f) ctx.report(f);
        }
      }
    }
  },
};
