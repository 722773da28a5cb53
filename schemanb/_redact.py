"""mask_url() and friends: the only place a password is removed from text.

A URL's password never leaves the process: every repr, log line, exception,
snapshot, notebook and HTML page shows ``***`` instead.
"""

from __future__ import annotations

import re

# ``scheme://userinfo@host``: the userinfo runs to the last ``@`` before the
# host (a password may hold an unencoded ``@`` or ``/``), the host has no ``@``
# and ends at ``/``, ``?``, ``#``, whitespace or the end. The colon after the
# scheme may be missing (a typo that must not leak the password into the "not a
# URL" message).
_RE_URL_USERINFO = re.compile(
    r"(?P<head>[a-zA-Z][\w+.-]*:?//)(?!/)(?P<info>\S*?)@(?=[^@/?#\s]*(?:[/?#\s]|$))"
)


def _mask_userinfo(match: re.Match[str]) -> str:
    head, info = match.group("head"), match.group("info")
    if "@" in info:
        # Which '@' ends the user name is ambiguous: hide all of it.
        return f"{head}***@"
    user, colon, _ = info.partition(":")
    return f"{head}{user}:***@" if colon else match.group(0)


def mask_url(url: object) -> str:
    """Return ``url`` as text with its password replaced by ``***``.

    Accepts a string or a SQLAlchemy ``URL``.

    >>> mask_url("postgresql://app:s3cret@db:5432/prod")
    'postgresql://app:***@db:5432/prod'
    >>> mask_url("sqlite:///shop.db")
    'sqlite:///shop.db'
    """
    render = getattr(url, "render_as_string", None)
    if callable(render):
        # A password with an unencoded '@' leaves its tail in the host: mask_text hides it.
        return mask_text(str(render(hide_password=True)))
    return mask_text(str(url))


def mask_text(text: str) -> str:
    """Mask every ``scheme://user:password@`` found inside free text.

    Everything between ``//`` and the last ``@`` before the host is hidden when
    it holds an ``@`` itself (a password with an unencoded ``@``).

    >>> mask_text("could not connect to mysql://root:pw@h/db: refused")
    'could not connect to mysql://root:***@h/db: refused'
    >>> mask_text("postgresql://u:Sx3cr3t@Pzass@db:5432/app")
    'postgresql://***@db:5432/app'
    """
    return _RE_URL_USERINFO.sub(_mask_userinfo, text)


def mask_secret(text: str, secret: str | None) -> str:
    """Replace every occurrence of ``secret`` (a known password) inside ``text``."""
    if not secret:
        return mask_text(text)
    if len(secret) >= 4:
        return mask_text(text.replace(secret, "***"))
    # A very short password also occurs inside ordinary words ("p" in "port"):
    # mask it only where it stands alone.
    pattern = r"(?<![\w])" + re.escape(secret) + r"(?![\w])"
    return mask_text(re.sub(pattern, "***", text))
