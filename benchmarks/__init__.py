"""Benchmarks: each ``bench_*.py`` module has ``run() -> list[str]`` of result lines.

Every figure is reported as a ratio against a baseline measured in the same
run, so machines of different speed can be compared.
"""
