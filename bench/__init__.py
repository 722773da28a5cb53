"""Benchmarks: ``python -m bench NAME [options]`` (``python -m bench --help`` lists them).

Each benchmark is a module ``bench/<name>.py`` with ``main(argv) -> int``; each
measured case runs in a fresh process and prints medians, ratios against the
peers measured in the same run, and peak memory.
"""
