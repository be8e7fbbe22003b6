/**
 * A minimal apple/device-management checkout in a temporary directory (TopLevel, CommonPayloadKeys and a VPN
 * payload that knows one key the bundled schema does not: `FutureKey`), for the `nelint.schemaPath` tests.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { payload, profile } from '../core/rules/vpn/kit';

export const FUTURE_KEY = 'FutureKey';

/** The envelope keys TopLevel and CommonPayloadKeys both describe (YAML list items). */
const PAYLOAD_KEYS = `- key: PayloadDisplayName
  type: <string>
- key: PayloadIdentifier
  type: <string>
  presence: required
- key: PayloadType
  type: <string>
  presence: required
- key: PayloadUUID
  type: <string>
  presence: required
- key: PayloadVersion
  type: <integer>
  presence: required
`;

const TOP_LEVEL = `title: TopLevel
payload:
  payloadtype: TopLevel
  supportedOS:
    iOS:
      introduced: '4.0'
    macOS:
      introduced: '10.7'
payloadkeys:
- key: PayloadContent
  type: <array>
  subkeys:
  - key: PayloadContentItem
    type: <dictionary>
${PAYLOAD_KEYS}`;

const COMMON = `title: Common payload keys
payload:
  payloadtype: CommonPayloadKeys
payloadkeys:
${PAYLOAD_KEYS}`;

const VPN = `title: VPN
payload:
  payloadtype: com.apple.vpn.managed
  supportedOS:
    iOS:
      introduced: '4.0'
    macOS:
      introduced: '10.7'
payloadkeys:
- key: UserDefinedName
  type: <string>
- key: VPNType
  type: <string>
  presence: required
  rangelist: &types
  - IKEv2
  - TransparentProxy
- key: ${FUTURE_KEY}
  type: <string>
  supportedOS:
    macOS:
      introduced: '27.0'
`;

/** Writes the checkout and returns its directory. */
export function writeSchemaCheckout(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-dm-'));
  const profiles = join(dir, 'mdm', 'profiles');
  mkdirSync(profiles, { recursive: true });
  const all = { 'TopLevel.yaml': TOP_LEVEL, 'CommonPayloadKeys.yaml': COMMON, 'VPN.yaml': VPN, ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(profiles, name), text);
  return dir;
}

/** A profile with one VPN payload that sets FutureKey (built like the vpn rule tests' profiles). */
export const FUTURE_PROFILE = profile(
  payload(
    'com.apple.vpn.managed',
    1,
    [
      '<key>UserDefinedName</key>',
      '<string>VPN</string>',
      '<key>VPNType</key>',
      '<string>IKEv2</string>',
      `<key>${FUTURE_KEY}</key>`,
      '<string>on</string>',
    ].join('\n'),
  ),
);
