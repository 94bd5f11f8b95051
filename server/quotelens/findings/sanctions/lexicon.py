"""The sanction word lists of data/sanctions.json, loaded once into sets for lookups."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from quotelens.language.vocabulary import vocabulary, word_list


@dataclass(frozen=True)
class Lexicon:
    """The word lists of data/sanctions.json, as sets for lookups."""

    clear_nouns: frozenset[str]
    ambiguous_nouns: frozenset[str]
    measure_nouns: frozenset[str]  # the clear and the ambiguous together: any noun that can name a measure
    measure_heads: frozenset[str]
    qualified: dict
    measure_objects: frozenset[str]  # what a measure takes or bans, beyond which its target is named
    traded_goods: frozenset[str]
    measure_verbs: dict
    target_verbs: frozenset[str]
    clear_objects: frozenset[str]
    frozen_adjectives: frozenset[str]
    needs_party: frozenset[str]
    state_kinds: frozenset[str]
    topic_preps: frozenset[str]
    dotted_aliases: frozenset[str]
    money_verbs: frozenset[str]
    designation_verbs: frozenset[str]
    designation_nouns: frozenset[str]
    designation_complements: frozenset[str]
    generic_objects: frozenset[str]
    part_nouns: frozenset[str]  # vague measure nouns a sanction includes ('including a ban on trade')
    any_measure_nouns: frozenset[str]  # measure, qualified and part nouns: a measure of its own inside another's phrase
    owned_nouns: frozenset[str]  # vague measure nouns a party's name makes a measure ('the EU measures')
    owning_verbs: frozenset[str]  # participles that name that party ('restrictions imposed on Russia')
    demonstratives: frozenset[str]
    repeat_nouns: frozenset[str]  # vague nouns 'the' ties to a mention of the same noun before ('the ban')
    back_nouns: frozenset[str]  # vague nouns as written that 'the' ties to any measure before ('the penalties')
    quantities: frozenset[str]
    generic_context: int
    violation_verbs: frozenset[str]
    violation_nouns: frozenset[str]
    violation_objects: frozenset[str]
    violation_modifiers: tuple[str, ...]
    violation_window: int
    status_of: dict
    threat_words: frozenset[str]
    threat_if_negated: frozenset[str]
    preparing_words: frozenset[str]
    consider_words: frozenset[str]
    need_words: frozenset[str]
    holding_words: frozenset[str]
    enabling_words: frozenset[str]
    condition_nouns: frozenset[str]
    condition_verbs: frozenset[str]
    pressing_nouns: frozenset[str]
    adding_words: frozenset[str]
    averting_words: frozenset[str]
    naming_window: int
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    ability_aux: frozenset[str]
    wish_verbs: frozenset[str]
    backshifted_aux: frozenset[str]
    anyone: frozenset[str]
    naming_adverbs: frozenset[str]
    kind_determiners: frozenset[str]
    decision_words: frozenset[str]
    demand_aux: frozenset[str]
    blocking_words: frozenset[str]
    declining_words: frozenset[str]
    attitude_words: frozenset[str]
    demand_words: frozenset[str]
    demand_window: int
    awaiting_marks: frozenset[str]
    expectation_words: frozenset[str]
    aim_preps: frozenset[str]
    keeping_words: frozenset[str]
    in_force_words: frozenset[str]
    instrument_preps: frozenset[str]
    facing_words: frozenset[str]
    condition_marks: frozenset[str]
    unattributed: frozenset[str]
    presupposing_preps: frozenset[str]
    participle_window: int
    in_force_nouns: frozenset[str]
    effect_nouns: frozenset[str]  # 'the implications of these sanctions': a measure in force
    stance_words: frozenset[str]  # 'we do not agree with the sanctions': a stance on one in force
    ending_verbs: frozenset[str]
    negative_modifiers: frozenset[str]
    negative_phrases: tuple[str, ...]
    sanction_bodies: frozenset[str]  # "the sanctions committee": a body named after sanctions is no measure
    law_heads: frozenset[str]  # "the Russia Sanctions Act": a law named as a measure's ground is no measure
    modifier_exceptions: frozenset[str]
    target_nouns: frozenset[str]
    party_pronouns: frozenset[str]
    target_preps: frozenset[str]
    not_targets: frozenset[str]
    reason_preps: frozenset[str]
    reason_nouns: frozenset[str]
    setting_preps: frozenset[str]
    member_words: frozenset[str]
    aliases: tuple[tuple[tuple[str, ...], str], ...]  # (alias words, authority), longest first
    aliases_by_first_word: dict  # first word -> ((alias words, authority), ...)
    measure_kinds: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # (measure, triggers, words it needs)
    sector_nouns: frozenset[str]
    negative_target_words: frozenset[str]
    sports_story_words: frozenset[str]
    sports_story_min: int
    sports_portfolios: frozenset[str]  # "the sports minister": a government's portfolio, not a sports story
    travel_ban_verbs: frozenset[str]
    travel_ban_from: frozenset[str]
    travel_ban_objects: frozenset[str]
    travel_ban_places: frozenset[str]
    ineligible_words: frozenset[str]  # "ineligible for entry into the United States"
    withheld_funds: frozenset[str]
    listing_verbs: frozenset[str]
    list_changes: frozenset[str]
    list_members: frozenset[str]
    list_nouns: frozenset[str]
    seizure_words: frozenset[str]
    seizable: frozenset[str]
    not_seizable: frozenset[str]
    ownership_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    known_authorities: frozenset[str]  # the canonical names of data/sanctions.json's authorities
    capital_of: dict  # "moscow" -> "Russia"
    target_subject_words: frozenset[str]
    targeting_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    body_nouns: frozenset[str]
    country_anaphors: frozenset[str]  # "the country", "the republic" (data/places.json, shared with the officials)
    country_of_adjective: dict  # "russian", "south korean" -> the country (data/roles.json, shared with the people finder)
    speech_verbs: frozenset[str]  # "said", "told" (data/cues.json, the quote finder's): "…, X said" names the speaker


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read data/sanctions.json once per process."""
    raw = vocabulary("sanctions")
    status_of: dict[str, str] = {}
    for status, words in ((status, words) for status, words in raw["status_verbs"].items() if status[0] != "$"):
        for word in words:
            status_of.setdefault(word, status)
    aliases = [(tuple(name.split()), authority) for authority, names in raw["authorities"].items()
               if not authority.startswith("$") for name in names]
    # the capitals that speak for their state (data/speakers.json, shared with the quote finder) and the seats of
    # power only sanctions news names; those of imposing states are among the authorities already
    named = {alias for alias, _ in aliases}
    capital_of = {name: state for name, state in vocabulary("speakers")["capitals"]["values"].items()
                  if tuple(name.split()) not in named}
    capital_of |= {name: state for state, names in raw["capitals"].items() if not state.startswith("$") for name in names}
    aliases += [(tuple(name.split()), state) for name, state in capital_of.items()]
    aliases.sort(key=lambda pair: -len(pair[0]))
    modality, violations = raw["modality"], raw["violations"]
    return Lexicon(
        clear_nouns=frozenset(raw["measure_nouns"]["clear"]),
        ambiguous_nouns=frozenset(raw["measure_nouns"]["ambiguous"]),
        measure_nouns=frozenset(raw["measure_nouns"]["clear"]) | frozenset(raw["measure_nouns"]["ambiguous"]),
        measure_heads=frozenset(raw["measure_heads"]["clear"]),
        qualified=(qualified := {k: v for k, v in raw["qualified_measures"].items() if not k.startswith("$")}),
        # what a freeze takes or a trade measure bans: 'the assets of X', 'sales of weapons to X'; 'restrictions on
        # banks' hit the banks
        measure_objects=frozenset(qualified["freeze"]["on_objects"]) | frozenset(raw["measure_verbs"]["freeze"])
        | frozenset(raw["traded_goods"]["nouns"]),
        traded_goods=frozenset(raw["traded_goods"]["nouns"]),
        measure_verbs={k: frozenset(v) for k, v in raw["measure_verbs"].items() if not k.startswith("$")},
        money_verbs=frozenset(raw["frozen_money"]["verbs"]),
        target_verbs=frozenset(raw["measure_verb_kinds"]["target_verbs"]),
        clear_objects=frozenset(raw["measure_verb_kinds"]["clear_objects"]),
        frozen_adjectives=frozenset(raw["measure_verb_kinds"]["frozen_adjectives"]),
        needs_party=frozenset(raw["measure_nouns"]["needs_party"]),
        state_kinds=frozenset(raw["measure_nouns"]["state_kinds"]),
        topic_preps=frozenset(modality["topic_preps"]),
        dotted_aliases=frozenset(raw["authority_abbreviations"]["dotted"]),
        designation_verbs=frozenset(raw["designations"]["verbs"]),
        designation_nouns=frozenset(raw["designations"]["nouns"]),
        designation_complements=frozenset(raw["designations"]["complements"]),
        generic_objects=frozenset(raw["generic_objects"]["nouns"]),
        part_nouns=frozenset(raw["measure_parts"]["nouns"]),
        any_measure_nouns=frozenset(raw["measure_nouns"]["clear"]) | frozenset(raw["measure_nouns"]["ambiguous"])
        | frozenset(qualified) | frozenset(raw["measure_parts"]["nouns"]),
        owned_nouns=frozenset(raw["owned_measures"]["nouns"]),
        owning_verbs=frozenset(raw["owned_measures"]["verbs"]),
        demonstratives=frozenset(raw["generic_objects"]["demonstratives"]),
        repeat_nouns=frozenset(raw["generic_objects"]["repeat_nouns"]),
        back_nouns=frozenset(raw["generic_objects"]["back_nouns"]),
        quantities=frozenset(raw["quantities"]["nouns"]),
        generic_context=int(raw["generic_objects"]["context_sentences"]),
        violation_verbs=frozenset(violations["verbs"]),
        violation_nouns=frozenset(violations["nouns"]),
        violation_objects=frozenset(violations["objects"]),
        violation_modifiers=tuple(violations["object_modifiers"]),
        violation_window=int(violations["window_tokens"]),
        status_of=status_of,
        threat_words=frozenset(modality["threat_words"]),
        threat_if_negated=frozenset(modality["threat_if_negated"]),
        preparing_words=frozenset(modality["preparing_words"]),
        consider_words=frozenset(modality["consider_words"]),
        need_words=frozenset(modality["need_words"]),
        holding_words=frozenset(modality["holding_words"]),
        enabling_words=frozenset(modality["enabling_words"]),
        condition_nouns=frozenset(modality["condition_nouns"]),
        condition_verbs=frozenset(modality["condition_verbs"]),
        pressing_nouns=frozenset(modality["pressing_nouns"]),
        adding_words=frozenset(modality["adding_words"]),
        averting_words=frozenset(modality["averting_words"]),
        naming_window=int(modality["naming_window_tokens"]),
        future_aux=frozenset(modality["future_aux"]),
        hypothetical_aux=frozenset(modality["hypothetical_aux"]),
        ability_aux=frozenset(modality["ability_aux"]),
        wish_verbs=frozenset(modality["wish_verbs"]),
        backshifted_aux=frozenset(modality["backshifted_aux"]),
        anyone=frozenset(modality["anyone"]),
        naming_adverbs=frozenset(modality["naming_adverbs"]),
        kind_determiners=frozenset(modality["kind_determiners"]),
        decision_words=frozenset(modality["decision_words"]),
        demand_aux=frozenset(modality["demand_aux"]),
        blocking_words=frozenset(modality["blocking_words"]),
        declining_words=frozenset(modality["declining_words"]),
        attitude_words=frozenset(modality["attitude_words"]),
        demand_words=frozenset(modality["demand_words"]),
        demand_window=int(modality["demand_window_tokens"]),
        awaiting_marks=frozenset(modality["awaiting_marks"]),
        expectation_words=frozenset(modality["expectation_words"]),
        aim_preps=frozenset(modality["aim_preps"]),
        keeping_words=frozenset(modality["keeping_words"]),
        in_force_words=frozenset(modality["in_force_words"]),
        instrument_preps=frozenset(modality["instrument_preps"]),
        facing_words=frozenset(modality["facing_words"]),
        condition_marks=frozenset(modality["condition_marks"]),
        unattributed=frozenset(raw["unattributed"]["modifiers"]),
        presupposing_preps=frozenset(modality["presupposing_preps"]),
        participle_window=int(raw["authority_abbreviations"]["participle_window_tokens"]),
        in_force_nouns=frozenset(modality["in_force_nouns"]),
        effect_nouns=frozenset(modality["effect_nouns"]),
        stance_words=frozenset(modality["stance_words"]),
        ending_verbs=frozenset(raw["ending_verbs"]["verbs"]),
        negative_modifiers=frozenset(raw["negative_senses"]["modifiers"]),
        negative_phrases=tuple(plain(p) for p in raw["negative_senses"]["phrases"]),
        sanction_bodies=frozenset(raw["negative_senses"]["bodies"]),
        law_heads=frozenset(raw["negative_senses"]["laws"]),
        modifier_exceptions=frozenset(raw["negative_senses"]["modifier_exceptions"]),
        target_nouns=frozenset(raw["target_nouns"]["nouns"]),
        party_pronouns=frozenset(raw["party_pronouns"]["pronouns"]),
        target_preps=frozenset(raw["target_preps"]["preps"]),
        not_targets=frozenset(raw["not_targets"]["nouns"]),
        reason_preps=frozenset(raw["target_preps"]["reasons"]),
        reason_nouns=frozenset(raw["target_preps"]["reason_nouns"]),
        setting_preps=frozenset(raw["target_preps"]["settings"]),
        member_words=frozenset(raw["target_preps"]["members"]),
        aliases=tuple(aliases),
        aliases_by_first_word=_index_by_first_word(aliases),
        measure_kinds=tuple((kind["measure"], frozenset(kind["triggers"]), frozenset(kind.get("with", ())))
                            for kind in raw["measures"]["kinds"]),
        sector_nouns=frozenset(raw["sectors"]["nouns"]),
        negative_target_words=frozenset(raw["negative_senses"]["target_words"]),
        sports_story_words=frozenset(raw["negative_senses"]["sports_story"]),
        sports_story_min=int(raw["negative_senses"]["sports_story_min"]),
        sports_portfolios=frozenset(raw["negative_senses"]["sports_portfolios"]),
        travel_ban_verbs=frozenset(raw["travel_bans"]["verbs"]),
        travel_ban_from=frozenset(raw["travel_bans"]["from"]),
        travel_ban_objects=frozenset(raw["travel_bans"]["objects"]),
        travel_ban_places=frozenset(raw["travel_bans"]["places"]),
        ineligible_words=frozenset(raw["travel_bans"]["ineligible"]),
        withheld_funds=frozenset(raw["travel_bans"]["funds"]),
        listing_verbs=frozenset(raw["listing"]["verbs"]),
        list_changes=frozenset(raw["listing"]["changes"]),
        list_members=frozenset(raw["listing"]["members"]),
        list_nouns=frozenset(raw["listing"]["lists"]),
        seizure_words=frozenset(raw["seizures"]["words"]),
        seizable=frozenset(raw["seizures"]["property"]),
        not_seizable=frozenset(raw["seizures"]["not_property"]),
        ownership_verbs=frozenset(raw["seizures"]["owned_by"]),
        holding_verbs=frozenset(raw["seizures"]["held_by"]),
        known_authorities=frozenset(k for k in raw["authorities"] if not k.startswith("$")),
        capital_of=capital_of,
        target_subject_words=frozenset(raw["target_subjects"]["words"]),
        targeting_verbs=frozenset(raw["targeting_verbs"]["verbs"]),
        reaction_verbs=frozenset(raw["reaction_verbs"]["verbs"]),
        body_nouns=frozenset(raw["body_nouns"]["nouns"]),
        country_anaphors=frozenset(word_list("places", "country_anaphors")),
        country_of_adjective=vocabulary("roles")["country_adjectives"]["values"],
        speech_verbs=frozenset(vocabulary("cues")["speech_verbs"]),
    )


def _index_by_first_word(aliases: list) -> dict:
    index: dict[str, list] = {}
    for alias, authority in aliases:
        index.setdefault(alias[0], []).append((alias, authority))
    return {word: tuple(pairs) for word, pairs in index.items()}


def plain(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() or ch == "." else " " for ch in text.lower()).split())
