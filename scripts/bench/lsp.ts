/**
 * LSP latencies over a real stdio connection to the bundled server (`bin/nelint.js lsp --stdio`):
 * keystroke (incremental didChange) → publishDiagnostics on a profile, hover and completion.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../../test/helpers/lspClient';
import { percentile } from './stats';

/** Idle time between opening the profile and the first keystroke. */
export const SETTLE_MS = 1000;

export interface LspLatencies {
  keystroke: number[];
  hover: number[];
  completion: number[];
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export async function measureLsp(dir: string, profileText: string, rounds: number): Promise<LspLatencies> {
  const file = join(dir, 'Latency.mobileconfig');
  writeFileSync(file, profileText);
  const uri = pathToFileURL(file).href;
  const client = new LspTestClient();
  const out: LspLatencies = { keystroke: [], hover: [], completion: [] };
  try {
    await client.initialize(dir);
    await client.open(uri, profileText, 'mobileconfig');
    // A person reads the file before typing: the server uses that idle time to warm up its keystroke path
    // (engine/warmUp.ts). Without the pause the first keystroke waits for the warm-up instead.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    // Type into the middle of the file: one character in a RemoteAddress string, alternately added and removed.
    const target = profileText.indexOf('.example.com</string>', profileText.length >> 1);
    const at = positionOf(profileText, target);
    const hoverAt = positionOf(profileText, profileText.indexOf('<key>VPNType</key>', target) + 7);
    const completeAt = positionOf(profileText, profileText.indexOf('<key>VPNType</key>', target) - 1);
    for (let i = 0; i < rounds; i++) {
      const version = i + 2;
      const change =
        i % 2 === 0
          ? { range: { start: at, end: at }, text: 'x' }
          : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      const next = client.nextDiagnostics(uri, 60_000);
      const t0 = performance.now();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [change],
      });
      await next;
      out.keystroke.push(performance.now() - t0);
      let t = performance.now();
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
      out.hover.push(performance.now() - t);
      t = performance.now();
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: completeAt });
      out.completion.push(performance.now() - t);
    }
  } finally {
    await client.dispose();
  }
  return out;
}

export function summarizeLatency(xs: number[]): { p50: number; p95: number } {
  return { p50: percentile(xs, 50), p95: percentile(xs, 95) };
}
