"""Channels are not speakers: the news agency or outlet that relays someone's words ("told the state news agency
IRNA", "the Reuters quoted Abe as saying", "according to Reuters, the minister said").

docs/annotation.md: the person speaks and the outlet is the quote's `via`; only when no one else is named does
"according to Reuters" make the outlet the source. A generic channel ("told US media") has no `via`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.scope import cue_words
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list

# The words around a channel's name, from data/speakers.json (each list says why it exists there).
LEADING_WORDS = tuple(word_list("speakers", "outlet_leading_words"))
CHANNEL_PREPOSITIONS = frozenset(word_list("speakers", "channel_prepositions"))
TALK_NOUNS = frozenset(word_list("speakers", "talk_nouns"))
TALK_PREPOSITIONS = frozenset(word_list("speakers", "talk_prepositions"))
# How far a title before the name of someone quoted may run ('former US assistant secretary of commerce for export
# administration Kevin Wolf'): a bounded look, not a walk to wherever 'as saying' is.
MAX_TITLE_WORDS = 16


@cache
def _lists() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = vocabulary("speakers")
    return (frozenset(data["channel_names"]["values"]), tuple(data["channel_heads"]["values"]),
            frozenset(data["relaying_verbs"]["values"]))


def channel_name(mention: Span) -> str | None:
    """The outlet ``mention`` names ("IRNA" for "the state news agency IRNA"), or None when it is no channel.

    A described channel with no name ("state television") is a channel too, and gives its words."""
    names, heads, _ = _lists()
    words = mention.text.strip()
    lower = words.lower()
    while lower.startswith(LEADING_WORDS):
        cut = lower.index(" ") + 1
        words, lower = words[cut:], lower[cut:]
    if lower in names:
        return words
    for name in names:
        # "the state news agency IRNA", "Russia's RIA Novosti": the name closes the mention.
        if len(name) > 2 and lower.endswith(" " + name):
            return words[len(words) - len(name):]
    if lower.endswith(heads) and any(lower == head or lower.endswith(" " + head) for head in heads):
        return words
    return None


def is_named_channel(mention: Span) -> bool:
    """A channel the article names (Reuters, IRNA), not only one it describes ("state television")."""
    names, _, _ = _lists()
    name = channel_name(mention)
    if name is None:
        return False
    # "US media", "Russian television": a country is no outlet's name.
    return name.lower() in names or any(
        (token.pos_ == "PROPN" or token.text.isupper()) and token.ent_type_ not in ("GPE", "NORP") for token in mention)


def relayed_speaker(verb: Token, source: Span) -> Token | None:
    """"the Reuters quoted Abe as saying", "IRNA cited the minister as saying": the person the channel relays."""
    _, _, relaying = _lists()
    if verb.lemma_.lower() not in relaying:
        return None
    speech_verbs = cue_words().speech_verbs
    saying = verb.head
    if verb.dep_ in ("ccomp", "parataxis") and saying.i < verb.i and saying.lemma_.lower() in speech_verbs:
        # 'Minister Ali Nasser said the attack was “…”, Reuters reported' (parsed with 'reported' under 'said'):
        # the one who said it speaks; the outlet relays.
        subjects = children(saying, "nsubj")
        if subjects and channel_name(subjects[0].doc[subjects[0].left_edge.i:subjects[0].i + 1]) is None:
            return subjects[0]
    if channel_name(source) is None:
        # "Tong's lawyer quoted him as saying": anyone who quotes someone as saying relays the words, which are
        # the one quoted's (docs/annotation.md: a quote reported second-hand belongs to the innermost speaker).
        quoted = next((g for g in children(verb, "dobj") if g.i > verb.i and _as_saying(verb)), None)
        quoted = _name_closing_object(verb, quoted) if quoted is not None else None
        # '“…,” the text reads, Telesur reported', '“…,” he said, Sputnik Armenia reports' (the parser hangs the
        # cue on the report either way): the verb of saying it reports has the innermost speaker.
        return quoted or next((subject for clause in children(verb, "ccomp", "parataxis") if clause.i < verb.i
                               and clause.lemma_.lower() in speech_verbs for subject in children(clause, "nsubj")),
                              None)
    said = _reported_saying(verb) or _cited_in_report(verb)
    if said is not None:
        return said
    objects = [child for child in children(verb, "dobj", "nsubj") if child.i > verb.i]
    if objects:
        return objects[0]
    # "Xinhua reported that the Taiwan Work Office has sanctioned “separatists”", "The ministry summoned the
    # envoy to “strongly” protest, the agency reported": the one whose act the channel reports speaks.
    subjects = [subject for clause in children(verb, "ccomp") for subject in children(clause, "nsubj")]
    if not subjects:
        return None
    phrase = subjects[0].doc[subjects[0].left_edge.i:subjects[0].i + 1]
    # Only someone who can speak: a name, a body or a text of saying ('“…,” the text reads, Telesur reported';
    # 'just 24 percent' is no one), and no other channel.
    speaks = (subjects[0].pos_ == "PROPN" or is_organization(phrase)
              or subjects[0].lemma_.lower() in cue_words().document_nouns)
    if speaks and channel_name(phrase) is None:
        return subjects[0]
    return None


def _cited_in_report(verb: Token) -> Token | None:
    """'According to a statement issued by the US Treasury, the officials were targeted for “…”, Xinhua reported':
    the content an outlet reports has a cue of its own, whose source speaks; the outlet relays (docs/annotation.md
    S25(c))."""
    for clause in children(verb, "ccomp", "parataxis"):
        cited = [pobj for prep in children(clause, "prep") if prep.lower_ == "according" and clause.i < verb.i
                 for to in children(prep, "prep") for pobj in children(to, "pobj")]
        if cited and channel_name(cited[0].doc[cited[0].left_edge.i:cited[0].i + 1]) is None:
            return cited[0]
    return None


def _reported_saying(verb: Token) -> Token | None:
    """'“…,” Maduro said, the AP reported', '“…,” the spokesman noted, Press TV reported' (parsed with 'said' under
    'reported'): the subject of the verb of saying the outlet reports speaks, named, described or a pronoun; the
    nearest such verb, the one set off right before the outlet ('These countries never condemn …, the spokesman
    noted, Press TV reported')."""
    speech_verbs = cue_words().speech_verbs
    for clause in sorted(children(verb, "ccomp", "parataxis"), key=lambda clause: -clause.i):
        if clause.i < verb.i and clause.lemma_.lower() in speech_verbs:
            subjects = children(clause, "nsubj")
            if subjects and channel_name(
                    subjects[0].doc[subjects[0].left_edge.i:subjects[0].i + 1]) is None:
                return subjects[0]
    return None


def _name_closing_object(verb: Token, quoted: Token) -> Token:
    """'quoted former US assistant secretary of commerce for export administration Kevin Wolf as saying': the one
    quoted is everything between the verb and 'as saying', a title and the name closing it; the parser may hang
    the name on a preposition of the title. The name right before 'as', when there is one; else the object."""
    as_word = next(child for child in children(verb, "prep") if child.lower_ == "as")
    before = quoted.doc[as_word.i - 1]
    within = quoted.i < before.i < quoted.i + MAX_TITLE_WORDS
    return before if within and before.pos_ == "PROPN" and before.ent_type_ == "PERSON" else quoted


def _as_saying(verb: Token) -> bool:
    """Say whether 'quoted him' goes on 'as saying' (not 'quoted the law', 'cited figures')."""
    return any(child.lower_ == "as" and any(g.lemma_.lower() == "say" for g in children(child))
               for child in children(verb, "prep"))


def channel_of(verb: Token) -> Span | None:
    """The outlet a cue's words were given to or relayed by: "told the ABC", "said in an interview with CNN",
    "speaking to AFP", "…, according to Reuters"."""
    for child in children(verb, "dative", "dobj", "prep"):
        if child.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "tell":
            found = _channel_phrase(child)
            if found is not None:
                return found
        if child.dep_ == "prep":
            found = _channel_after_preposition(child)
            if found is not None:
                return found
    outlet = _outlet_reporting(verb)
    if outlet is not None:
        return outlet
    for token in verb.sent:
        if token.lower_ == "according" and token.i + 1 < len(verb.doc) and verb.doc[token.i + 1].lower_ == "to":
            objects = children(verb.doc[token.i + 1], "pobj")
            if objects:
                found = _channel_phrase(objects[0])
                if found is not None and is_named_channel(found):
                    return found
    return None


def _outlet_reporting(verb: Token) -> Span | None:
    """'“…,” Maduro said, the AP reported': the outlet whose verb of reporting, after the cue, the parser joined to
    it (either way up)."""
    _, _, relaying = _lists()
    reports = [child for child in children(verb, "ccomp", "parataxis") if child.i > verb.i]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i:
        reports.append(verb.head)
    for report in reports:
        if report.lemma_.lower() in relaying:
            for subject in children(report, "nsubj"):
                found = _channel_phrase(subject)
                if found is not None:
                    return found
    return None


def _channel_after_preposition(preposition: Token) -> Span | None:
    for obj in children(preposition, "pobj"):
        if preposition.lower_ in CHANNEL_PREPOSITIONS:
            found = _channel_phrase(obj)
            if found is not None:
                return found
        if obj.lower_ in TALK_NOUNS:
            for inner in children(obj, "prep"):
                if inner.lower_ in TALK_PREPOSITIONS:
                    found = _channel_after_preposition(inner)
                    if found is not None:
                        return found
    return None


def _channel_phrase(token: Token) -> Span | None:
    """The noun phrase headed by ``token`` when it names a channel."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].sent == token.sent:
        end += 1  # "the state news agency IRNA": the name after the description, however the parser hung it
    phrase = doc[token.left_edge.i:end]
    return phrase if channel_name(phrase) is not None else None
