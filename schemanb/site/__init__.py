"""The static documentation site: executed notebooks exported as an HTML data dictionary.

:func:`export_site` is the entry point; see :mod:`schemanb.site.build` for its
steps. Heavy dependencies (nbclient, nbconvert, pandas) are imported only when a
site is built.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def export_site(
    source: Any,
    out_dir: str | os.PathLike[str],
    *,
    title: str | None = None,
    baseline: Any = None,
    metadata_file: str | os.PathLike[str] | None = None,
    progress: bool = True,
    **options: Any,
) -> Path:
    """Build the site for ``source`` in ``out_dir``; return the path of ``index.html``.

    See :func:`schemanb.site.build.export_site` for the arguments.
    """
    from .build import export_site as _export_site

    return _export_site(
        source, out_dir, title=title, baseline=baseline, metadata_file=metadata_file,
        progress=progress, **options,
    )


__all__ = ["export_site"]
