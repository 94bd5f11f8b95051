"""Watchlist: loading OpenSanctions targets.simple.csv files, matching names (variants in, first/last names alone
out), bad files, refresh."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from quotelens.model import Listing
from quotelens.service.watchlist import Watchlist, WatchlistError, name_words

LISTS = Path(__file__).parent / "data" / "watchlists"
SAMPLE = LISTS / "sanctions-sample.csv"


@pytest.fixture(scope="module")
def watchlist() -> Watchlist:
    return Watchlist.load([SAMPLE])


# (name as an article writes it, aliases, kind, ids it must match)
MATCHES = [
    ("Kim Jong Un", (), "person", ["NK-0001"]),
    ("Kim Jong-un", (), "person", ["NK-0001"]),
    ("KIM Jong Un", (), "person", ["NK-0001"]),
    ("kim jong un’s", (), "person", []),  # a possessive is the caller's to strip; "un’s" is not "un"
    ("Kim", ("Kim Jong-un",), "person", ["NK-0001"]),  # an alias can match for the name
    ("Vladimir Putin", (), "person", ["RU-0002"]),  # listed with his patronymic
    ("Wladimir Putin", (), "person", ["RU-0002"]),
    ("Putin Vladimir", (), "person", ["RU-0002"]),  # surname-first alias "PUTIN, Vladimir"
    ("Moammar Gadhafi", (), "person", ["LY-0004"]),  # transliteration variants
    ("Muammar Qaddafi", (), "person", ["LY-0004"]),
    ("Sergei Shoigu", (), "person", ["RU-0005"]),
    ("Sergey Shoygu", (), "person", ["RU-0005"]),
    ("Bashar al-Assad", (), "person", ["SY-0007"]),
    ("Bashar Assad", (), "person", ["SY-0007"]),
    ("Jose Angel Pena", (), "person", ["XX-0008"]),  # accents
    ("José Ángel Peña", (), "person", ["XX-0008"]),
    ("Bank Rossiya", (), "organization", ["RU-0003"]),
    ("JSC Bank Rossiya", (), "organization", ["RU-0003"]),
    ("bank rossiya pjsc", (), "organization", ["RU-0003"]),
]

NON_MATCHES = [
    ("Kim", (), "person"),  # a surname alone
    ("Putin", (), "person"),
    ("Assad", (), "person"),
    ("Vladimir", (), "person"),  # a first name alone
    ("Vladimir Smith", (), "person"),  # a shared first name
    ("Jong Un", (), "person"),  # the given names without the family name
    ("Kim Jong Il", (), "person"),  # a relative: one word differs
    ("Kim Yo Jong", (), "person"),
    ("Hafez al-Assad", (), "person"),  # the father: first word differs
    ("Ali Hassan", (), "person"),
    ("Rossiya", (), "organization"),  # part of an organisation's name
    ("Bank Rossiya", (), "person"),  # wrong kind
    ("Kim Jong Un", (), "organization"),
    ("Grace One", (), "organization"),  # a vessel is neither a person nor an organisation
    ("", (), "person"),
    ("Matthew Miller", (), "person"),
    ("Kim Jong Un", (), "vessel"),
]


@pytest.mark.parametrize("name, aliases, kind, ids", MATCHES, ids=[f"{m[0]}-{m[2]}" for m in MATCHES])
def test_listed_names_match_in_their_variants(watchlist, name, aliases, kind, ids):
    assert [listing.id for listing in watchlist.match(name, aliases, kind=kind)] == ids


@pytest.mark.parametrize("name, aliases, kind", NON_MATCHES, ids=[f"{m[0] or 'empty'}-{m[2]}" for m in NON_MATCHES])
def test_partial_and_other_names_do_not_match(watchlist, name, aliases, kind):
    assert watchlist.match(name, aliases, kind=kind) == []


def test_a_listing_names_the_list_the_entry_and_its_programs(watchlist):
    assert watchlist.match("Kim Jong-un") == [
        Listing(list="Sample Sanctions List", name="Kim Jong Un", id="NK-0001", programs=("UN DPRK 1718", "US OFAC NKSPLC"))
    ]
    # without a dataset column value the list is named after the file
    assert watchlist.match("Jose Angel Pena")[0].list == "sanctions-sample"


def test_each_entry_is_listed_once_even_when_several_aliases_match(watchlist):
    assert len(watchlist.match("Kim Jong Un", ("Kim Jong-un", "KIM Jong Un", "Kim Jong-eun"))) == 1


def test_several_files_are_searched_and_counted(tmp_path):
    second = tmp_path / "second.csv"
    second.write_text(SAMPLE.read_text(encoding="utf-8").replace("Sample Sanctions List", "Second List"), encoding="utf-8")
    both = Watchlist.load([SAMPLE, second])
    assert len(both) == 2 * len(Watchlist.load([SAMPLE]))
    assert sorted(listing.list for listing in both.match("Vladimir Putin")) == ["Sample Sanctions List", "Second List"]


@pytest.mark.parametrize("text, words", [
    ("Kim Jong-un", name_words("Kim Jong Un")),
    ("KIM JONG UN", name_words("kim jong un")),
    ("Erdoğan", name_words("Erdogan")),
    ("O'Brien", name_words("OBrien")),
    ("Yevgeny Prigozhin", name_words("Evgeniy Prigozhin")),
    ("Aleksey Navalny", name_words("Alexei Navalny")),
    ("Bashar al-Assad", name_words("Bashar Assad")),
])
def test_names_normalise_case_accents_punctuation_and_spelling(text, words):
    assert name_words(text) == words


@pytest.mark.parametrize("text, count", [("Al Gore", 2), ("Ben Carson", 2), ("Abu Bakr al-Baghdadi", 3),
                                         ("Osama bin Laden", 2)])
def test_particles_go_only_inside_a_name(text, count):
    assert len(name_words(text)) == count


@pytest.mark.parametrize("file_name, message", [
    ("missing.csv", "file not found"),
    ("empty.csv", "missing column(s) id, schema, name"),
    ("wrong-columns.csv", "missing column(s) name"),
    ("unterminated-quote.csv", "malformed CSV"),
    ("not-utf8.csv", "not UTF-8"),
])
def test_bad_files_raise_a_clear_error(file_name, message):
    with pytest.raises(WatchlistError) as caught:
        Watchlist.load([LISTS / file_name])
    assert message in str(caught.value) and file_name in str(caught.value)


def test_bad_files_can_be_reported_and_skipped():
    errors: list[WatchlistError] = []
    watchlist = Watchlist.load([LISTS / "missing.csv", SAMPLE, LISTS / "wrong-columns.csv"], on_error=errors.append)
    assert [Path(p).name for p in watchlist.paths] == ["sanctions-sample.csv"]
    assert len(errors) == 2 and all(isinstance(error, WatchlistError) for error in errors)
    assert watchlist.match("Kim Jong Un")


def test_a_directory_is_a_bad_file(tmp_path):
    with pytest.raises(WatchlistError, match="cannot read"):
        Watchlist.load([tmp_path])


def test_a_row_with_more_fields_than_the_header_is_malformed(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("id,schema,name\n1,Person,Kim Jong Un,surplus\n", encoding="utf-8")
    with pytest.raises(WatchlistError, match="line 2"):
        Watchlist.load([path])


def test_refresh_reloads_only_a_changed_file(tmp_path):
    path = tmp_path / "list.csv"
    shutil.copy(SAMPLE, path)
    watchlist = Watchlist.load([path])
    assert watchlist.refresh() == []
    assert watchlist.match("Ivan Petrovich Sidorov") == []
    with path.open("a", encoding="utf-8") as out:
        out.write("RU-0099,Person,Ivan Petrovich Sidorov,,,,,,EU Russia,,,Sample Sanctions List,,,\n")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert watchlist.refresh() == [path]
    assert [listing.id for listing in watchlist.match("Ivan Sidorov")] == ["RU-0099"]


def test_refresh_keeps_the_old_index_when_the_file_goes_bad(tmp_path):
    path = tmp_path / "list.csv"
    shutil.copy(SAMPLE, path)
    watchlist = Watchlist.load([path])
    path.write_text("not,a,sanctions,list\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    with pytest.raises(WatchlistError, match="missing column"):
        watchlist.refresh()
    assert watchlist.match("Kim Jong Un")


def test_matching_a_large_list_uses_the_index(tmp_path):
    rows = ["id,schema,name,aliases,sanctions,dataset"]
    rows += [f"P{n},Person,Person{n} Middle{n} Family{n},Alias{n} Other{n},EU,big" for n in range(20_000)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    watchlist = Watchlist.load([path])
    assert [listing.id for listing in watchlist.match("Person19999 Family19999")] == ["P19999"]
    assert watchlist.match("Person19999") == []


@pytest.mark.parametrize("paths", [str(SAMPLE), SAMPLE, [str(SAMPLE)], (SAMPLE,)])
def test_one_path_or_a_list_of_paths(paths):
    assert [Path(p).name for p in Watchlist.load(paths).paths] == ["sanctions-sample.csv"]


def test_no_paths_is_an_empty_watchlist():
    empty = Watchlist.load([])
    assert len(empty) == 0 and empty.match("Kim Jong Un") == [] and empty.refresh() == []


def test_entities_are_marked_through_the_pipelines_linker(watchlist):
    from quotelens.findings.links import mark_listed
    from quotelens.model import Entity

    people = [
        Entity(id="entity1", type="person", name="Kim Jong Un", aliases=("Kim Jong-un", "Kim")),
        Entity(id="entity2", type="person", name="Matthew Miller", aliases=("Miller",)),
        Entity(id="entity3", type="person", name="Vladimir Putin", aliases=("Putin",)),
    ]
    marked = {entity.name: [listing.id for listing in entity.listed] for entity in mark_listed(people, watchlist)}
    assert marked == {"Kim Jong Un": ["NK-0001"], "Matthew Miller": [], "Vladimir Putin": ["RU-0002"]}
