/**
 * Deterministic inputs for the benchmark: configuration profiles of a given size made of TransparentProxy
 * payloads (the shape of examples/profiles/ShieldProxy.mobileconfig), and a synthetic repository of
 * entitlements, Info.plists and profiles. Same bytes on every run, so numbers are comparable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function uuid(i: number, salt: number): string {
  const hex = (i * 2654435761 + salt * 40503).toString(16).padStart(12, '0').slice(-12).toUpperCase();
  return `6F1D5A52-3B9E-4C7A-${(8000 + (salt % 1000)).toString()}-${hex}`;
}

export function transparentProxyPayload(i: number): string {
  return `\t\t<dict>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>com.example.shieldproxy.p${i}</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>com.apple.vpn.managed</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>${uuid(i, 1)}</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t\t<key>UserDefinedName</key>
\t\t\t<string>Proxy ${i}</string>
\t\t\t<key>VPNType</key>
\t\t\t<string>TransparentProxy</string>
\t\t\t<key>VPNSubType</key>
\t\t\t<string>com.example.shieldproxy</string>
\t\t\t<key>TransparentProxy</key>
\t\t\t<dict>
\t\t\t\t<key>ProviderBundleIdentifier</key>
\t\t\t\t<string>com.example.shieldproxy.proxy</string>
\t\t\t\t<key>ProviderDesignatedRequirement</key>
\t\t\t\t<string>anchor apple generic and identifier "com.example.shieldproxy.proxy" and certificate leaf[subject.OU] = "Q7XK3M9ZP2"</string>
\t\t\t\t<key>Order</key>
\t\t\t\t<integer>${1 + (i % 5)}</integer>
\t\t\t\t<key>ProviderType</key>
\t\t\t\t<string>app-proxy</string>
\t\t\t\t<key>RemoteAddress</key>
\t\t\t\t<string>proxy${i}.example.com</string>
\t\t\t</dict>
\t\t</dict>
`;
}

function sysextPolicyPayload(): string {
  return `\t\t<dict>
\t\t\t<key>PayloadDisplayName</key>
\t\t\t<string>ShieldProxy System Extension</string>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>com.example.shieldproxy.profile.sysext</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>com.apple.system-extension-policy</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>0B9C2E74-81F5-4D63-A0B2-5C3E9F6D1E28</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t\t<key>AllowedSystemExtensions</key>
\t\t\t<dict>
\t\t\t\t<key>Q7XK3M9ZP2</key>
\t\t\t\t<array>
\t\t\t\t\t<string>com.example.shieldproxy.proxy</string>
\t\t\t\t</array>
\t\t\t</dict>
\t\t\t<key>AllowedSystemExtensionTypes</key>
\t\t\t<dict>
\t\t\t\t<key>Q7XK3M9ZP2</key>
\t\t\t\t<array>
\t\t\t\t\t<string>NetworkExtension</string>
\t\t\t\t</array>
\t\t\t</dict>
\t\t</dict>
`;
}

function wrapProfile(payloads: string[], salt: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>PayloadContent</key>
\t<array>
${payloads.join('')}\t</array>
\t<key>PayloadDescription</key>
\t<string>Routes selected apps through the company proxy.</string>
\t<key>PayloadDisplayName</key>
\t<string>ShieldProxy</string>
\t<key>PayloadIdentifier</key>
\t<string>com.example.shieldproxy.profile.${salt}</string>
\t<key>PayloadOrganization</key>
\t<string>Example Corp</string>
\t<key>PayloadScope</key>
\t<string>System</string>
\t<key>PayloadType</key>
\t<string>Configuration</string>
\t<key>PayloadUUID</key>
\t<string>${uuid(salt, 7)}</string>
\t<key>PayloadVersion</key>
\t<integer>1</integer>
</dict>
</plist>
`;
}

/** A profile with `count` TransparentProxy payloads plus one system-extension policy payload. */
export function transparentProxyProfile(count: number, salt = 0): string {
  const payloads: string[] = [sysextPolicyPayload()];
  for (let i = 0; i < count; i++) payloads.push(transparentProxyPayload(i));
  return wrapProfile(payloads, salt);
}

/** The smallest TransparentProxy profile of at least `bytes` characters (at least one payload). */
export function profileOfSize(bytes: number): string {
  const base = wrapProfile([sysextPolicyPayload()], 0).length;
  const per = transparentProxyPayload(5000).length;
  const count = Math.max(1, Math.ceil((bytes - base) / per));
  return transparentProxyProfile(count);
}

export function entitlements(i: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>com.apple.developer.networking.networkextension</key>
\t<array>
\t\t<string>${i % 2 ? 'app-proxy-provider' : 'packet-tunnel-provider'}</string>
\t</array>
\t<key>com.apple.security.application-groups</key>
\t<array>
\t\t<string>$(TeamIdentifierPrefix)com.example.app${i}</string>
\t</array>
</dict>
</plist>
`;
}

export function infoPlist(i: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleDevelopmentRegion</key>
\t<string>$(DEVELOPMENT_LANGUAGE)</string>
\t<key>CFBundleExecutable</key>
\t<string>$(EXECUTABLE_NAME)</string>
\t<key>CFBundleIdentifier</key>
\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
\t<key>CFBundleInfoDictionaryVersion</key>
\t<string>6.0</string>
\t<key>CFBundleName</key>
\t<string>$(PRODUCT_NAME)</string>
\t<key>CFBundlePackageType</key>
\t<string>$(PRODUCT_BUNDLE_PACKAGE_TYPE)</string>
\t<key>CFBundleShortVersionString</key>
\t<string>1.${i % 10}.0</string>
\t<key>CFBundleVersion</key>
\t<string>${i}</string>
\t<key>NSExtension</key>
\t<dict>
\t\t<key>NSExtensionPointIdentifier</key>
\t\t<string>com.apple.networkextension.packet-tunnel</string>
\t\t<key>NSExtensionPrincipalClass</key>
\t\t<string>$(PRODUCT_MODULE_NAME).PacketTunnelProvider</string>
\t</dict>
</dict>
</plist>
`;
}

export interface RepoStats {
  files: number;
  bytes: number;
}

/**
 * Writes `count` files under `dir`: per target folder an entitlements file and an Info.plist, and every
 * tenth folder also a small profile (1-3 payloads). Typical sizes: 0.5-5 KB.
 */
export function writeSyntheticRepo(dir: string, count: number): RepoStats {
  let files = 0;
  let bytes = 0;
  const put = (path: string, text: string) => {
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (let t = 0; files < count; t++) {
    const target = join(dir, `Module${Math.floor(t / 100)}`, `Target${t}`);
    mkdirSync(target, { recursive: true });
    put(join(target, `Target${t}.entitlements`), entitlements(t));
    if (files < count) put(join(target, 'Info.plist'), infoPlist(t));
    if (t % 10 === 0 && files < count) {
      put(join(target, `Target${t}.mobileconfig`), transparentProxyProfile(1 + (t % 3), t));
    }
  }
  return { files, bytes };
}
