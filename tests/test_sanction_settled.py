"""The readings docs/annotation.md settled in session 27 (S47-S56), each rule with its negative cases. Sentences
written in the register of the news corpus's tune half, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    return {s.text: (s.measure, s.status, s.targets) for s in find_sanctions(build_context(nlp(text)))}


# S54: an import or export ban on goods that names no state it is aimed at is no mention, even where the text names
# states it hits among others.
@pytest.mark.parametrize("text", [
    "Botswana has stated that it has no plans to relax its present prohibition on vegetable imports. Minister Molao "
    "said the import ban, which kicked in on 1 January, is imperative to supporting farmers.",
    "The import restrictions on vegetables from South Africa and other import countries would encourage local "
    "retailers to source vegetables from local farmers, he said.",
    "Molao said the import ban would be reviewed only to expand the list of restricted vegetables and not to loosen it.",
])
def test_a_ban_on_goods_from_every_country_is_no_mention(nlp, text):
    assert found(nlp, text) == {}


@pytest.mark.parametrize("text, mention, targets", [
    ("Kenya has placed restrictions on the importation of milk products from Uganda into its market.",
     "restrictions on the importation of milk products from Uganda into its market", ("Uganda",)),
    ("Moscow imposed an import ban on Polish apples in 2014.", "imposed an import ban on Polish apples", ("Poland",)),
])
def test_a_ban_on_one_states_goods_stays_a_trade_ban(nlp, text, mention, targets):
    assert found(nlp, text)[mention] == ("trade_ban", "imposed", targets)


def test_a_ban_naming_no_state_beside_a_sanction_stays(nlp):
    text = "Japan imposed sanctions on Russia on Friday. Tokyo will also impose a ban on trade in luxury goods."
    assert any(kind == "trade_ban" for kind, _, _ in found(nlp, text).values())


def test_a_list_of_sanctioned_goods_stays_a_mention(nlp):
    text = "The ministry said that it has expanded a list of sanctioned goods for Russia and Belarus."
    assert any("list of sanctioned goods" in m for m in found(nlp, text))


# S48: a bare 'the list' after the listing, designation or ban it records is a designation mention, whatever its
# construction; a phrase naming the parties on a list is no mention, nor a list with nothing of the kind before it.
@pytest.mark.parametrize("text, mention", [
    ("The US imposed sanctions on public security minister Owen Ncube on Friday. Emmerson Mnangagwa is the most "
     "prominent on the list.", "the list"),
    ("Seoul imposed sanctions on 11 North Korean individuals on Friday. Among the list, Choe Kwang-su is alleged to "
     "have exported weapons.", "the list"),
    ("Canada has announced sanctions against 39 Russians and 25 Russian organisations. The list includes Wagner Group "
     "figureheads.", "The list"),
    ("Belarus announced sanctions against Baltic officials. The Belarusian Foreign Ministry will not publish the list, "
     "the minister said.", "the list"),
])
def test_a_bare_list_after_its_listing_is_a_designation(nlp, text, mention):
    assert found(nlp, text)[mention][0] == "designation"


@pytest.mark.parametrize("text, mention, target", [
    ("The US imposed sanctions on public security minister Owen Ncube on Friday. Emmerson Mnangagwa is the most "
     "prominent on the list.", "the list", "Emmerson Mnangagwa"),
    ("Seoul imposed sanctions on 11 North Korean individuals on Friday. Among the list, Choe Kwang-su is alleged to "
     "have exported weapons.", "the list", "Choe Kwang-su"),
])
def test_a_bare_lists_target_is_whom_its_clause_puts_on_it(nlp, text, mention, target):
    assert target in found(nlp, text)[mention][2]


@pytest.mark.parametrize("text", [
    # S59 made 'The people on the new list include X' a mention (test_sanction_settled_s28.py); a clause that names
    # no member stays parties
    "South Korea put 15 North Korean individuals on its blacklist. The people on the new list have denied any "
    "wrongdoing.",
    "The US imposed sanctions on Zimbabwe's leaders. Its sanctions were targeted at only 60 entities linked to the "
    "individuals on the list.",
])
def test_the_parties_on_a_list_are_no_mention(nlp, text):
    assert not any("list" in m and "blacklist" not in m for m in found(nlp, text))


@pytest.mark.parametrize("text", [
    "Kaminski told a briefing that the initial list comprises 50 names of Russian oligarchs. Poland later imposed "
    "sanctions on them.",
    "Taiwan imposed sanctions on Russia on Monday. The list includes equipment for making semiconductors.",
])
def test_a_list_with_no_listing_before_it_or_of_goods_is_no_mention(nlp, text):
    assert not any(m.lower() in ("the initial list", "the list") for m in found(nlp, text))


# S47: cutting a state's banks off SWIFT or an international payment system is a sanctions mention of its own.
@pytest.mark.parametrize("text, mention, targets", [
    ("The package is expected to disconnect around 15 Russian banks from the SWIFT payment system.",
     "disconnect around 15 Russian banks from the SWIFT payment system", "around 15 Russian banks"),
    ("The EU has banned them from conducting any transactions with European counterparties and from accessing "
     "international payment systems.",
     "banned them from conducting any transactions with European counterparties and from accessing international "
     "payment systems", None),
])
def test_a_cut_off_from_swift_is_a_sanction(nlp, text, mention, targets):
    measure, _, found_targets = found(nlp, text)[mention]
    assert measure == "sanctions" and (targets is None or found_targets[0].startswith(targets))


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions that cut Khartoum off from the global financial system.",  # what the sanctions do
    "The EU imposed sanctions on Russia. The bank was removed from the national payment system for fraud.",  # a
    # state's own system (S47 names international ones)
    "The EU imposed sanctions on Russia. The discussion about SWIFT is moving in the right direction.",  # no cut-off
])
def test_other_payment_system_words_are_no_cut_off(nlp, text):
    assert not any("system" in m or "SWIFT" in m for m in found(nlp, text) if not m.startswith("sanctions"))


# S49: discussing the measures in force leaves them imposed; discussing a new measure is considered.
@pytest.mark.parametrize("text, mention, status", [
    ("A US official is going to visit Kazakhstan to discuss sanctions against Russia.", "sanctions against Russia",
     "imposed"),
    ("EU ministers will hold talks on new sanctions against Russia next week.", "new sanctions against Russia",
     "considered"),
    ("EU ministers will discuss imposing sanctions on Belarus.", "imposing sanctions on Belarus", "considered"),
])
def test_discussing_sanctions(nlp, text, mention, status):
    assert found(nlp, text)[mention][1] == status
