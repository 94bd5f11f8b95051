"""People, their titles and officials: sentence tables with negatives, name variants, and the seed's three officials."""

from __future__ import annotations

import pytest

from quotelens.names import name_key, part_of_name, same_name, strip_possessive
from quotelens.people import find_people
from quotelens.titles import head_of


def people_of(nlp, text: str) -> dict[str, object]:
    return {entity.name: entity for entity in find_people(nlp(text)) if entity.type == "person"}


def test_seed_has_exactly_the_three_gold_officials(nlp, seed_text, seed_gold):
    entities = find_people(nlp(seed_text))
    officials = {entity.name: entity for entity in entities if entity.is_official}
    assert set(officials) == {gold["name"] for gold in seed_gold["officials"]}
    for gold in seed_gold["officials"]:
        entity = officials[gold["name"]]
        assert entity.title == gold["title"]
        assert entity.organization == gold["organization_or_country"]
        assert set(gold["variants"]) <= set(entity.aliases)
    assert sorted(entity.name for entity in entities) == ["Kim Jong Un", "Matthew Miller", "Vladimir Putin"]


def test_seed_mentions_index_the_text_and_ids_follow_first_mention(nlp, seed_text):
    entities = find_people(nlp(seed_text))
    assert [entity.id for entity in entities] == [f"person{n}" for n in range(1, len(entities) + 1)]
    firsts = [entity.mentions[0][0] for entity in entities]
    assert firsts == sorted(firsts)
    for entity in entities:
        assert list(entity.mentions) == sorted(entity.mentions)
        for start, end in entity.mentions:
            written = seed_text[start:end]
            assert written in (entity.name, *entity.aliases) or entity.title.lower() in written.lower()
    kim = next(entity for entity in entities if entity.name == "Kim Jong Un")
    assert "The North Korean leader" in [seed_text[s:e] for s, e in kim.mentions]
    assert not any(seed_text[s:e].endswith("’s") for s, e in kim.mentions)


TITLES = [
    # (sentence, name, title, organisation, official)
    ("Notably, North Korean leader Kim Jong Un came in Russia on Tuesday.",
     "Kim Jong Un", "North Korean leader", "North Korea", True),
    ("Kim met Russian President Vladimir Putin in the far east.", "Vladimir Putin", "President", "Russia", True),
    ("Matthew Miller, the State Department spokesperson, said the talks failed.",
     "Matthew Miller", "State Department spokesperson", "State Department", True),
    ("In a briefing, the official spokesperson of the US Department of State, Matthew Miller said it was over.",
     "Matthew Miller", "official spokesperson of the US Department of State", "US Department of State", True),
    ("Secretary of State John Kerry met reporters in Geneva.", "John Kerry", "Secretary of State", None, True),
    ("He later met Russia's Foreign Minister Sergei Lavrov in Geneva.",
     "Sergei Lavrov", "Foreign Minister", "Russia", True),
    ("German Chancellor Angela Merkel spoke in Berlin on Monday.", "Angela Merkel", "Chancellor", "Germany", True),
    ("UN Secretary-General Antonio Guterres condemned the attack.",
     "Antonio Guterres", "Secretary-General", "UN", True),
    ("Republican Sen. Ted Cruz attacked the plan on Tuesday.", "Ted Cruz", "Sen.", None, True),
    ("Miller is the spokesman for the State Department, and he spoke on Friday.",
     "Miller", "spokesman for the State Department", "State Department", True),
    # Negatives: no public office.
    ("Republican presidential candidate Donald Trump attacked the plan.",
     "Donald Trump", "Republican presidential candidate", "Republican Party", False),
    ("\"It is over,\" said John Smith, an analyst at the Brookings Institution.",
     "John Smith", "analyst at the Brookings Institution", "Brookings Institution", False),
    ("\"We won,\" said Jane Doe, a reporter for The New York Times.",
     "Jane Doe", "reporter for The New York Times", "New York Times", False),
    ("Apple CEO Tim Cook said the phones would ship in May.", "Tim Cook", "CEO", "Apple", False),
    ("Trump campaign manager Kellyanne Conway said the polls were wrong.",
     "Kellyanne Conway", "Trump campaign manager", "Trump", False),
    ("Former President Bill Clinton spoke at the convention.", "Bill Clinton", "Former President", None, False),
    ("The company president, Jeff Williams, said sales rose.", "Jeff Williams", "company president", None, False),
]


@pytest.mark.parametrize(("sentence", "name", "title", "organization", "official"), TITLES)
def test_title_organisation_and_office(nlp, sentence, name, title, organization, official):
    person = people_of(nlp, sentence)[name]
    assert (person.title, person.organization, person.is_official) == (title, organization, official)


MERGES = [
    # (text, expected {canonical name: aliases})
    ("Kim Jong Un arrived. Later Kim Jong-un spoke, and Kim Jong Un’s train left. Kim waved.",
     {"Kim Jong Un": {"Kim Jong-un", "Kim"}}),
    ("Hillary Clinton and Bill Clinton arrived. Bill Clinton spoke first.",
     {"Hillary Clinton": set(), "Bill Clinton": set()}),
    ("Donald Trump Jr. spoke before Donald Trump. Trump thanked him.",
     {"Donald Trump Jr.": set(), "Donald Trump": {"Trump"}}),
    ("Hillary Rodham Clinton spoke. Hillary Clinton then left, and Clinton flew home.",
     {"Hillary Rodham Clinton": {"Hillary Clinton", "Clinton"}}),
]


@pytest.mark.parametrize(("text", "expected"), MERGES)
def test_variants_merge_and_different_people_stay_apart(nlp, text, expected):
    found = {name: set(entity.aliases) for name, entity in people_of(nlp, text).items()}
    assert found == expected


def test_surname_goes_to_the_person_named_most_recently(nlp):
    text = "Bill Clinton spoke in Ohio. Later, Hillary Clinton arrived in Iowa. Clinton said she would win."
    people = people_of(nlp, text)
    assert "Clinton" in people["Hillary Clinton"].aliases
    assert "Clinton" not in people["Bill Clinton"].aliases


UNNAMED = [
    ("A senior US official said the sanctions would come soon.", "A senior US official", True),
    ("According to a State Department spokesman, the deal is off.", "a State Department spokesman", True),
    ("A campaign spokesman said the rally was cancelled.", "A campaign spokesman", False),
]


@pytest.mark.parametrize(("sentence", "wording", "official"), UNNAMED)
def test_unnamed_sources(nlp, sentence, wording, official):
    unnamed = [entity for entity in find_people(nlp(sentence)) if entity.type == "unnamed"]
    assert [(entity.name, entity.is_official) for entity in unnamed] == [(wording, official)]


NOT_PEOPLE = [
    "The Affordable Care Act was passed in 2010, and Obamacare is still debated.",
    "The Russian military and North Korean troops held drills near the border.",
    "The two leaders held an in-depth discussion about the Korean Peninsula.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_people_where_none_are_named(nlp, text):
    assert [entity.name for entity in find_people(nlp(text))] == []


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Kim Jong Un", "Kim Jong-un", True),
    ("Donald J. Trump", "Donald Trump", True),
    ("Donald Trump", "Donald Trump Jr.", False),
    ("Bill Clinton", "Hillary Clinton", False),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
])
def test_full_name_variants(a, b, same):
    assert same_name(name_key(a), name_key(b)) is same


@pytest.mark.parametrize(("part", "full", "fits"), [
    ("Putin", "Vladimir Putin", True),
    ("Kim", "Kim Jong Un", True),
    ("Mr. Trump", "Donald Trump", True),
    ("Jong", "Kim Jong Un", False),
    ("Trump Jr.", "Donald Trump", False),
])
def test_one_word_forms(part, full, fits):
    assert part_of_name(name_key(part), name_key(full)) is fits


@pytest.mark.parametrize(("written", "bare"), [
    ("Kim Jong Un’s", "Kim Jong Un"), ("Jones'", "Jones"), ("Putin's", "Putin"), ("Miller", "Miller"),
])
def test_possessives_are_stripped(written, bare):
    assert strip_possessive(written) == bare


@pytest.mark.parametrize(("title", "head"), [
    ("Russian President", "president"), ("Sen.", "senator"), ("North Korean leader", "leader"),
    ("official spokesperson of the US Department of State", "spokesperson"), ("Secretary of State", "secretary of state"),
    ("analyst at the Brookings Institution", "analyst"),
])
def test_title_heads(title, head):
    assert head_of(title) == head


@pytest.mark.parametrize("text", ["", " ", "\n\n", "“", "Mr.", "’s", "President", "the the the"])
def test_odd_input_never_raises(nlp, text):
    assert isinstance(find_people(nlp(text)), list)
