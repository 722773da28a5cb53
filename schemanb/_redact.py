"""mask_url() and friends: the only place a password is removed from text.

A URL's password never leaves the process: every repr, log line, exception,
snapshot, notebook and HTML page shows ``***`` instead.
"""

from __future__ import annotations

import re

# ``scheme://user:password@`` (also with the colon after the scheme missing, a
# typo that must not leak the password into the "not a URL" message).
_RE_URL_PASSWORD = re.compile(r"(?P<head>[a-zA-Z][\w+.-]*:?//[^:/@\s]*:)(?P<pw>[^@\s]*)@")


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
        return str(render(hide_password=True))
    return mask_text(str(url))


def mask_text(text: str) -> str:
    """Mask every ``scheme://user:password@`` found inside free text.

    >>> mask_text("could not connect to mysql://root:pw@h/db: refused")
    'could not connect to mysql://root:***@h/db: refused'
    """
    return _RE_URL_PASSWORD.sub(lambda m: f"{m.group('head')}***@", text)


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
