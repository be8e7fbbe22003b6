/**
 * A minimal apple/device-management checkout in a temporary directory (TopLevel, CommonPayloadKeys and a VPN
 * payload that knows one key the bundled schema does not: `FutureKey`), for the `nelint.schemaPath` tests.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FUTURE_KEY = 'FutureKey';

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
- key: PayloadDisplayName
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

const COMMON = `title: Common payload keys
payload:
  payloadtype: CommonPayloadKeys
payloadkeys:
- key: PayloadType
  type: <string>
  presence: required
- key: PayloadIdentifier
  type: <string>
  presence: required
- key: PayloadUUID
  type: <string>
  presence: required
- key: PayloadVersion
  type: <integer>
  presence: required
- key: PayloadDisplayName
  type: <string>
`;

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

/** A profile with one VPN payload that sets FutureKey. */
export const FUTURE_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>PayloadIdentifier</key>
			<string>com.example.vpn</string>
			<key>PayloadType</key>
			<string>com.apple.vpn.managed</string>
			<key>PayloadUUID</key>
			<string>6F1D5A52-3B9E-4C7A-8001-000000000001</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>UserDefinedName</key>
			<string>VPN</string>
			<key>VPNType</key>
			<string>IKEv2</string>
			<key>${FUTURE_KEY}</key>
			<string>on</string>
		</dict>
	</array>
	<key>PayloadIdentifier</key>
	<string>com.example.profile</string>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>6F1D5A52-3B9E-4C7A-8001-000000000000</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
`;
