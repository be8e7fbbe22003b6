/**
 * useSchemaTable: profiles are checked against another table (a `nelint.schemaPath` checkout) and, after a reset,
 * against the bundled one again. The overlay applies to either.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SCHEMA_RELEASE,
  payloadSchema,
  resolveKeyPath,
  schemaRelease,
  useSchemaTable,
} from '../../../server/src/core/knowledge/profileSchema';
import { readSchemaCheckout } from '../../../server/src/host/schemaCheckout';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../server/src/core/engine/validate';
import { FUTURE_KEY, FUTURE_PROFILE, writeSchemaCheckout } from '../../helpers/schemaCheckout';

function unknownKeys(text: string): string[] {
  const doc = loadDocumentFromText('/x/Future.mobileconfig', text);
  return validateDocument(doc)
    .filter((d) => d.code === 'profile/unknown-key')
    .map((d) => text.slice(d.start, d.end));
}

test('a checkout table replaces the bundled one, and undefined brings the bundled one back', (t) => {
  t.after(() => useSchemaTable(undefined));
  assert.equal(resolveKeyPath('com.apple.vpn.managed', [FUTURE_KEY]), undefined);
  assert.ok(unknownKeys(FUTURE_PROFILE).some((k) => k.includes(FUTURE_KEY)));

  const dir = writeSchemaCheckout();
  useSchemaTable(readSchemaCheckout(dir));
  assert.equal(schemaRelease(), `checkout ${dir}`);
  assert.deepEqual(resolveKeyPath('com.apple.vpn.managed', [FUTURE_KEY])?.supportedOS.macos, { introduced: '27.0' });
  // The errata overlay still applies (PayloadEnabled is an overlay key of every payload).
  assert.ok(payloadSchema('com.apple.vpn.managed')?.dict.keys.has('PayloadEnabled'));
  // Types the checkout does not define are unknown now.
  assert.equal(payloadSchema('com.apple.webcontent-filter'), undefined);
  assert.deepEqual(unknownKeys(FUTURE_PROFILE), []);

  useSchemaTable(undefined);
  assert.equal(schemaRelease(), SCHEMA_RELEASE);
  assert.equal(resolveKeyPath('com.apple.vpn.managed', [FUTURE_KEY]), undefined);
  assert.ok(payloadSchema('com.apple.webcontent-filter'));
  assert.ok(unknownKeys(FUTURE_PROFILE).some((k) => k.includes(FUTURE_KEY)));
});
