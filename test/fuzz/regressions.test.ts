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
