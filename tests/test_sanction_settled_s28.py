"""The sanctions readings docs/annotation.md settled in session 28 (S57-S63), each rule with its negative cases.
Sentences written in the register of the news corpus's tune half, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> dict[str, tuple[str, str, str | None, tuple[str, ...]]]:
    return {s.text: (s.measure, s.status, s.authority, s.targets) for s in find_sanctions(build_context(nlp(text)))}


def seizures(nlp, text: str) -> list[str]:
    return [m for m, (measure, *_) in found(nlp, text).items() if measure == "seizure"]


# S57: a ship, a cargo or goods seized for breaking sanctions, owned by no sanctioned party the text names, is
# enforcement, no mention; the breach is the mention.
@pytest.mark.parametrize("text", [
    "The US Justice Department said it had seized a 1,900-ton tanker that violated UN sanctions on North Korea.",
    "Customs officers said four containers of luxury cars bound for Russia had been seized at the port in breach of "
    "EU sanctions.",
    "The Treasury imposed sanctions on Venezuela's oil sector. Officials said the seized tanker would be sold.",
])
def test_a_ship_or_goods_seized_for_a_breach_is_no_mention(nlp, text):
    assert seizures(nlp, text) == []


@pytest.mark.parametrize("text, mention", [
    # a sanctioned state's property, and a sanctioned owner's yacht, stay seizures
    ("The US imposed sanctions on Iran's oil trade. The FBI seized an Iranian tanker off Singapore.",
     "seized an Iranian tanker"),
    ("The EU froze the assets of Russian oligarchs. Italian police seized a yacht owned by a Russian billionaire.",
     "seized a yacht owned by a Russian billionaire"),
    ("The US imposed sanctions on Iran. The US seized a cargo of Iranian oil headed for Syria.",
     "seized a cargo of Iranian oil headed for Syria"),
])
def test_a_sanctioned_partys_property_seized_stays_a_seizure(nlp, text, mention):
    assert mention in seizures(nlp, text)


def test_the_vessel_after_a_yacht_is_the_yachts_seizure(nlp):
    text = ("The yacht belonged to a company linked to a sanctioned oligarch. Police seized the Lady M yacht in "
            "Imperia to enforce EU sanctions against Russia. The boat was about to leave. It became necessary to seize "
            "the vessel.")
    assert "seize the vessel" in seizures(nlp, text)


# S62: 'prepared to', 'ready to', 'willing to' impose and a dispute that 'threatens to delay' a package are
# considered; with a condition threatened; 'working on enforcing' measures in force leaves them imposed.
@pytest.mark.parametrize("text, mention, status", [
    ("\"We are prepared to introduce even tougher sanctions,\" the Danish minister said.",
     "introduce even tougher sanctions", "considered"),
    ("Britain is ready to impose further sanctions on Russia, the minister said.",
     "impose further sanctions on Russia", "considered"),
    ("The row now threatens to delay the whole sanctions package against Russia.",
     "the whole sanctions package against Russia", "considered"),
    ("The three European states said they were prepared to re-activate sanctions on Iran if no deal is reached.",
     "prepared to re-activate sanctions on Iran", "threatened"),
    ("Several agencies are working on enforcing sanctions in Malta.", "enforcing sanctions", "imposed"),
    ("The EU is working on new sanctions against Russia.", "new sanctions against Russia", "considered"),
    # not the verb: bracing for new sanctions still reads them as a threat
    ("Moscow is preparing for new sanctions from the West.", "new sanctions", "threatened"),
])
def test_an_intent_frame_is_considered_unless_conditional(nlp, text, mention, status):
    assert found(nlp, text)[mention][1] == status


# S61: a negated verb of backing over another's measure in force leaves it imposed, the imposer's; over a pending
# package considered; over sanctions no imposer names other.
@pytest.mark.parametrize("text, mention, status, authority", [
    ("Critics said Serbia has not backed EU sanctions on Russia.", "EU sanctions on Russia", "imposed",
     "European Union"),
    ("Hungary was the only member that did not support the 12th package of EU sanctions against Russia.",
     "EU sanctions against Russia", "considered", "European Union"),
    ("\"We are not going to support sanctions against Iran,\" the minister said.", "sanctions against Iran", "other",
     None),
    # the refuser's own measure declined stays other, the refuser its authority
    ("Mexico would not impose sanctions against Russia, the president said.", "impose sanctions against Russia",
     "other", "Mexico"),
])
def test_a_stance_against_a_measure(nlp, text, mention, status, authority):
    _, found_status, found_authority, _ = found(nlp, text)[mention]
    assert (found_status, found_authority) == (status, authority)


# S59: a clause whose predicate names the members of a list the text has named is a designation mention, its targets
# the members it names; a clause that tells another measure, or names no member, stays parties.
@pytest.mark.parametrize("text, mention, targets", [
    ("Seoul said it has put 15 North Korean individuals on its blacklist. The people on the new list include officials "
     "at shipping firms and bankers in Pyongyang.", "the new list", ("officials at shipping firms", "bankers")),
    ("Washington added 12 officials to its sanctions list. Those on the list include Defence Minister Oppah "
     "Muchinguri.", "the list", ("Defence Minister Oppah Muchinguri",)),
])
def test_a_clause_naming_a_lists_members_is_a_designation(nlp, text, mention, targets):
    measure, _, _, found_targets = found(nlp, text)[mention]
    assert measure == "designation" and all(any(t in f for f in found_targets) for t in targets)


@pytest.mark.parametrize("text", [
    "Beijing put 10 Taiwanese officials on its sanctions list. The people on the list are banned from entering China.",
    "Those named in the list were not told in advance, the ministry said.",
])
def test_a_phrase_naming_a_lists_parties_alone_is_no_list_mention(nlp, text):
    assert not any(m.lower() in ("the list", "the new list") for m in found(nlp, text))


# S58: cutting trade, economic or transport ties with a state is an embargo; diplomatic relations alone are none.
@pytest.mark.parametrize("text, mention, target", [
    ("Bahrain and Egypt cut diplomatic and economic ties with Qatar in June 2017.",
     "cut diplomatic and economic ties with Qatar", "Qatar"),
    ("The three states severed trade and transport links with Nigeria last week.",
     "severed trade and transport links with Nigeria", "Nigeria"),
])
def test_cutting_trade_ties_with_a_state_is_an_embargo(nlp, text, mention, target):
    measure, status, _, targets = found(nlp, text)[mention]
    assert (measure, status, targets) == ("embargo", "imposed", (target,))


@pytest.mark.parametrize("text", [
    "Panama said it would sever diplomatic relations with Venezuela.",
    "The four states have cut all relations with Qatar, the ministry said.",
    "The junta announced the cutting of ties with Nigeria.",
])
def test_cutting_diplomatic_ties_alone_is_no_mention(nlp, text):
    assert found(nlp, text) == {}
