import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import { makeBinaryPlist } from '../../../helpers/fixtures';
import { NE } from './support';

test('binary entitlements: the rules run on the decoded view but never offer fixes (§1.13)', () => {
  const bytes = makeBinaryPlist({
    type: 'dict',
    entries: [
      [
        NE,
        {
          type: 'array',
          items: [
            { type: 'string', value: 'packet-tunnel' },
            { type: 'string', value: 'dns-proxy' },
          ],
        },
      ],
      ['com.apple.developer.system-extension.install', { type: 'string', value: 'YES' }],
    ],
  });
  const doc = loadDocumentFromBytes('Bin.entitlements', bytes);
  assert.equal(doc.container, 'binary');
  const diags = validateDocument(doc, { distribution: 'developer-id' }).filter((d) =>
    d.code.startsWith('entitlements/'),
  );
  assert.deepEqual(diags.map((d) => d.code).sort(), [
    'entitlements/ne-devid-requires-systemextension-suffix',
    'entitlements/ne-value-unknown',
    'entitlements/wrong-value-type',
  ]);
  for (const d of diags) assert.deepEqual(d.fixes, [], d.code);
});
