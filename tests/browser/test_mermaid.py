"""Every generated Mermaid diagram parsed and rendered by Mermaid's own JavaScript.

Mermaid's browser bundle comes from the npm registry (``scripts/setup-mermaid.sh``,
run by ``make test`` through ``scripts/setup-system.sh --browser``; this module runs
it too when the bundle is missing). It is loaded into headless Chromium, and each
diagram goes through ``mermaid.parse`` and ``mermaid.render``: any parse or render
error fails the test, and the rendered text must show the database's names as they
are (the escapes decoded, nothing turned into markup).
"""

from __future__ import annotations

import os
import re
import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mermaid_cases import hostile_names, hostile_schema, wide_schema

import schemanb
from schemanb.sample import build_sample

pytestmark = [pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
_RE_FENCE = re.compile(r"^```mermaid\n(.*?)^```$", re.M | re.S)


def _bundle() -> Path:
    env = os.environ.get("SCHEMANB_MERMAID_JS")
    if env:
        return Path(env)
    done = subprocess.run(["bash", str(ROOT / "scripts" / "setup-mermaid.sh")],
                          capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        pytest.skip("Mermaid's bundle could not be installed from the npm registry "
                    f"(scripts/setup-mermaid.sh: {done.stderr.strip()[-300:]})")
    return Path(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def mermaid_page() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    bundle = _bundle()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content("<html><body><div id='out'></div></body></html>")
        page.add_script_tag(content=bundle.read_text(encoding="utf-8"))
        page.evaluate("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'})")
        yield page
        browser.close()


_RENDER = """async (diagrams) => {
  const out = [];
  let n = 0;
  for (const text of diagrams) {
    try {
      await mermaid.parse(text);
      const {svg} = await mermaid.render('d' + (n++), text);
      const box = document.getElementById('out');
      box.innerHTML = svg;
      out.push({error: null, text: box.textContent, pwned: !!window.__pwned,
                scripts: box.querySelectorAll('script, iframe, foreignObject img').length});
      box.innerHTML = '';
    } catch (e) {
      out.push({error: String((e && e.message) || e).slice(0, 500)});
    }
  }
  return out;
}"""


def render_all(page: Any, diagrams: list[str]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = page.evaluate(_RENDER, diagrams)
    errors = [(d.splitlines()[:6], r["error"]) for d, r in zip(diagrams, results) if r["error"]]
    assert not errors, errors
    return results


def _erd(*args: Any, **kw: Any) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return str(schemanb.erd(*args, format="mermaid", **kw).source)


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    tmp = tmp_path_factory.mktemp("mermaid")
    dev = schemanb.inspect(build_sample(str(tmp / "dev.db")))
    prod = schemanb.inspect(build_sample(str(tmp / "prod.db"), "prod"))
    return dev, prod


def test_sample_diagrams_render(mermaid_page: Any, samples: tuple[Any, Any]) -> None:
    dev, prod = samples
    diagrams = [
        _erd(dev), _erd(dev, focus="orders", columns="keys"), _erd(dev, columns="none"),
        _erd(dev, collapse_m2m=True, implied=True), _erd(dev, views=False, rankdir="TB"),
        _erd(schemanb.diff(dev, prod), columns="all"), _erd(schemanb.diff(prod, dev)),
    ]
    results = render_all(mermaid_page, diagrams)
    assert "orders" in results[0]["text"] and "customer_id" in results[0]["text"]


def test_hostile_names_render_as_themselves(mermaid_page: Any) -> None:
    s = hostile_schema()
    results = render_all(mermaid_page, [_erd(s, columns="all"), _erd(s, columns="keys"),
                                        _erd(s, focus="end", depth=2)])
    text = results[0]["text"]
    for name in hostile_names():
        assert name.replace("\n", " ") in text, name
    assert 'v "end" <b>' in text
    assert not any(r["pwned"] or r["scripts"] for r in results)


def test_a_300_table_diagram_renders(mermaid_page: Any) -> None:
    (result,) = render_all(mermaid_page, [_erd(wide_schema(300))])
    assert "t0299" in result["text"]


def test_markdown_docs_diagrams_render(mermaid_page: Any, samples: tuple[Any, Any],
                                       tmp_path: Path) -> None:
    from schemanb.markdown import build_docs

    docs = {**build_docs(samples[0]), **{f"h/{k}": v for k, v in build_docs(hostile_schema()).items()}}
    blocks = [m.group(1) for text in docs.values() for m in _RE_FENCE.finditer(text)]
    assert len(blocks) > 20
    render_all(mermaid_page, blocks)
