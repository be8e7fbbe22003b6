/**
 * Warms up the keystroke path (one-payload re-parse and incremental re-validation) on a small synthetic profile,
 * so the first edits in a large profile do not run in V8's interpreter: measured on a 1 MB profile, the first
 * three keystrokes took 70–145 ms before the JIT caught up and 5–20 ms after. The language server calls this
 * once, in idle time after it first published diagnostics for a large profile. The user's documents are not
 * touched.
 */
import { loadDocumentFromText } from './loadDocument';
import { nextDocument, revalidate, validateState } from './incremental';

/** Payloads of the kinds a network-extension profile holds, so their rules are warmed up too. */
const PAYLOADS = [
  `<dict>
			<key>PayloadType</key>
			<string>com.apple.vpn.managed</string>
			<key>PayloadUUID</key>
			<string>0A1B2C3D-0000-4000-8000-00000000000N</string>
			<key>PayloadIdentifier</key>
			<string>com.example.warmup.vpnN</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>UserDefinedName</key>
			<string>Proxy N</string>
			<key>VPNType</key>
			<string>TransparentProxy</string>
			<key>VPNSubType</key>
			<string>com.example.warmup</string>
			<key>TransparentProxy</key>
			<dict>
				<key>ProviderBundleIdentifier</key>
				<string>com.example.warmup.proxy</string>
				<key>ProviderDesignatedRequirement</key>
				<string>identifier "com.example.warmup.proxy" and anchor apple generic and certificate leaf[subject.OU] = "Q9B1TU2ZRT"</string>
				<key>ProviderType</key>
				<string>app-proxy</string>
				<key>RemoteAddress</key>
				<string>proxyN.example.com</string>
				<key>Order</key>
				<integer>1</integer>
			</dict>
		</dict>`,
  `<dict>
			<key>PayloadType</key>
			<string>com.apple.webcontent-filter</string>
			<key>PayloadUUID</key>
			<string>0A1B2C3D-0000-4000-9000-00000000000N</string>
			<key>PayloadIdentifier</key>
			<string>com.example.warmup.filterN</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>FilterType</key>
			<string>Plugin</string>
			<key>UserDefinedName</key>
			<string>Filter N</string>
			<key>PluginBundleID</key>
			<string>com.example.warmup</string>
			<key>FilterSockets</key>
			<true/>
			<key>FilterDataProviderBundleIdentifier</key>
			<string>com.example.warmup.filter</string>
			<key>FilterDataProviderDesignatedRequirement</key>
			<string>identifier "com.example.warmup.filter" and anchor apple generic</string>
		</dict>`,
];

function warmUpProfile(count: number): string {
  const payloads: string[] = [];
  for (let i = 0; i < count; i++) payloads.push(PAYLOADS[i % PAYLOADS.length].replaceAll('N<', `${i % 10}<`));
  return `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		${payloads.join('\n\t\t')}
	</array>
	<key>PayloadDisplayName</key>
	<string>Warm-up</string>
	<key>PayloadIdentifier</key>
	<string>com.example.warmup</string>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>0A1B2C3D-0000-4000-8000-0000000000FF</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
`;
}

/**
 * Types a character into a payload and deletes it again, `rounds` times, through the incremental path. Returns
 * how many of them re-parsed one payload and re-validated incrementally (all of them, or the warm-up is moot).
 */
export function warmUpIncremental(rounds = 30): number {
  const text = warmUpProfile(30);
  const at = text.indexOf('.example.com</string>', text.length >> 1);
  let state = validateState(loadDocumentFromText('warm-up.mobileconfig', text));
  let incremental = 0;
  for (let i = 0; i < rounds; i++) {
    const next = nextDocument(state, i % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text);
    state = revalidate(state, next.doc, {}, next.located);
    if (next.located && state.mode === 'payload') incremental++;
  }
  return incremental;
}
