/**
 * Hover in a decoded provisioning profile (catalog §3.4): the keys nelint reads from a profile, what the
 * profile's kind is (Developer ID / Development / App Store, §1.8 tier 2) and platform, its expiry, and the
 * quotes the catalog lists for them.
 */
import type { HoverContent } from '../hoverFormat';
import { formatHover } from '../hoverFormat';
import type { HoverProvider, HoverRequest } from '../types';
import type { PathSegment } from '../../model/query';
import {
  summarizeProvisioningProfile,
  type ProvisioningKind,
  type ProvisioningProfileSummary,
} from '../../container/provisioningProfile';

const NE_KEY = 'com.apple.developer.networking.networkextension';

interface KeyGuidance {
  /** Key path from the profile root. */
  path: readonly string[];
  description: string;
  quotes: readonly string[];
  rules: readonly string[];
  /** Facts computed from the profile summary. */
  facts?: (s: ProvisioningProfileSummary, now: Date) => string[];
}

const KIND_LABEL: Record<ProvisioningKind, string> = {
  'developer-id': 'Developer ID',
  development: 'Development',
  'app-store': 'App Store (also Ad Hoc / Enterprise)',
};

const kindFacts = (s: ProvisioningProfileSummary): string[] => [
  `Profile kind: **${KIND_LABEL[s.kind]}** (${kindReason(s)})`,
  `Platform: ${s.platform === 'unknown' ? 'unknown' : s.platform}`,
];

/** The rules that read a profile's kind (Developer ID, development, App Store): shown on the keys that decide it. */
const KIND_RULES = [
  'provisioning/ne-suffix-mismatch',
  'entitlements/ne-devid-requires-systemextension-suffix',
  'entitlements/ne-systemextension-suffix-outside-devid',
];

/** §3.4, in the catalog's order. */
const GUIDANCE: readonly KeyGuidance[] = [
  {
    path: ['Entitlements', NE_KEY],
    description: 'Network Extension values this profile authorizes; the entitlements file must use the same family.',
    quotes: ['Q-D11', 'Q-U01', 'Q-D13'],
    rules: ['provisioning/ne-suffix-mismatch', 'provisioning/entitlement-not-authorized'],
    facts: kindFacts,
  },
  {
    path: ['ProvisionsAllDevices'],
    description: 'True for Developer ID (macOS) and Enterprise profiles: the profile is not limited to listed devices.',
    quotes: ['Q-D07'],
    rules: KIND_RULES,
    facts: kindFacts,
  },
  {
    path: ['ProvisionedDevices'],
    description: 'Devices a development or Ad Hoc profile is limited to.',
    quotes: ['Q-D07'],
    rules: KIND_RULES,
    facts: (s, now) => [...kindFacts(s), `Devices: ${s.provisionedDevices?.length ?? 0}`].concat(expiryFacts(s, now)),
  },
  {
    path: ['Platform'],
    description: 'Platforms the profile is for (`OSX`, `iOS`, `tvOS`, `xrOS`/`visionOS`).',
    quotes: ['Q-D07'],
    rules: KIND_RULES,
    facts: kindFacts,
  },
  {
    path: ['ExpirationDate'],
    description: 'After this date the profile no longer authorizes the app to run with its entitlements.',
    quotes: [],
    rules: ['provisioning/profile-expired'],
    facts: (s, now) => expiryFacts(s, now),
  },
  {
    path: ['TeamIdentifier'],
    description: 'The Team ID the profile belongs to; entitlements and code-signing requirements must use it.',
    quotes: [],
    rules: ['provisioning/team-mismatch', 'requirement/placeholder-team-id'],
    facts: (s) =>
      s.teamIds.length ? [`Team: \`${s.teamIds.join('`, `')}\`${s.teamName ? ` (${s.teamName})` : ''}`] : [],
  },
];

function kindReason(s: ProvisioningProfileSummary): string {
  if (s.kind === 'developer-id') return 'Platform OSX and ProvisionsAllDevices';
  if (s.kind === 'development') return 'ProvisionedDevices and get-task-allow';
  return 'neither Developer ID nor development';
}

function expiryFacts(s: ProvisioningProfileSummary, now: Date): string[] {
  if (!s.expirationDate) return [];
  const days = Math.floor((s.expirationDate.getTime() - now.getTime()) / 86_400_000);
  const when = s.expirationDate.toISOString().slice(0, 10);
  return [days < 0 ? `**Expired** on ${when}` : `Expires on ${when} (in ${days} day${days === 1 ? '' : 's'})`];
}

/** The guidance whose path is a prefix of the hovered path (so array elements under a key match too). */
function guidanceFor(path: readonly PathSegment[]): KeyGuidance | undefined {
  return GUIDANCE.find((g) => g.path.length <= path.length && g.path.every((seg, i) => path[i] === seg));
}

export const provisioningHover: HoverProvider = (req: HoverRequest) => {
  if (req.file.kind !== 'provisioning-profile') return undefined;
  const g = guidanceFor(req.location.path);
  if (!g) return undefined;
  const summary = summarizeProvisioningProfile(req.doc);
  if (!summary) return undefined;
  const span = req.location.key?.key ?? req.location.node;
  if (!span) return undefined;
  const content: HoverContent = {
    title: g.path.join(' › '),
    problems: req.diagnostics,
    description: g.description,
    facts: g.facts?.(summary, req.file.now) ?? [],
    quotes: g.quotes,
    rules: [...new Set([...req.diagnostics.map((d) => d.code), ...g.rules])],
  };
  return { markdown: formatHover(content), start: span.start, end: span.end };
};
