/* global process, require */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload by design */
// Preloaded with `node --require` (or NODE_OPTIONS): disables networking at the module level. Any attempt
// to open a socket, resolve a name or fetch writes a marker line to stderr and throws. Local stdio pipes and
// IPC are unaffected (they do not go through connect()).
'use strict';
const MARKER = 'NELINT-NETWORK-ATTEMPT';

function blocked(what) {
  return function () {
    process.stderr.write(`${MARKER} ${what}\n`);
    throw new Error(`network disabled in this test: ${what}`);
  };
}

const net = require('node:net');
net.connect = net.createConnection = blocked('net.connect');
net.Socket.prototype.connect = blocked('net.Socket.connect');
const tls = require('node:tls');
tls.connect = blocked('tls.connect');
for (const mod of ['node:http', 'node:https', 'node:http2']) {
  const m = require(mod);
  if (m.request) m.request = blocked(`${mod}.request`);
  if (m.get) m.get = blocked(`${mod}.get`);
  if (m.connect) m.connect = blocked(`${mod}.connect`);
}
const dns = require('node:dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[k] = blocked(`dns.${k}`);
dns.promises.lookup = blocked('dns.promises.lookup');
const dgram = require('node:dgram');
dgram.createSocket = blocked('dgram.createSocket');
globalThis.fetch = blocked('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = blocked('WebSocket');
