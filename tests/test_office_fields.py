"""An office's field is no body: the organisation of a title whose words after "of"/"for" or before the head name
only what the office deals with is the country the article ties to it (docs/annotation.md, People:
`organization` is the body or country, never a fragment)."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.people.body_kinds import names_only_a_field
from quotelens.findings.people.people import find_people


def person(nlp, text: str, name: str):
    return next(entity for entity in find_people(build_context(nlp(text))) if entity.name == name)


@pytest.mark.parametrize(("organization", "field"), [
    # A field with a people or region it is for: a remit, no body.
    ("European Affairs", True),
    ("East African Affairs", True),
    ("Foreign Affairs, African Cooperation and Moroccan Expatriates", True),
    ("Arab Affairs", True),
    # A field with the public or society it serves.
    ("Public Works", True),
    ("Social Affairs", True),
    # Negatives: a department's own field, a body word, a body with a field inside its name.
    ("Foreign Affairs", False),
    ("Commerce", False),
    ("Internal Affairs", False),
    ("European Commission", False),
    ("East African Community", False),
    ("Academy of Sciences and Arts", False),
    ("State Committee on Investment and State-owned Property Management", False),
    ("Ministry of Public Works", False),
])
def test_a_field_for_a_people_or_region_is_no_body(organization, field):
    assert names_only_a_field(organization) is field


@pytest.mark.parametrize(("text", "name", "organization"), [
    # The field's demonym is the remit; the country the sentence names as the actor is the office's.
    ("Austria will keep the sanctions, Minister for European Affairs Karoline Edtstadler said on Monday.",
     "Karoline Edtstadler", "Austria"),
    ("Kenya's Minister for East African Affairs Peter Munya said the ban hurt traders.", "Peter Munya", "Kenya"),
    ("Peru's Public Health Minister Ana Lopez said the clinics would reopen.", "Ana Lopez", "Peru"),
    ("Minister of Social Affairs Tri Rismaharini said Indonesia would help.", "Tri Rismaharini", "Indonesia"),
    # Negatives: a body named before the head, a department's own field after "of".
    ("European Commission President Ursula von der Leyen said the package was ready.", "Ursula von der Leyen",
     "European Commission"),
    ("Under Secretary of Commerce for Industry and Security Alan Estevez said the rule was final.", "Alan Estevez",
     "Commerce"),
])
def test_an_office_whose_field_names_a_region_is_the_country_s(nlp, text, name, organization):
    assert person(nlp, text, name).organization == organization


def test_a_field_s_region_is_not_the_office_s_country(nlp):
    found = person(nlp, "The Minister for European Affairs, Karoline Edtstadler, spoke in Vienna on Monday.",
                   "Karoline Edtstadler")
    assert found.organization != "European Union"


@pytest.mark.parametrize(("text", "name", "organization"), [
    # A lower-case description after "of" names a body only by a kind of body; a field, a service or a group
    # names none.
    ("Captain Anna Reid, deputy chief of the naval forces, was among those banned.", "Anna Reid", None),
    ("Tom Baker, manager of bylaw compliance, said fines would rise.", "Tom Baker", None),
    ("Maria Costa, head of the government delegation, said talks would resume in Oslo.", "Maria Costa", None),
    # Negatives: a description ending in a kind of body stays the organisation.
    ("Ahmed Musa, head of the transition government, said elections would follow.", "Ahmed Musa",
     "transition government"),
    ("Lok Budha, chief of the sanitation department, said the ban works.", "Lok Budha", "sanitation department"),
    ("Gianni Infantino, president of soccer's world governing body, said so.", "Gianni Infantino",
     "soccer's world governing body"),
])
def test_a_lower_case_complement_names_a_body_only_by_its_kind(nlp, text, name, organization):
    assert person(nlp, text, name).organization == organization


@pytest.mark.parametrize(("text", "name", "organization"), [
    # A legislator's title that names no body: the chamber or council named by the end of its sentence, within
    # the two sentences before.
    ("A delegation from the US Congress, including Senator Mark Hill and Representative Dana Cole, met the president.",
     "Mark Hill", "US Congress"),
    ("A delegation from the US Congress, including Senator Mark Hill and Representative Dana Cole, met the president.",
     "Dana Cole", "US Congress"),
    ("The motion came before Laois County Council on Monday. Cllr Sean Walsh said the road was unsafe.", "Sean Walsh",
     "Laois County Council"),
    ("The Chico City Council voted 5-2 on Tuesday. Councilwoman Ann Ruiz said the ban would help.", "Ann Ruiz",
     "Chico City Council"),
    # Negatives: a council that seats states is no chamber; a chamber named further back is left; a place after the
    # name is the office's own.
    ("The UN Security Council extended the measures on Friday. Representative Ali Omar said Sudan objected.",
     "Ali Omar", None),
    ("The Senate passed the bill in May. It went to the president. He signed it. Markets rose. Senator Mark Hill said "
     "it was good.", "Mark Hill", None),
    ("Senator Mark Hill of Ohio said it was good.", "Mark Hill", "Ohio"),
    # A chamber named after the title is where the holder acts, not whose the office is said to be.
    ("Last year, Sen. Mark Hill said that he would not bring up the bill in the Senate.", "Mark Hill", None),
])
def test_a_legislator_sits_in_the_chamber_named_beside(nlp, text, name, organization):
    assert person(nlp, text, name).organization == organization
