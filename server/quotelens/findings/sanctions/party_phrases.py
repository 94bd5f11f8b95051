"""How a target is written: named targets split at 'and', the members a phrase names, a counted group in apposition,
a party the parse split off; a reason or a sector is not a target."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.aliases import authority_of_words, owner_text, state_of_capital
from quotelens.findings.sanctions.candidate import is_counted, is_possible_target
from quotelens.findings.sanctions.foreign_goods import goods_owners
from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.findings.sanctions.lists import describes_the_named, items_after
from quotelens.findings.sanctions.measures import is_sector, sector_owners
from quotelens.findings.sanctions.offices import holder_follows, is_title, name_after_title
from quotelens.findings.people.roles import ROLES
from quotelens.findings.sanctions.wording import clean_phrase
from quotelens.language.entities import entity_of
from quotelens.language.syntax import RELATIVE_PRONOUNS, sentence_start
from quotelens.language.tree import children, prep_objects, rights
from quotelens.language.vocabulary import vocabulary


_PRONOUN_WINDOW = 40  # words back to the party a pronoun stands for: a long list stays linear


_ANNOUNCING = ("namely", "specifically", "notably")
# adverbs that focus on a count, not part of the group it counts ('only 60 entities', 'just two companies')
_FOCUSING = ("only", "just", "merely", "even")
# names that rename a described party; the small model tags many a company as a facility ('Congo Aconde SARL')
_NAMED = ("ORG", "PERSON", "GPE", "NORP", "FAC")
# 'people subject to sanctions': what they are subject to is no part of them (S66)
_SUBJECT = frozenset(vocabulary("sanctions")["listing"]["subject_words"])


def target_phrases(obj: Token | None, doc: Doc, before: int | None = None) -> list[str]:
    """Named targets split at 'and' ('Russia and North Korea'); a described target stays whole. A sector is not a
    target: 'Russia's energy sector' hits Russia ('its energy sector': the country is found from the article)."""
    if obj is None:
        return []
    obj = relative_antecedent(obj) or pronoun_antecedent(obj) or obj
    lex = load_lexicon()
    phrases, members = [], []
    for conjunct in [obj, *obj.conjuncts]:  # "on A, B, C and D", "twelve people and three companies"
        if conjunct is not obj and _is_measure(conjunct, lex):
            continue  # a second measure: "sanctions placed on individuals …, and the suspension of Guinea"
        if conjunct is not obj and children(conjunct, "case"):
            continue  # the owner of a description the parse split off: "Rosneft and Lukoil, Russia's two … producers"
        # its owner, and the other conjuncts still: "its energy sector and its banks"; what a measure is about names
        # its owner too: "sanctions targeting Pyongyang's weapons ambitions"
        if states := goods_owners(conjunct, lex):  # "a ban on Uganda's poultry products": Uganda (S46)
            phrases += states
            continue
        if is_sector(conjunct, lex) or conjunct.lower_ in lex.not_targets and children(conjunct, "poss"):
            phrases += [owner_text(c) for c in (sector_owners(conjunct) if is_sector(conjunct, lex) else children(
                conjunct, "poss")) if c.pos_ != "PRON"]
            # "against the Russian financial sector": the country its adjective names
            phrases += [lex.country_of_adjective[c.lower_] for c in children(conjunct, "amod")
                        if is_sector(conjunct, lex) and c.lower_ in lex.country_of_adjective]
            continue
        if holder_follows(conjunct):
            continue  # "on the Minister of the Interior, Stefan Karanov, …": the office describes its holder
        titled = name_after_title(conjunct)
        if titled is not None:  # "sanctioning Representative to the US Hsiao Bi-khim": the person, not the office
            phrases.append(titled)
            continue
        end, renamed = conjunct.i, False
        for child in rights(conjunct):
            if child.dep_ == "prep" and child.ent_iob_ == "I":  # inside a name: "Commission for Human Rights"
                end = max(end, child.right_edge.i)
            elif child.dep_ in ("prep", "acl") and member_objects(child, lex):
                # "entities involved in rights violations, including the transfer of children": what the parse hangs
                # on the target but names no party is what the clause before it was about
                members += [m for m in member_objects(child, lex) if _may_be_party(m, lex)]
            elif child.dep_ == "appos" and children(child, "nummod") and not describes_the_named(child):
                members.append(child)  # "on Putin, one bank, and 18 other entities": a counted group is one more
            elif child.dep_ == "appos" and child.ent_type_ == conjunct.ent_type_ == "PERSON" \
                    and entity_of(child) is not None and entity_of(child) != entity_of(conjunct):
                members.append(child)  # 'Margarita Simonyan, Alina Kabaeva and …': a person names no other person
            elif child.dep_ == "appos" and child.ent_type_ in _NAMED and (conjunct.pos_ != "PROPN" or is_title(
                    conjunct, child)) and authority_of_words([child], lex) is None and not _says(child, lex) \
                    and child.left_edge.lower_ not in RELATIVE_PRONOUNS:
                # a name is described, not renamed ('Kostin, … Transneft'), nor a second party ('China, European
                # Commission (EC)'); '…, Derek Chollet said' is the speaker; 'the junta that ousted president X' is
                # a relative clause the parse read as an apposition: a relative pronoun opens no name
                renamed = renamed or not is_counted(conjunct) and not members  # nor one 'including' (S27)
                members.append(child)  # "gas firm Novatek", "two Chinese firms, Sinopec and CNPC": by name
            elif child.dep_ not in ("cc", "conj", "punct", "appos", "relcl", "acl") and not _is_reason(child, lex) \
                    and not (child.dep_ == "amod" and (child.left_edge.is_quote or child.lower_ in _SUBJECT)) \
                    and not _imposer_after(child, lex):
                # 'called the sanctions on X "unjust"'; 'sanctions on three entities by the United States'
                end = max(end, _end_before_clause(child))  # not a reason: "12 individuals for human rights abuses"
        if conjunct.lower_ == "those" and any(_describes(c, lex) for c in children(conjunct, "relcl", "acl")) \
                or conjunct.pos_ == "NUM" and children(conjunct, "acl"):  # a sub-count: '24 based in Pyongyang'
            end = conjunct.right_edge.i  # "those who endanger our democracy": the clause is all that names them
        end = min(end, before - 1) if before is not None and conjunct.i < before else end
        if not renamed:
            start = conjunct.left_edge.i
            # "companies, namely BAE Systems ...": the word announcing the names is not part of the first one, nor
            # one focusing on the count ("only 60 entities")
            start += doc[start].dep_ == "advmod" and doc[start].lower_ in _ANNOUNCING + _FOCUSING and start < conjunct.i
            phrases.append(state_of_capital(clean_phrase(doc[start: end + 1].text)))
    renaming = _detached_name(obj) if not obj.conjuncts and not members else None
    if renaming is not None:  # "on the commander of the RSF group, Mohammad Hamdan Daglao.": by name
        return [renaming]
    # "sanctions against Mike Gallagher, including a ban on entering China": a measure it includes is no member
    found = phrases + [phrase for member in members if not _is_measure(member, lex)
                       for phrase in target_phrases(member, doc)] + _split_off(obj, lex)
    found += [t for t in _taken_as_subject(obj, lex) if t not in found]
    return found + _beyond_the_parse(obj, found, lex)


def _may_be_party(member: Token, lex: Lexicon) -> bool:
    """A member a target's 'including' names that can be a party: a name, a count ('seven of its top officials'),
    a group ('ministers'), a party noun or a share of one ('a number of top officials'); not an act or a thing
    ('including the transfer and custody of children', hung on the target by the parse); described by office too."""
    counts = member.pos_ == "NUM" or member.lemma_.lower() in lex.quantities
    named = [member] + [o for p in children(member, "prep") if counts and p.lower_ == "of" for o in children(p, "pobj")]
    return any(w.pos_ in ("PROPN", "NUM") or w.tag_ == "NNS" or is_possible_target(w, lex)
               or w.lower_ in ROLES.heads for w in named)  # S27: 'a North Korean diplomat', by office


def _end_before_clause(child: Token) -> int:
    """The last word of a target's modifier up to a relative clause inside it: 'seven of Russia's wealthiest
    oligarchs, whose business empires are closely linked to the Kremlin, Thursday' ends at 'oligarchs'."""
    clause = next((t for t in child.subtree if t.dep_ == "relcl"), None)
    return child.right_edge.i if clause is None else max(child.i, clause.left_edge.i - 1)


def _beyond_the_parse(obj: Token, found: list[str], lex: Lexicon) -> list[str]:
    """The items of a list the parse broke ('A, Chairman of VTB bank; B, CEO of Gazprom; and C'), read from the
    text, that no phrase found already holds."""
    known = [f.lower() for f in found]
    return [item for item in items_after(obj, lex)
            if not any(item.lower() in k or k in item.lower() for k in known)]


def _is_measure(word: Token, lex: Lexicon) -> bool:
    lemma = word.lemma_.lower()
    return word.pos_ == "NOUN" and (lemma in lex.status_of or lemma in lex.measure_nouns)


def member_objects(word: Token, lex: Lexicon) -> list[Token]:
    """'officials, including President Mnangagwa', '50 entities, comprising 35 firms', '39 officials, such as
    Sergei Aksyonov', 'on the industry, including on Myanmar Mining Enterprise': the members a word names, each a
    target of its own."""
    if word.lower_ not in lex.member_words and not (word.lower_ == "as" and children(word, "amod")
                                                    and children(word, "amod")[0].lower_ == "such"):
        return []
    named = [o for o in children(word) if o.dep_ in ("pobj", "dobj")]
    return named + [o for p in children(word, "prep") if p.lower_ in lex.target_preps for o in children(p, "pobj")]


def relative_antecedent(word: Token) -> Token | None:
    """'Russian citizens whose assets they have frozen', 'representatives ..., who are now banned': the noun a
    relative pronoun stands for, the head of its relative clause; for 'a commander ..., who was among those
    sanctioned' the name the description renames ('Mohsen Rezaie, a commander ...')."""
    if word.lower_ not in RELATIVE_PRONOUNS | {"whose"}:
        return None
    clause = next((a for a in word.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = clause.head
    return noun.head if noun.dep_ == "appos" and noun.head.ent_type_ in ("PERSON", "ORG") else noun


def pronoun_antecedent(word: Token) -> Token | None:
    """'severed relations with Qatar and imposed a blockade on it', 'suspended the travel ban on A and B, but
    maintained asset freezes against them': the nearest party before the pronoun in its sentence that a verb or
    preposition takes as its object, of its number ('it': a named state or body; 'them': a group or a coordination).
    Not a subject (who acts), not further back than a few words."""
    if word.lower_ not in ("it", "them") or word.dep_ not in ("pobj", "dobj"):
        return None
    start = max(sentence_start(word), word.i - _PRONOUN_WINDOW)
    for before in reversed(word.doc[start: word.i]):
        if before.dep_ not in ("pobj", "dobj") or before.pos_ not in ("NOUN", "PROPN"):
            continue
        many = before.tag_ in ("NNS", "NNPS") or bool(children(before, "conj"))
        if word.lower_ == "it" and not many and before.ent_type_ in ("GPE", "ORG"):
            return before
        if word.lower_ == "them" and many and (is_possible_target(before, load_lexicon()) or before.pos_ == "PROPN"):
            return before
    return None


def _describes(clause: Token, lex: Lexicon) -> bool:
    """'those who endanger our democracy', 'those linked to the war': a clause that says who they are, not one that
    says they are sanctioned ('those sanctioned', 'those designated': that is the measure itself)."""
    lemma = clause.lemma_.lower()
    return not (lemma in lex.status_of or lemma in lex.listing_verbs or lemma in lex.designation_verbs
                or lemma in lex.targeting_verbs or lemma == "sanction")


def _says(name: Token, lex: Lexicon) -> bool:
    after = name.right_edge.i + 1
    return after < len(name.doc) and name.doc[after].lemma_.lower() in lex.speech_verbs


def _detached_name(obj: Token) -> str | None:
    """A person's name closing the clause right after a described target ('the commander of the RSF group, Mohammad
    Hamdan Daglao.'), which the parse hung higher up: the apposition that names the target."""
    doc, after = obj.doc, obj.right_edge.i + 1
    if obj.pos_ != "NOUN" or after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].ent_iob_ != "B" \
            or doc[after + 1].ent_type_ != "PERSON":
        return None
    name = entity_of(doc[after + 1])
    end = name.end
    if name.root.head in set(obj.ancestors) and (end == len(doc) or doc[end].is_punct and doc[end].text != "("):
        return name.text
    return None


def _split_off(obj: Token, lex: Lexicon) -> list[str]:
    """'sanctions on two conglomerates linked to the military and ten of its officials', 'on National Development
    Complex (NDC) and three commercial entities': one more party right after the target, which the parse coordinated
    with a word above it (the measure, the main verb)."""
    doc, after = obj.doc, obj.right_edge.i + 1
    after += after < len(doc) and doc[after].text == ","
    # "on individual oligarchs and elites, as well as businesses, politicians and organisations"
    after += 2 * ([t.lower_ for t in doc[after: after + 3]] == ["as", "well", "as"])
    if after + 1 >= len(doc) or doc[after].lower_ not in ("and", "as"):
        return []
    party = next((t for t in doc[after + 1: after + 6] if t.dep_ == "conj" and t.left_edge.i == after + 1), None)
    if party is None or party.head not in set(obj.ancestors):
        return []
    if party.lower_ == "those" and any(_describes(c, lex) for c in children(party, "relcl", "acl")):
        return [clean_phrase(doc[party.i: party.right_edge.i + 1].text)]  # "gang leaders and those who finance them"
    if _is_measure(party, lex) or party.pos_ not in ("NOUN", "PROPN", "NUM"):
        return []  # not a second measure ('…, and the suspension of Guinea') nor a clause ('… and that Moscow said')
    named = [party] + prep_objects(party, "of")
    if not any(is_possible_target(t, lex) for t in named):
        return []
    # up to its noun: no clause after it; and the parties coordinated with it ('businesses, politicians and ...')
    return [clean_phrase(doc[each.left_edge.i: each.i + 1].text) if each is not party
            else clean_phrase(doc[party.left_edge.i: named[-1].i + 1].text)
            for each in [party, *party.conjuncts]
            if each is party or each.i > party.i and is_possible_target(each, lex)] + [
        # and the members it names, as a target's own ('as well as 39 officials, such as … Sergei Aksyonov')
        t for c in children(party, "prep", "acl") for m in member_objects(c, lex) if _may_be_party(m, lex)
        for t in target_phrases(m, doc)]


def _taken_as_subject(obj: Token, lex: Lexicon) -> list[str]:
    """'asset freezes against 4 individuals, Grace Mugabe, Perence Shiri, and Phillip Sibando are suspended', 'the
    travel ban on members of the junta and their families is lifted': the last party of a list, which the parse made
    the subject of the clause's verb and left its 'and' with nothing to join (no conjunct after it)."""
    doc = obj.doc
    at = obj.right_edge.i if obj.right_edge.dep_ == "cc" else obj.right_edge.i + 1
    at += at < len(doc) and doc[at].text == ","
    if at + 1 >= len(doc) or doc[at].lower_ != "and" or doc[at].dep_ != "cc" \
            or any(c.i > at for c in children(doc[at].head, "conj")):
        return []
    party = next((t for t in doc[at + 1: at + 8] if t.left_edge.i == at + 1 and t.dep_ in ("nsubj", "nsubjpass")), None)
    if party is None or party.pos_ not in ("NOUN", "PROPN") \
            or _is_measure(party, lex) or not is_possible_target(party, lex):
        return []
    return [clean_phrase(doc[party.left_edge.i: party.i + 1].text)]


def _imposer_after(preposition: Token, lex: Lexicon) -> bool:
    """'the imposition of sanctions on … three commercial entities by the United States': a state or body right after
    the last target, which spaCy hangs on it, is the measure's agent, not part of whom it hits."""
    return preposition.lower_ == "by" and any(authority_of_words(list(o.subtree), lex) is not None
                                              for o in children(preposition, "pobj"))


def _is_reason(preposition: Token, lex: Lexicon) -> bool:
    """'for human rights abuses', 'in response to the launch': why, not who; 'two entities on the same grounds',
    'under the Magnitsky Act': what the measure rests on (data 'not_targets', unless a party owns it), which ends the
    target before it rather than making it none."""
    return preposition.lower_ in lex.reason_preps or any(
        o.lemma_.lower() in lex.reason_nouns or o.lower_ in lex.not_targets and not children(o, "poss")
        for o in children(preposition, "pobj"))
