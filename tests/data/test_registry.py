"""Registry and fetching against a tiny self-made mirror (no network, no real data)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
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


def test_packaged_registry_has_the_four_datasets():
    reg = registry.default_registry()
    assert reg.names() == ["kremlin-zelenskyy-2021-2022", "ungd-2022", "unscon", "whitehouse-2022"]
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
    with pytest.raises(DataError, match=r"data/c.csv: sha256 does not match"):
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
