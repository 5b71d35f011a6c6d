"""Registry and fetching against a tiny self-made mirror (no network, no real data)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from framing.core.errors import DataError
from framing.data import registry

COMMIT = "0" * 40
FILES = {"data/a b.txt": b"alpha\n", "data/c.csv": b"x,y\n1,2\n"}


def _url(rel: str) -> str:
    return f"{registry.RAW_PREFIX}owner/repo/{COMMIT}/{rel.replace(' ', '%20')}"


def make_mirror(root: Path, files: dict[str, bytes] = FILES) -> Path:
    for rel, data in files.items():
        target = root / "owner" / "repo" / COMMIT / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def make_registry(tmp: Path, files: dict[str, bytes] = FILES) -> registry.Registry:
    rows = ["dataset,path,url,sha256,bytes"]
    for rel, data in files.items():
        rows.append(f"toy,{rel},{_url(rel)},{hashlib.sha256(data).hexdigest()},{len(data)}")
    csv = tmp / "files.csv"
    csv.write_text("\n".join(rows) + "\n")
    meta = tmp / "datasets.yaml"
    meta.write_text(
        textwrap.dedent("""\
        datasets:
          - name: toy
            title: Toy
            license: CC0
            citation: Nobody (2024)
        """)
    )
    return registry.Registry.from_files(csv, meta)


@pytest.fixture
def toy(tmp_path, monkeypatch):
    mirror = make_mirror(tmp_path / "mirror")
    reg = make_registry(tmp_path)
    previous = registry.use_registry(reg)
    monkeypatch.setenv("FRAMING_MIRROR", str(mirror))
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("FRAMING_QUIET", "1")
    yield mirror
    registry.use_registry(previous)


def test_packaged_registry_has_every_dataset():
    reg = registry.default_registry()
    assert reg.names() == [
        "cameo-dictionaries",
        "china-media-headlines-2022",
        "chinadaily-opinion-2012-2019",
        "kremlin-zelenskyy-2021-2022",
        "media-rt-2022",
        "media-western-2022",
        "ungd-2022",
        "unscon",
        "whitehouse-2022",
    ]
    for d in reg:
        assert d.title and d.license and d.citation and d.description, d.name
    rt = reg.get("media-rt-2022")  # one path at two commits: prefixed with the commit
    assert [f.path for f in rt.files] == ["3e0c112/data/RT.csv", "6715f01/data/RT.csv"]
    assert reg.get("media-western-2022").n_files == 5
    assert reg.get("cameo-dictionaries").n_files == 6
    wh = reg.get("whitehouse-2022")
    assert wh.n_files == 2842 and wh.license and wh.citation
    assert all(len(f.sha256) == 64 and f.bytes > 0 for d in reg for f in d.files)
    assert reg.get("ungd-2022").n_files == 195


def test_fetch_verifies_and_maps_paths(toy, tmp_path):
    out = registry.fetch("toy")
    assert sorted(out) == sorted(FILES)
    for rel, data in FILES.items():
        assert out[rel].read_bytes() == data
        assert out[rel] == tmp_path / "cache" / "toy" / Path(rel)
    assert registry.path("toy") == tmp_path / "cache" / "toy"
    assert registry.is_fetched("toy", verify=True)


def test_corrupted_mirror_file_is_refused(toy, tmp_path):
    (toy / "owner" / "repo" / COMMIT / "data" / "c.csv").write_bytes(b"x,y\n1,3\n")
    expected = hashlib.sha256(FILES["data/c.csv"]).hexdigest()
    with pytest.raises(DataError, match=rf"^toy: data/c.csv: sha256 does not match.*{expected}"):
        registry.fetch("toy")
    assert not (tmp_path / "cache" / "toy" / "data" / "c.csv").exists()
    leftovers = [p for p in (tmp_path / "cache" / "toy" / "data").iterdir() if p.name != "a b.txt"]
    assert leftovers == []  # no temporary file left behind


def test_missing_mirror_dir_is_a_clear_error(toy, monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_MIRROR", str(tmp_path / "nowhere"))
    with pytest.raises(DataError, match="FRAMING_MIRROR=.*no such folder"):
        registry.fetch("toy")


def test_missing_mirror_file_is_a_clear_error(toy):
    (toy / "owner" / "repo" / COMMIT / "data" / "a b.txt").unlink()
    with pytest.raises(DataError, match=r"a b.txt: missing from the mirror"):
        registry.fetch("toy")


def test_cached_files_are_reused_and_corrupt_cache_repaired(toy, tmp_path):
    registry.fetch("toy")
    # remove the mirror: a second fetch must be served from the cache
    src = toy / "owner" / "repo" / COMMIT / "data" / "c.csv"
    src.rename(src.with_suffix(".bak"))
    cached = tmp_path / "cache" / "toy" / "data" / "c.csv"
    mtime = cached.stat().st_mtime_ns
    assert registry.fetch("toy")["data/c.csv"] == cached
    assert cached.stat().st_mtime_ns == mtime
    # a damaged cache file is fetched again
    src.with_suffix(".bak").rename(src)
    cached.write_bytes(b"garbage")
    registry.fetch("toy")
    assert cached.read_bytes() == FILES["data/c.csv"]


def test_unknown_dataset_lists_known_names(toy):
    with pytest.raises(DataError, match="unknown dataset 'nope'; known datasets: toy"):
        registry.info("nope")
    with pytest.raises(DataError):
        registry.fetch("nope")


def test_file_url_mirror(toy, monkeypatch):
    monkeypatch.setenv("FRAMING_MIRROR", toy.as_uri())
    assert len(registry.fetch("toy")) == 2


def test_data_dir_default_is_user_cache(monkeypatch):
    monkeypatch.delenv("FRAMING_DATA_DIR", raising=False)
    assert registry.data_dir().name.lower() == "framing"


def test_two_processes_fetching_at_once(tmp_path):
    big = {f"data/f{i}.bin": bytes([i]) * 200_000 for i in range(20)}
    mirror = make_mirror(tmp_path / "mirror", big)
    make_registry(tmp_path, big)
    script = textwrap.dedent(f"""
        from framing.data import registry
        registry.use_registry(registry.Registry.from_files({str(tmp_path / "files.csv")!r},
                                                           {str(tmp_path / "datasets.yaml")!r}))
        registry.fetch("toy")
    """)
    env = {
        "FRAMING_MIRROR": str(mirror),
        "FRAMING_DATA_DIR": str(tmp_path / "cache"),
        "FRAMING_QUIET": "1",
        "PATH": "/usr/bin:/bin",
    }
    procs = [subprocess.Popen([sys.executable, "-c", script], env=env) for _ in range(3)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    folder = tmp_path / "cache" / "toy" / "data"
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(k).name for k in big)
    for rel, data in big.items():
        assert (tmp_path / "cache" / "toy" / rel).read_bytes() == data


def test_a_path_listed_twice_is_refused(tmp_path):
    make_registry(tmp_path)
    csv = tmp_path / "files.csv"
    lines = csv.read_text().splitlines()
    csv.write_text("\n".join([*lines, lines[1]]) + "\n")
    with pytest.raises(DataError, match=r"dataset 'toy' lists 'data/a b.txt' twice"):
        registry.Registry.from_files(csv, tmp_path / "datasets.yaml")


def test_build_registry_prefixes_a_path_seen_at_two_commits(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    try:
        import build_registry
    finally:
        sys.path.pop(0)
    raw = "https://raw.githubusercontent.com/o/r"
    rows = [
        ("rt", f"o/r/{'a' * 40}/data/RT.csv", f"{raw}/{'a' * 40}/data/RT.csv"),
        ("rt", f"o/r/{'b' * 40}/data/RT.csv", f"{raw}/{'b' * 40}/data/RT.csv"),
        ("rt", f"o/r/{'b' * 40}/data/x y.csv", f"{raw}/{'b' * 40}/data/x%20y.csv"),
    ]
    manifest = tmp_path / "MANIFEST.csv"
    manifest.write_text(
        "dataset,path,url,sha256,bytes,license\n"
        + "".join(f"{d},{p},{u},{'0' * 64},1,x\n" for d, p, u in rows)
    )
    paths = [line.split(",")[1] for line in build_registry.build(manifest).splitlines()[1:]]
    assert paths == ["aaaaaaa/data/RT.csv", "bbbbbbb/data/RT.csv", "data/x y.csv"]


def test_an_unreadable_mirror_file_is_named_as_the_mirror_s(toy, monkeypatch):
    # was "cannot write <cache file> (Permission denied); set FRAMING_DATA_DIR to a writable
    # folder": the cache folder blamed for the mirror's file
    original = Path.open

    def deny(self, *args, **kw):
        if "mirror" in self.parts:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kw)

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(DataError, match=r"a b.txt: cannot read this mirror file \(Permission"):
        registry.fetch("toy")


def test_a_cache_folder_that_cannot_be_made_is_named(toy, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("FRAMING_DATA_DIR", str(blocker / "cache"))
    with pytest.raises(DataError, match=r"toy: cannot write .*set FRAMING_DATA_DIR to a writable"):
        registry.fetch("toy")


def test_an_unwritable_parsed_cache_still_loads(toy, monkeypatch, tmp_path, caplog):
    import types

    import pandas as pd

    from framing.data import datasets

    def parse(files):
        return pd.DataFrame({"doc_id": ["a"], "text": [files["data/a b.txt"].read_text()]})

    fake = types.SimpleNamespace(__name__="toy_parser", PARSER_VERSION=1, parse=parse)
    monkeypatch.setattr(datasets, "parser", lambda name: fake)
    registry.fetch("toy")
    (tmp_path / "cache" / "parsed").write_text("")  # the parsed/ folder cannot be made
    with caplog.at_level("WARNING"):
        df = datasets.load("toy")
    assert df["text"].tolist() == ["alpha\n"]
    assert "cannot write the parsed-dataset cache" in caplog.text


def test_a_misspelt_dataset_name_gets_a_suggestion():
    reg = registry.default_registry()
    with pytest.raises(
        DataError, match=r"unknown dataset 'ungd2022' \(did you mean 'ungd-2022'\?\)"
    ):
        reg.get("ungd2022")
    with pytest.raises(DataError, match=r"unknown dataset 'zzz'; known datasets: cameo"):
        reg.get("zzz")


def test_a_file_url_with_a_host_is_refused(toy, monkeypatch, tmp_path):
    # file://mirror (two slashes) parsed to an empty path, so the working folder was the mirror
    monkeypatch.setenv("FRAMING_MIRROR", "file://mirror")
    with pytest.raises(DataError, match=r"file:///absolute/path \(here 'mirror' is read as a host"):
        registry.fetch("toy")
    monkeypatch.setenv("FRAMING_MIRROR", f"file://localhost{toy}")
    assert len(registry.fetch("toy")) == 2
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("FRAMING_MIRROR", str(tmp_path / "a-file"))
    with pytest.raises(DataError, match="a-file: is a file, not a folder"):
        registry.mirror_dir()


def test_a_killed_fetch_s_temporary_file_is_removed_by_the_next(toy, tmp_path):
    # what pooch leaves beside the target when the fetch is killed (SIGKILL) mid-download
    folder = tmp_path / "cache" / "toy" / "data"
    folder.mkdir(parents=True)
    stale, live, other = folder / "tmp_r6yjv_u", folder / "tmpab12cd34", folder / "tmp-mine.txt"
    for f in (stale, live, other):
        f.write_bytes(b"partial")
    old = time.time() - registry.STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    registry.fetch("toy")
    assert not stale.exists()
    assert live.exists()  # recent: maybe a concurrent fetch's download, left alone
    assert other.exists()  # not pooch's name pattern: not ours
    assert registry.is_fetched("toy", verify=True)
