import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromBytes } from '../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../server/src/core/engine/validate';
import { resolveFileContext } from '../../../server/src/core/context/resolveContext';
import { doHover } from '../../../server/src/core/services/languageService';
import { renderQuoteMarkdown } from '../../../server/src/core/knowledge/quotes';
import { makeSignedPlist, provisioningProfileXml } from '../../helpers/fixtures';

function setup(xml: string, file = 'App.provisionprofile', now = new Date('2026-01-01T00:00:00Z')) {
  const doc = loadDocumentFromBytes(file, makeSignedPlist(xml));
  const options = { now };
  const diags = validateDocument(doc, options);
  const ctx = resolveFileContext(doc, options);
  return {
    doc,
    hover(needle: string, delta = 1) {
      const offset = doc.text.indexOf(needle) + delta;
      assert.ok(offset > 0, needle);
      return doHover(doc, offset, ctx, diags);
    },
  };
}

test('hover on ProvisionsAllDevices shows the Developer ID kind and Q-D07', () => {
  const s = setup(provisioningProfileXml());
  const h = s.hover('<key>ProvisionsAllDevices');
  assert.ok(h);
  assert.match(h.markdown, /Developer ID/);
  assert.match(h.markdown, /Platform OSX and ProvisionsAllDevices/);
  assert.ok(h.markdown.includes(renderQuoteMarkdown('Q-D07')));
  assert.equal(s.doc.text.slice(h.start, h.end), '<key>ProvisionsAllDevices</key>');
});

test('hover on an NE value inside Entitlements matches the NE key guidance', () => {
  const s = setup(provisioningProfileXml());
  const h = s.hover('packet-tunnel-provider-systemextension', 3);
  assert.ok(h);
  assert.match(h.markdown, /provisioning\/entitlement-not-authorized/);
  assert.equal(s.doc.text.slice(h.start, h.end), '<string>packet-tunnel-provider-systemextension</string>');
  assert.ok(h.markdown.includes(renderQuoteMarkdown('Q-D11')));
});

test('hover on ExpirationDate tells whether the profile has expired', () => {
  const soon = setup(provisioningProfileXml({ expiration: '2026-01-11T00:00:00Z' }));
  assert.match(soon.hover('<key>ExpirationDate')?.markdown ?? '', /in 10 days/);
  const past = setup(provisioningProfileXml({ expiration: '2025-06-01T00:00:00Z' }));
  assert.match(past.hover('<key>ExpirationDate')?.markdown ?? '', /Expired/);
});

test('development and App Store kinds; TeamIdentifier shows the team', () => {
  const dev = setup(
    provisioningProfileXml({
      platform: ['iOS'],
      provisionsAllDevices: false,
      provisionedDevices: ['00008030-001A'],
      entitlements: '\t\t<key>get-task-allow</key>\n\t\t<true/>',
    }),
    'Dev.mobileprovision',
  );
  assert.match(dev.hover('<key>ProvisionedDevices')?.markdown ?? '', /Development/);
  const store = setup(provisioningProfileXml({ provisionsAllDevices: false }));
  assert.match(store.hover('<key>Platform')?.markdown ?? '', /App Store/);
  assert.match(store.hover('<key>TeamIdentifier')?.markdown ?? '', /ABCDE12345.*Test Team/);
});

test('no provisioning hover outside provisioning profiles or on other keys', () => {
  const s = setup(provisioningProfileXml());
  assert.equal(s.hover('<key>AppIDName'), undefined);
});
