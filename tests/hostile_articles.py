"""Adversarial articles by shape, each a function of a size n: the inputs on which a finder that scans back over
the paragraph or the document from every mark, word or name goes super-linear. Shared by the property suite
(tests/test_linear_stages.py), the real-server tests and bench/hostile.py."""

from __future__ import annotations

import random


def unpaired_openers(n: int) -> str:
    """n paragraphs, each with three opening quotation marks and no closing one (the page that stalled quotes)."""
    return "\n".join(f"“The vote “was close “today in district {i}, officials said." for i in range(n))


def closing_only(n: int) -> str:
    """n paragraphs of closing marks with no opening mark, each after a reporting clause."""
    return "\n".join(f"We will act in district {i},” Berg said. We will not,” he told reporters. No.”" for i in range(n))


def every_mark_unpaired(n: int) -> str:
    """One sentence of every kind of quotation mark, unpaired, n times over."""
    return "He said " + "\" ' « » „ ” " * n + "."


def opening_run(n: int) -> str:
    """A run of n opening marks with nothing between them."""
    return "“ " * n


def measure_words(n: int) -> str:
    """One sentence with a run of n sanction measures (the measure-word lexicon, back to back)."""
    return "The government imposed " + ", ".join(["sanctions, an embargo, an asset freeze, a travel ban"] * n) + "."


def measures_with_targets(n: int) -> str:
    """One sentence listing n measures, each with its own target ("an embargo on Alpha0, sanctions on Beta0, …"): the
    parser hangs each measure on the target before it, so every prepositional phrase's subtree holds the rest of the
    list, and reading each phrase by walking its subtree was quadratic (the sanctions stage did 18.8x the lines at 4x
    the list)."""
    items = (f"an embargo on Alpha{i}, sanctions on Beta{i}, a travel ban on Gamma{i}" for i in range(n))
    return "The council imposed " + ", ".join(items) + "."


def names_and_titles(n: int) -> str:
    """One sentence naming n officials with honorifics, titles and organisations."""
    people = (f"Foreign Minister Anna Berg{i}, Mr Lee{i} and Senator John Smith{i} of the Foreign Affairs Committee"
              for i in range(n))
    return "Present were " + ", ".join(people) + "."


def bodies_and_titles(n: int) -> str:
    """n paragraphs that each name a body with its acronym, then three officials (names of their own, so that
    they stay 3n people) whose titles give only its kind, its acronym or a place after the name, and a
    hyphenated sanction: the entities every title and measure looks up."""
    def name(i: int, ending: str) -> str:
        return "".join("abcdefghij"[int(digit)] for digit in str(i)).capitalize() + ending

    return "\n".join(f"The Ministry of Trade{i} (MOT) met Russia's envoy. Then ministry spokesman John "
                     f"{name(i, 'son')}, MOT official Bo {name(i, 'ley')} and Governor Ann {name(i, 'ford')} of "
                     f"Peru spoke of the US-sanctioned firm." for i in range(n))


def nested_marks(n: int) -> str:
    """Double and single marks nested n deep around one word."""
    return "He said " + "“‘" * n + "inner" + "’”" * n + "."


def random_nested_marks(n: int, seed: int) -> str:
    """n marks nested around one word as in nested_marks, each drawn at random (seeded): no two runs or pieces of
    runs alike, so that spaCy's cache of the runs it has tokenized cannot answer when one is timed."""
    draw = random.Random(seed)
    opening = "".join(draw.choice("“‘") for _ in range(n // 2))
    closing = "".join(draw.choice("”’") for _ in range(n // 2))
    return f"He said {opening}inner{closing}."


def apostrophes(n: int) -> str:
    """n sentences of possessives, contractions and elisions that look like closing single marks."""
    return " ".join(f"The minister's aide's car wasn't the ministers' problem in '{i % 90:02d}, 'rock 'n' roll." for i in range(n))


def long_paragraph(n: int) -> str:
    """One paragraph of n ordinary news sentences: quotes, officials, sanctions."""
    return " ".join(f"“We will act on case {i},” Minister Anna Berg said. The US imposed sanctions on Russian banks."
                    for i in range(n))


def many_paragraphs(n: int) -> str:
    """n short paragraphs of ordinary news sentences."""
    return "\n".join(f"“Point {i} stands,” Berg said. Washington sanctioned the firm." for i in range(n))


def nested_reports(n: int) -> str:
    """One paragraph of n reports each inside the last ("' Berg said ' Berg said …"), as the fuzz test's
    many_quote_marks pages write it (up to 5,000 times): every verb of saying reports all that follows it (the
    reported-speech finder took 9 s at n = 1,000, and one such page kept an abandoned analysis busy over 14 minutes)."""
    return "' Berg said " * n + "the talks collapsed."


def separator_run(n: int) -> str:
    """A list of targets broken by a run of n commas (the fuzz test's punctuation runs): the list reader once looked
    ahead through a run by recursion, and at n = 1,000 the sanctions stage was skipped with a RecursionError."""
    return "The United States imposed sanctions on Alpha Bank" + " ," * n + " and Beta Corp."


def body_statements(n: int) -> str:
    """n quotes a body speaks by its short name after one fuller name ("the Foreign Ministry said" after "The Polish
    Foreign Ministry"): the fuller-name check once rescanned the text before every mention (quotes stage 0.4 s at
    500 quotes, 3.1 s at 2,000)."""
    return "The Polish Foreign Ministry condemned the strike. " + "“We object,” the Foreign Ministry said. " * n


def pronoun_chain(n: int) -> str:
    """n sentences whose subject is the pronoun of a quote at the end ("She met Maria Lund."): the pronoun's
    antecedent search followed each subject pronoun back by recursion, and at n = 1,500 the quotes stage was skipped
    with a RecursionError."""
    return "Anna Berg arrived. " + "She met Maria Lund. " * n + "“We will act,” she said."


def resolution_breaches(n: int) -> str:
    """One sentence of n breaches of Security Council resolutions, each naming a state under the Council's measures
    (docs/annotation.md S14): each breach reads its sentence for that state."""
    return " and ".join(["North Korea shipped arms to Russia in violation of UN Security Council resolutions"] * n) + "."


def dated_quotes(n: int) -> str:
    """n sentences each dating a past event and quoting a year (heads.article_year reads every year and asks whether
    a quotation holds it)."""
    return " ".join(f"In {2000 + i % 25} Kim Lund signed the deal, saying “the {2001 + i % 25} plan stands”."
                    for i in range(n))


def dated_back_references(n: int) -> str:
    """One sentence of n back-references each naming a year ("the 2022 sanctions"), each tied by its year to the
    earlier measures whose sentence names it (sanctions/discourse.py)."""
    return "The EU imposed sanctions on Syria in 2022, and " + ", and ".join(
        ["the 2022 sanctions hurt Syria"] * n) + "."


def listed_offices(n: int) -> str:
    """n lines of a list of office holders, each a bulleted name, a dash and an office (listed_names
    .names_before_offices reads back from every dash to the line's start and a few words on)."""
    def name(i: int) -> str:
        return "".join("abcdefghij"[int(digit)] for digit in str(i)).capitalize()

    return "The list:\n" + "\n".join(f"● Giorgi {name(i)}dze – Deputy Minister of Internal Affairs;" for i in range(n))


def plural_titles(n: int) -> str:
    """One sentence of n plural titles, each listing three names with their places ("foreign ministers Giorgi Abdze of
    Germany, Nino Abdze (France) and the ambassadors of Italy, Mr Levan Abdze; ..."): plural_titles reads each list
    once from its title; reading it again from every name, or the sentence per title, would go quadratic."""
    def name(i: int) -> str:
        return "".join("abcdefghij"[int(digit)] for digit in str(i)).capitalize()

    return "They met " + ", ".join(
        f"foreign ministers Giorgi {name(i)}dze of Germany, Nino {name(i)}ava (France) and Levan {name(i)}shvili of "
        f"Italy, and the ambassadors of Spain, Mr Davit {name(i)}uri; and Japan, Dr Eka {name(i)}ia" for i in range(n)) + "."


SHAPES = {shape.__name__: shape for shape in (unpaired_openers, closing_only, every_mark_unpaired, opening_run,
                                               measure_words, measures_with_targets, names_and_titles, bodies_and_titles, nested_marks,
                                               apostrophes, long_paragraph, many_paragraphs, nested_reports,
                                               separator_run, body_statements, pronoun_chain,
                                               resolution_breaches, dated_quotes,
                                               dated_back_references, listed_offices, plural_titles)}
