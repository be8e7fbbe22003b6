import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lspClient';

const UUID = '11111111-2222-4333-8444-555555555555';
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>PayloadDisplayName</key>
			<string>Per-App VPN</string>
			<key>PayloadType</key>
			<string>com.apple.vpn.managed.applayer</string>
			<key>VPNUUID</key>
			<string>${UUID}</string>
		</dict>
		<dict>
			<key>PayloadType</key>
			<string>com.apple.vpn.managed.appmapping</string>
			<key>AppLayerVPNMapping</key>
			<array>
				<dict>
					<key>VPNUUID</key>
					<string>${UUID}</string>
				</dict>
			</array>
		</dict>
	</array>
	<key>PayloadType</key>
	<string>Configuration</string>
</dict>
</plist>
`;

let client: LspTestClient;
let uri: string;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-nav-'));
  uri = pathToFileURL(join(dir, 'PerApp.mobileconfig')).href;
  client = new LspTestClient();
  await client.initialize(dir);
  await client.open(uri, PROFILE, 'mobileconfig');
});

after(async () => client.dispose());

test('outline names payloads; folding covers dicts', async () => {
  const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as {
    name: string;
    children?: unknown[];
  }[];
  const text = JSON.stringify(symbols);
  assert.match(text, /Per-App VPN/);
  const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as {
    startLine: number;
  }[];
  assert.ok(folds.some((f) => f.startLine === 2));
});

test('VPNUUID: definition, references and rename over the connection', async () => {
  const at = { line: 20, character: 16 };
  const def = (await client.connection.sendRequest('textDocument/definition', {
    textDocument: { uri },
    position: at,
  })) as { range: { start: { line: number } } };
  assert.equal(def.range.start.line, 11);
  const refs = (await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri },
    position: { line: 11, character: 14 },
    context: { includeDeclaration: true },
  })) as unknown[];
  assert.equal(refs.length, 2);
  const NEW = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';
  const edit = (await client.connection.sendRequest('textDocument/rename', {
    textDocument: { uri },
    position: at,
    newName: NEW,
  })) as {
    changes: Record<string, { newText: string; range: { start: { line: number } } }[]>;
  };
  assert.deepEqual(edit.changes[uri].map((e) => [e.range.start.line, e.newText]).sort(), [
    [11, NEW],
    [20, NEW],
  ]);
  const refused = await client.connection.sendRequest('textDocument/rename', {
    textDocument: { uri },
    position: at,
    newName: 'not-a-uuid',
  });
  assert.equal(refused, null);
});
