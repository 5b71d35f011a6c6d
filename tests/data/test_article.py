"""framing.data.article: the focal article and raw-text variants."""

from __future__ import annotations

from datetime import datetime

import pytest

from framing.core.errors import InputError
from framing.data.article import BEIJING, parse_article, parse_published, read_article
from tests.conftest import SHARED_ARTICLE

RAW = (
    "Headline of the piece\n"
    "Published: Mar 24, 2022 07:23 PM\n"
    "China Russia Photo: VCG\n"
    "\n"
    "China Russia Photo: VCG\n"
    "\n"
    "First paragraph of the body.\n"
    "\n"
    'Second paragraph, with "quotes".\n'
    "\n"
    "The author is a senior fellow at an institute.\n"
)


def test_committed_article(article_path):
    art = read_article(article_path)
    assert (
        art.title
        == "Mutual trust between China and Russia is a valuable asset for global stability"
    )
    assert art.date == "2022-03-24"
    assert art.published == datetime(2022, 3, 24, 19, 23, tzinfo=BEIJING)
    assert art.outlet == "Global Times" and art.section == "opinion"
    assert art.body.startswith("The US-led West has not stopped")
    assert "Photo: VCG" not in art.body and "The author is" not in art.body
    assert art.byline.startswith("The author is the deputy dean")


@pytest.mark.skipif(not SHARED_ARTICLE.exists(), reason="../shared/article not beside the clone")
def test_raw_article_as_received_matches_committed_body(article_path):
    raw = read_article(SHARED_ARTICLE, title_line=True)
    committed = read_article(article_path)
    assert raw.title == committed.title
    assert raw.body == committed.body
    assert raw.published == committed.published
    assert raw.captions == ("China Russia Photo: VCG",) * 2
    assert raw.byline == committed.byline


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(RAW, id="lf"),
        pytest.param(RAW.replace("\n", "\r\n"), id="crlf"),
        pytest.param("\ufeff" + RAW, id="bom"),
        pytest.param(RAW.replace("\n\n", "\n\n\n\n"), id="extra-blank-lines"),
        pytest.param("\n\n" + RAW + "\n\n\n", id="leading-trailing-blank"),
    ],
)
def test_variants_parse_the_same(variant):
    art = parse_article(variant)
    assert art.title == "Headline of the piece"
    assert art.published == datetime(2022, 3, 24, 19, 23, tzinfo=BEIJING)
    assert art.captions == ("China Russia Photo: VCG",) * 2
    assert art.body == 'First paragraph of the body.\n\nSecond paragraph, with "quotes".'
    assert art.byline == "The author is a senior fellow at an institute."


def test_no_caption():
    art = parse_article(RAW.replace("China Russia Photo: VCG\n", ""))
    assert art.captions == ()
    assert art.body.startswith("First paragraph")


def test_no_date():
    art = parse_article(RAW.replace("Published: Mar 24, 2022 07:23 PM\n", ""))
    assert art.published is None and art.date is None
    assert art.title == "Headline of the piece"


def test_no_byline():
    art = parse_article(RAW.replace("The author is a senior fellow at an institute.\n", ""))
    assert art.byline is None
    assert art.body.endswith('"quotes".')


def test_body_mentioning_photo_is_kept():
    text = (
        "T\n\nA long paragraph that talks about a Photo: of the summit and continues "
        + "word " * 40
    )
    art = parse_article(text)
    assert "Photo:" in art.body


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\ufeff"])
def test_empty_text_is_a_clear_error(text):
    with pytest.raises(InputError, match="empty"):
        parse_article(text)


def test_title_only_is_a_clear_error():
    with pytest.raises(InputError, match="no body"):
        parse_article("Just a headline\nPublished: Mar 24, 2022 07:23 PM\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mar 24, 2022 07:23 PM", datetime(2022, 3, 24, 19, 23, tzinfo=BEIJING)),
        ("March 24, 2022", datetime(2022, 3, 24, tzinfo=BEIJING)),
        ("2022-03-24", datetime(2022, 3, 24, tzinfo=BEIJING)),
        ("yesterday", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_undecodable_file_names_offset(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Title\n\nBody with caf\xe9.\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"a\.txt: cannot decode byte 0xe9 at offset 20"):
        read_article(p)
    assert read_article(p, encoding="cp1252", title_line=True).body == "Body with café."
    assert read_article(p, encoding="cp1252").body == "Title\n\nBody with café.\n"  # as in the file
