"""Executed notebooks -> HTML pages, through nbconvert and our own template.

Each displayed fragment carries metadata naming its page (see
:data:`schemanb.site.pages.PAGE_KEY`); :func:`split_pages` groups a notebook's
outputs by page, and :func:`export_page` renders one page notebook with the
``schemanb`` template (``templates/schemanb/``: classic cell markup, our own head
and frame, no CDN assets). One exporter is reused for every page, so a thousand
pages cost a thousand template renders, not a thousand set-ups.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SiteBuildError
from .pages import PAGE_KEY

TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "schemanb"


@dataclass
class Page:
    """One page of the site: its path (relative to the root), title and outputs."""

    path: str
    title: str
    kind: str
    notebook: str
    outputs: list[Any] = field(default_factory=list)

    @property
    def root(self) -> str:
        return "../" * self.path.count("/")


def _exporter_class() -> type:
    """HTMLExporter without its BeautifulSoup pass.

    nbconvert's ``HTMLExporter.from_notebook_node`` re-parses every page with
    BeautifulSoup to add ``alt`` texts to images and ``tabindex`` to JupyterLab
    cells; our pages have neither, and on a page with an inline diagram that pass
    costs more than everything else (about 0.1 s a page, minutes on a thousand
    pages). This subclass does the same set-up and renders the template directly.
    """
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class SiteExporter(HTMLExporter):
        def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> Any:
            resources = self._init_resources(resources)  # type: ignore[no-untyped-call]
            highlight = self.filters.get("highlight_code") or Highlight2HTML(  # type: ignore[no-untyped-call]
                pygments_lexer="python", parent=self)
            self.register_filter("highlight_code", highlight)  # type: ignore[no-untyped-call]
            data_types = WidgetsDataTypeFilter(  # type: ignore[no-untyped-call]
                notebook_metadata=self._nb_metadata, parent=self, resources=resources)
            self.register_filter("filter_data_type", data_types)  # type: ignore[no-untyped-call]
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    return SiteExporter


@functools.lru_cache(maxsize=1)
def page_exporter() -> Any:
    return _exporter_class()(
        extra_template_basedirs=[str(TEMPLATE_DIR)],
        template_name=TEMPLATE_NAME,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
        # A page notebook is one cell of our own outputs: none of nbconvert's
        # default preprocessors (tag removal, attachments, CSS headers...) applies,
        # and each one re-validates the notebook.
        default_preprocessors=[],
    )


def split_pages(nb: Any, *, kind: str, notebook: str) -> list[Page]:
    """The pages a notebook's displayed outputs belong to, in display order."""
    pages: dict[str, Page] = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            info = out.get("metadata", {}).get(PAGE_KEY)
            if not info:
                continue
            page = pages.setdefault(
                info["page"], Page(info["page"], info["title"], kind, notebook)
            )
            page.outputs.append(out)
    return list(pages.values())


def page_notebook(page: Page, source: str) -> Any:
    """A one-cell notebook holding ``page``'s outputs (what the page shows)."""
    import nbformat

    nb = nbformat.v4.new_notebook()  # type: ignore[no-untyped-call]
    cell = nbformat.v4.new_code_cell(source)  # type: ignore[no-untyped-call]
    cell.outputs = page.outputs
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def export_page(page: Page, site: dict[str, Any], source: str = "") -> str:
    """The HTML of ``page``; ``site`` holds the title, navigation and source facts."""
    resources = {"schemanb": {**site, "root": page.root, "kind": page.kind,
                              "page_title": page.title, "notebook": page.notebook}}
    try:
        body, _ = page_exporter().from_notebook_node(page_notebook(page, source), resources=resources)
    except Exception as err:  # nbconvert/jinja errors: translated at the boundary
        raise SiteBuildError(
            f"exporting page {page.path} failed: {type(err).__name__}: {err} — "
            "this is a bug in schemanb's site template",
            template=page.notebook,
        ) from err
    return str(body)
