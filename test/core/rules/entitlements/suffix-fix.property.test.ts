import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAllPreferred, lint } from '../../../helpers/lint';
import { NE_VALUES, baseOf, suffixedOf } from '../../../../server/src/core/knowledge/neValues';
import { ent, neArray } from './support';

const values = NE_VALUES.flatMap((v) => (v.suffixed ? [v.value, v.suffixed] : [v.value]));
const layout = fc.record({
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  indent: fc.constantFrom('\t', '  ', '    '),
});

test('suffix fix-all in both directions maps exactly by T1 and changes nothing but string texts', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 6 }), layout, (vals, o) => {
      const text = ent(neArray(...vals), o);
      const toDevId = fixAllPreferred(text, { distribution: 'developer-id', platform: 'macos' });
      assert.equal(toDevId, ent(neArray(...vals.map((v) => suffixedOf(v) ?? v)), o));
      const toDev = fixAllPreferred(text, { distribution: 'development', platform: 'macos' });
      assert.equal(toDev, ent(neArray(...vals.map((v) => baseOf(v) ?? v)), o));
      const toIos = fixAllPreferred(text, { platform: 'ios' });
      assert.equal(toIos, ent(neArray(...vals.map((v) => baseOf(v) ?? v)), o));
      const left = (t: string, o2: Parameters<typeof lint>[1]) =>
        lint(t, o2).filter((d) => d.code.startsWith('entitlements/'));
      assert.deepEqual(left(toDevId, { distribution: 'developer-id', platform: 'macos' }), []);
      assert.deepEqual(left(toDev, { distribution: 'development', platform: 'macos' }), []);
      assert.deepEqual(left(toIos, { platform: 'ios' }), []);
    }),
    { numRuns: 60 },
  );
});
