"""The adversarial battery (issue 18): data loss, signals, races, caches, hostile input.

Every test here is listed in docs/reliability.md (tests/test_reliability_docs.py keeps them in
sync). Each one failed on the code before the fix it checks.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from framing.cli import main
from tests.conftest import ARTICLE_TXT
from tests.test_reliability import ENGLISH, leftovers, one_error_line, warnings_of


def _body() -> str:
    return ARTICLE_TXT.read_text(encoding="utf-8")


def _docs(folder: Path, n: int = 5, text: str = ENGLISH) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"d{i}.txt").write_text(f"Doc {i}. " + text)
    return folder


def _csv(path: Path, texts: list[str]) -> Path:
    pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts}).to_csv(
        path, index=False
    )
    return path


# ----------------------------------------------------------------------------- outputs
def test_output_that_is_an_input_is_refused(tmp_path, capsys):
    corpus = tmp_path / "corpus.csv"
    corpus.write_text("doc_id,text\na,The West accused China.\nb,It may be so.\n")
    before = corpus.read_bytes()
    link = tmp_path / "link.csv"
    os.link(corpus, link)  # the same file under another name
    for out in (corpus, link):
        assert main(["-q", "score", str(corpus), "--out", str(out), "--force"]) == 2
        one_error_line(capsys.readouterr().err, "is also an input", "even with --force")
    art = tmp_path / "a.txt"
    art.write_text("Headline\n\n" + ENGLISH)
    assert main(["-q", "report", str(art), "-o", str(art), "--force"]) == 2
    one_error_line(capsys.readouterr().err, "is also an input")
    assert corpus.read_bytes() == before and art.read_text().startswith("Headline")


def test_compare_force_never_deletes_foreign_files(tmp_path, capsys):
    from framing.core.outputs import MANIFEST

    corpus = tmp_path / "out" / "corpus.csv"
    corpus.parent.mkdir()
    rows = [f"d{i},{'The West accused China. ' * (i + 25)}It may be so.,{'ab'[i % 2]}"
            for i in range(8)]  # at least 100 words: compare leaves shorter documents out  # fmt: skip
    corpus.write_text("doc_id,text,group\n" + "\n".join(rows) + "\n")
    (tmp_path / "out" / "notes.md").write_text("my notes")
    (tmp_path / "out" / "sub").mkdir()
    art = tmp_path / "a.txt"
    art.write_text("Headline\n\n" + ENGLISH)
    argv = ["-q", "compare", str(art), "--corpus", str(corpus), "--out", str(tmp_path / "out"),
            "--n-boot", "20", "--min-group-size", "2", "--neighbours", "2", "--force"]  # fmt: skip
    assert main(argv) == 2
    one_error_line(capsys.readouterr().err, "is also an input")
    (tmp_path / "corpus.csv").write_bytes(corpus.read_bytes())
    argv[4] = str(tmp_path / "corpus.csv")
    assert main(argv) == 2
    one_error_line(capsys.readouterr().err, "did not write", "notes.md", "sub/")
    assert (tmp_path / "out" / "notes.md").read_text() == "my notes" and corpus.exists()
    fresh = tmp_path / "fresh"
    argv[argv.index(str(tmp_path / "out"))] = str(fresh)
    assert main(argv) == 0, capsys.readouterr().err
    assert (fresh / MANIFEST).exists() and (fresh / "summary.md").exists()
    assert main(argv) == 0  # its own earlier output is replaced
    (fresh / "summary.md").write_text("edited by hand")
    assert main(argv) == 2
    one_error_line(capsys.readouterr().err, "summary.md (changed since framing wrote it)")
    assert (fresh / "summary.md").read_text() == "edited by hand"
    assert leftovers(tmp_path) == [] and not list(tmp_path.glob(".*.old"))


def test_file_appearing_during_the_run_is_not_overwritten(tmp_path):
    from framing.core.errors import OutputError
    from framing.core.files import atomic_path
    from framing.core.outputs import claim_output

    out = tmp_path / "o.csv"
    with pytest.raises(OutputError, match="appeared while this run"), atomic_path(out, False) as t:
        t.write_text("result")
        out.write_text("precious")  # another program creates the output meanwhile
    assert out.read_text() == "precious" and leftovers(tmp_path) == []
    for force in (False, True):  # --force replaces what was there at the start, nothing else
        out.unlink()
        with (
            pytest.raises(OutputError, match="appeared"),
            claim_output(out, force) as claim,
            claim.file() as tmp,
        ):
            tmp.write_text("result")
            out.write_text("precious")
        assert out.read_text() == "precious"
    with (
        pytest.raises(OutputError, match="changed while"),
        claim_output(out, True) as claim,
        claim.file() as tmp,
    ):
        tmp.write_text("result")
        out.write_text("precious, edited")
    assert out.read_text() == "precious, edited" and leftovers(tmp_path) == []


def test_streamed_score_does_not_clobber_a_file_created_meanwhile(tmp_path):
    corpus = _csv(tmp_path / "c.csv", [f"Doc {i}. {ENGLISH}" for i in range(400)])
    out = tmp_path / "o.csv"
    cmd = [sys.executable, "-m", "framing.cli", "-q", "score", str(corpus), "--out", str(out),
           "--chunk-size", "10"]  # fmt: skip
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".o.csv.*.part")) and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.05)
    out.write_text("precious")
    err = proc.communicate(timeout=300)[1].decode()
    assert proc.returncode == 2, err
    one_error_line(err, "appeared while this run")
    assert out.read_text() == "precious" and leftovers(tmp_path) == []


def test_concurrent_runs_to_one_output_never_both_succeed(tmp_path):
    docs = _docs(tmp_path / "docs", 30, _body()[:3000])
    out = tmp_path / "o.csv"
    cmd = [sys.executable, "-m", "framing.cli", "-q", "score", str(docs), "--out", str(out),
           "--force"]  # fmt: skip
    procs = [subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    codes = sorted(p.returncode for p in procs)
    assert codes == [0, 2], errs
    loser = errs[[p.returncode for p in procs].index(2)]
    one_error_line(loser, "another framing run is writing this output")
    assert len(pd.read_csv(out)) == 30
    assert leftovers(tmp_path) == [] and not list(tmp_path.glob(".*.lock"))


def test_full_disk_leaves_nothing_and_says_so(tmp_path, capsys, monkeypatch):
    import framing.cli.score as score_cli

    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    out = tmp_path / "o.csv"

    def full(self, table):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(score_cli.TableWriter, "write", full)
    assert main(["-q", "score", str(doc), "--out", str(out)]) == 2
    one_error_line(capsys.readouterr().err, "o.csv", "disk is full", "no partial output")
    assert not out.exists() and leftovers(tmp_path) == []
    monkeypatch.undo()

    import pandas as pd_mod

    def arrow_full(self, path, *a, **k):  # pyarrow's OSError carries the text only
        Path(path).write_bytes(b"PAR1 half")
        raise OSError("IOError: No space left on device")

    monkeypatch.setattr(pd_mod.DataFrame, "to_parquet", arrow_full)
    from framing.core.errors import OutputError
    from framing.core.files import atomic_path

    with pytest.raises(OutputError, match="disk is full"), atomic_path(tmp_path / "t.pq") as tmp:
        pd.DataFrame({"a": [1]}).to_parquet(tmp)
    assert leftovers(tmp_path) == [] and not (tmp_path / "t.pq").exists()


# ----------------------------------------------------------------------------- signals
def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _default_signals() -> None:
    """In the child: SIGTERM and SIGHUP at their default action, as in a plain shell. Under
    ``nohup`` the test runner ignores SIGHUP and the child would inherit that; framing rightly
    leaves an ignored signal ignored, so the handler under test would never be installed."""
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)


def _start_and_signal(cmd: list[str], sig: int, ready: bytes = b"scoring", workers: int = 0):
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, preexec_fn=_default_signals)
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: proc.stderr.read1(), b"")))
    reader.start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and ready not in b"".join(chunks):
        assert proc.poll() is None, b"".join(chunks).decode()
        time.sleep(0.1)
    while time.monotonic() < deadline and len(_descendants(proc.pid)) < workers:
        assert proc.poll() is None, b"".join(chunks).decode()
        time.sleep(0.1)  # a slow machine starts the pool well after the first progress line
    time.sleep(1.0)
    assert proc.poll() is None, "finished before the signal"
    workers = _descendants(proc.pid)
    proc.send_signal(sig)
    proc.wait(timeout=120)
    reader.join(timeout=30)
    return proc.returncode, b"".join(chunks).decode(errors="replace"), workers


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_stop_workers_and_clean_up(tmp_path, sig, code):
    docs = _docs(tmp_path / "docs", 400, _body() * 2)
    out = tmp_path / "o.csv"
    cmd = [sys.executable, "-m", "framing.cli", "score", str(docs), "--out", str(out),
           "--jobs", "2"]  # fmt: skip
    rc, err, workers = _start_and_signal(cmd, sig, workers=3)  # forkserver and two workers
    assert rc == code, err
    name = signal.Signals(sig).name
    assert f"terminated by {name}" in err and "Traceback" not in err
    assert workers, "no worker processes were seen"
    deadline = time.monotonic() + 30
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)], "orphaned worker processes"
    assert not out.exists() and leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("engine", ["stream", "dask"])
def test_sigterm_during_streamed_or_dask_run(tmp_path, engine):
    corpus = _csv(tmp_path / "c.csv", [" ".join(_body().split()[:400])] * 600)
    out = tmp_path / "o.csv"
    extra = ["--chunk-size", "20"] if engine == "stream" else ["--engine", "dask", "--jobs", "2"]
    cmd = [sys.executable, "-m", "framing.cli", "score", str(corpus), "--out", str(out), *extra]
    ready = b"scoring" if engine == "stream" else b""
    if engine == "dask":
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while len(_descendants(proc.pid)) < 3 and time.monotonic() < deadline:
            assert proc.poll() is None
            time.sleep(0.2)
        time.sleep(1.0)
        workers = _descendants(proc.pid)
        proc.send_signal(signal.SIGTERM)
        err = proc.communicate(timeout=120)[1].decode()
        rc = proc.returncode
    else:
        rc, err, workers = _start_and_signal(cmd, signal.SIGTERM, ready)
    assert rc == 143, err
    assert "terminated by SIGTERM" in err and "Traceback" not in err
    deadline = time.monotonic() + 30
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)]
    assert not out.exists() and leftovers(tmp_path) == []


# ----------------------------------------------------------------------------- caches
def test_foreign_parquet_in_the_scoring_cache_is_not_read(tmp_path, caplog):
    from framing.data import cache
    from framing.engine.lexicon import load_lexicon
    from framing.engine.scoring import score

    lex = load_lexicon()
    df = pd.DataFrame({"doc_id": ["a", "b"], "text": ["The West accused China.", "It may."]})
    shard = cache.shard_dir(lex.fingerprint, {}, tmp_path)
    shard.mkdir(parents=True)
    foreign = shard / "part-0000.parquet"  # someone else's file, with a plausible name
    pd.DataFrame({cache.HASH_COL: [cache.text_hash(t) for t in df["text"]],
                  "tokens": ["many", "few"], "notes": [1, 2]}).to_parquet(foreign)  # fmt: skip
    (shard / "part-0001.parquet").write_bytes(b"PAR1 truncated")
    out = cache.cached_score(df, lexicon=lex, cache_dir=tmp_path, progress=False)
    expected = score(df, lexicon=lex, progress=False)
    pd.testing.assert_frame_equal(out, expected)
    named = " ".join(r.getMessage() for r in caplog.records)
    assert "part-0000.parquet" in named and "no cache metadata" in named
    assert "part-0001.parquet" in named and "unreadable" in named
    assert not foreign.exists() and (shard / "part-0000.parquet.damaged").exists()  # kept aside
    caplog.clear()
    again = cache.cached_score(df, lexicon=lex, cache_dir=tmp_path, progress=False)
    pd.testing.assert_frame_equal(again, expected)  # its own entries are read back
    assert "not a valid cache entry" not in caplog.text  # named once, not on every run


def test_damaged_parsed_dataset_cache_is_named_and_rebuilt(tmp_path, monkeypatch, capsys, caplog):
    from types import SimpleNamespace

    from framing.data import datasets, registry

    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path))
    fake = SimpleNamespace(
        __name__="fake_parser",
        PARSER_VERSION=1,
        parse=lambda files: pd.DataFrame({"doc_id": ["x"], "text": ["The West."]}),
    )
    monkeypatch.setattr(datasets, "parser", lambda name: fake)
    monkeypatch.setattr(registry, "fetch", lambda name: {})
    file = datasets.cached_files("ungd-2022")[""]
    file.parent.mkdir(parents=True)
    file.write_bytes(b"PAR1 this is not parquet")
    assert main(["data", "info", "ungd-2022"]) == 0
    cap = capsys.readouterr()
    assert "not parsed" in cap.out and "Traceback" not in cap.err
    assert file.name in " ".join(r.getMessage() for r in caplog.records)
    df = datasets.load("ungd-2022")
    assert list(df["doc_id"]) == ["x"] and (file.parent / (file.name + ".damaged")).exists()
    assert datasets.n_documents("ungd-2022") == 1
    pd.DataFrame({"doc_id": ["y"], "text": ["foreign"]}).to_parquet(file)  # no cache key
    assert list(datasets.load("ungd-2022")["doc_id"]) == ["x"]


# ----------------------------------------------------------------------------- hostile input
BILLION_LAUGHS = """id: lol
label: LOL
version: 1
kind: frame
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
definition: *g
entries: [{term: lol}]
"""


def _limited(*argv: str, mem_gb: float = 3, timeout: float = 120):
    """The CLI in a subprocess with a memory cap (so the old behaviour cannot hurt the host)."""
    import resource

    def cap():
        lim = int(mem_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (lim, lim))

    return subprocess.run([sys.executable, "-m", "framing.cli", "-q", *argv], capture_output=True,
                          text=True, timeout=timeout, preexec_fn=cap)  # fmt: skip


def test_yaml_billion_laughs_and_oversized_lexicons_are_refused(tmp_path, monkeypatch, capsys):
    lex = tmp_path / "lol.yaml"
    lex.write_text(BILLION_LAUGHS)
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    r = _limited("lexicon", "check", str(lex))
    assert r.returncode == 2 and "lol.yaml:5: error:" in r.stderr and "anchor" in r.stderr, r.stderr
    r = _limited("profile", str(doc), "--lexicon", str(lex))
    assert r.returncode == 2, r.stderr
    one_error_line(r.stderr, "lol.yaml:5", "not allowed")
    from framing.core import safe_yaml
    from framing.engine import lexicon as L

    monkeypatch.setattr(L, "MAX_ENTRIES", 10)
    big = "id: big\nlabel: B\nkind: frame\ndefinition: d\nentries:\n" + "".join(
        f"  - term: w{i}\n" for i in range(11)
    )
    probs = L._parse_file("big.yaml", big)[1]
    assert any("at most 10 per file" in p.message for p in probs)
    with pytest.raises(safe_yaml.YAMLLimitError, match="over the limit"):
        safe_yaml.load("x: " + "a" * safe_yaml.MAX_BYTES)
    with pytest.raises(safe_yaml.YAMLLimitError, match="nodes"):
        safe_yaml.load("[" + "1, " * 20 + "1]", max_nodes=10)
    monkeypatch.undo()
    meta = tmp_path / "art.yaml"
    (tmp_path / "art.txt").write_text(ENGLISH)
    meta.write_text("x: &x [1, 2]\nheadline: *x\n")
    assert main(["profile", str(tmp_path / "art.txt")]) == 2
    one_error_line(capsys.readouterr().err, "art.yaml", "not allowed")


def _work_grows_linearly(fn, make, n: int) -> None:
    """Loose: 4x the input may take at most 8x the time (quadratic work takes 16x), + 0.5 s."""
    small = make(n)
    t1 = min(_timed(fn, small) for _ in range(2))
    t4 = _timed(fn, make(4 * n))
    assert t4 <= 8 * t1 + 0.5, (t1, t4)


def _timed(fn, arg) -> float:
    t0 = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t0


@pytest.mark.parametrize(
    ("what", "n"),
    [("sentences of one huge token", 5_000), ("sentence breaks in a run of dots", 5_000),
     ("unclosed <script tags", 50_000), ("quoted words without punctuation", 20_000)],
)  # fmt: skip
def test_pathological_text_takes_linear_work(what, n):
    """One huge token, runs of dots, unclosed tags, quotations in one endless sentence: no regex
    rescans the rest of the text from every position or quotation (the time budget per MB is in
    benchmarks/pathological.py)."""
    from framing.engine import readability as rd
    from framing.engine.language import strip_html
    from framing.engine.quotes import find_quotes
    from framing.engine.text import sentence_spans

    fn, make = {
        "sentences of one huge token": (rd._count_sentences, lambda k: "a" * k),
        "sentence breaks in a run of dots": (sentence_spans, lambda k: "." * k),
        "unclosed <script tags": (strip_html, lambda k: "<html>" + "<script x " * (k // 10)),
        "quoted words without punctuation": (
            lambda t: find_quotes(t, sentence_spans(t)),
            lambda k: 'we "x y" ' * (k // 9),
        ),
    }[what]
    _work_grows_linearly(fn, make, n)
    import textstat

    for t in ("one two three. four", "One, two - three. Four five six!", "a -- b c. d e f"):
        assert rd._count_sentences(t) == textstat.sentence_count(t)  # still textstat's count
    assert sentence_spans("Wait... what?! Yes.") == [(0, 14), (15, 19)]


@pytest.mark.parametrize("streamed", [False, True])
def test_non_string_text_column_is_refused(tmp_path, capsys, streamed):
    pq = tmp_path / "nums.parquet"
    pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [1, 2, 3]}).to_parquet(pq)
    js = tmp_path / "mixed.jsonl"
    js.write_text('{"doc_id": "a", "text": "The West."}\n{"doc_id": "b", "text": 42}\n')
    extra = ["--chunk-size", "1"] if streamed else []
    for f, needle in ((pq, "int values (row 1: '1')"), (js, "int values (row 2: '42')")):
        assert main(["-q", "score", str(f), "--out", str(tmp_path / "o.csv"), *extra]) == 2
        one_error_line(capsys.readouterr().err, f.name, "text column 'text'", needle)
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-16-le"])
def test_utf16_and_utf32_files_are_decoded_or_named(tmp_path, capsys, codec):
    import json

    text = "Headline\n\nThe West accused China of \u201chegemony\u201d. It may be so."
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(codec, b"")
    data = bom + text.encode(codec)  # "utf-16"/"utf-32" write a BOM themselves; -le has none
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    if codec == "utf-16-le":  # no BOM: named, with the fix
        assert main(["profile", str(f)]) == 2
        one_error_line(capsys.readouterr().err, "UTF-16-LE", "without a byte order mark",
                       "--encoding utf-16-le")  # fmt: skip
        assert main(["profile", str(f), "--encoding", "utf-16-le", "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["accusation_count"] >= 1
        return
    assert main(["profile", str(f), "--format", "json"]) == 0, capsys.readouterr().err
    m = json.loads(capsys.readouterr().out)
    assert m["tokens"] == 11 and m["accusation_count"] >= 1  # whole file: no --title-line
    table = tmp_path / "t.csv"
    table.write_bytes(bom + f'doc_id,text\nx,"{text}"\n'.encode(codec))
    for extra in ([], ["--chunk-size", "1"]):
        out = tmp_path / "o.csv"
        assert main(["-q", "score", str(table), "--out", str(out), "--force", *extra]) == 0
        assert pd.read_csv(out).loc[0, "doc_id"] == "x"


def test_zero_width_characters_and_soft_hyphens_do_not_hide_words(tmp_path, capsys):
    """(Property tests of the offset map: tests/engine/test_invisible.py.)"""
    import json

    plain = "Headline\n\nThe West accused China of hegemony. It may be so-called trust."
    hidden = plain.replace("accused", "ac\u00adcused").replace("West", "We\u200bst")
    hidden = hidden.replace("may", "m\u2060ay").replace("trust", "tr\ufeffust")
    metrics = []
    for name, text in (("plain.txt", plain), ("hidden.txt", hidden)):
        (tmp_path / name).write_text(text)
        assert main(["profile", str(tmp_path / name), "--format", "json"]) == 0
        metrics.append(json.loads(capsys.readouterr().out))
    for cat in ("accusation", "west_us", "hedge"):
        assert metrics[1][f"{cat}_count"] == metrics[0][f"{cat}_count"] >= 1, cat
    # every metric is the visible text's, tokens and readability included (since version 131;
    # the zero-width space between two Latin letters since version 135)
    assert metrics[1] == metrics[0]
    assert main(["kwic", "--category", "accusation", str(tmp_path / "hidden.txt")]) == 0
    assert "[ac\u00adcused]" in capsys.readouterr().out  # the span points into the original


# ----------------------------------------------------------------------------- regular expressions
SUPERLINEAR = [r"\b(a{1,10}){1,10}b", r"\b(?:x?y?)*z", r"\b(\d+)*x", r"\w*\w*x", r"\b[a-z]+\s*[a-z]*!",
               r"\b(?=(a+)+b)a", r"\b(.*,)*x"]  # fmt: skip


@pytest.mark.parametrize("pattern", SUPERLINEAR)
def test_superlinear_regexes_are_refused_by_lexicon_check_and_kwic(tmp_path, capsys, pattern):
    lex = tmp_path / "evil.yaml"
    escaped = pattern.replace("'", "''")
    lex.write_text(
        f"id: evil\nlabel: E\ndefinition: d\nkind: frame\nentries:\n  - regex: '{escaped}'\n"
    )
    assert main(["lexicon", "check", str(lex)]) == 2
    assert "catastrophic backtracking" in capsys.readouterr().err
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    t0 = time.monotonic()
    assert main(["kwic", "--pattern", pattern, str(doc)]) == 2
    one_error_line(capsys.readouterr().err, "--pattern", "backtrack")
    assert time.monotonic() - t0 < 30


def test_safe_regexes_and_builtin_lexicons_pass_the_check(tmp_path, capsys):
    from framing.engine.lexicon import builtin_files, check_lexicons
    from framing.engine.regex_safety import backtracking_risk

    for ok in [r"\bso[- ]called\b", r"(\d{1,3},)+\d", r"\w+\s+\w+", r"\d+(?:,\d+)*", r"colou?r",
               r"west.*china", r"\bwest(?:ern)?\b", r"'[^']*'", r"a{3}b"]:  # fmt: skip
        assert backtracking_risk(ok) is None, ok
    errors = [p for p in check_lexicons(builtin_files()) if p.severity == "error"]
    assert errors == []
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    assert main(["kwic", "--pattern", r"accus\w*", str(doc)]) == 0
    assert "[accused]" in capsys.readouterr().out


def test_long_terms_compile_without_recursion_error(tmp_path):
    from framing.engine.analysis import analyze
    from framing.engine.lexicon import load_lexicon

    words = " ".join(["word"] * 3000)
    lex = tmp_path / "long.yaml"
    lex.write_text(f"id: long\nlabel: L\ndefinition: d\nkind: frame\nentries:\n"
                   f"  - term: '{words}'\n  - term: '{'a' * 5000}'\n")  # fmt: skip
    a = analyze(f"x {words} y {'a' * 5000} z", load_lexicon([lex]))
    assert a.metrics["long_count"] == 2


@pytest.mark.parametrize("how", ["missing", "changed"])
def test_regex_checks_work_without_private_re_modules(monkeypatch, how):
    """re._parser / re._constants are CPython internals: simulate their absence or change."""
    import re
    from types import SimpleNamespace

    from framing.engine import lexicon as L
    from framing.engine import regex_safety
    from framing.engine.analysis import analyze
    from framing.engine.matcher import Matcher

    text = _body()
    expected = analyze(text).matches
    regex_safety.backtracking_risk.cache_clear()
    for name in ("_parser", "_constants"):  # re itself only needs _compiler to compile
        if how == "missing":
            monkeypatch.delattr(re, name)
            monkeypatch.setitem(sys.modules, f"re.{name}", None)
        else:
            monkeypatch.setattr(re, name, SimpleNamespace())  # no parse, no constants
    try:
        assert regex_safety._sre() is None
        assert L.catastrophic_backtracking(r"(a+)+b") and regex_safety.backtracking_risk(r"(a+)+b")
        assert regex_safety.backtracking_risk(r"\w*\w*x")
        assert L.catastrophic_backtracking(r"\bso[- ]called\b") is None
        m = Matcher(L.load_lexicon())  # no fast paths, the same matches
        found = m.find(text)
        assert [(x.start, x.end, x.category) for x in found] == list(
            zip(expected["start"], expected["end"], expected["category"], strict=True)
        )
    finally:
        regex_safety.backtracking_risk.cache_clear()


# ----------------------------------------------------------------------------- options, engines, environment
@pytest.mark.parametrize(
    ("argv", "option"),
    [(["compare", "A", "--corpus", "C", "--out", "O", "--n-boot", "0"], "--n-boot"),
     (["compare", "A", "--corpus", "C", "--out", "O", "--n-boot", "-5"], "--n-boot"),
     (["compare", "A", "--corpus", "C", "--out", "O", "--seed", "-1"], "--seed"),
     (["compare", "A", "--corpus", "C", "--out", "O", "--min-group-size", "0"], "--min-group-size"),
     (["score", "A", "--out", "o.csv", "--jobs", "0"], "--jobs"),
     (["score", "A", "--out", "o.csv", "--chunk-size", "0"], "--chunk-size"),
     (["score", "A", "--out", "o.csv", "--scheduler-timeout", "-1"], "--scheduler-timeout"),
     (["keyness", "A", "--corpus", "C", "--top", "0"], "--top"),
     (["kwic", "--pattern", "x", "A", "--window", "-2"], "--window"),
     (["validate", "--boot", "0"], "--boot")],
)  # fmt: skip
def test_invalid_numeric_options_are_one_line_naming_the_option(capsys, argv, option):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    one_error_line(capsys.readouterr().err.replace("framing " + argv[0], "framing"), option)


def test_jobs_are_capped_at_the_cpu_count(tmp_path, capsys):
    from framing.cli._options import cpu_count

    docs = _docs(tmp_path / "docs", 3)
    out = tmp_path / "o.csv"
    assert main(["-q", "score", str(docs), "--out", str(out), "--jobs", "10000"]) == 0
    err = capsys.readouterr().err
    assert (
        f"--jobs 10000 is more than the {cpu_count()} CPU(s) available; using {cpu_count()}" in err
    )
    assert len(pd.read_csv(out)) == 3


def test_unresponsive_or_bad_dask_scheduler_is_one_line(tmp_path, capsys):
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)  # accepts connections, never answers
    port = server.getsockname()[1]
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    base = ["-q", "score", str(doc), "--out", str(tmp_path / "o.csv"), "--engine", "dask"]
    try:
        t0 = time.monotonic()
        assert main([*base, "--scheduler", f"tcp://127.0.0.1:{port}",
                     "--scheduler-timeout", "2"]) == 2  # fmt: skip
        assert time.monotonic() - t0 < 30
        one_error_line(capsys.readouterr().err, "did not answer within 2 s", "--scheduler-timeout")
    finally:
        server.close()
    assert main([*base, "--scheduler", "bogus://host:1"]) == 2
    one_error_line(capsys.readouterr().err, "unknown address scheme 'bogus'")
    assert not (tmp_path / "o.csv").exists()


def test_environment_and_output_paths_are_one_line(tmp_path, capsys, monkeypatch):
    afile = tmp_path / "afile"
    afile.write_text("x")
    doc = tmp_path / "a.txt"
    doc.write_text("Headline\n\n" + ENGLISH)
    monkeypatch.setenv("FRAMING_DATA_DIR", str(afile))
    assert main(["data", "path", "ungd-2022"]) == 2
    one_error_line(capsys.readouterr().err, "FRAMING_DATA_DIR=", "is a file, not a folder")
    monkeypatch.delenv("FRAMING_DATA_DIR")
    from framing.engine import readability, resources

    monkeypatch.setenv("FRAMING_NLTK_DATA", str(afile))
    resources.ensure_cmudict.cache_clear()
    readability._resources.cache_clear()
    try:
        assert main(["profile", str(doc)]) == 2
        one_error_line(capsys.readouterr().err, "FRAMING_NLTK_DATA=", "is a file")
    finally:
        monkeypatch.delenv("FRAMING_NLTK_DATA")
        resources.ensure_cmudict.cache_clear()
        readability._resources.cache_clear()
    assert main(["validate", "--csv", str(tmp_path / "missing" / "v.csv")]) == 2
    one_error_line(capsys.readouterr().err, "does not exist")
    assert main(["validate", "--csv", str(afile)]) == 2  # no extension: no format
    one_error_line(capsys.readouterr().err, "unknown output type")
    table = tmp_path / "v.csv"
    table.write_text("precious")
    assert main(["validate", "--csv", str(table)]) == 2
    one_error_line(capsys.readouterr().err, "already exists", "--force")
    assert table.read_text() == "precious"


def test_all_empty_corpus_is_one_line(tmp_path, capsys):
    corpus = _csv(tmp_path / "c.csv", ["", "   ", "\n"])
    art = tmp_path / "a.txt"
    art.write_text("Headline\n\n" + ENGLISH)
    assert main(["-q", "compare", str(art), "--corpus", str(corpus), "--out",
                 str(tmp_path / "cmp")]) == 2  # fmt: skip
    one_error_line(capsys.readouterr().err, "all 3 documents", "empty")


# ----------------------------------------------------------------------------- spreadsheets, HTML
def test_csv_cells_that_spreadsheets_would_run_are_neutralised(tmp_path, capsys):
    evil = ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "+1", "-2", "\tx", "plain"]
    corpus = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": evil, "text": [ENGLISH] * len(evil)}).to_csv(corpus, index=False)
    out, raw = tmp_path / "o.csv", tmp_path / "raw.csv"
    assert main(["-q", "score", str(corpus), "--out", str(out)]) == 0
    assert main(["-q", "score", str(corpus), "--out", str(raw), "--raw-csv"]) == 0
    ids = list(pd.read_csv(out, keep_default_na=False)["doc_id"])
    assert ids == ["'" + e for e in evil[:-1]] + ["plain"]
    assert list(pd.read_csv(raw, keep_default_na=False)["doc_id"]) == evil
    assert pd.read_csv(out)["tokens"].dtype.kind == "i"  # numbers stay numbers
    from framing.core.spreadsheet import spreadsheet_safe

    df = spreadsheet_safe(pd.DataFrame({"x": [-1.5, 2.0], "t": ["-x", "\r=1"]}))
    assert list(df["x"]) == [-1.5, 2.0] and list(df["t"]) == ["'-x", "'\r=1"]


def test_html_report_escapes_script_tags_and_event_attributes(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text(
        "Headline <script>alert(1)</script>\n\nThe West accused China. "
        '<img src=x onerror="alert(2)"> It may be <b onmouseover=alert(3)>so</b>. '
        "</textarea><svg/onload=alert(4)> \"quoted\" & 'single'."
    )
    out = tmp_path / "r.html"
    assert main(["-q", "report", str(art), "-o", str(out)]) == 0
    html = out.read_text()
    for raw in ("<script>alert(1)", "<img src=x", "<b onmouseover", "<svg/onload", "</textarea>"):
        assert raw not in html, raw
    # HTML is blanked out before analysis, as in profile (the same numbers): the prose stays
    assert "The West" in html and "alert(1)" not in html
    # a text with one tag is not HTML: the tag is shown as text, escaped
    art.write_text("The West accused China. It is <svg/onload=alert(4)> so. \"quoted\" & 'x'.")
    assert main(["-q", "report", str(art), "-o", str(out), "--force"]) == 0
    html = out.read_text()
    assert "<svg/onload" not in html and "&lt;svg/onload=alert(4)&gt;" in html


# ----------------------------------------------------------------------------- deferred signals
def test_a_signal_during_a_worker_launch_is_delivered_after_it():
    from framing.core.signals import deferred

    seen: list[int] = []
    old = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
    sigint = signal.getsignal(signal.SIGINT)
    try:
        with deferred():
            signal.raise_signal(signal.SIGTERM)
            assert seen == []  # held during the launch
        assert seen == [signal.SIGTERM]  # delivered once, to the handler in force before
        assert signal.getsignal(signal.SIGINT) is sigint  # every handler restored
    finally:
        signal.signal(signal.SIGTERM, old)


def test_ctrl_c_during_a_worker_launch_interrupts_after_it():
    from framing.core.signals import deferred

    reached = False
    with pytest.raises(KeyboardInterrupt), deferred():
        signal.raise_signal(signal.SIGINT)
        reached = True
    assert reached


# ---------------------------------------------------------------- exploratory QA of 6 Dec 2026
DATES = ["03/04/2022", "2022-03-05", "24 March 2022", "2022-03-05T10:00:00+08:00",
         "2022-03-06T23:30:00-05:00", "not a date", "2022-02-30", ""]  # fmt: skip
READ = ["2022-03-04", "2022-03-05", "2022-03-24", "2022-03-05 02:00:00",
        "2022-03-07 04:30:00", None, None, None]  # fmt: skip


@pytest.mark.parametrize("chunk", [None, "3"])
def test_dates_in_any_format_are_read_and_unreadable_ones_named(tmp_path, capsys, chunk):
    src = tmp_path / "d.csv"
    ids = [f"d{i}" for i in range(len(DATES))]
    pd.DataFrame({"doc_id": ids, "text": ENGLISH, "date": DATES}).to_csv(src, index=False)
    out = tmp_path / "o.csv"
    extra = ["--chunk-size", chunk] if chunk else []
    assert main(["-q", "score", str(src), "--keep", "date", "--out", str(out), *extra]) == 0
    got = pd.read_csv(out, dtype=str, keep_default_na=False)["date"].tolist()
    assert got == [r or "" for r in READ]
    warned = warnings_of(capsys.readouterr().err)
    # one line for the input, in chunks too (was one per chunk that held one); the empty cell
    # is no unreadable date
    assert len(warned) == 1 and "2 of 8 date(s) could not be read" in warned[0]
    assert "d5: 'not a date'" in "".join(warned) and "d6: '2022-02-30'" in "".join(warned)


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_streaming_to_stdout_finds_a_duplicate_id_before_printing_a_row(tmp_path, capsys, suffix):
    src = tmp_path / f"d.{suffix}"
    df = pd.DataFrame({"doc_id": ["a", "b", "c", "a"], "text": ENGLISH})
    {"csv": lambda: df.to_csv(src, index=False),
     "jsonl": lambda: df.to_json(src, orient="records", lines=True),
     "parquet": lambda: df.to_parquet(src)}[suffix]()  # fmt: skip
    assert main(["-q", "score", str(src), "--chunk-size", "2", "--format", "csv"]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # was the first chunk's rows, then the error
    assert "duplicate document id 'a'" in err


def test_a_table_streamed_in_chunks_has_the_bytes_of_the_whole(tmp_path):
    src = tmp_path / "d.csv"
    dates = ["2022-03-04", "2022-03-05", "2022-03-05T10:00:00", "2022-03-06"]
    pd.DataFrame({"doc_id": list("abcd"), "text": ENGLISH, "date": dates}).to_csv(src, index=False)
    outs = []
    for extra in ([], ["--chunk-size", "2"], ["--chunk-size", "1"]):
        outs.append(tmp_path / f"o{len(outs)}.csv")
        assert (
            main(["-q", "score", str(src), "--keep", "date", "--out", str(outs[-1]), *extra]) == 0
        )
    assert outs[0].read_bytes() == outs[1].read_bytes() == outs[2].read_bytes()


@pytest.mark.parametrize("value", ["2022-02-30", "2022-13-01", "2022-03-01T25:00:00"])
def test_impossible_yaml_dates_are_one_line(tmp_path, capsys, value):
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    meta = tmp_path / "m.yaml"
    meta.write_text(f"headline: X\npublished: {value}\n")
    assert main(["profile", str(doc), "--meta", str(meta)]) == 2
    one_error_line(capsys.readouterr().err, "m.yaml", f"cannot read the date or time '{value}'")
    lex = tmp_path / "lex.yaml"
    lex.write_text(f"id: x\nlabel: X\nkind: stance\nversion: {value}\nentries:\n  - term: foo\n")
    assert main(["lexicon", "check", str(lex)]) == 2
    said = capsys.readouterr()
    assert f"lex.yaml:4: error: invalid YAML: cannot read the date or time '{value}'" in said.err


@pytest.mark.parametrize("address", ["notanaddress", "tcp://127.0.0.1", "tcp://[::1"])
def test_dask_scheduler_address_without_port_is_one_line(tmp_path, capfd, address):
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    argv = ["-q", "score", str(doc), "--engine", "dask", "--scheduler", address]
    code = subprocess.run(
        [sys.executable, "-m", "framing", *argv, "--scheduler-timeout", "2"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert code.returncode == 2  # in a process of its own: a failed Client reports at exit
    one_error_line(code.stderr, f"--scheduler {address}: not HOST:PORT")


def test_official_rows_need_a_home_the_lexicon_knows(tmp_path, capsys):
    src = tmp_path / "h.csv"
    pd.DataFrame({"doc_id": ["a", "b"], "text": "The United States condemns Russia.",
                  "country": ["United States", "Narnia"], "off": ["true", "true"]}).to_csv(
        src, index=False
    )  # fmt: skip
    argv = ["kwic", str(src), "--category", "accusation", "--home-col", "country"]
    assert main([*argv, "--official-col", "off"]) == 2
    one_error_line(capsys.readouterr().err, "document 'b'", "'Narnia' is no home the lexicon")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--pattern", "West", "--voice", "author"], "pattern matches have no voice"),
        (["--pattern", "West", "--target", "west_us"], "pattern matches have no target"),
        (["--category", "china", "--voice", "author"], "category 'china' gets no voice"),
        (["--category", "hedge", "--target", "russia"], "category 'hedge' gets no target"),
    ],
)
def test_kwic_filters_no_match_could_pass_are_refused(tmp_path, capsys, argv, needle):
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    assert main(["kwic", str(doc), *argv]) == 2
    one_error_line(capsys.readouterr().err, needle)


def test_folder_corpora_read_any_case_of_txt_and_skip_hidden_files(tmp_path, capsys):
    folder = _docs(tmp_path / "docs", n=2)
    (folder / "UPPER.TXT").write_text("Upper. " + ENGLISH)
    (folder / "._d0.txt").write_bytes(b"\x00\x05\x16\x07 resource fork")
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text("not a document")
    out = tmp_path / "o.csv"
    assert main(["-q", "score", str(folder), "--out", str(out)]) == 0
    assert sorted(pd.read_csv(out)["doc_id"]) == ["UPPER", "d0", "d1"]


def test_an_empty_lexicon_folder_is_one_line(tmp_path, capsys):
    (tmp_path / "lex").mkdir()
    doc = tmp_path / "a.txt"
    doc.write_text(ENGLISH)
    assert main(["lexicon", "check", str(tmp_path / "lex")]) == 2
    capsys.readouterr()
    assert main(["profile", str(doc), "--lexicon", str(tmp_path / "lex")]) == 2
    one_error_line(capsys.readouterr().err, "no lexicon files (.yaml, .yml) in this folder")


def test_registry_datasets_are_scored_with_their_homes_as_compare_does(monkeypatch):
    import argparse

    from framing.cli._io import default_homes

    frames = {
        "media-x": pd.DataFrame({"text": ["a"], "outlet_country": ["Russia"]}),
        "ungd-x": pd.DataFrame({"text": ["a"], "group": ["AGO"]}),
        "wh-x": pd.DataFrame({"text": ["a"], "outlet_country": ["US"], "official": [True]}),
    }
    monkeypatch.setattr("framing.data.corpus.load_corpus", lambda name, **kw: frames[name])

    def homes(sources, **given):
        args = argparse.Namespace(home_col=None, official_col=None, **{})
        vars(args).update(given)
        default_homes(args, sources)
        return args.home_col, args.official_col

    assert homes(["media-x"]) == ("outlet_country", None)
    assert homes(["wh-x"]) == ("outlet_country", "official")
    assert homes(["ungd-x"]) == (None, None)
    assert homes(["media-x", "wh-x"]) == (None, None)  # differing options: none assumed
    assert homes(["media-x"], home_col="country") == ("country", None)  # the user's choice
    assert homes([__file__]) == (None, None)  # a file is taken as it is


@pytest.mark.parametrize(
    "data, where",
    [
        (pd.DataFrame({"doc_id": ["a", "b", "a"], "text": ["x", "y", "z"]}), "column 'doc_id'"),
        (pd.Series(["x", "y"], index=[7, "7"]), "the index"),  # ids are strings in the table
    ],
)
def test_api_score_refuses_duplicate_ids(data, where):
    import framing

    with pytest.raises(framing.InputError, match=f"duplicate id '(a|7)' in {where}"):
        framing.score(data, progress=False)
    assert len(framing.score(["same", "same"], progress=False)) == 2  # texts may repeat


@pytest.mark.parametrize("command", ["profile", "report"])
def test_a_device_is_refused_not_read_without_end(tmp_path, capsys, command):
    # /dev/zero was read into memory until the system killed the process (exit 137)
    extra = {"report": ["-o", str(tmp_path / "r.html")]}
    assert main(["-q", command, "/dev/zero", *extra.get(command, [])]) == 2
    one_error_line(capsys.readouterr().err, "/dev/zero: is a device, not a file")


def test_a_file_name_with_a_newline_stays_one_error_line(tmp_path, capsys):
    assert main(["-q", "profile", str(tmp_path / "missing\nfile.txt")]) == 2
    one_error_line(capsys.readouterr().err, "missing\\nfile.txt: no such file")


def test_a_dashed_file_name_gets_the_way_to_write_it(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["profile", "-dash.txt"])
    assert stop.value.code == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("framing profile: error:") and "Traceback" not in line
    assert line.endswith("a file named -dash.txt is written ./-dash.txt")
