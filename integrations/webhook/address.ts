import { lookup as dnsLookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/**
 * Addresses a webhook may not reach unless WEBHOOKS_ALLOW_PRIVATE=true: anything that is not the
 * public internet, so a workspace cannot point Debrief at its own network, a cloud metadata
 * endpoint (169.254.169.254) or localhost.
 */
const ranges: [string, number, "ipv4" | "ipv6", string][] = [
  ["0.0.0.0", 8, "ipv4", "unspecified"],
  ["10.0.0.0", 8, "ipv4", "private"],
  ["100.64.0.0", 10, "ipv4", "carrier-grade NAT"],
  ["127.0.0.0", 8, "ipv4", "loopback"],
  ["169.254.0.0", 16, "ipv4", "link-local"],
  ["172.16.0.0", 12, "ipv4", "private"],
  ["192.0.0.0", 24, "ipv4", "reserved"],
  ["192.0.2.0", 24, "ipv4", "documentation"],
  ["192.168.0.0", 16, "ipv4", "private"],
  ["198.18.0.0", 15, "ipv4", "benchmarking"],
  ["198.51.100.0", 24, "ipv4", "documentation"],
  ["203.0.113.0", 24, "ipv4", "documentation"],
  ["224.0.0.0", 4, "ipv4", "multicast"],
  ["240.0.0.0", 4, "ipv4", "reserved"],
  ["::", 128, "ipv6", "unspecified"],
  ["::1", 128, "ipv6", "loopback"],
  ["::", 96, "ipv6", "IPv4-compatible"],
  ["64:ff9b::", 96, "ipv6", "NAT64 (reaches IPv4 addresses)"],
  ["64:ff9b:1::", 48, "ipv6", "NAT64 (reaches IPv4 addresses)"],
  ["100::", 64, "ipv6", "discard"],
  ["2001::", 32, "ipv6", "Teredo (embeds an IPv4 address)"],
  ["2001:db8::", 32, "ipv6", "documentation"],
  ["2002::", 16, "ipv6", "6to4 (embeds an IPv4 address)"],
  ["fc00::", 7, "ipv6", "unique-local"],
  ["fe80::", 10, "ipv6", "link-local"],
  ["fec0::", 10, "ipv6", "site-local"],
  ["ff00::", 8, "ipv6", "multicast"],
];

const lists = ranges.map(([network, prefix, type, label]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, type);
  return { list, type, label };
});

// BlockList treats ::ffff:a.b.c.d and a.b.c.d as one address, so this list is consulted for IPv6 only.
const mapped = new BlockList();
mapped.addSubnet("::ffff:0:0", 96, "ipv6");

/** Why an address is refused ("loopback", "private", …), or null when it is a public address. */
export function refusedAddressReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(ip);
  if (family === 0) return "not an IP address";
  const type = family === 4 ? "ipv4" : "ipv6";
  if (type === "ipv6" && mapped.check(ip, "ipv6")) return "IPv4-mapped IPv6";
  const hit = lists.find((l) => l.type === type && l.list.check(ip, type));
  return hit ? hit.label : null;
}

export class RefusedAddressError extends Error {
  readonly code = "EADDRREFUSED";
  constructor(host: string, address: string, reason: string) {
    super(`${host} resolves to ${address} (${reason}); private and loopback addresses are refused unless WEBHOOKS_ALLOW_PRIVATE=true`);
    this.name = "RefusedAddressError";
  }
}

/**
 * A `lookup` for node:http that resolves every address of the host and refuses the request when any
 * of them is not public. The socket then connects to an address checked here, so a DNS answer that
 * changes between a check and the connection (DNS rebinding) cannot slip through.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "");
      if (!allowPrivate) {
        for (const { address } of addresses) {
          const reason = refusedAddressReason(address);
          if (reason) return callback(new RefusedAddressError(hostname, address, reason), "");
        }
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
