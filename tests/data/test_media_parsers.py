"""The media parsers on small fixtures that mimic the real files' quirks (no mirror needed)."""

from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd
import pytest

from framing.core.errors import DataError
from framing.data.datasets import SCHEMA, chinadaily, headlines, media, rt, standardize, western

BACKGROUND = (
    "Russia sent troops into Ukraine on February 24, citing the failure to implement the "
    "agreements of 2014. Kiev insists the offensive was completely unprovoked."
)
FOOTER = (
    "© 2022 BBC. The BBC is not responsible for the content of external sites. "
    "Read about our approach to external linking."
)


def _story(outlet: str, i: int) -> str:
    return (
        f"{outlet} story {i} opens with event {i} in district {i}. Officials told reporters "
        f"that {i} people attended. Witness {i} said the mood was calm."
    )


def _csv(path, header, rows, encoding="utf-8"):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if header:
        writer.writerow(header)
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _schema(df):
    out = standardize(df, "x")
    assert list(out.columns[: len(SCHEMA)]) == SCHEMA
    assert out["doc_id"].is_unique
    assert {"outlet", "outlet_country", "ownership", "dataset"} <= set(out.columns)
    return out


@pytest.fixture
def rt_files(tmp_path):
    """Two scrapes: 3 URLs overlap, one of them edited; RT's background in 6 articles."""
    url = "https://www.rt.com/russia/{}-x/".format
    early = [
        ("2022-09-0" + str(1 + i % 9), url(i), f"Title {i}", f"{_story('RT', i)} {BACKGROUND}")
        for i in range(6)
    ]
    late = [("2022-10-01", url(i), f"Title {i}", _story("RT", i)) for i in range(4, 9)]
    late[0] = ("2022-10-01", url(4), "Title 4", f"{_story('RT', 4)} Edited later. {BACKGROUND}")
    return {
        "aaaaaaa/data/RT.csv": _csv(tmp_path / "a" / "RT.csv", ["Date", "URL", "Title", "Text"], early),
        "bbbbbbb/data/RT.csv": _csv(tmp_path / "b" / "RT.csv", ["Date", "URL", "Title", "Text"], late),
    }  # fmt: skip


def test_rt_overlap_and_background(rt_files):
    df = _schema(rt.parse(rt_files))
    assert len(df) == 9  # 6 + 5 rows, 2 URLs in both scrapes
    report = df.attrs["cleaning"]["outlets"][0]
    assert report["rows_read"] == 11 and report["duplicate_urls"] == 2
    assert report["boilerplate_documents"] == 5 and report["documents"] == 9
    assert not df["text"].str.contains("completely unprovoked|February 24").any()  # 5 had it
    edited = df.loc[df["url"].str.contains("/4-x/"), "text"].item()
    assert edited == f"{_story('RT', 4)} Edited later."  # the later scrape's version
    assert (df["outlet"] == "RT").all() and (df["ownership"] == "state").all()
    assert (df["genre"] == "news").all() and df["doc_id"].str.match(r"^rt-[0-9a-f]{12}$").all()
    again = rt.parse(rt_files)
    assert sorted(again["doc_id"]) == sorted(df["doc_id"])  # stable across runs
    raw = rt.parse(rt_files, remove_boilerplate=False)
    assert raw["text"].str.contains("completely unprovoked").sum() == 5


@pytest.fixture
def western_files(tmp_path):
    d = tmp_path / "western"
    head = ["", "URL", "Date", "Title", "Text"]
    bbc = [
        (i, f"https://www.bbc.com/news/{i}", f"2022-06-0{1 + i}T10:00:00", f"B{i}",
         f" {_story('BBC', i)} {FOOTER} " if i < 6 else _story("BBC", i))
        for i in range(8)
    ]  # fmt: skip
    guardian = [(0, "https://www.theguardian.com/0", "2022-06-16T15:16:27Z", "G0", _story("G", 0))]
    ap_promo = "___ Follow AP\u00b4s coverage of the war at https://apnews.com/hub/russia-ukraine"
    ap = [
        ("2022-08-28", f"https://www.dailymail.co.uk/wires/ap/{i}.html", f"A{i}",
         f"{_story('AP', i)} {ap_promo} Soldiers train at camp {i}. (AP Photo/X Y)")
        for i in range(6)
    ]  # fmt: skip
    nbc = [("2022-09-08", "https://www.nbcnews.com/0", "N0", _story("NBC", 0))]
    sign_up = "(Want to get this newsletter in your inbox? Here\u2019s the sign-up.)"
    nyt = [("https://www.nytimes.com/2022/02/01/world/0.html", "2022-02-01T00:11:05+0000", "Y0",
            "A lead paragraph of about forty words on the war.", "Snippet 0"),
           ("https://www.nytimes.com/2022/02/01/world/0.html", "2022-02-01T00:11:05+0000", "Y0",
            "A lead paragraph of about forty words on the war.", "Snippet 0"),
           ("https://www.nytimes.com/2022/02/02/world/1.html", "2022-02-02T00:11:05+0000", "Y1",
            "", "Snippet only")]  # fmt: skip
    nyt += [
        (f"https://www.nytimes.com/2022/03/0{i}/briefing/b.html", "2022-03-01T22:00:00+0000",
         f"Briefing {i}", sign_up, "")
        for i in range(1, 7)
    ]  # fmt: skip
    return {
        "data/bbc.csv": _csv(d / "bbc.csv", head, bbc),
        "data/guardian.csv": _csv(d / "guardian.csv", head, guardian),
        "data/AssociatedPress.csv": _csv(d / "ap.csv", ["Date", "URL", "Title", "Text"], ap),
        "data/NBC.csv": _csv(d / "nbc.csv", ["Date", "URL", "Title", "Text"], nbc),
        "data/NYT.csv": _csv(d / "nyt.csv", ["URL", "Date", "Title", "Text", "Snippet"], nyt),
    }


def test_western_footer_promo_and_leads(western_files):
    df = _schema(western.parse(western_files))
    counts = df.groupby("group").size().to_dict()
    assert counts == {"AP": 6, "BBC": 8, "Guardian": 1, "NBC": 1, "NYT (leads)": 1}
    bbc = df[df["outlet"] == "BBC"]
    assert not bbc["text"].str.contains("BBC is not responsible|© 2022").any()
    assert bbc["text"].str.endswith("calm.").all()
    ap = df[df["outlet"] == "AP"]
    assert not ap["text"].str.contains("apnews.com|___|AP Photo").any()
    assert ap["text"].str.contains(r"calm\. Soldiers train at camp \d\.$").all()
    nyt = df[df["outlet"] == "NYT"].iloc[0]
    assert (nyt["genre"], nyt["group"], nyt["snippet"]) == ("lead", "NYT (leads)", "Snippet 0")
    rows = {r["outlet"]: r for r in df.attrs["cleaning"]["outlets"]}
    assert rows["NYT"]["duplicate_urls"] == 1 and rows["NYT"]["empty_texts"] == 1
    assert rows["NYT"]["emptied_by_boilerplate"] == 6  # newsletter sign-up "leads"
    assert set(df["ownership"]) == {"public-service", "commercial"}
    assert df.loc[df["outlet"] == "Guardian", "date"].item() == pd.Timestamp("2022-06-16 15:16:27")
    assert len(media.comparable(df)) == 16 and len(media.comparable(df, include_leads=True)) == 17
    assert media.comparable(df).attrs["leads_excluded"] == 1


def _cp1252_csv(path, rows):
    return _csv(path, ["title", "date_published", "text"], rows, encoding="cp1252")


@pytest.fixture
def chinadaily_files(tmp_path):
    d = tmp_path / "cd"
    body = (
        "The logo is seen in Barcelona. [Photo/Agencies]   The US\u2019s \u201cwar\u201d on "
        "the company \u2014 absurd.  It shows the \u201cpure\u201d market never existed.Which "
        "is the point."
    )
    bio = "The author is deputy editor of China Daily USA."
    editorials = [
        ("Huawei victim: China Daily editorial",
         "\n  \n  chinadaily.com.cn |\n   Updated: 2019-02-26 21:40\n  ", f"   {body}   "),
        ("Breaking it apart", "\n By Luo Jie | \n China Daily |\n Updated: 2018-07-18 07:39\n",
         "  \u00a0  "),
        ("\n chinadaily.com.cn |\n Updated: 2018-09-18 16:53\n ",  # cells shifted
         "\n\n  A container ship. [Photo/VCG] \n Tariffs will backfire. \n",
         " chinadaily.com.cn | Updated: 2018-09-18 16:53 "),
        ("Same text twice", "\n chinadaily.com.cn |\n Updated: 2017-11-26 18:51\n",
         " Exactly the same. "),
        ("Same text twice", "\n chinadaily.com.cn |\n Updated: 2017-11-26 18:51\n",
         " Exactly the same.   "),
    ]  # fmt: skip
    columns = [
        (f"Column {i}", f"2018-0{1 + i}-15", f"Column {i} argues point {i} at length.  {bio}")
        for i in range(7)
    ]
    return {
        "preliminary_data/irene_china_daily_editorial_data.csv": _cp1252_csv(d / "ed.csv", editorials),
        "preliminary_data/china_daily_columnist.csv": _cp1252_csv(d / "col.csv", columns),
    }  # fmt: skip


def test_chinadaily_cp1252_trailer_shift_and_repairs(chinadaily_files):
    raw = chinadaily_files["preliminary_data/irene_china_daily_editorial_data.csv"].read_bytes()
    assert b"\x92" in raw and b"\x93" in raw  # the fixture is really cp1252
    df = _schema(chinadaily.parse(chinadaily_files))
    assert not df["text"].str.contains("â€|Ã|\ufffd").any()
    ed = df[df["genre"] == "editorial"].set_index("date")
    first = ed.loc[pd.Timestamp("2019-02-26 21:40"), "text"]
    assert first == (
        "The US\u2019s \u201cwar\u201d on the company \u2014 absurd.\n\n"
        "It shows the \u201cpure\u201d market never existed.\n\nWhich is the point."
    )
    shifted = ed.loc[pd.Timestamp("2018-09-18 16:53")]
    assert shifted["text"] == "Tariffs will backfire." and pd.isna(shifted["title"])
    assert len(ed) == 3  # the cartoon without text and the copy are dropped
    report = df.attrs["cleaning"]["outlets"][0]
    assert (report["empty_texts"], report["duplicate_texts"], report["documents"]) == (1, 1, 10)
    cols = df[df["genre"] == "opinion"]
    assert len(cols) == 7 and not cols["text"].str.contains("The author is").any()
    assert cols["date"].min() == pd.Timestamp("2018-01-15")
    assert (df["outlet"] == "China Daily").all() and df["url"].isna().all()


def test_chinadaily_byline_is_the_speaker(chinadaily_files, tmp_path):
    path = chinadaily_files["preliminary_data/irene_china_daily_editorial_data.csv"]
    rows = [("T", "\n By ZHAO HUANXIN | \n China Daily |\n Updated: 2018-11-03 09:31\n", "Body.")]
    _cp1252_csv(path, rows)
    df = chinadaily.parse(chinadaily_files)
    assert df.loc[df["genre"] == "editorial", "speaker"].item() == "Zhao Huanxin"


def _zip(path, members: dict[str, list[tuple[str, str]]]):
    with zipfile.ZipFile(path, "w") as zf:
        for name, rows in members.items():
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\r\n").writerows(rows)
            zf.writestr(name, "\ufeff" + buf.getvalue())
    return path


@pytest.fixture
def headline_files(tmp_path):
    gt = "Published: Mar 24, 2022 09:53 PM Updated: Mar 25, 2022 09:23 AM"
    zips = {
        "globaltimes.zip": {
            "globaltimes/GlobalTimes-Fri-Apr--1-02_00_14-2022-WORLD.csv": [
                (gt, "US hegemony questioned"),
                ("Published: Mar 23, 2022 06:46 PM", "China, Russia  ties"),
            ],
            "globaltimes/GlobalTimes-Fri-Apr--8-02_00_14-2022-WORLD.csv": [
                ("Published: Mar 24, 2022 10:00 PM", "US hegemony questioned"),
            ],
        },
        "cgtn.zip": {"cgtn/CGTN-Fri-Apr--1-01_55_35-2022-CHINA.csv": [("15:45, 23-Mar-2022", "A")]},
        "chinadaily.zip": {
            "chinadaily/Chinadaily-Fri-Apr--1-01_58_36-2022-WORLD.csv": [
                ("Updated: 2022-03-07 17:49", "FM hopes"),
                ("Updated: 2017-08-31 11:17", ""),
            ]
        },
        "xinhuanet.zip": {
            "xinhuanet/Xinhuanet-Fri-Apr--1-02_04_02-2022-WORLD.csv": [("2022-03-31 22:34:16", "X")]
        },
        "bbc.zip": {
            "bbc/BBC-Fri-Aug-12-00_23_23-2022-WORLD.csv": [
                ("2022-08-11T15:50:38.000Z", "Nuclear plant shelled"),
                ("PT30S", "A video"),
            ]
        },
    }
    return {f"Dataset/{name}": _zip(tmp_path / name, m) for name, m in zips.items()} | {
        "readme.txt": tmp_path / "readme.txt"
    }


def test_headlines_dedupe_and_stamps(headline_files):
    df = _schema(headlines.parse(headline_files))
    gt = df[df["outlet"] == "Global Times"].set_index("text")
    assert sorted(gt.index) == ["China, Russia ties", "US hegemony questioned"]
    row = gt.loc["US hegemony questioned"]
    assert row["date"] == pd.Timestamp("2022-03-24 21:53")  # Published, not Updated; earliest
    assert row["scrapes"] == 2 and row["section"] == "WORLD"
    assert row["first_scraped"] == pd.Timestamp("2022-04-01 02:00:14")
    stamps = df.set_index("outlet")["date"]
    assert stamps["CGTN"] == pd.Timestamp("2022-03-23 15:45")
    assert stamps["Xinhua"] == pd.Timestamp("2022-03-31 22:34:16")
    assert stamps["China Daily"] == pd.Timestamp("2022-03-07 17:49")
    bbc = df[df["outlet"] == "BBC"].set_index("text")["date"]
    assert bbc["Nuclear plant shelled"] == pd.Timestamp("2022-08-11 15:50:38")
    assert pd.isna(bbc["A video"])
    assert (df["genre"] == "headline").all() and (df["text"] == df["title"]).all()
    rows = {r["outlet"]: r for r in df.attrs["cleaning"]["outlets"]}
    assert rows["Global Times"]["duplicate_texts"] == 1 and rows["China Daily"]["empty_texts"] == 1


# --- bad input: one line naming file and row -------------------------------------------------


def test_missing_text_cell_names_file_and_row(rt_files):
    path = rt_files["aaaaaaa/data/RT.csv"]
    lines = path.read_bytes().split(b"\r\n")
    lines[3] = b"2022-09-10,https://www.rt.com/x/,Cut off"  # no Text cell
    path.write_bytes(b"\r\n".join(lines))
    with pytest.raises(
        DataError, match=r"^media-rt-2022: aaaaaaa/data/RT.csv: row 3 has no 'Text' cell"
    ):
        rt.parse(rt_files)


def test_undecodable_byte_names_file_row_and_column(chinadaily_files, rt_files):
    path = chinadaily_files["preliminary_data/china_daily_columnist.csv"]
    path.write_bytes(path.read_bytes().replace(b"argues point 2", b"argues \x81 point 2"))
    with pytest.raises(
        DataError,
        match=r"china_daily_columnist.csv: row 3, column 'text': byte 0x81 cannot be decoded as cp1252",
    ):
        chinadaily.parse(chinadaily_files)
    path = rt_files["bbbbbbb/data/RT.csv"]
    path.write_bytes(path.read_bytes().replace(b"Title 6", b"Title \xff6"))
    with pytest.raises(DataError, match=r"RT.csv: row 3, column 'Title': byte 0xff .* utf-8"):
        rt.parse(rt_files)


def test_headerless_zip_member_with_a_missing_cell(headline_files, tmp_path):
    _zip(headline_files["Dataset/cgtn.zip"], {"cgtn/CGTN-Fri-Apr--1-01_55_35-2022-CHINA.csv": [("15:45, 23-Mar-2022",)]})  # fmt: skip
    with pytest.raises(
        DataError, match=r"cgtn.zip: cgtn/CGTN-.*CHINA.csv: row 1 has no 'headline' cell"
    ):
        headlines.parse(headline_files)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"Date,URL\r\n2022,x\r\n",
            r"expected columns Date, URL, Title, Text; missing Title, Text",
        ),
        (b"Date,URL,Title,Text\r\n1,2,3,4,5\r\n", r"row 1 has 5 fields, the header 4"),
        (b'Date,URL,Title,Text\r\n1,2,3,"open\r\n', r"cannot parse as CSV|row 1 has no 'Text'"),
    ],
)
def test_malformed_csv_one_line(tmp_path, data, message):
    with pytest.raises(DataError, match=message) as err:
        media.read_csv(data, "ds: f.csv", rt.COLUMNS, required=("Text",))
    assert "\n" not in str(err.value)


def test_a_missing_file_of_the_dataset(western_files):
    del western_files["data/NBC.csv"]
    with pytest.raises(DataError, match="media-western-2022: expected .*NBC.csv"):
        western.parse(western_files)
