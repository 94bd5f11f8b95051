"""Session 30's status frames, run by tests/test_sanction_status_frames.py, each with its negative cases: obeying a
measure keeps it in force (S21), a promise to back one backs a measure still to be decided (S7), a plan known only
from reports is considered (S43), a party that may face or be subject to a measure in force is threatened with it,
what sanctions as a kind would do judges a tool (S42), a party 'no' denies is no target of it (S12), 'not just'
denies nothing, a call by way of 'the need for', a body's statement about an extension, a measure a copula names as
the option considered (S7), 'any' sanctions that do what sanctions do (S42), a noun of extending whose 'of' the
measure's policy completes (S5), and a breach the law forbids (no breach: other). Sentences written in the register
of the news corpus's tune half, not copied from it."""

from __future__ import annotations

# (text, mention, status), by frame
OBEYED = [
    ("The EU imposed sanctions on Russia. The government expects banks to comply with the sanctions.", "the sanctions",
     "imposed"),
    ("The UN imposed sanctions on Iran. Turkey will fully abide by UN sanctions on Iran, the minister said.",
     "UN sanctions on Iran", "imposed"),
    ("The EU imposed sanctions on Russia. The minister said exporters must adhere to the embargo on Russia.",
     "the embargo on Russia", "imposed"),
    # a measure the text calls new is not yet obeyed: the clause decides
    ("The EU imposed sanctions on Russia. The minister said banks will not comply with new sanctions against Russia.",
     "new sanctions against Russia", "other"),
]

BACKING_PROMISED = [
    ("Croatia will support the sanctions against Russia, Prime Minister Andrej Plenkovic said on Thursday.",
     "the sanctions against Russia", "considered"),
    ("The EU is preparing sanctions on Russia. Hungary will not support the Commission's sanctions against Russia, "
     "its foreign minister said.", "the Commission's sanctions against Russia", "considered"),
    # backing in the past can be the decision itself
    ("Ireland supported the sanctions against Russia last year, the minister said.", "the sanctions against Russia",
     "imposed"),
]

NOT_JUST = [
    ("The EU imposed sanctions on Russia. Spain is considering not just banning Russian ships from its ports but also "
     "ships owned by Russians.", "banning Russian ships from its ports", "considered"),
    ("The EU imposed sanctions on Russia. Spain is not banning Russian ships from its ports, the minister said.",
     "banning Russian ships from its ports", "other"),
]

SOURCED = [
    ("The US has sanctioned Liberian officials. According to confidential reports, the new sanctions on Liberia would "
     "include two ministers.", "the new sanctions on Liberia", "considered"),
    # its imposer's own word, and an act told in the past, are not plans known from reports
    ("The US has sanctioned Liberian officials. The new sanctions on Liberia will include two ministers, the State "
     "Department said.", "The new sanctions on Liberia", "imposed"),
    ("The EU sanctioned Russian banks. According to reports, the US imposed sanctions on Russian banks on Friday.",
     "imposed sanctions on Russian banks", "imposed"),
]

NO_PARTY = [
    ("The EU imposed sanctions on Russia. He said no residents of Malta have been subjected to sanctions.", "sanctions",
     "other"),
    ("The EU imposed sanctions on Russia. He said two residents of Malta have been subjected to sanctions.",
     "sanctions", "imposed"),
]

FACED_AHEAD = [
    ("A US official warned that Santo Domingo may face Washington's sanctions over its record on trafficking.",
     "Washington's sanctions", "threatened"),
    ("The US imposed visa restrictions on Haitians. Washington continues to identify individuals who may be subject "
     "to visa restrictions.", "visa restrictions", "threatened"),
    ("The US imposed visa restrictions on Haitians. Washington continues to identify individuals who are subject to "
     "visa restrictions.", "visa restrictions", "imposed"),
]

TOOL_JUDGED = [
    ("The US imposed sanctions on Kabarebe. The spokesperson argued that punitive measures would not resolve the "
     "crisis in eastern DRC.", "punitive measures", "other"),
    ("The US imposed sanctions on Kabarebe. If sanctions could resolve the conflict, we would have had peace decades "
     "ago, she said.", "sanctions", "other"),
    # a particular measure weighed keeps its status
    ("The US imposed sanctions on Dodik. Sanctions against Dodik could slow Bosnia's progress, analysts said.",
     "Sanctions against Dodik", "imposed"),
]

CALLS = [
    ("The US designated the Houthis a terrorist group. Bahrain stressed the need for the international community to "
     "take similar measures against the group.", "similar measures against the group", "considered"),
    ("The US designated the Houthis a terrorist group. The international community took similar measures against "
     "the group.", "similar measures against the group", "imposed"),
]

STATEMENT_ON_CHANGE = [
    ("The ministry denounced the announcement by the European Council regarding the extension of the sanctions on "
     "Syrian officials.", "the extension of the sanctions on Syrian officials", "extended"),
    ("Syria called for talks regarding the extension of the sanctions on Syrian officials.",
     "the extension of the sanctions on Syrian officials", "considered"),
]

OPTIONS = [
    ("The EU imposed sanctions on Russia. “Another measure under consideration is to ban Russian ships from its "
     "ports,” the minister said.", "ban Russian ships from its ports", "considered"),
    ("The EU imposed sanctions on Russia. The proposal is to freeze the assets of Russian oligarchs.",
     "freeze the assets of Russian oligarchs", "considered"),
    ("The EU imposed sanctions on Russia. The decision is to ban Russian ships from its ports.",
     "ban Russian ships from its ports", "imposed"),
]

ANY_IN_GENERAL = [
    ("The US imposed sanctions on Russia. “Of course, any sanctions affect companies' activities to some extent,” he "
     "said.", "any sanctions", "other"),
    ("The US imposed sanctions on Iran. Any sanctions against Iran hurt Turkey, he said.", "Any sanctions against Iran",
     "imposed"),
]

CHANGE_NOUNS = [
    ("The US government has announced an expansion of its visa restriction policy for Uganda.", "visa restriction",
     "extended"),
    ("The EU announced an extension of its sanctions on Russia.", "an extension of its sanctions on Russia",
     "extended"),
]

FORBIDDEN = [
    ("The EU imposed sanctions on Russia. It is punishable by law to break the sanctions.", "break the sanctions",
     "other"),
    ("The US imposed an embargo on Cuba. It is illegal for US citizens to evade the embargo.", "evade the embargo",
     "other"),
    ("The US imposed sanctions on Iran. The company broke the sanctions, and it is illegal.", "broke the sanctions",
     "violated"),
]

STANCE_FRAMES = {
    "obeyed": OBEYED,
    "backing_promised": BACKING_PROMISED,
    "not_just": NOT_JUST,
    "sourced": SOURCED,
    "no_party": NO_PARTY,
    "faced_ahead": FACED_AHEAD,
    "tool_judged": TOOL_JUDGED,
    "calls": CALLS,
    "statement_on_change": STATEMENT_ON_CHANGE,
    "options": OPTIONS,
    "any_in_general": ANY_IN_GENERAL,
    "change_nouns": CHANGE_NOUNS,
    "forbidden": FORBIDDEN,
}
