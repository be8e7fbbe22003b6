import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeBinaryPlist } from '../../../server/src/core/container/bplist';
import { loadContainer } from '../../../server/src/core/container/loadContainer';
import type { PlistValue } from '../../../server/src/core/container/plistValue';
import { realText } from '../../../server/src/core/container/plistValue';
import { plistToJson } from '../../../server/src/core/print/toJson';
import { makeBinaryPlist } from '../../helpers/fixtures';

// Strings without characters the XML rendering must replace (those are covered in renderXml.test.ts).
const xmlSafeString = fc
  .string({ unit: 'grapheme', maxLength: 20 })
  // eslint-disable-next-line no-control-regex -- excluding control characters is the point
  .filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFFFE\uFFFF]/.test(s));

const scalar: fc.Arbitrary<PlistValue> = fc.oneof(
  xmlSafeString.map((value) => ({ type: 'string', value }) as PlistValue),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }).map((value) => ({ type: 'integer', value }) as PlistValue),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((value) => ({ type: 'real', value, text: realText(value) }) as PlistValue),
  fc.boolean().map((value) => ({ type: 'boolean', value }) as PlistValue),
  fc
    .integer({ min: -2_000_000_000, max: 2_000_000_000 })
    .map((s) => ({ type: 'date', value: new Date(Date.UTC(2001, 0, 1) + s * 1000) }) as PlistValue),
  fc.uint8Array({ maxLength: 80 }).map((value) => ({ type: 'data', value }) as PlistValue),
);

const { value: plistValue } = fc.letrec<{ value: PlistValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }).map((items) => ({ type: 'array', items }) as PlistValue),
    fc
      .uniqueArray(fc.tuple(xmlSafeString, tie('value')), { maxLength: 4, selector: ([k]) => k })
      .map((entries) => ({ type: 'dict', entries }) as PlistValue),
  ),
}));

/** What the JSON printer should produce for a value that went through XML. */
function expectedJson(v: PlistValue): unknown {
  switch (v.type) {
    case 'dict':
      return Object.fromEntries(v.entries.map(([k, x]) => [k, expectedJson(x)]));
    case 'array':
      return v.items.map(expectedJson);
    case 'integer': {
      const abs = v.value < 0n ? -v.value : v.value;
      return abs <= 2n ** 53n ? Number(v.value) : v.value.toString();
    }
    case 'real':
      return Object.is(v.value, -0) ? -0 : v.value;
    case 'date':
      return v.value.toISOString().replace(/\.000Z$/, 'Z');
    case 'data':
      return Buffer.from(v.value).toString('base64');
    case 'uid':
      return { CF$UID: Number(v.value) };
    default:
      return v.value;
  }
}

test('bplist write → decode is the identity', () => {
  fc.assert(
    fc.property(plistValue, (v) => {
      const r = decodeBinaryPlist(makeBinaryPlist(v));
      assert.ok(r.ok);
      assert.deepEqual(r.value, v);
    }),
    { numRuns: 300 },
  );
});

test('bplist → XML rendering → XML parser yields the same values, no syntax issue', () => {
  fc.assert(
    fc.property(plistValue, (v) => {
      const doc = loadContainer('x.plist', makeBinaryPlist(v));
      assert.equal(doc.unreadable, undefined);
      assert.deepEqual(doc.xml.issues, []);
      assert.deepEqual(plistToJson(doc.root!), expectedJson(v));
    }),
    { numRuns: 300 },
  );
});

test('carriage returns and markup characters survive the XML rendering', () => {
  const v: PlistValue = { type: 'dict', entries: [['<&>\r', { type: 'string', value: 'a\r\nb & <c>' }]] };
  const doc = loadContainer('x.plist', makeBinaryPlist(v));
  assert.deepEqual(doc.xml.issues, []);
  assert.deepEqual(plistToJson(doc.root!), { '<&>\r': 'a\r\nb & <c>' });
});
