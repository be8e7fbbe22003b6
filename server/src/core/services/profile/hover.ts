/**
 * Hover on profile keys and values (catalog §3.3): the diagnostic under the cursor first, then nelint's short
 * description, type, required/optional, platforms and OS versions, allowed values, default, the guidance quotes
 * of the rules concerning the key, and the schema release it comes from.
 */
import type { HoverProvider, HoverRequest } from '../types';
import type { HoverContent } from '../hoverFormat';
import { formatHover } from '../hoverFormat';
import type { KeySpec, SchemaPlatform, SupportedOS } from '../../knowledge/profileSchema';
import { elementSpecOf, payloadSchema, schemaRelease } from '../../knowledge/profileSchema';
import { describeProfileKey } from '../../knowledge/profileDescriptions';
import { ruleBackground } from '../../knowledge/background';
import { ruleByCode } from '../../rules';
import { keyNames, profileWhere, specAt } from './where';
import type { ProfileWhere } from './where';
import { guidanceFor } from './guidance';

const PLATFORMS: [SchemaPlatform, string][] = [
  ['macos', 'macOS'],
  ['ios', 'iOS'],
  ['tvos', 'tvOS'],
  ['visionos', 'visionOS'],
];

/** The hover line that names the schema in use (the bundled release, or `nelint.schemaPath`'s checkout). */
export function schemaLine(): string {
  return `Schema: per apple/device-management ${schemaRelease()}`;
}

export function describeSupportedOS(so: SupportedOS): string {
  const on: string[] = [];
  const off: string[] = [];
  for (const [p, name] of PLATFORMS) {
    const e = so[p];
    if (!e) continue;
    if (e.introduced === 'n/a') {
      off.push(name);
      continue;
    }
    let s = e.introduced ? `${name} ${e.introduced}+` : name;
    if (e.deprecated) s += ` (deprecated ${e.deprecated})`;
    if (e.removed) s += ` (removed ${e.removed})`;
    on.push(s);
  }
  return [on.length ? on.join(', ') : '', off.length ? `not on ${off.join(', ')}` : ''].filter(Boolean).join(' · ');
}

export function describeType(spec: KeySpec): string {
  const el = elementSpecOf(spec);
  if (spec.type === 'array' && el) return `array of <${el.type === 'dictionary' ? 'dict' : el.type}>`;
  return `<${spec.type === 'dictionary' ? 'dict' : spec.type}>`;
}

function keyFacts(spec: KeySpec, so: SupportedOS): string[] {
  const facts = [`Type: \`${describeType(spec)}\``, spec.required ? '**Required**' : 'Optional'];
  const platforms = describeSupportedOS(so);
  if (platforms) facts.push(`Platforms: ${platforms}`);
  if (spec.default !== undefined) facts.push(`Default: \`${String(spec.default)}\``);
  if (spec.range) facts.push(`Range: ${spec.range.min ?? '…'}–${spec.range.max ?? '…'}`);
  if (spec.valuetype) facts.push(`Format: ${spec.valuetype}`);
  if (spec.overlay) facts.push("Accepted by nelint's errata overlay (not in Apple's schema)");
  facts.push(schemaLine());
  return facts;
}

function problemQuotes(req: HoverRequest): string[] {
  return req.diagnostics.flatMap((d) => ruleByCode(d.code)?.meta.guidance ?? []);
}

function keyHover(req: HoverRequest, where: ProfileWhere, title: string): HoverContent | undefined {
  const found = specAt(where, where.inner);
  const names = keyNames(where.inner);
  if (!found) {
    if (!req.diagnostics.length) return undefined;
    return { title, problems: req.diagnostics, rules: req.diagnostics.map((d) => d.code), facts: [schemaLine()] };
  }
  const parent = names.length > 1 ? names[names.length - 2] : undefined;
  const g = guidanceFor(where.payloadType, names[names.length - 1] ?? title, parent, found.spec);
  return {
    title,
    problems: req.diagnostics,
    description: describeProfileKey(where.payloadType, names),
    facts: keyFacts(found.spec, found.supportedOS),
    allowedValues: found.spec.rangelist ? { values: found.spec.rangelist.map(String) } : undefined,
    quotes: [...new Set([...problemQuotes(req), ...g.quotes])],
    background: [...req.diagnostics.flatMap((d) => ruleBackground(d.code)), ...g.background],
    rules: [...new Set([...req.diagnostics.map((d) => d.code), ...g.rules])],
  };
}

/** Hover on a payload's PayloadType value: what the payload type is and where it is available. */
function payloadTypeHover(req: HoverRequest, type: string): HoverContent | undefined {
  const schema = payloadSchema(type);
  if (!schema) {
    return req.diagnostics.length ? { title: type, problems: req.diagnostics, facts: [schemaLine()] } : undefined;
  }
  const facts = [];
  if (schema.title) facts.push(`Payload: ${schema.title}`);
  const platforms = describeSupportedOS(schema.supportedOS ?? {});
  if (platforms) facts.push(`Platforms: ${platforms}`);
  facts.push(
    schema.inNetworkScope
      ? 'Checked against the schema by nelint'
      : 'Only its envelope keys are checked (schema scope "network")',
  );
  facts.push(schemaLine());
  return { title: type, problems: req.diagnostics, facts, rules: req.diagnostics.map((d) => d.code) };
}

export const profileHover: HoverProvider = (req) => {
  if (req.file.kind !== 'profile') return undefined;
  const loc = req.location;
  const entry = loc.key ?? loc.entry;
  if (!entry) return undefined;
  const node = loc.key ? undefined : loc.node;
  let path = loc.path;
  if (node) {
    if (node.kind === 'dict' || node.kind === 'array') return undefined; // between entries: no key to explain
    // A scalar inside the entry's array value explains the array's key.
    if (node !== entry.value) {
      if (node.parent !== entry.value) return undefined;
      path = loc.path.slice(0, -1);
    }
  }
  const where = profileWhere(req.doc, path);
  const isPayloadType =
    node === entry.value &&
    entry.key.text === 'PayloadType' &&
    where.inner.length === 1 &&
    where.payloadType !== 'TopLevel';
  const content = isPayloadType ? payloadTypeHover(req, where.payloadType) : keyHover(req, where, entry.key.text);
  if (!content) return undefined;
  const span = node ?? entry.key;
  return { markdown: formatHover(content), start: span.start, end: span.end };
};
