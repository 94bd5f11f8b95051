"""Session 30's speaker rules on real sentences (batch 29's errors, written with other names where it helps), with
the negative cases that keep each one from reaching too far."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.people.people import find_people
from quotelens.findings.quotes.quotes import find_quotes
from quotelens.findings.quotes.ranker import rank_speakers


def speaker_of(nlp, text: str, quote_start: str, ranked: bool = False) -> str | None:
    """The speaker name of the direct quote whose text starts with ``quote_start`` (after the ranker too)."""
    context = build_context(nlp(text))
    people = find_people(context)
    quotes = find_quotes(context, people)
    if ranked:
        quotes = rank_speakers(context, quotes, people)
    for quote in quotes:
        if quote.kind == "direct" and quote.text.startswith(quote_start):
            return quote.speaker_name
    raise AssertionError(f"no direct quote starts with {quote_start!r}")


MESSAHEL = ("Moroccan ambassador to Algeria, Hassan Abdel Khalik, was summoned on Saturday by the Minister of "
            "Maghreb Affairs, Abdelkader Messahel, a statement of the Foreign Affairs Ministry, said.\nMessahel told "
            "the Moroccan ambassador that Algeria protests against the harassment of its delegation.\nSame statement "
            "said: \"These provocations against Algerian diplomacy reached the point of guaranteeing close protection "
            "to them\".\n")


@pytest.mark.parametrize("text, quote_start, expected", [
    # 'a statement of the Foreign Affairs Ministry' names its maker as 'by' would: the later statement is its.
    (MESSAHEL, "These provocations", "Foreign Affairs Ministry"),
    # Negative: a statement 'of support' names no maker, and the bare 'Same statement' stays a text.
    ("Abdelkader Messahel issued a statement of support on Saturday.\nSame statement said: \"These provocations "
     "reached the point of guaranteeing close protection to them\".\n", "These provocations", "Abdelkader Messahel"),
    # The sentence before is about a person the people finder did not list: 'He' is not whoever was named earlier.
    (MESSAHEL + "Sellal also highlighted the unacceptable nature of such behavior.\nHe explained that the "
     "information held by the Algerian party regarding this \"unfortunate incident\" proves it.\n",
     "unfortunate incident", "Sellal"),
    # Negative: an acronym, a plural or a body's word as the subject is no person the pronoun could mean.
    ("President William Ruto said the deals would expand opportunities for business.\nOther MoUs include "
     "cooperation in science and technology.\n“During my discussions with President Nana Akufo-Addo, we have noted "
     "that these agreements are significant,” he said.", "During my discussions", "William Ruto"),
    # A description subject the sentence before is about: the one whose whole title it is, not the president of
    # another body named since.
    ("President Sauli Niinistö said the sanctions were no surprise.\nThe Finnish OSCE president Ilkka Kanerva, who "
     "attended, disagreed.\nThe President added that the discussion would not harm Finland's reputation.\n“In "
     "Finland we specifically discussed the timing,” he added.", "In Finland", "Sauli Niinistö"),
    # The description the article first wrote before a name means that person when it speaks again.
    ("The nation’s leader Prime Minister Gaston Browne has defended the policy of non-interference.\nDr. Keith "
     "Mitchell called on leaders to get involved in cricket.\nThe nation’s leader said that the governance of West "
     "Indies cricket “appears to be an evocative romanticism of a particular Caribbean head”.",
     "appears to be", "Gaston Browne"),
    # A quote left open ends before the cue the page left inside it, the verb first too; the cue names its speaker.
    ("The Norwegian Ministry of Foreign Affairs has published a reminder of the rules.\n\"We expect the Norwegian "
     "business sector to comply with the sanctions. It is punishable by law to break the sanctions, says MFA Anniken "
     "Huitfeldt (Labor) in a press release.\n", "We expect", "MFA Anniken Huitfeldt"),
    # Negative: a lower-case word after the verb is the quoted words going on, not a cue ('says a lot').
    ("The Norwegian Ministry of Foreign Affairs has published a reminder of the rules.\n\"We expect the Norwegian "
     "business sector to comply with the sanctions, which says a lot about our resolve.\n", "We expect",
     "Norwegian Ministry of Foreign Affairs"),
])
def test_speakers_the_article_ties(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


def test_words_that_introduced_no_one_are_no_ones_description(nlp):
    # A verb stands between the earlier description and the name: it introduced no one (whoever else the rules
    # find, not Browne by this rule).
    text = ("The nation’s leader said on Monday Gaston Browne was wrong.\nDr. Keith Mitchell called on leaders to "
            "get involved in cricket.\nThe nation’s leader said that the governance of West Indies cricket “appears "
            "to be an evocative romanticism of a particular Caribbean head”.")
    assert speaker_of(nlp, text, "appears to be") != "Gaston Browne"


LAOS = ("The US Treasury placed the Kings Romans Casino based in Laos on its organised crime sanctions blacklist on "
        "Tuesday.\n“The Zhao Wei crime network engages in an array of horrendous illicit activities,” said Sigal "
        "Mandelker, Treasury Under Secretary for Terrorism and Financial Intelligence.\nTourists who have visited the "
        "casino report a menu full of protected species.\nThe US Treasury named four individuals as key players:\n"
        "Abbas Eberahim, 29, an Australian who owns residences in Laos.\nNat Rungtawankhiri, a Thai national aged 41.\n"
        "Guiqin Su, 69, a Hong Kong resident.\nZhao Wei, 66, a dual Chinese-Macau national.\n“All assets of those "
        "designated that are under US jurisdiction are frozen,” it said.")


def test_the_ranker_gives_it_to_no_person(nlp):
    # 'it' is a body's: the ranker may name a body or no one, never the under secretary it scores highest.
    assert speaker_of(nlp, LAOS, "All assets", ranked=True) != "Sigal Mandelker"


