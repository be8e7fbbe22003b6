// The same extension-host suite through @vscode/test-electron, for machines that can download VS Code
// (it cannot on the offline build machines: use `npm run test:e2e`, which runs it in code-server).
// usage: node test/e2e/runTest.js   (prepares a workspace copy of examples/ like run.sh does)
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const repo = path.resolve(__dirname, '../..');
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'nelint-e2e-'));
  fs.cpSync(path.join(repo, 'examples'), ws, { recursive: true });
  fs.cpSync(path.join(__dirname, 'fixtures'), path.join(ws, 'decoded'), { recursive: true });
  await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
