import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHover } from '../../../server/src/core/services/hoverFormat';

test('hover layout: problem first, then description, values, quotes, background, links', () => {
  const md = formatHover({
    title: 'com.apple.developer.networking.networkextension',
    problems: [{ code: 'entitlements/ne-value-unknown', severity: 'warning', message: 'not known' }],
    description: 'What it is.',
    facts: ['Type: an array of strings'],
    allowedValues: { label: 'for macOS, Developer ID', values: ['packet-tunnel-provider-systemextension'] },
    quotes: ['Q-D03', 'Q-U01'],
    background: [{ text: 'A fact.', source: 'kb_002' }],
    rules: ['entitlements/ne-value-unknown'],
    docsUrl: 'https://developer.apple.com/x',
  });
  const order = [
    '**Warning** (`entitlements/ne-value-unknown`)',
    '**`com.apple.developer.networking.networkextension`**',
    'What it is.',
    'Allowed values for macOS, Developer ID',
    '— Quinn “The Eskimo!”, Apple DTS, «Network Extension Provider Packaging»',
    '— reported by a developer in «Why does my Developer ID',
    '*Background* (kb_002): A fact.',
    '[Apple documentation](https://developer.apple.com/x)',
    'entitlements/ne-value-unknown.md)',
  ].map((s) => md.indexOf(s));
  for (const i of order) assert.ok(i >= 0, md);
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
});
