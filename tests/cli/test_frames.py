"""``schemanb frames SOURCE -o DIR``: every frame exported, CSV or Parquet (#20 item 6)."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from schemanb import frames, inspect

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "schemanb", "frames", *args], capture_output=True,
                          text=True, check=False, env=env)


def make_db(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INT REFERENCES users (id));"
        "CREATE VIEW v AS SELECT * FROM orders;"
    )
    con.close()
    return path


def test_frames_writes_every_frame_as_csv(tmp_path):
    db = make_db(tmp_path)
    out = tmp_path / "frames"
    result = run(str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    names = [*frames.FRAMES, *frames.OBJECT_FRAMES]
    assert "sequences" in names and "enums" in names
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in names)
    expected = frames.frames(inspect(str(db)))
    for name in names:
        back = pd.read_csv(out / f"{name}.csv")
        assert list(back.columns) == list(expected[name].columns), name
        assert len(back) == len(expected[name]), name
    assert list(pd.read_csv(out / "tables.csv")["table"]) == ["orders", "users"]
    assert f"wrote {len(names)} frames to {out}" in result.stdout


def test_frames_parquet_without_pyarrow_names_the_extra(tmp_path):
    db = make_db(tmp_path)
    out = tmp_path / "frames"
    # A folder shadowing pyarrow with a module that fails to import, as when it is missing.
    shadow = tmp_path / "shadow"
    (shadow / "pyarrow").mkdir(parents=True)
    (shadow / "pyarrow" / "__init__.py").write_text("raise ImportError('no pyarrow here')\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(shadow)]))
    result = run(str(db), "-o", str(out), "--format", "parquet", env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "pyarrow" in lines[0] and "pip install 'schemanb[parquet]'" in lines[0]
    assert not out.exists()


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="needs pyarrow (schemanb[parquet])")
def test_frames_writes_parquet(tmp_path):
    db = make_db(tmp_path)
    out = tmp_path / "frames"
    result = run(str(db), "-o", str(out), "--format", "parquet")
    assert result.returncode == 0, result.stderr
    expected = frames.frames(inspect(str(db)))
    for name, frame in expected.items():
        back = pd.read_parquet(out / f"{name}.parquet")
        assert list(back.columns) == list(frame.columns), name
        assert len(back) == len(frame), name
    assert list(pd.read_parquet(out / "columns.parquet")["column"]) == ["id", "user_id", "id", "name"]


def test_frames_output_is_a_folder(tmp_path):
    db = make_db(tmp_path)
    target = tmp_path / "a_file"
    target.write_text("x")
    result = run(str(db), "-o", str(target))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "it is a file" in result.stderr
