"""The program's version, read by pyproject (setuptools dynamic version) and the packaging spec."""

__version__ = "0.1.0"
