"""Who may talk to the server: requests that name it in their Host header, from the extension or its own pages.

A web page can rebind its own domain name to 127.0.0.1 (DNS rebinding): the browser then sends that page's requests
to this server as same-origin requests, which CORS does not restrict, and the page could read the health check and
drive analyses. Two checks close that door, before any view runs:
- the Host header must name the server: a loopback name, the address it was started on, or an ALLOWED_HOSTS entry
  (a rebinding page's requests carry its own domain name);
- an Origin header, when a browser sends one, must be an extension's or the server's own (the demo page).
Clients outside browsers (curl, scripts, the batch command) send no Origin and name the server they call.
"""

from __future__ import annotations

import ipaddress
import re

from flask import Flask, request

from quotelens.service.errors import ApiError

# Browser extensions are the API's only cross-origin clients. Chrome (and Edge) extension ids are 32 letters a-p;
# Firefox gives each install a random UUID, so the scheme is admitted and the token guards the rest.
EXTENSION_ORIGINS = [
    r"^chrome-extension://[a-p]{32}$",
    r"^moz-extension://[0-9a-fA-F-]{36}$",
]
EXTENSION_ORIGIN = re.compile("|".join(EXTENSION_ORIGINS))


def register_access_checks(app: Flask) -> None:
    """Refuse, with a 403 JSON error, a request for another host name or from a web page's origin."""

    @app.before_request
    def check_host_and_origin():
        if not is_allowed_host(request.host, app.config["ALLOWED_HOSTS"]):
            raise ApiError("unknown_host")
        origin = request.headers.get("Origin")
        if origin is not None and not is_allowed_origin(origin, f"{request.scheme}://{request.host}"):
            raise ApiError("forbidden_origin")


def is_allowed_host(host: str, allowed: list[str]) -> bool:
    """A loopback name on any port, or an allowed entry: ``name`` for any port, ``name:port`` for that port."""
    host = host.lower()
    name = host_name(host)
    if is_loopback(name.strip("[]")):
        return True
    entries = {entry.strip().lower() for entry in allowed if entry.strip()}
    return host in entries or name in entries


def host_name(host: str) -> str:
    """The name in a Host header value, without its port; an IPv6 literal keeps its brackets."""
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.partition(":")[0]


def is_loopback(name: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1)."""
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_allowed_origin(origin: str, own: str) -> bool:
    return origin == own or EXTENSION_ORIGIN.fullmatch(origin) is not None
