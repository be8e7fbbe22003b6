/** Inputs the fuzzer found; each once broke an invariant (see test/fuzz/invariants.ts). */
import { test } from 'node:test';
import { captureRuleFailures, checkInvariants } from './invariants';

captureRuleFailures();

const PROLOG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';

test('an attribute without a value at the end of the file: ranges stay inside the text', () => {
  for (const path of ['Info.plist', 'x.entitlements', 'x.mobileconfig']) {
    checkInvariants(path, `${PROLOG}<plist version=`);
    checkInvariants(path, `${PROLOG}<plist version= `);
    checkInvariants(path, '<plist a=');
  }
});

test('a payload key present without a value: the envelope fix fills the value instead of adding a second key', () => {
  const payload = (extra: string) =>
    `${PROLOG}<plist version="1.0">\n<dict>\n\t<key>PayloadContent</key>\n\t<array>\n\t\t<dict>\n${extra}\t\t\t<key>PayloadType</key>\n\t\t\t<string>com.apple.dnsProxy.managed</string>\n\t\t\t<key>PayloadUUID</key>\n\t\t\t<string>B4E5C8D2-3F6A-4B8C-9D1E-2A7F9C5B4E3D</string>\n\t\t\t<key>PayloadVersion</key>\n\t\t\t<integer>1</integer>\n\t\t</dict>\n\t</array>\n\t<key>PayloadIdentifier</key>\n\t<string>com.example.profile</string>\n\t<key>PayloadType</key>\n\t<string>Configuration</string>\n\t<key>PayloadUUID</key>\n\t<string>A7D4B3C9-8E2F-4A5B-BC6D-1E9F8D7C3A2B</string>\n\t<key>PayloadVersion</key>\n\t<integer>1</integer>\n</dict>\n</plist>\n`;
  checkInvariants('x.mobileconfig', payload('\t\t\t<key>PayloadIdentifier</key>'), { maxFixes: 10 });
});
