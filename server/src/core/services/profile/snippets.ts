/**
 * Whole-payload snippets (data) for profile completion, with fresh upper-case UUIDs per completion request.
 * Templates use tabs relative to the insertion line, `{{UUID1}}`… for UUIDs and `${n:…}` snippet placeholders.
 */
import { newUuid } from '../../knowledge/uuid';

export interface PayloadSnippet {
  label: string;
  description: string;
  /** Payload types the snippet produces (for filtering and docs). */
  types: string[];
  /** Snippet body: one or more `<dict>` payloads (or a whole profile for the envelope). */
  body: string;
}

const env = (type: string, name: string, uuid: string) =>
  [
    '\t<key>PayloadDisplayName</key>',
    `\t<string>${name}</string>`,
    '\t<key>PayloadIdentifier</key>',
    `\t<string>\${1:com.example.profile}.${type}.{{${uuid}}}</string>`,
    '\t<key>PayloadType</key>',
    `\t<string>${type}</string>`,
    '\t<key>PayloadUUID</key>',
    `\t<string>{{${uuid}}}</string>`,
    '\t<key>PayloadVersion</key>',
    '\t<integer>1</integer>',
  ].join('\n');

const dict = (...lines: string[]) => ['<dict>', ...lines, '</dict>'].join('\n');

export const PAYLOAD_SNIPPETS: readonly PayloadSnippet[] = [
  {
    label: 'TransparentProxy VPN payload',
    description: 'macOS transparent proxy (NETransparentProxyProvider) in a system extension',
    types: ['com.apple.vpn.managed'],
    body: dict(
      env('com.apple.vpn.managed', 'Transparent Proxy', 'UUID1'),
      '\t<key>UserDefinedName</key>',
      '\t<string>${2:Transparent Proxy}</string>',
      '\t<key>VPNType</key>',
      '\t<string>TransparentProxy</string>',
      '\t<key>VPNSubType</key>',
      '\t<string>${3:com.example.app}</string>',
      '\t<key>TransparentProxy</key>',
      '\t<dict>',
      '\t\t<key>ProviderBundleIdentifier</key>',
      '\t\t<string>${4:com.example.app.proxy}</string>',
      '\t\t<key>ProviderDesignatedRequirement</key>',
      '\t\t<string>${5:anchor apple generic and identifier "com.example.app.proxy" and certificate leaf[subject.OU] = "ABCDE12345"}</string>',
      '\t\t<key>ProviderType</key>',
      '\t\t<string>app-proxy</string>',
      '\t\t<key>Order</key>',
      '\t\t<integer>1</integer>',
      '\t</dict>',
    ),
  },
  {
    label: 'Per-app VPN payload + app mapping',
    description: 'com.apple.vpn.managed.applayer with a VPNUUID, and the macOS app mapping that uses it',
    types: ['com.apple.vpn.managed.applayer', 'com.apple.vpn.managed.appmapping'],
    body: [
      dict(
        env('com.apple.vpn.managed.applayer', 'Per-App VPN', 'UUID1'),
        '\t<key>UserDefinedName</key>',
        '\t<string>${2:Per-App VPN}</string>',
        '\t<key>VPNType</key>',
        '\t<string>VPN</string>',
        '\t<key>VPNSubType</key>',
        '\t<string>${3:com.example.app}</string>',
        '\t<key>VPNUUID</key>',
        '\t<string>{{UUID3}}</string>',
        '\t<key>OnDemandMatchAppEnabled</key>',
        '\t<true/>',
        '\t<key>VPN</key>',
        '\t<dict>',
        '\t\t<key>ProviderBundleIdentifier</key>',
        '\t\t<string>${4:com.example.app.tunnel}</string>',
        '\t\t<key>ProviderType</key>',
        '\t\t<string>${5|packet-tunnel,app-proxy|}</string>',
        '\t\t<key>RemoteAddress</key>',
        '\t\t<string>${6:vpn.example.com}</string>',
        '\t</dict>',
      ),
      dict(
        env('com.apple.vpn.managed.appmapping', 'App-to-VPN mapping', 'UUID2'),
        '\t<key>AppLayerVPNMapping</key>',
        '\t<array>',
        '\t\t<dict>',
        '\t\t\t<key>Identifier</key>',
        '\t\t\t<string>${7:com.example.client}</string>',
        '\t\t\t<key>SigningIdentifier</key>',
        '\t\t\t<string>${7:com.example.client}</string>',
        '\t\t\t<key>DesignatedRequirement</key>',
        '\t\t\t<string>${8:identifier "com.example.client" and anchor apple generic}</string>',
        '\t\t\t<key>VPNUUID</key>',
        '\t\t\t<string>{{UUID3}}</string>',
        '\t\t</dict>',
        '\t</array>',
      ),
    ].join('\n'),
  },
  {
    label: 'Content filter plugin payload',
    description: 'com.apple.webcontent-filter with a Network Extension filter data provider',
    types: ['com.apple.webcontent-filter'],
    body: dict(
      env('com.apple.webcontent-filter', 'Content Filter', 'UUID1'),
      '\t<key>FilterType</key>',
      '\t<string>Plugin</string>',
      '\t<key>UserDefinedName</key>',
      '\t<string>${2:Content Filter}</string>',
      '\t<key>PluginBundleID</key>',
      '\t<string>${3:com.example.app}</string>',
      '\t<key>FilterSockets</key>',
      '\t<true/>',
      '\t<key>FilterDataProviderBundleIdentifier</key>',
      '\t<string>${4:com.example.app.filter}</string>',
      '\t<key>FilterDataProviderDesignatedRequirement</key>',
      '\t<string>${5:anchor apple generic and identifier "com.example.app.filter" and certificate leaf[subject.OU] = "ABCDE12345"}</string>',
      '\t<key>FilterGrade</key>',
      '\t<string>${6|firewall,inspector|}</string>',
    ),
  },
  {
    label: 'DNS proxy payload',
    description: 'com.apple.dnsProxy.managed (NEDNSProxyProvider)',
    types: ['com.apple.dnsProxy.managed'],
    body: dict(
      env('com.apple.dnsProxy.managed', 'DNS Proxy', 'UUID1'),
      '\t<key>AppBundleIdentifier</key>',
      '\t<string>${2:com.example.app}</string>',
      '\t<key>ProviderBundleIdentifier</key>',
      '\t<string>${3:com.example.app.dnsproxy}</string>',
    ),
  },
  {
    label: 'DNS settings payload (DoH)',
    description: 'com.apple.dnsSettings.managed, DNS over HTTPS',
    types: ['com.apple.dnsSettings.managed'],
    body: dict(
      env('com.apple.dnsSettings.managed', 'Encrypted DNS (HTTPS)', 'UUID1'),
      '\t<key>DNSSettings</key>',
      '\t<dict>',
      '\t\t<key>DNSProtocol</key>',
      '\t\t<string>HTTPS</string>',
      '\t\t<key>ServerURL</key>',
      '\t\t<string>${2:https://dns.example/dns-query}</string>',
      '\t</dict>',
    ),
  },
  {
    label: 'DNS settings payload (DoT)',
    description: 'com.apple.dnsSettings.managed, DNS over TLS',
    types: ['com.apple.dnsSettings.managed'],
    body: dict(
      env('com.apple.dnsSettings.managed', 'Encrypted DNS (TLS)', 'UUID1'),
      '\t<key>DNSSettings</key>',
      '\t<dict>',
      '\t\t<key>DNSProtocol</key>',
      '\t\t<string>TLS</string>',
      '\t\t<key>ServerName</key>',
      '\t\t<string>${2:dns.example}</string>',
      '\t</dict>',
    ),
  },
  {
    label: 'Relay payload',
    description: 'com.apple.relay.managed with one HTTP/3 relay',
    types: ['com.apple.relay.managed'],
    body: dict(
      env('com.apple.relay.managed', 'Relay', 'UUID1'),
      '\t<key>Relays</key>',
      '\t<array>',
      '\t\t<dict>',
      '\t\t\t<key>HTTP3RelayURL</key>',
      '\t\t\t<string>${2:https://relay.example/}</string>',
      '\t\t</dict>',
      '\t</array>',
    ),
  },
  {
    label: 'System extension policy payload',
    description: 'com.apple.system-extension-policy allowing one system extension',
    types: ['com.apple.system-extension-policy'],
    body: dict(
      env('com.apple.system-extension-policy', 'System Extensions', 'UUID1'),
      '\t<key>AllowedSystemExtensions</key>',
      '\t<dict>',
      '\t\t<key>${2:ABCDE12345}</key>',
      '\t\t<array>',
      '\t\t\t<string>${3:com.example.app.extension}</string>',
      '\t\t</array>',
      '\t</dict>',
      '\t<key>AllowedSystemExtensionTypes</key>',
      '\t<dict>',
      '\t\t<key>${2:ABCDE12345}</key>',
      '\t\t<array>',
      '\t\t\t<string>NetworkExtension</string>',
      '\t\t</array>',
      '\t</dict>',
    ),
  },
];

/** A complete profile envelope with an empty PayloadContent. */
export const PROFILE_ENVELOPE_SNIPPET: PayloadSnippet = {
  label: 'Configuration profile',
  description: 'A complete .mobileconfig envelope',
  types: ['Configuration'],
  body: [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>PayloadContent</key>',
    '\t<array>',
    '\t\t$0',
    '\t</array>',
    '\t<key>PayloadDisplayName</key>',
    '\t<string>${2:Profile name}</string>',
    '\t<key>PayloadIdentifier</key>',
    '\t<string>${1:com.example.profile}</string>',
    '\t<key>PayloadType</key>',
    '\t<string>Configuration</string>',
    '\t<key>PayloadUUID</key>',
    '\t<string>{{UUID1}}</string>',
    '\t<key>PayloadVersion</key>',
    '\t<integer>1</integer>',
    '</dict>',
    '</plist>',
  ].join('\n'),
};

/** The snippet text with fresh UUIDs (each `{{UUIDn}}` gets one UUID, the same at every occurrence). */
export function instantiate(snippet: PayloadSnippet): string {
  const uuids = new Map<string, string>();
  return snippet.body.replace(/\{\{(UUID\d+)\}\}/g, (_, name: string) => {
    if (!uuids.has(name)) uuids.set(name, newUuid());
    return uuids.get(name)!;
  });
}
