/**
 * `nelint.json` (also `.nelintrc.json`): the public configuration contract (catalog §1.7). Change only additively.
 */
import type { Distribution, Platform, Role, SchemaScope } from '../context/types';
import type { FileKind } from '../model/document';
import type { SeverityOrOff } from '../rules/types';

type Explicit<T extends string> = Exclude<T, 'unknown'>;

export interface NelintConfigurationSettings {
  distribution?: Explicit<Distribution>;
  platform?: Explicit<Platform>;
  entitlements?: string;
  infoPlist?: string;
  provisioningProfile?: string;
  buildSettings?: Record<string, string>;
}

export interface NelintTarget extends NelintConfigurationSettings {
  name: string;
  role: Explicit<Role>;
  bundleIdentifier?: string;
  embeds?: string[];
  configurations?: Record<string, NelintConfigurationSettings>;
  infoPlistKeys?: Record<string, unknown>;
  generateInfoPlist?: boolean;
  team?: string;
}

export interface NelintFileSettings {
  kind?: FileKind;
  platform?: Explicit<Platform>;
  distribution?: Explicit<Distribution>;
  role?: Explicit<Role>;
}

export interface NelintConfig {
  $schema?: string;
  platform?: Explicit<Platform>;
  distribution?: Explicit<Distribution>;
  team?: string;
  minimumOS?: Partial<Record<Explicit<Platform>, string>>;
  buildSettings?: Record<string, string>;
  targets?: NelintTarget[];
  profiles?: string[];
  files?: Record<string, NelintFileSettings>;
  rules?: Record<string, SeverityOrOff>;
  schemaScope?: SchemaScope;
}
