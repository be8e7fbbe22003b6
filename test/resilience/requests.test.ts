/**
 * Language-server request handling: a cancelled request answers RequestCancelled (before or while it runs),
 * an exception inside a handler is logged and answered with the handler's empty result, never thrown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import { runSafe } from '../../server/src/lsp/server';

function token(cancelled = false): CancellationToken & { cancel(): void } {
  const t = {
    isCancellationRequested: cancelled,
    onCancellationRequested: () => ({ dispose: () => undefined }),
    cancel: () => (t.isCancellationRequested = true),
  };
  return t;
}

test('a request cancelled before it starts is not run', async () => {
  let ran = false;
  const logs: string[] = [];
  const r = await runSafe({ log: (m) => logs.push(m) }, 'hover', token(true), null, () => (ran = true));
  assert.equal(ran, false);
  assert.ok(r instanceof ResponseError);
  assert.equal(r.code, LSPErrorCodes.RequestCancelled);
  assert.deepEqual(logs, []);
});

test('a request cancelled while it runs answers RequestCancelled, not a stale result', async () => {
  const t = token();
  const r = await runSafe({ log: () => undefined }, 'completion', t, [], async () => {
    t.cancel();
    return ['stale'];
  });
  assert.ok(r instanceof ResponseError);
  assert.equal(r.code, LSPErrorCodes.RequestCancelled);
});

test('an exception in a handler is logged once and answered with the empty result', async () => {
  const logs: string[] = [];
  const r = await runSafe({ log: (m) => logs.push(m) }, 'hover', token(), null, () => {
    throw new Error('boom');
  });
  assert.equal(r, null);
  assert.equal(logs.length, 1);
  assert.match(logs[0], /^hover failed: .*boom/s);
  const ok = await runSafe({ log: (m) => logs.push(m) }, 'hover', token(), null, () => 42);
  assert.equal(ok, 42);
});
