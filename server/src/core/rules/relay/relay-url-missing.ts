/** N58 — `Relays` is empty or a relay has neither HTTP3RelayURL nor HTTP2RelayURL (catalog N58). */
import { isArray, isDict, isString } from '../../model/plist';
import type { DictNode } from '../../model/plist';
import { insertEntry } from '../fixHelpers';
import type { Rule } from '../types';
import { RELAY_URL_KEYS, relayPayloads } from './relayPayloads';

function hasUrl(relay: DictNode): boolean {
  return RELAY_URL_KEYS.some((k) => {
    const v = relay.map.get(k)?.value;
    // A non-string URL is a type problem (profile/value-type-mismatch), not a missing URL.
    return !!v && (!isString(v) || v.text.trim() !== '');
  });
}

export const rule: Rule = {
  meta: {
    id: 'N58',
    code: 'relay/relay-url-missing',
    family: 'relay',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A relay payload has no relays, or a relay without HTTP3RelayURL or HTTP2RelayURL.',
    guidance: [],
  },
  check(ctx) {
    const { doc } = ctx;
    const message = 'Each relay needs HTTP3RelayURL or HTTP2RelayURL.';
    for (const payload of relayPayloads(doc)) {
      const entry = payload.map.get('Relays');
      const relays = entry?.value;
      if (!entry || !isArray(relays)) continue;
      if (relays.items.length === 0) {
        ctx.report({ start: entry.key.start, end: entry.key.end, message });
        continue;
      }
      for (const relay of relays.items) {
        if (!isDict(relay) || hasUrl(relay)) continue;
        const open = relay.element.open;
        ctx.report({
          start: open.start,
          end: open.end,
          message,
          fixes:
            doc.container === 'xml'
              ? [
                  {
                    title: 'Insert HTTP3RelayURL',
                    snippet: true,
                    edits: [insertEntry(doc, relay, 'HTTP3RelayURL', '<string>https://${1:relay.example}/</string>')],
                  },
                ]
              : [],
        });
      }
    }
  },
};
