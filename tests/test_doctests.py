"""The examples in the docstrings of ``framing`` run and show what they claim (the transcripts
example was stale before version 93, and nothing ran it)."""

import doctest
import importlib
import pkgutil

import pytest

import framing


def _modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(framing.__path__, "framing.")]
    return sorted(n for n in names if not n.endswith("__main__"))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
