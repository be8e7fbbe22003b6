/**
 * Interoperability with an independent encoder: Python's plistlib writes a binary plist (with shared
 * objects, 16-byte unsigned integers, UTF-16 strings) and its Apple-style XML for the same value. Our
 * decoder + renderer must produce exactly that XML. Skipped when python3 is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadContainer } from '../../../server/src/core/container/loadContainer';

const SCRIPT = `
import plistlib, datetime, sys, json
v = {"s": "h\\u00e9llo \\u2713 \\U0001F600", "a": "ascii", "i": 1, "neg": -5, "big": 2**63 - 1, "ubig": 2**64 - 1,
     "min": -2**63, "r": 0.1, "t": True, "f": False, "d": datetime.datetime(2030, 5, 6, 7, 8, 9),
     "b": bytes(range(256)) * 2, "arr": [1, [2, {}], "x", []], "e": "", "shared": "ascii", "amp": "a & <b>",
     "nested": {"deeper": {"data": b"\\x00\\xff"}}}
binary = plistlib.dumps(v, fmt=plistlib.FMT_BINARY, sort_keys=False)
xml = plistlib.dumps(v, fmt=plistlib.FMT_XML, sort_keys=False)
sys.stdout.write(json.dumps({"binary": binary.hex(), "xml": xml.decode("utf-8")}))
`;

test('decoding plistlib binary output renders exactly plistlib XML output', (t) => {
  const py = spawnSync('python3', ['-c', SCRIPT], { encoding: 'utf8' });
  if (py.status !== 0) {
    t.skip(`python3 with plistlib not available (${py.error?.message ?? py.stderr})`);
    return;
  }
  const { binary, xml } = JSON.parse(py.stdout) as { binary: string; xml: string };
  const doc = loadContainer('x.plist', new Uint8Array(Buffer.from(binary, 'hex')));
  assert.equal(doc.unreadable, undefined);
  assert.equal(doc.text, xml);
});
