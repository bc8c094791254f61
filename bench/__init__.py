"""Benchmarks for factcheck: a deterministic corpus generator and a runner.

* :mod:`bench.corpus` writes news-like documents and a matching claims file;
* :mod:`bench.run` times ``factcheck scan`` on such corpora (``python -m bench``).
"""
