"""Who is at the other end: the address that anonymous rate limits are counted against.

The direct peer, unless it is one of the configured trusted proxies: then the right-most
address of X-Forwarded-For that is not itself a trusted proxy, which is the one the
nearest trusted proxy saw. Anything a client writes into X-Forwarded-For sits to the left
of that and is never believed; nor is the header from a peer that is not trusted.

IPv6 clients are counted per /64, the block one subscriber usually holds, so that
stepping through the addresses of one's own block does not multiply the quota.
"""

from collections.abc import Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

from starlette.types import Scope

UNKNOWN = "unknown"
MAX_REMEMBERED_HOPS = 10_000
IPV6_BLOCK_BITS = 64
_IPV6_MASK = ((1 << IPV6_BLOCK_BITS) - 1) << (128 - IPV6_BLOCK_BITS)


def _parse(text: str) -> IPv4Address | IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # "203.0.113.7:443"
        text = text.partition(":")[0]
    try:
        return ip_address(text)
    except ValueError:
        return None


def counted_as(address: IPv4Address | IPv6Address) -> str:
    """The key an address is counted under: itself (IPv4) or its /64 (IPv6)."""
    if isinstance(address, IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return f"{IPv6Address(int(address) & _IPV6_MASK)}/{IPV6_BLOCK_BITS}"
    return str(address)


class ClientAddress:
    def __init__(self, trusted_proxies: Sequence[IPv4Network | IPv6Network]) -> None:
        self.trusted = tuple(trusted_proxies)
        self._hops: dict[str, tuple[bool, str] | None] = {}

    def __call__(self, scope: Scope) -> str:
        client = scope.get("client")
        peer: str = client[0] if client else UNKNOWN
        if not self.trusted and "." in peer and ":" not in peer:
            return peer  # the common case, IPv4 with nobody trusted: nothing to parse
        hop = self._hop(peer)
        if hop is None:
            return peer
        trusted, counted = hop
        if trusted:
            return self._forwarded_client(scope) or counted
        return counted

    def _hop(self, text: str) -> tuple[bool, str] | None:
        """(is a trusted proxy, the key it is counted under), or None if not an address.

        Remembered, since parsing and matching networks costs tens of microseconds and the
        same few proxies and clients come back request after request.
        """
        if text in self._hops:
            return self._hops[text]
        address = _parse(text)
        hop = None
        if address is not None:
            hop = (any(address in network for network in self.trusted), counted_as(address))
        if len(self._hops) >= MAX_REMEMBERED_HOPS:
            self._hops.clear()
        self._hops[text] = hop
        return hop

    def _forwarded_client(self, scope: Scope) -> str | None:
        hops = [
            hop.strip()
            for name, value in scope["headers"]
            if name == b"x-forwarded-for"
            for hop in value.decode("latin-1").split(",")
        ]
        for text in reversed(hops):
            hop = self._hop(text)
            if hop is None:
                return None  # unreadable: count the request against the proxy that sent it
            trusted, counted = hop
            if not trusted:
                return counted
        first = self._hop(hops[0]) if hops else None
        return first[1] if first else None  # every hop a trusted proxy: the first is the origin
