"""Genre rules of the media parsers (opinion, roundup, video, transcript) on synthetic rows."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.data.datasets import media, rt, western


def _words(n: int, end: str = "") -> str:
    body = " ".join(f"word{i}" for i in range(n - len(end.split())))
    return f"{body} {end}".strip()


def _western(rows):
    return pd.DataFrame(rows, columns=["outlet", "title", "url", "text"])


def _genre(rows):
    return list(western.genres(_western(rows)))


LONG = _words(600)
SHORT = _words(80)


@pytest.mark.parametrize(
    ("outlet", "title", "url", "genre"),
    [
        ("Guardian", "The EU should forget about sanctions | A Columnist",
         "https://www.theguardian.com/commentisfree/2022/may/30/x", "opinion"),
        ("Guardian", "Visa delays continue for refugees | Letters",
         "https://www.theguardian.com/uk-news/2022/may/30/x", "opinion"),
        ("Guardian", "Timid leaders condemn a country to war | A Columnist",
         "https://www.theguardian.com/world/2022/jun/05/x", "opinion"),
        ("Guardian", "Russia-Ukraine war: what we know on day 100 of the invasion",
         "https://www.theguardian.com/world/2022/jun/03/x", "roundup"),
        ("Guardian", "What happened in the war this week? Catch up with the must-read news",
         "https://www.theguardian.com/world/2022/jun/10/x", "roundup"),
        ("Guardian", "Tuesday briefing: What failing tanks tell us",
         "https://www.theguardian.com/world/2022/may/31/x", "roundup"),
        ("Guardian", "On the line: Inside the 17 June Guardian Weekly",
         "https://www.theguardian.com/news/2022/jun/15/x", "roundup"),
        ("Guardian", "Counterattack recaptures parts of a city in Donbas",
         "https://www.theguardian.com/world/2022/jun/04/x", "news"),
        ("Guardian", "The Guardian view on x: y", "https://www.theguardian.com/world/x", "news"),
        ("NBC", "Is Russia losing the war?", "https://www.nbcnews.com/think/opinion/x", "opinion"),
        ("NBC", "Senate votes to ratify membership | Politics",
         "https://www.nbcnews.com/politics/x", "news"),  # the | rule is the Guardian's
        ("NBC", "U.N. nuclear chief: Plant is 'out of control'",
         "https://www.nbcnews.com/news/world/x", "news"),
        ("BBC", "Viewpoint: Putin now faces only defeats", "https://www.bbc.com/news/1", "opinion"),
        ("BBC", "Ukraine round-up: Russia cuts gas", "https://www.bbc.com/news/2", "roundup"),
        ("BBC", "Kharkiv fightback and jets roar in rehearsal - round-up",
         "https://www.bbc.com/news/3", "roundup"),
        ("BBC", "Ukraine war in maps: Tracking the invasion", "https://www.bbc.com/news/4", "roundup"),
        ("BBC", "Ukraine war: Your questions on the conflict answered",
         "https://www.bbc.com/news/5", "roundup"),
        ("BBC", "Mariupol: Key moments in the siege", "https://www.bbc.com/news/6", "roundup"),
        ("BBC", "What's happening in Parliament this week?", "https://www.bbc.com/news/7",
         "roundup"),
        ("BBC", "Ukraine war: Russia ramps up attacks in the east", "https://www.bbc.com/news/8",
         "news"),  # a colon headline stays news
        ("BBC", "Station attack: What we know so far", "https://www.bbc.com/news/9", "news"),
        ("BBC", "Who are his daughters? What we know about his family",
         "https://www.bbc.com/news/10", "news"),
        ("BBC", "Pentagon secretary gets emotional during war briefing",
         "https://www.bbc.com/news/11", "news"),
        ("AP", "AP PHOTOS: Documenting the invasion", "https://www.dailymail.co.uk/1", "roundup"),
        ("AP", "EXPLAINER: Where the war stands after 6 months", "https://www.dailymail.co.uk/2",
         "news"),
        ("AP", "Ap photos show damage, officials say", "https://www.dailymail.co.uk/3", "news"),
        ("AP", "Finland asks: Does a prime minister have a right to party?",
         "https://www.dailymail.co.uk/4", "news"),
    ],
)  # fmt: skip
def test_western_title_and_url_rules(outlet, title, url, genre):
    assert _genre([(outlet, title, url, LONG)]) == [genre]


@pytest.mark.parametrize(
    ("title", "text", "genre"),
    [
        ("A separated family reunited", _words(114, "Video by A Producer"), "video"),
        ("Former minister on oil", _words(128, "Watch the full interview on BBC iPlayer"), "video"),
        ("Refugee heads home", _words(68, "In this video she explains why."), "video"),
        ("Rebuilt bridge a symbol of hope", _words(83, "Camera and editing by A B"), "video"),
        ("Foreign fighters", _words(82, "Shoot edit: A B Researcher: C D"), "video"),
        ("WATCH: Flames cover a building", _words(52), "video"),
        ("Video appears to show children in a bunker", _words(134), "video"),
        # longer texts with the same lines are articles built on an interview
        ("Full embargo could stop war", _words(842, "watch again on BBC iPlayer"), "news"),
        ("Scams: criminals stole my identity", _words(400, "Produced by A. Edited by B."),
         "news"),
        ("Newsbeat story", _words(110, "Listen to Newsbeat live - or listen back here."),
         "news"),  # a radio promo, not a video credit
        ("Aid convoy leaves for the border", _words(120, "He said it was produced by hand."),
         "news"),  # a credit names someone
        ("Oil exports", _words(120, "Most of the oil produced by Russia goes east."), "news"),
        ("Bomb disposal", _words(76, "Correspondent: A B Filmed by C D Produced and edited by E"),
         "video"),
        ("Why the UN watchdog is criticised", _words(120), "news"),  # watchdog is not watch
    ],
)  # fmt: skip
def test_bbc_video_pages(title, text, genre):
    assert _genre([("BBC", title, "https://www.bbc.com/news/1", text)]) == [genre]


def test_video_rule_is_the_bbcs_and_leads_stay_leads():
    rows = [
        ("NBC", "Video shows a chimpanzee return to the zoo", "https://nbcnews.com/1", SHORT),
        ("NYT", "Ukraine round-up: a lead", "https://nytimes.com/1", SHORT),
        ("NYT", "A lead | Letters", "https://nytimes.com/commentisfree/2", SHORT),
    ]
    assert _genre(rows) == ["news", "lead", "lead"]


def _rt(rows):
    df = pd.DataFrame(rows, columns=["title", "text"])
    return list(rt.genres(df))


@pytest.mark.parametrize(
    ("title", "text", "genre"),
    [
        ("Glenn Diesen: Germany's crisis is a study in self harm", LONG, "opinion"),
        ("Dmitry Trenin: Russia has made a decisive break", LONG, "opinion"),
        ("Timofey Bordachev: Western hegemony is ending", _words(90), "opinion"),
        # name-shaped prefixes that are not columnists
        ("The Wild East: Inside a gold rush", LONG, "news"),
        ("Nuclear Ukraine: Arming Kiev would be a disaster", LONG, "news"),
        ("Heroic Hasbulla: How an internet sensation got a contract", LONG, "news"),
        ("Vladimir Putin: the West wants to destroy Russia", LONG, "news"),  # quote headline
        ("Zelensky: we will win", LONG, "news"),
        ("Crimean Bridge explosion: What we know so far", LONG, "news"),
        ("Ukraine conflict, energy crisis: Putin's latest press conference", LONG, "news"),
        ("'Russia will always be Russia': Putin's full speech on accession (VIDEO)",
         _words(4877), "transcript"),
        ("Lavrov calls out Western elites at UN (WATCH FULL SPEECH)", _words(343), "news"),
        ("Highlights of Putin's signing ceremony speech", _words(1200), "news"),
        ("Man trapped in elevator with burning e-scooter (VIDEO)", _words(130), "video"),
        ("Freak storm hits Moscow (VIDEOS)", _words(244), "video"),
        ("WATCH first ship with grain depart after deal", _words(150), "video"),
        ("VIDEO shows aftermath of shelling", _words(129), "video"),
        ("Moment of a jet crash caught on camera", _words(200), "video"),
        ("Military shares video of drone strikes", _words(214), "video"),
        ("RT visits a torture dungeon (VIDEO)", _words(504), "news"),  # a report with a clip
        ("WATCH: Forces repel an attack", _words(491), "news"),
        ("Monkeypox hasn't spread in Russia – watchdog", _words(225), "news"),
        ("Ukrainian military sends video warning to Belarus", _words(150), "news"),
        ("Finalists of a press photography award revealed (PHOTOS)", _words(124), "news"),
    ],
)  # fmt: skip
def test_rt_rules(title, text, genre):
    assert _rt([(title, text)]) == [genre]


def test_rt_missing_title_is_news():
    assert _rt([(None, LONG)]) == ["news"]


def test_genre_by_rules_first_rule_wins_and_unknown_genre():
    df = pd.DataFrame({"x": [1, 2, 3]})
    out = media.genre_by_rules(
        df, [("opinion", df["x"] >= 2), ("video", df["x"] >= 1), ("roundup", df["x"] == 3)]
    )
    assert list(out) == ["video", "opinion", "opinion"]
    with pytest.raises(ValueError, match="unknown genre 'gallery'"):
        media.genre_by_rules(df, [("gallery", df["x"] > 0)])


def test_news_only_counts_what_it_leaves_out_and_comparable_drops_leads_only():
    df = pd.DataFrame(
        {
            "doc_id": list("abcdefgh"),
            "genre": ["news", "opinion", "roundup", "video", "transcript", "lead", "news", "video"],
        }
    )
    df.attrs["cleaning"] = {"notes": ["kept"]}
    news = media.news_only(df)
    assert list(news["doc_id"]) == ["a", "g"]
    assert news.attrs["genres_excluded"] == {
        "video": 2,
        "opinion": 1,
        "roundup": 1,
        "transcript": 1,
        "lead": 1,
    }
    assert news.attrs["cleaning"] == {"notes": ["kept"]}
    both = media.news_only(df, genres=("news", "opinion"))
    assert list(both["doc_id"]) == ["a", "b", "g"]
    assert media.news_only(df[df["genre"] == "news"]).attrs["genres_excluded"] == {}
    assert media.news_only(df.drop(columns="genre")) is not None
    comp = media.comparable(df)
    assert len(comp) == 7 and comp.attrs["leads_excluded"] == 1  # only the lead left out
    assert set(media.GENRES) >= set(df["genre"])


def test_ap_acute_accent_apostrophes_are_read_as_apostrophes(tmp_path):
    path = tmp_path / "AssociatedPress.csv"
    text = "Russia\u00b4s forces didn\u00b4t stop, officials said."
    path.write_text(f',URL,Date,Title,Text\n0,u,2022-08-09,T,"{text}"\n', encoding="utf-8")
    out = western.read_outlet(path, "AssociatedPress.csv", "AP")["text"].iloc[0]
    assert out == "Russia\u2019s forces didn\u2019t stop, officials said."
    assert len(out) == len(text)  # one character for one: audit offsets stay valid
    import framing

    assert (
        framing.analyze(out).metrics["tokens"]
        == framing.analyze(text.replace("\u00b4", "'")).metrics["tokens"]
    )
