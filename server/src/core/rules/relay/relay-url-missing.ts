/** N58 — `Relays` is empty or a relay has neither HTTP3RelayURL nor HTTP2RelayURL (catalog N58). */
import { isArray, isDict, isString } from '../../model/plist';
import type { ArrayNode, DictNode } from '../../model/plist';
import type { PlistDocument } from '../../model/document';
import { detectEol, detectIndentUnit, insertEntry, lineIndentAt, reindent, replaceElement } from '../fixHelpers';
import type { Fix, Rule } from '../types';
import { RELAY_URL_KEYS, relayPayloads } from './relayPayloads';

function hasUrl(relay: DictNode): boolean {
  return RELAY_URL_KEYS.some((k) => {
    const v = relay.map.get(k)?.value;
    // A non-string URL is a type problem (profile/value-type-mismatch), not a missing URL.
    return !!v && (!isString(v) || v.text.trim() !== '');
  });
}

const URL_SNIPPET = '<string>https://${1:relay.example}/</string>';

/**
 * For an empty `Relays` array: the array rewritten with one relay holding HTTP3RelayURL. Only when the array holds
 * nothing but whitespace (a comment inside it would be lost), and only in an XML file (not a decoded view).
 */
function firstRelayFix(doc: PlistDocument, relays: ArrayNode): Fix[] {
  const source = doc.text.slice(relays.start, relays.end);
  if (doc.container !== 'xml' || !/^<array(?:\s*\/>|>\s*<\/array>)$/.test(source)) return [];
  const xml = `<array>\n\t<dict>\n\t\t<key>HTTP3RelayURL</key>\n\t\t${URL_SNIPPET}\n\t</dict>\n</array>`;
  // A file written on one line stays on one line.
  const oneLine = !/[\r\n]/.test(doc.text);
  const eol = doc.encoding?.eol ?? detectEol(doc.text);
  const newXml = oneLine
    ? xml.replace(/\n\t*/g, '')
    : reindent(xml, lineIndentAt(doc.text, relays.start), detectIndentUnit(doc.text), eol);
  return [{ title: 'Add a relay with HTTP3RelayURL', snippet: true, edits: [replaceElement(relays, newXml)] }];
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
        ctx.report({ start: entry.key.start, end: entry.key.end, message, fixes: firstRelayFix(doc, relays) });
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
                    edits: [insertEntry(doc, relay, 'HTTP3RelayURL', URL_SNIPPET)],
                  },
                ]
              : [],
        });
      }
    }
  },
};
