"""Who imposes a sanction: its authority, from the measure's modifiers, the phrases after it, or the subject of its
clause ("we" in a quote is the speaker's government)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.adopters import adopter, carries_out, is_member_noun
from quotelens.findings.sanctions.aliases import (authority_of_text, authority_of_words, entity_text,
                                                  state_of_capital, state_of_words)
from quotelens.findings.sanctions.article import Context, body_named_before
from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.clause_paths import clause_path
from quotelens.findings.sanctions.datelines import in_dateline
from quotelens.findings.sanctions.governments import government_of_person, is_the_country, speaker_government
from quotelens.findings.sanctions.imposers import (entry_destination, is_circumstance, is_country, is_owner,
                                                   is_reaction_noun, is_topic, misattached_agent, owning_state,
                                                   participle_agent)
from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.findings.sanctions.status import relative_imposer
from quotelens.findings.sanctions.subjects import subject_of, subject_target
from quotelens.findings.sanctions.wording import is_against
from quotelens.language.syntax import RELATIVE_PRONOUNS, sentence_start
from quotelens.language.tree import agent_of, children, lefts, prep_objects, rights

if TYPE_CHECKING:  # annotations only: sanction_candidates imports this module at run time
    from quotelens.findings.sanctions.candidate import Candidate

_PRONOUNS_WE = {"we", "us", "our", "ours"}
_PRONOUNS_IT = {"it", "they"}


def find_authority(candidate: Candidate, lex: Lexicon, context: Context) -> str | None:
    """Who imposes (or would impose) the measure: a modifier ('U.N. sanctions'), else the subject of its clause."""
    for word in _phrase_modifiers(candidate):
        if word.lower_ in _PRONOUNS_WE and word.pos_ == "PRON":
            found = speaker_government(word, lex, context)
            if found:
                return found
    if (taker := adopter(candidate)) is not None and (found := _authority_of_subject(taker, lex, context)) \
            and not (carries_out(candidate) and authority_of_words(_phrase_modifiers(candidate), lex)):
        return found  # "Switzerland adopted the EU's sanctions": the state taking them up (S10, S37)
    found = authority_of_words(_phrase_modifiers(candidate), lex)
    if found:
        return found
    if "-" in candidate.trigger.text.strip("-"):  # "U.S.-sanctioned" is one token
        found = authority_of_text(candidate.trigger.text.rsplit("-", 1)[0], lex)
        if found:
            return found
    if (place := entry_destination(candidate)) is not None:  # "banned from entering Russia": Russia keeps them out
        return _authority_of_subject(place, lex, context)
    # "Russia's reserves remain immobilised": the owner of frozen property is its target (targets.py)
    owned = candidate.head.lemma_.lower() in lex.measure_objects
    for child in children(candidate.head) if candidate.kind != "verb" and not owned else ():
        # "Canada's sanctions": a state owns what it imposes. An organisation does not count ("NCLB's sanctions"
        # are a school law's); the known bodies are among the aliases above.
        if child.dep_ == "poss" and child.ent_type_ == "GPE":
            return state_of_capital(entity_text(child))
        if child.dep_ == "poss" and _is_body_noun(child, lex):
            return body_named_before(child, context)  # "the bloc's blacklist"
    found = _authority_after(candidate, lex, context)
    if found:
        return found
    agent = agent_of(candidate.verb) if candidate.verb is not None else None
    if agent is not None:
        found = _authority_of_subject(agent, lex, context)
        if found:
            return found
    if owned and (candidate.verb is None or not children(candidate.verb, "nsubj")):
        # "freezing assets in China", "whose assets in Russia might be seized": the state property is held in
        # freezes or seizes it, unless the clause names who does ("the Treasury froze assets in Switzerland")
        for place in prep_objects(candidate.head, "in"):
            if place.ent_type_ == "GPE":
                return _authority_of_subject(place, lex, context)
    if subject_target(candidate, lex) is not None or broken(candidate, lex):
        return None  # "Iran has been struggling under sanctions": the subject is hit, not imposing
    if candidate.verb is None and _refers_back(candidate.head):
        # "Mali condemns these sanctions", "Havana reported on the embargo": a definite repeat no verb imposes
        # takes the authority of the measure it refers back to (sanctions.py), not the subject reacting to it
        return None
    # The first subject up the clause decides, named or not: "India and Pakistan spar over whether he belongs on the
    # sanctions list" stops at "he", not at India. The measure itself as subject ("the sanctions failed") is skipped.
    verbal = False  # a verb passed on the way up: the measure is its object, not only a noun in a phrase
    for word in clause_path(candidate.verb if candidate.verb is not None else candidate.head):
        if not verbal and is_circumstance(word):
            return None  # "cannot access them due to sanctions": the subject undergoes the measure
        verbal = verbal or word.pos_ in ("VERB", "AUX")
        owner = _deciding_owner(word, candidate, lex, context)
        if owner is not None:
            return owner  # "the US decision to lift sanctions", "Estonia's decision to seize Russian assets"
        if (word.lemma_.lower() in lex.reaction_verbs or is_reaction_noun(word) or is_topic(word)) \
                and word is not candidate.verb:
            return None  # "Syria welcomed the lifting of sanctions", "talks over sanctions": who reacts does not impose
        subject = subject_of(word)
        if subject is not None and candidate.kind == "verb" and _is_predicated_of(candidate.head, subject):
            return None  # "Arreaza is the latest Venezuelan official to be targeted": the subject is the one hit
        if subject is not None and subject not in (candidate.trigger, candidate.head):
            if subject.lemma_.lower() in lex.measure_nouns:
                # a measure doing the measure ("The sanctions, mentioned by Abe with US President Trump, will freeze
                # the assets") names no party but its own modifier's: not one named in its aside
                return authority_of_words(lefts(subject), lex)
            return _authority_of_subject(subject, lex, context)
    return _authority_before_participle(candidate, lex) or _authority_of_adjunct(candidate, lex, context)


def broken(candidate: Candidate, lex: Lexicon) -> bool:
    """'we have never violated sanctions' (said for Kyrgyzstan), 'helping Russia bypass sanctions': whoever breaks a
    measure, or helps to, is not its imposer; only the measure's own words (modifiers, possessive, 'imposed by', read
    above) name that. A noun of breaking ('sanctions circumvention') is left to the clause: its subject is as often
    the one it accuses."""
    verb = candidate.verb
    return verb is not None and lex.status_of.get(verb.lemma_.lower()) == "violated"


def _is_predicated_of(patient: Token, subject: Token) -> bool:
    """Whether the party a measure verb hits is said of the clause's subject ('X is the latest official sanctioned')."""
    return patient.dep_ == "attr" and patient.head.i == subject.head.i


def _authority_of_adjunct(candidate: Candidate, lex: Lexicon, context: Context) -> str | None:
    """'The U.S. Government moved against Petro, imposing sanctions that …': a participle of the measure's own verb
    acts for the subject of the clause it hangs from (not 'Russia invaded, triggering sanctions')."""
    verb = candidate.verb
    if verb is None or verb.dep_ != "advcl" or verb.tag_ != "VBG" or lex.status_of.get(verb.lemma_.lower()) is None:
        return None
    return _authority_of_subject(subject, lex, context) if (subject := subject_of(verb.head)) is not None else None


def _authority_after(candidate: Candidate, lex: Lexicon, context: Context) -> str | None:
    """'the sanctions of the EU', 'new sanctions from the US' (not whom 'lifted sanctions from Iran' frees; 'of' a
    country may be whom it hits; a 'by X' on the measure cost test authority); 'sanctions by the EU' acted on: its
    agent."""
    lifted = candidate.verb is not None and lex.status_of.get(candidate.verb.lemma_.lower()) == "lifted"
    for preposition in rights(candidate.head):
        for party in children(preposition, "pobj") \
                if preposition.lower_ in (("of",) if lifted else ("of", "from")) else ():
            found = authority_of_words(list(party.subtree), lex)
            if found:
                return found
    action = candidate.verb if candidate.verb is not None and candidate.verb.pos_ == "NOUN" else None
    for preposition in rights(action) if action is not None else ():
        for party in children(preposition, "pobj") if preposition.lower_ == "by" else ():
            return _authority_of_subject(party, lex, context)
    if action is not None and (agent := _agent_after_targets(action, lex)) is not None:
        return agent
    subject = relative_imposer(candidate.head, lex) or participle_agent(candidate.head, lex) \
        or misattached_agent(candidate.head) if candidate.kind != "verb" else None  # "sanctions the US imposed",
    # "sanctions, imposed by the US", "put under sanctions by the US"
    return _authority_of_subject(subject, lex, context) if subject is not None else None


_AGENT_WINDOW = 30  # words of an action's phrase searched for its agent: a long list of targets stays linear


def _agent_after_targets(action: Token, lex: Lexicon) -> str | None:
    """'the imposition of sanctions on its National Development Complex (NDC) and three commercial entities by the
    United States': the action's agent closing its phrase, which the parse hung on the last target; a state or body
    only ('entities owned by the military' are described, and a verb comes between)."""
    doc = action.doc
    end = min(action.right_edge.i + 1, action.i + _AGENT_WINDOW)
    for word in doc[action.i + 1: end]:
        if word.pos_ in ("VERB", "AUX"):
            return None
        if word.lower_ == "by" and word.dep_ == "prep" and word.head.i > action.i:
            return next((found for o in children(word, "pobj")
                         if (found := authority_of_words(list(o.subtree), lex)) is not None), None)
    return None


def _authority_before_participle(candidate: Candidate, lex: Lexicon) -> str | None:
    """'ECOWAS imposed sanctions on Mali' (spaCy: a verb 'ECOWAS', a participle 'imposed'): a body a few words
    before."""
    verb = candidate.verb
    if verb is None or verb.dep_ != "amod" or verb.i > candidate.head.i:
        return None
    first = sentence_start(verb)
    return authority_of_words(list(verb.doc[max(first, verb.i - lex.participle_window): verb.i]), lex)


def _deciding_owner(word: Token, candidate: Candidate, lex: Lexicon, context: Context) -> str | None:
    """The state that owns a noun the measure's infinitive hangs from: 'the US decision to lift sanctions'."""
    if word.pos_ != "NOUN" or word in (candidate.trigger, candidate.head) or is_member_noun(word):
        return None
    if not any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
               for c in children(word)):
        return None
    owners = [c for c in lefts(word) if c.dep_ in ("poss", "compound", "amod", "nmod")]
    # "the decision of US President Donald Trump to lift sanctions", "the decision by the Treasury to ..."
    owners += [o for p in rights(word) if p.lower_ in ("of", "by") for o in children(p, "pobj")]
    for child in owners:
        found = _authority_of_subject(child, lex, context)
        if found:
            return found
    return None


def _refers_back(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in children(head))


def _phrase_modifiers(candidate: Candidate) -> list[Token]:
    """The words before the measure word: 'U.N. sanctions'. A sanctioning verb's object is its target, so its
    modifiers are not ('sanctioned Iran's central bank', 'blacklisted US firms')."""
    words = []
    for noun in {candidate.trigger} if candidate.kind == "verb" else {candidate.trigger, candidate.head}:
        for child in lefts(noun):
            # not whom an 'anti-' adjective names: "anti-Australian sanctions" are Russia's
            if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and not is_against(child) \
                    and not is_owner(child, noun, load_lexicon()):
                words.extend(child.subtree)
    return sorted(set(words), key=lambda t: t.i)


def _authority_of_subject(subject: Token, lex: Lexicon, context: Context) -> str | None:
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if subject.lower_ in _PRONOUNS_WE and subject.pos_ == "PRON":
        return speaker_government(subject, lex, context)
    if (subject.lower_ in _PRONOUNS_IT or is_the_country(subject)) and subject.head.dep_ == "ccomp":
        # "The EU said it will impose sanctions", "Switzerland said the country would adopt them": the reporter
        reporter = subject_of(subject.head.head)  # the nearest: not a dateline's capital
        return _authority_of_subject(reporter, lex, context) \
            if reporter is not None and reporter.pos_ != "PRON" else None
    if _is_body_noun(subject, lex):
        return body_named_before(subject, context)
    # not a dateline ('LONDON - Australia has'), nor a later conjunct's body ('Saudi Arabia, … members of the GCC')
    apart = {t.i for c in children(subject, "appos") for t in c.subtree}
    words = [t for t in subject.subtree if (t.i <= subject.i or t.dep_ in ("prep", "pobj", "compound"))
             and not in_dateline(t) and t.i not in apart]
    # and the demonym of the body it is part of: "the Work Office of the Chinese Communist Party"
    words += [t for p in rights(subject) if p.lower_ == "of" for t in p.subtree if t.ent_type_ in ("NORP", "ORG")]
    # "Bureau of Industry and Security"
    found = state_of_words(words, lex) or authority_of_text(entity_text(subject), lex)
    if found:
        return found
    if subject.ent_type_ == "GPE" or is_country(subject):  # "Moldova is preparing sanctions" (tagged ORG)
        return state_of_capital(entity_text(subject))
    # "New Zealand authorities", "the Ministry of Foreign Affairs of Belarus": the state of a party noun (not "bill")
    # and one 'of' deeper: "the Governor of the Central Bank of Nigeria" (S9: a state's agency is the state)
    state = owning_state(subject) or next((s for p in children(subject, "prep") if p.lower_ == "of"
                                           for o in children(p, "pobj") if (s := owning_state(o))), None)
    if state is not None and (subject.lemma_.lower() in lex.body_nouns or is_possible_target(subject, lex)):
        return state_of_capital(state)
    if subject.ent_type_ == "PERSON":
        return government_of_person(subject, lex, context)
    return None


def _is_body_noun(word: Token, lex: Lexicon) -> bool:
    """'the bloc', 'the authority': a definite noun that stands for a body the article named."""
    own = [c for c in children(word) if c.dep_ != "case"]  # the bloc('s): no other words of its own
    return word.lower_ in lex.body_nouns and [(c.dep_, c.lower_) for c in own] == [("det", "the")]

