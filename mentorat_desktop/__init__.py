"""Mentorat: run a reverse-mentoring program from a laptop, offline."""

__version__ = "0.1.0"
