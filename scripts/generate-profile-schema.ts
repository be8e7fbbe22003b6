// Reads Apple's MIT-licensed device-management profile schema (../shared/device-management/mdm/profiles/*.yaml,
// YAML aliases resolved) and writes the compact table nelint ships:
//   server/src/core/knowledge/generated/profileSchema.json
//   server/src/core/knowledge/generated/LICENSE-apple-device-management.txt
// The conversion itself is server/src/core/knowledge/schemaTable.ts (the language server runs it too, for
// `nelint.schemaPath`). Building nelint never needs ../shared: the output is committed. Apple's prose (`content`) is
// NOT copied; nelint's own short descriptions live in knowledge/data/profileDescriptions.json. Output is
// deterministic (sorted files, YAML key order kept).
// Usage: npm run generate:schema [-- path/to/device-management [out-dir]]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { schemaTableJson } from '../server/src/core/knowledge/schemaTable';
import { readSchemaCheckout } from '../server/src/host/schemaCheckout';

const repo = resolve(__dirname, '..');
const source = resolve(process.argv[2] ?? join(repo, '../shared/device-management'));
const outDir = resolve(process.argv[3] ?? join(repo, 'server/src/core/knowledge/generated'));
if (!existsSync(join(source, 'mdm/profiles'))) {
  console.error(
    `generate-profile-schema: ${join(source, 'mdm/profiles')} not found (expected Apple's device-management checkout).`,
  );
  process.exit(2);
}

const table = readSchemaCheckout(source, {
  release: 'Release_iOS-18-1_macOS-15-1',
  commit: 'b6202ca2fbd31286a52eb160b67a4db7b4fe1f1f',
});
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'profileSchema.json'), schemaTableJson(table));
writeFileSync(
  join(outDir, 'LICENSE-apple-device-management.txt'),
  `The data in profileSchema.json is derived from apple/device-management (${table.release}, commit ${table.commit}),\n` +
    `mdm/profiles/*.yaml, distributed under the following license:\n\n` +
    readFileSync(join(source, 'LICENSE.txt'), 'utf8'),
);
console.log(`profileSchema.json: ${Object.keys(table.payloads).length} payload types (${table.release})`);
