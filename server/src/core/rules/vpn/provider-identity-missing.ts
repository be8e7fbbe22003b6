/**
 * N32 — a system-extension VPN provider needs both ProviderBundleIdentifier and ProviderDesignatedRequirement.
 * Error when the evidence is certain (a DR without bundle id; a provider known to be a system extension from the
 * project model or the profile's system-extension policy); info on macOS when the packaging is unknown.
 */
import type { Fix, Rule, RuleContext } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import type { DictEntry, DictNode } from '../../model/plist';
import { isDict } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { APPLAYER, VPN_MANAGED, canFix, hasText, payloadsOf, stringNode, stringOf } from './support/payloads';
import {
  containerApp,
  designatedRequirementFor,
  identifierFromRequirement,
  providersOfKind,
  sysextPolicyBundleIds,
  targetByBundleId,
} from './support/project';

const PBI = 'ProviderBundleIdentifier';
const PDR = 'ProviderDesignatedRequirement';

export const rule: Rule = {
  meta: {
    id: 'N32',
    code: 'vpn/provider-identity-missing',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    fixable: true,
    description:
      'A VPN or transparent-proxy provider implemented as a system extension needs ProviderBundleIdentifier and ProviderDesignatedRequirement.',
    guidance: ['Q-U18', 'Q-U17'],
  },
  check(ctx) {
    const platform = ctx.file.platform.value;
    // ProviderDesignatedRequirement is n/a on iOS, tvOS and visionOS.
    if (platform !== 'macos' && platform !== 'unknown') return;
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      const type = p.vpnType;
      if (type !== 'VPN' && type !== 'TransparentProxy') continue;
      const entry = p.dict.map.get(type);
      if (!entry || !isDict(entry.value)) continue;
      checkDict(ctx, entry, entry.value, p.dict, type);
    }
  },
};

function checkDict(ctx: RuleContext, entry: DictEntry, d: DictNode, payload: DictNode, type: string): void {
  const at = { start: entry.key.start, end: entry.key.end };
  const fixable = canFix(ctx.doc);
  const hasId = hasText(d, PBI);
  const hasDr = hasText(d, PDR);
  if (hasDr && !hasId) {
    ctx.report({ ...at, message: missing(PBI), data: { missing: PBI }, fixes: fixable ? bundleIdFix(ctx, d) : [] });
    return;
  }
  if (hasId && !hasDr) {
    const id = stringOf(d, PBI)!.trim();
    if (hasBuildVariable(id)) return;
    if (isKnownSystemExtension(ctx, id)) {
      ctx.report({
        ...at,
        message: missing(PDR),
        data: { missing: PDR },
        fixes: fixable ? requirementFix(ctx, d, id) : [],
      });
    } else if (ctx.file.platform.value === 'macos') {
      ctx.report({
        ...at,
        severity: 'info',
        message: `${PDR} is required if the VPN provider "${id}" is a system extension.`,
        data: { missing: PDR },
        fixes: fixable ? requirementFix(ctx, d, id) : [],
      });
    }
    return;
  }
  if (!hasId && !hasDr) {
    const sysext = onlySystemExtensionProvider(ctx, payload, d, type);
    if (sysext?.bundleIdentifier) {
      const fixes: Fix[] = fixable
        ? [
            {
              title: `Insert ${PBI} "${sysext.bundleIdentifier}"`,
              preferred: true,
              edits: [setString(ctx, d, PBI, sysext.bundleIdentifier)],
            },
          ]
        : [];
      ctx.report({ ...at, message: missing(PBI), data: { missing: PBI }, fixes });
    }
  }
}

function missing(key: string): string {
  return `${key} is required because the VPN provider is a system extension.`;
}

function isKnownSystemExtension(ctx: RuleContext, id: string): boolean {
  const target = ctx.project?.targets.find((t) => t.bundleIdentifier === id);
  if (target?.role === 'system-extension') return true;
  return sysextPolicyBundleIds(ctx.doc).has(id);
}

/** (c): VPNSubType names a container app whose only provider of the payload's kind is a system extension. */
function onlySystemExtensionProvider(ctx: RuleContext, payload: DictNode, d: DictNode, type: string) {
  const sub = stringOf(payload, 'VPNSubType')?.trim();
  const app = sub ? targetByBundleId(ctx.project, sub) : undefined;
  if (!app || app.role !== 'app') return undefined;
  const kind = type === 'TransparentProxy' ? 'app-proxy' : (stringOf(d, 'ProviderType')?.trim() ?? 'packet-tunnel');
  const providers = providersOfKind(app, kind);
  return providers.length === 1 && providers[0].role === 'system-extension' ? providers[0] : undefined;
}

function setString(ctx: RuleContext, d: DictNode, key: string, value: string) {
  const existing = stringNode(d, key);
  return existing ? replaceContent(existing, value) : insertEntry(ctx.doc, d, key, stringXml(value));
}

function bundleIdFix(ctx: RuleContext, d: DictNode): Fix[] {
  const id = identifierFromRequirement(stringOf(d, PDR) ?? '');
  if (id) return [{ title: `Insert ${PBI} "${id}"`, preferred: true, edits: [setString(ctx, d, PBI, id)] }];
  return [{ title: `Insert ${PBI}`, snippet: true, edits: [setString(ctx, d, PBI, '${1:com.example.app.extension}')] }];
}

function requirementFix(ctx: RuleContext, d: DictNode, id: string): Fix[] {
  const target = targetByBundleId(ctx.project, id);
  const team = target?.context.team ?? (target && containerApp(target)?.context.team) ?? ctx.file.team;
  if (team && /^[A-Z0-9]{10}$/.test(team)) {
    const dr = designatedRequirementFor(id, team);
    return [{ title: `Insert ${PDR} for "${id}"`, preferred: true, edits: [setString(ctx, d, PDR, dr)] }];
  }
  return [
    {
      title: `Insert ${PDR} (paste the output of codesign -d -r- <extension bundle>)`,
      snippet: true,
      edits: [
        setString(ctx, d, PDR, `\${1:anchor apple generic and identifier "${id.replace(/[\\$}]/g, (c) => '\\' + c)}"}`),
      ],
    },
  ];
}
