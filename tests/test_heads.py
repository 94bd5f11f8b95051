"""Heads of state and government named without an office are officials at the article's date (docs/annotation.md
S15; findings/people/heads.py): cases as tables, negative ones included."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotelens.context import build_context
from quotelens.findings.people.heads import article_year, heads_as_officials
from quotelens.findings.people.people import find_people
from quotelens.model import Entity


def _person(name: str, title: str | None = None, official: bool = False, former: bool = False,
            aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(id="", type="person", name=name, aliases=aliases, title=title, organization=None,
                  is_official=official, former=former)


@pytest.mark.parametrize(("text", "year"), [
    ("The EU adopted its package in 2022, after the 2014 annexation.", 2022),
    ("On March 8, 2021, the ministry said it had frozen the assets.", 2021),
    ("He was made the front-runner for the nomination in 2020.", None),
    ('"He made himself the front-runner in 2020," Matthews said of the 2016 debate that ended.', None),
    ("Resolution 2017 and decree No. 2021 were cited in 2016.", 2016),  # numbered acts are no years
    ("Putin said the sanctions would fail.", None),
    # A year in a clause about what is to come dates nothing (PolNeAR, 2016 articles).
    ("Cruz, who faces a reelection fight in 2018, endorsed him.", None),
    ("The bill would renew through 2026 the expiring sanctions, which passed in 1996.", 1996),
])
def test_article_year(nlp, text, year):
    doc = nlp(text)
    assert article_year(doc, build_context(doc).quoted_spans) == year


# (text, people, the name that must be an official after, the names that must not)
CASES = [
    # S15's own examples: a head named bare is an official; the title stays as given (None), the organisation is the
    # state the head leads.
    ("Putin said the West would regret it.", [_person("Putin")], ["Putin"], []),
    ("Anwar, whose coalition won a state poll in 2023, told reporters that Malaysia would not comply.", [_person("Anwar")], ["Anwar"], []),
    # A present head's office dates the article: Biden was president, so Ortega was too.
    ("President Joe Biden blacklisted allies of Daniel Ortega.",
     [_person("Joe Biden", "President", official=True), _person("Daniel Ortega")], ["Daniel Ortega"], []),
    # Outside the date: Mahathir in 2023 is no head; Biden after 2024 is not; a year past the list decides nothing.
    ("In 2023, Mahathir Mohamad criticised the plan that was adopted.", [_person("Mahathir Mohamad")], [], ["Mahathir Mohamad"]),
    ("In 2025, Joe Biden spoke at a university.", [_person("Joe Biden")], [], ["Joe Biden"]),
    ("By 2036 the pipeline will carry gas, Trump said.", [_person("Trump")], [], ["Trump"]),
    # Named with no year and no present head: only a head in office without a break from before 2015.
    ("Lukashenko denied the charges.", [_person("Alexander Lukashenko")], ["Alexander Lukashenko"], []),
    ("Boris Johnson wrote a column.", [_person("Boris Johnson")], [], ["Boris Johnson"]),
    # A surname shared by many, or a relative's full name, names no head.
    ("In 2019, Johnson said the deal was dead.", [_person("Johnson")], [], ["Johnson"]),
    ("In 2019, Donald Trump Jr. tweeted.", [_person("Donald Trump Jr.")], [], ["Donald Trump Jr."]),
    # The article's own "former" wins: a past office is no present one.
    ("In 2019, former President Nicolas Maduro's ally spoke.", [_person("Nicolas Maduro", "President", former=True)],
     [], ["Nicolas Maduro"]),
    # A vice president's office dates nothing as a head's: Biden in 2014 was no head, so no window from him.
    ("Vice President Joe Biden met Petro Poroshenko in 2014.",
     [_person("Joe Biden", "Vice President", official=True), _person("Petro Poroshenko")], [], ["Petro Poroshenko"]),
]


@pytest.mark.parametrize(("text", "people", "officials", "others"), CASES)
def test_heads_as_officials(nlp, text, people, officials, others):
    found = {entity.name: entity for entity in heads_as_officials(build_context(nlp(text)), people)}
    assert all(found[name].is_official for name in officials)
    assert not any(found[name].is_official for name in others)
    assert all(found[name].title == person.title for person in people for name in [person.name])


@pytest.mark.parametrize(("text", "people", "name", "organization"), [
    ("Putin said the West would regret it.", [_person("Putin")], "Putin", "Russia"),
    ("Pena Nieto spoke by telephone.", [_person("Pena Nieto")], "Pena Nieto", "Mexico"),
    # An organisation the article gives stays; a head found official by a title of their own is left as found.
    ("Putin said the West would regret it.", [replace(_person("Putin"), organization="Kremlin")], "Putin", "Kremlin"),
    ("President Joe Biden blacklisted allies.", [_person("Joe Biden", "President", official=True)], "Joe Biden", None),
    # No head, no state: a shared surname.
    ("In 2019, Johnson said the deal was dead.", [_person("Johnson")], "Johnson", None),
])
def test_a_bare_heads_organisation_is_their_state(nlp, text, people, name, organization):
    found = {entity.name: entity for entity in heads_as_officials(build_context(nlp(text), date="2016-03-01"), people)}
    assert found[name].organization == organization


@pytest.mark.parametrize(("word", "state"), [
    ("Museveni", "Uganda"),
    ("Trump", "United States"),  # two terms, one state
    ("Aliyev", "Azerbaijan"),
    ("Johnson", None),  # a common surname: no one in particular
    ("Abe", None),  # not a name the news gives a head alone
    ("Donald", None),
])
def test_state_named_alone(word, state):
    from quotelens.findings.people.statesmen import state_served
    assert state_served([word]) == state
    assert state_served([f"{word} Jr."]) is None or state is None


# The page's own date (DocContext.date, from its metas) decides before any guess from the text; a day past the
# list's horizon decides nothing, and the text's own guess stands. (text, date, people, officials, others)
DATED = [
    # No year in the text: the text's guess keeps only heads in office since before 2015; the date knows more.
    ("Biden told reporters the talks would go on.", "2022-05-03", [_person("Biden")], ["Biden"], []),
    ("Anwar said Malaysia would not comply.", "2023-10-20", [_person("Anwar")], ["Anwar"], []),
    ("Boris Johnson wrote a column.", "2020-06-01", [_person("Boris Johnson")], ["Boris Johnson"], []),
    # Out of office on the page's day, whatever the text says of itself.
    ("President Joe Biden blacklisted allies of Daniel Ortega.", "2025-05-12",
     [_person("Joe Biden", "President", official=True), _person("Daniel Ortega")], ["Daniel Ortega"], []),
    ("Biden told reporters the talks would go on.", "2025-05-12", [_person("Biden")], [], ["Biden"]),
    ("In 2021, Mahathir Mohamad criticised the plan that was adopted.", "2023-03-08", [_person("Mahathir Mohamad")],
     [], ["Mahathir Mohamad"]),
    # A day past the list's horizon: the text's guess (here: Putin, in office throughout).
    ("Putin said the West would regret it.", "2031-01-05", [_person("Putin")], ["Putin"], []),
    ("Biden told reporters the talks would go on.", "2031-01-05", [_person("Biden")], [], ["Biden"]),
    # The article's own "former" and a shared surname still win.
    ("Former President Nicolas Maduro's ally spoke.", "2019-03-19",
     [_person("Nicolas Maduro", "President", former=True)], [], ["Nicolas Maduro"]),
    ("Johnson said the deal was dead.", "2019-10-28", [_person("Johnson")], [], ["Johnson"]),
    # Heads the news names by a rare surname alone (data/leaders.json known_alone), at their own dates only.
    ("Mr Temer said Brazil would act.", "2017-02-01", [_person("Mr Temer")], ["Mr Temer"], []),
    ("Mr Temer said Brazil would act.", "2019-02-01", [_person("Mr Temer")], [], ["Mr Temer"]),
    # A surname others in public life share stays out of the list: no one in particular.
    ("Mr Morrison said Australia would act.", "2022-02-01", [_person("Mr Morrison")], [], ["Mr Morrison"]),
    ("Ouattara ruled on the case.", "2020-06-26", [_person("Ouattara")], [], ["Ouattara"]),
    ("Najib denied any wrongdoing.", "2015-07-10", [_person("Najib")], ["Najib"], []),
    # A long listed name shortened: its compound surname alone, or an Iberian name without its married surname.
    ("Lula Da Silva and Cristina Fernández met in Brasilia.", "2009-05-27",
     [_person("Lula Da Silva"), _person("Cristina Fernández")], ["Lula Da Silva", "Cristina Fernández"], []),
    ("Pena Nieto spoke by telephone.", "2016-03-01", [_person("Pena Nieto")], ["Pena Nieto"], []),
    # Monarchs are heads of state; a head of a state whose holders alone were listed before (Libya).
    ("Elizabeth II opened the session.", "2015-05-27", [_person("Elizabeth II")], ["Elizabeth II"], []),
    ("Gaddafi vowed to fight on.", "2011-03-01", [_person("Gaddafi")], ["Gaddafi"], []),
    ("Gaddafi's son was tried.", "2015-07-28", [_person("Gaddafi")], [], ["Gaddafi"]),
    # The father's name of a head is another person; a given name alone is no one's.
    ("Aung San led the independence movement.", "2017-01-04", [_person("Aung San")], [], ["Aung San"]),
    ("Enrique Pena spoke.", "2016-03-01", [_person("Enrique Pena")], [], ["Enrique Pena"]),
]


@pytest.mark.parametrize(("text", "date", "people", "officials", "others"), DATED)
def test_heads_at_the_pages_date(nlp, text, date, people, officials, others):
    found = {entity.name: entity for entity in heads_as_officials(build_context(nlp(text), date=date), people)}
    assert all(found[name].is_official for name in officials)
    assert not any(found[name].is_official for name in others)


@pytest.mark.parametrize(("text", "name", "listed"), [
    # A head named only as the label of their administration is no person (docs/annotation.md, S17), so neither
    # listed nor an official, titled or not.
    ("The sanctions are the latest step by the Trump administration to pressure Caracas.", "Trump", False),
    ("Since the inauguration of Dr Mahathir's administration, this is the first visit.", "Mahathir", False),
    ("US President Donald Trump's administration imposed sanctions on Iran.", "Donald Trump", False),
    ("The administration of Nicolás Maduro rejected the measures.", "Nicolás Maduro", False),
    # Named elsewhere as a person: listed.
    ("The Biden administration said it would act. Biden told reporters he was angry.", "Biden", True),
    # S17 is for "administration" only: a government or regime named for its head leaves the head listed.
    ("The Netanyahu government approved the plan on Sunday.", "Netanyahu", True),
])
def test_a_head_named_only_by_an_administration_is_not_listed(nlp, text, name, listed):
    people = {entity.name for entity in find_people(build_context(nlp(text), date="2019-03-19"))
              if entity.type == "person"}
    assert (name in people) is listed
