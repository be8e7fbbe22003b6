/* global setTimeout */
// Runs suite/index.js inside code-server's (remote, node) extension host with the extension loaded from source
// (extensionDevelopmentPath + extensionTestsPath, the @vscode/test-electron model). code-server must run with
// `--vscode-option enable-smoke-test-driver`, or a built VS Code ignores the payload.
// usage: node exthost.js <host:port> <workspaceDir> <extensionDir> <testsModule>
const { chromium } = require('playwright-core');

const [hostPort, wsDir, extDir, testsModule] = process.argv.slice(2);
const remote = (p) => `vscode-remote://${hostPort}${p}`; // the authority must equal the Host the browser uses
const payload = [
  ['extensionDevelopmentPath', remote(extDir)],
  ['extensionTestsPath', remote(testsModule)],
];
const url = `http://${hostPort}/?folder=${encodeURIComponent(wsDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const TIMEOUT = Number(process.env.EXTHOST_TEST_TIMEOUT_MS || 180000);

(async () => {
  const t0 = Date.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage();
  let done;
  let summary = null;
  const seeSummary = (t) => {
    const m = /(\d+) passed, (\d+) failed/.exec(t);
    if (m) summary = m[0];
  };
  const exited = new Promise((r) => (done = r));
  page.on('console', (m) => {
    const t = m.text();
    seeSummary(t);
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const t = args.join(' ');
    seeSummary(t);
    if (type !== 'info' || t.includes('[nelint-e2e]') || process.env.E2E_VERBOSE)
      console.log(`[exthost ${type}]`, t.slice(0, 2000));
  });
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  await page.goto(url);
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
  await browser.close();
  console.log(`extension-host tests finished: exit code ${code} after ${Date.now() - t0}ms`);
  console.log(summary ?? (code === 0 ? 'passed' : '0 passed, 1 failed'));
  process.exit(code === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
