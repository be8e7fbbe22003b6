/**
 * The project model seen by cross-file rules (catalog §1.7, §1.10). Filled by the project-model work
 * (nelint.json, bundle layouts, Xcode projects); single-file rules never need it.
 */
import type { PlistDocument } from '../model/document';
import type { FileContext } from '../context/types';
import type { TargetConfiguration } from './model';

export interface ProjectTargetView {
  name: string;
  role: 'app' | 'system-extension' | 'app-extension';
  bundleIdentifier?: string;
  /** Documents of this target in the evaluated configuration (undefined when the model names none). */
  entitlements?: PlistDocument;
  infoPlist?: PlistDocument;
  provisioningProfile?: PlistDocument;
  /** Targets this one embeds. */
  embeds: ProjectTargetView[];
  /** Targets that embed this one. */
  embeddedBy: ProjectTargetView[];
  context: FileContext;
  /** Paths the model names for this target (normalized; the document is undefined when unreadable). */
  entitlementsPath?: string;
  infoPlistPath?: string;
  provisioningProfilePath?: string;
  /** nelint.json `infoPlistKeys` / Xcode `INFOPLIST_KEY_*` (the values a generated Info.plist receives). */
  infoPlistKeys?: Record<string, unknown>;
  /** nelint.json `generateInfoPlist` / Xcode `GENERATE_INFOPLIST_FILE = YES`. */
  generateInfoPlist?: boolean;
  /** The merged settings of this target in the evaluated configuration. */
  settings?: TargetConfiguration;
}

export interface ProjectView {
  configuration: string;
  /** The target the linted document belongs to (as entitlements, Info.plist, …). */
  target?: ProjectTargetView;
  /** Which role the linted document plays in that target. */
  fileRole?: 'entitlements' | 'info-plist' | 'provisioning-profile' | 'profile';
  targets: ProjectTargetView[];
  /** Configuration profiles (.mobileconfig) of the workspace. */
  profiles: PlistDocument[];
}
