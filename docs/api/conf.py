"""Sphinx configuration of the API reference (``make docs``; warnings are errors)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

project = "framing"
author = "framing developers"
copyright = "framing developers, MIT licence"  # noqa: A001 - Sphinx's name
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode"]
napoleon_numpy_docstring = True
napoleon_google_docstring = False
napoleon_use_rtype = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_mock_imports: list[str] = []
nitpicky = False
html_theme = "alabaster"
html_title = "framing API reference"
exclude_patterns = ["_build"]
suppress_warnings = ["ref.python"]  # short names that resolve to several targets
