/** The `com.apple.relay.managed` payload dicts of a profile (shared by the relay/ rules). */
import type { PlistDocument } from '../../model/document';
import type { DictNode } from '../../model/plist';
import { getProfileModel, payloadsOfType } from '../../knowledge/profileModel';

export const RELAY_PAYLOAD_TYPE = 'com.apple.relay.managed';
export const RELAY_URL_KEYS = ['HTTP3RelayURL', 'HTTP2RelayURL'] as const;

export function relayPayloads(doc: PlistDocument): DictNode[] {
  return payloadsOfType(getProfileModel(doc), RELAY_PAYLOAD_TYPE).map((p) => p.dict);
}
