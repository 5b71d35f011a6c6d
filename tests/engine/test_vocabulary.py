"""The token vocabulary: ids, per-token columns, ragged sequences, resets and threads."""

import threading

import numpy as np
import pytest

from framing.engine import vocabulary as vc


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(vc, "_current", vc.Vocabulary())
    return vc


def test_equal_tokens_get_equal_ids_and_tokens_read_back(fresh):
    tokens = ["the", "US", "and", "the", "us", "and", "The"]
    enc = fresh.encode(tokens)
    assert enc.ids.tolist() == [0, 1, 2, 0, 3, 2, 4]
    assert [enc.vocab.tokens[i] for i in enc.ids] == tokens
    assert fresh.encode(["and", "new"]).ids.tolist() == [2, 5]
    assert fresh.encode([]).ids.tolist() == []


def test_a_column_runs_its_function_once_per_new_token(fresh):
    calls = []

    def length(token):
        calls.append(token)
        return len(token)

    first = fresh.encode(["aa", "b", "aa"])
    assert first.values("len", length, np.int64).tolist() == [2, 1, 2]
    second = fresh.encode(["b", "cccc", "aa"])
    assert second.values("len", length, np.int64).tolist() == [1, 4, 2]
    assert calls == ["aa", "b", "cccc"]  # "aa" and "b" were not computed again
    # a subarray column: several numbers per token
    three = second.values("three", lambda t: (len(t), 1, 0), np.dtype((np.int64, 3)))
    assert three.sum(axis=0).tolist() == [7, 3, 0]


def test_a_column_grows_past_its_first_capacity(fresh):
    tokens = [f"w{i}" for i in range(3000)]
    for k in range(0, 3000, 700):  # filled in five steps, beyond the first 1,024 slots
        enc = fresh.encode(tokens[: k + 700])
        got = enc.values("num", lambda t: int(t[1:]), np.int64)
        assert got.tolist() == list(range(min(k + 700, 3000)))


def test_sequences_concatenate_each_tokens_numbers_in_order(fresh):
    def parts(token):
        return tuple(int(x) for x in token.split("-") if x)

    enc = fresh.encode(["1-2", "-", "3", "1-2", "4-5-6"])
    assert enc.sequences("parts", parts).tolist() == [1, 2, 3, 1, 2, 4, 5, 6]
    assert fresh.encode(["-", "-"]).sequences("parts", parts).tolist() == []
    assert fresh.encode(["7-8", "3"]).sequences("parts", parts).tolist() == [7, 8, 3]
    assert fresh.encode([]).sequences("parts", parts).tolist() == []


def test_a_full_vocabulary_is_replaced_without_mixing_ids(fresh, monkeypatch):
    monkeypatch.setattr(fresh, "MAX_TOKENS", 3)
    old = fresh.encode(["a", "b", "c"])
    new = fresh.encode(["c", "d"])  # the first vocabulary is full: a new one numbers from 0
    assert new.vocab is not old.vocab and new.ids.tolist() == [0, 1]
    # each keeps reading its own tokens
    assert old.values("t", str.upper, "U1").tolist() == ["A", "B", "C"]
    assert new.values("t", str.upper, "U1").tolist() == ["C", "D"]
    fresh.clear()
    assert fresh.encode(["z"]).ids.tolist() == [0]


def test_threads_sharing_the_vocabulary_get_one_id_per_token(fresh):
    words = [f"t{i}" for i in range(2000)]
    results = {}

    def work(k):
        tokens = words[k::3] + words[::-1]
        enc = fresh.encode(tokens)
        results[k] = (tokens, enc, enc.values("n", lambda t: int(t[1:]), np.int64))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    vocab = fresh._current
    assert sorted(vocab.values()) == list(range(len(words)))
    for tokens, enc, nums in results.values():
        assert [vocab.tokens[i] for i in enc.ids] == tokens
        assert nums.tolist() == [int(t[1:]) for t in tokens]
