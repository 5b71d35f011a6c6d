"""``framing data`` subcommands against a toy registry and mirror."""

from __future__ import annotations

import pytest

from framing.cli import main
from tests.data.test_registry import toy  # noqa: F401 - fixture


def test_list_info_fetch_path(toy, tmp_path, capsys):  # noqa: F811
    assert main(["data", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("toy\t2 files") and "CC0" in out
    assert main(["data", "fetch", "toy"]) == 0
    assert main(["data", "info", "toy"]) == 0
    out = capsys.readouterr().out
    assert "license:     CC0" in out and "Nobody (2024)" in out and "files:       2" in out
    assert "fetched:     yes" in out
    assert main(["data", "path", "toy"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "cache" / "toy")
    assert main(["data", "fetch", "--all"]) == 0


@pytest.mark.parametrize(
    "argv", [["data", "info", "nope"], ["data", "fetch"], ["data", "fetch", "toy", "--all"]]
)
def test_errors_are_one_line(toy, capsys, argv):  # noqa: F811
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error:") and err.count("\n") == 1


def test_missing_mirror(toy, monkeypatch, tmp_path, capsys):  # noqa: F811
    monkeypatch.setenv("FRAMING_MIRROR", str(tmp_path / "gone"))
    assert main(["data", "fetch", "toy"]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_unknown_name_lists_and_suggests_your_corpora_too(toy, tmp_path, monkeypatch, capsys):  # noqa: F811
    monkeypatch.setenv("FRAMING_CORPORA_DIR", str(tmp_path / "corpora"))
    src = tmp_path / "op-eds.csv"
    src.write_text("doc_id,text\na,The West may accuse China.\n", encoding="utf-8")
    assert main(["-q", "data", "add", "my-op-eds", str(src)]) == 0
    for command in ("info", "path"):
        assert main(["data", command, "my-opeds"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "unknown dataset 'my-opeds'" in err
        assert "(did you mean 'my-op-eds'?)" in err and "your corpora: my-op-eds" in err
