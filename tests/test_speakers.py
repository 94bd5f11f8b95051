"""The speaker resolver on hand-built people: names, pronouns, nominals, and weak evidence giving no answer."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.people.people import find_people
from quotelens.findings.quotes.quotes import find_quotes
from quotelens.findings.quotes.trailing import misread_cue
from quotelens.findings.speakers import SpeakerResolver
from quotelens.model import Entity


def person(text: str, entity_id: str, name: str, wordings: list[str], title: str | None = None) -> Entity:
    """An entity whose mentions are every occurrence of each wording in ``text``."""
    mentions = []
    for wording in wordings:
        start = text.find(wording)
        while start >= 0:
            mentions.append((start, start + len(wording)))
            start = text.find(wording, start + len(wording))
    return Entity(id=entity_id, type="person", name=name, title=title, mentions=tuple(sorted(mentions)))


def resolve(nlp, text: str, people: list[dict], source: str, occurrence: int = 1, quoted=()):
    """Resolve the ``occurrence``-th appearance of ``source`` in ``text``; return the entity's name or None."""
    doc = nlp(text)
    entities = [person(text, f"person{i}", **p) for i, p in enumerate(people, start=1)]
    start = -1
    for _ in range(occurrence):
        start = text.find(source, start + 1)
    span = doc.char_span(start, start + len(source))
    spans = [(text.find(q), text.find(q) + len(q)) for q in quoted]
    entity = SpeakerResolver(build_context(doc), entities, spans).resolve(span)
    return entity.name if entity else None


MILLER = {"name": "Matthew Miller", "wordings": ["Matthew Miller", "Miller"],
          "title": "official spokesperson of the US Department of State"}
KIM = {"name": "Kim Jong Un", "wordings": ["Kim Jong Un", "Kim"], "title": "North Korean leader"}
PUTIN = {"name": "Vladimir Putin", "wordings": ["Vladimir Putin", "Putin"], "title": "President"}


@pytest.mark.parametrize("text, people, source, occurrence, quoted, expected", [
    # A name resolves through the mention that holds its head word.
    ("Matthew Miller spoke on Monday. Miller said the talks failed.", [MILLER], "Miller", 2, (), "Matthew Miller"),
    ("The Clinton ad ran on Monday.", [{"name": "Hillary Clinton", "wordings": ["Clinton"]}],
     "The Clinton ad", 1, (), None),
    # A pronoun takes the subject of the nearest sentence naming someone.
    ("Matthew Miller spoke on Monday. He said the talks failed.", [MILLER], "He", 1, (), "Matthew Miller"),
    ("Kim Jong Un informed Vladimir Putin that Russia will win. He congratulated Russia.", [KIM, PUTIN],
     "He", 1, (), "Kim Jong Un"),
    # People named inside quoted words are not candidates.
    ("“Putin is begging Kim for help,” Miller said. He added more.", [MILLER, KIM, PUTIN], "He", 1,
     ["Putin is begging Kim for help,"], "Matthew Miller"),
    # Gender only from the article's own evidence: Mr/Ms.
    ("Ms. Jane Roe met Mr. John Doe on Monday. He said the deal was done.",
     [{"name": "Jane Roe", "wordings": ["Jane Roe"]}, {"name": "John Doe", "wordings": ["John Doe"]}],
     "He", 1, (), "John Doe"),
    ("The spokeswoman Jane Roe met John Doe on Monday. He said the deal was done.",
     [{"name": "Jane Roe", "wordings": ["Jane Roe"]}, {"name": "John Doe", "wordings": ["John Doe"]}],
     "He", 1, (), "John Doe"),
    # ... never from first names: without Mr/Ms, the subject wins.
    ("Jane Roe met John Doe on Monday. He said the deal was done.",
     [{"name": "Jane Roe", "wordings": ["Jane Roe"]}, {"name": "John Doe", "wordings": ["John Doe"]}],
     "He", 1, (), "Jane Roe"),
    ("Ms. Jane Roe spoke on Monday. He said the deal was done.", [{"name": "Jane Roe", "wordings": ["Jane Roe"]}],
     "He", 1, (), None),
    # A nominal takes the one person whose title has its head noun.
    ("North Korean leader Kim Jong Un met Vladimir Putin. The North Korean leader said more.", [KIM, PUTIN],
     "The North Korean leader", 1, (), "Kim Jong Un"),
    ("Matthew Miller briefed reporters. The spokesperson said more.", [MILLER, KIM], "The spokesperson", 1, (),
     "Matthew Miller"),
    # Weak evidence gives no answer: a plural nominal, nobody named before, a bare name nobody has.
    ("Kim Jong Un met Vladimir Putin. The two leaders said more.", [KIM, PUTIN], "The two leaders", 1, (), None),
    ("He said the talks failed. Matthew Miller agreed.", [MILLER], "He", 1, (), None),
    ("Matthew Miller spoke. Johnson said the talks failed.", [MILLER], "Johnson", 1, (), None),
    # A place or facility the people finder took for a person is no antecedent ('Yeosu Port').
    ("Loreta Maskaliovene spoke. Lithuanian Railways stopped the trains. She added more.",
     [{"name": "Loreta Maskaliovene", "wordings": ["Loreta Maskaliovene"]},
      {"name": "Lithuanian Railways", "wordings": ["Lithuanian Railways"]}], "She", 1, (), "Loreta Maskaliovene"),
    ("The ship docked at Yeosu Port on Friday. He said the cargo was seized.",
     [{"name": "Yeosu Port", "wordings": ["Yeosu Port"]}], "He", 1, (), None),
    # A news agency the tagger listed as a person is a channel, never the one a pronoun or description means.
    ("The minister met the press, BelTA reports. He said the deal was done.",
     [{"name": "BelTA", "wordings": ["BelTA"]}], "He", 1, (), None),
])
def test_resolve(nlp, text, people, source, occurrence, quoted, expected):
    assert resolve(nlp, text, people, source, occurrence, quoted) == expected


def test_pronoun_out_of_reach_is_unresolved(nlp):
    filler = " ".join(f"The market rose on day {i}." for i in range(12))
    text = f"Matthew Miller spoke on Monday. {filler} He said the talks failed."
    assert resolve(nlp, text, [MILLER], "He") is None


# --- speakers of quotes on international news (issue 14), end to end through the quote finder ------------------

def speaker_of(nlp, text: str, quote_start: str, kind: str = "direct") -> tuple[str | None, str | None]:
    """The speaker name and channel of the quote (or paraphrase) whose text starts with ``quote_start``."""
    context = build_context(nlp(text))
    for quote in find_quotes(context, find_people(context)):
        if quote.kind == kind and quote.text.startswith(quote_start):
            return quote.speaker_name, quote.via
    raise AssertionError(f"no {kind} quote starts with {quote_start!r}")


ABE = ("Japanese Prime Minister Shinzo Abe on Wednesday urged the EU to keep its embargo on arms sales to China. "
       "“We are concerned about the implications,” the Reuters quoted Abe as saying in a joint conference.")
CAVUSOGLU = ("Turkish Foreign Minister Mevlut Cavusoglu says his country is resolved to buy the missiles. "
             "In an interview on Thursday, Cavusoglu said Turkey would not turn back from its deal. "
             "The top Turkish diplomat censured the US sanctions imposed under the CAATSA legislation as "
             "“legally and politically wrong,” and said they would have no impact on Ankara.")
JUDGE = ("An Accra High Court, presided over by Justice Mary Yanzuh, has ruled that the trial will be heard daily.\n"
         "Lawyers for Mr. Quayson had urged the court to review its order.\nThey provided documents to the court.\n"
         "The prosecution opposed the review.\n")
LITTLE = ("“The Treasury takes any breach extremely seriously,” Treasury deputy chief executive Struan Little "
          "said. "
          "Little said the reporter alerted officials soon after the breach.\n"
          "“These consequences are proportionate with the seriousness of the breach,” he said.")



@pytest.mark.parametrize("text, quote_start, expected", [
    # A news agency the tagger listed as a person is a channel, never the one a description means.
    ("Belarusian President Alexander Lukashenko supported the idea. The head of state made this statement while "
     "accepting the government's report, BelTA reports.\n\"Fifty countries are already under direct sanctions. We "
     "also convinced China,\" the head of state stated.", "Fifty", ("Alexander Lukashenko", None)),
    # Organisations speak under the fullest name the article gives them, without their article.
    ("“Fijian law enforcement acted on a request,” the US Department of Justice said in a statement.", "Fijian",
     ("US Department of Justice", None)),
    ("China's Ministry of Commerce has opposed the decision. “The move is typical unilateral sanctions,” the "
     "ministry said.", "The move", ("China's Ministry of Commerce", None)),
    ("Talks with the National Liberation Army (ELN) guerrilla group resumed. The ELN said it was willing to "
     "“reach another ceasefire” and talk.", "reach", ("National Liberation Army", None)),
    ("American Airlines is the company. The airline called the man a “conservative activist” on Friday.",
     "conservative", ("American Airlines", None)),
    # "It said" after a body's statement is that body.
    ("The tanker was seized on Friday, the maritime security agency said in a statement.\n“The two ships were caught "
     "red-handed,” it added.", "The two ships", ("maritime security agency", None)),
    # A statement speaks for whoever issued it.
    ("“These sanctions respond to recent findings,” Foreign Minister Winston Peters said in a statement.\n"
     "New Zealand joins the effort.\n“The shadow fleet presents significant threats to all countries,” the statement says.",
     "The shadow", ("Winston Peters", None)),
    ("A statement by EU Council chief Herman Van Rompuy on Monday said the measures are due to “the aggression by "
     "Russian armed forces on Ukrainian soil” last week.", "the aggression", ("Herman Van Rompuy", None)),
    # Channels are not speakers: the person speaks, the outlet is `via`.
    (ABE, "We are concerned", ("Shinzo Abe", "Reuters")),
    ("Foreign Minister Abbas Araghchi told the state news agency IRNA: “The talks will resume next week.”",
     "The talks", ("Abbas Araghchi", "IRNA")),
    ("“The vessel will be brought to the US,” a spokesperson for the Department of Justice told the ABC.",
     "The vessel", ("a spokesperson for the Department of Justice", "ABC")),
    # A description of the one official just named is that official; a name inside the subject is the speaker.
    (CAVUSOGLU, "legally", ("Mevlut Cavusoglu", None)),
    ("Western countries need no reason, official spokeswoman of the Russian Foreign Ministry Maria Zakharova said.\n"
     "“The conclusion is obvious,” official spokeswoman of the Russian Foreign Ministry Maria Zakharova said on "
     "the air.", "The conclusion", ("Maria Zakharova", None)),
    # A pronoun after a long quote goes back past the quoted sentences to the last named speaker.
    (LITTLE, "These consequences", ("Struan Little", None)),
    # 'Quote:' opening a paragraph in place of a cue: the speaker of the last verb of saying before it.
    ("Poland's Foreign Minister Radoslaw Sikorski has said that Warsaw will close the consulate.\nSource: Sikorski on "
     "X\nQuote: \"The consulate in Gdansk will close.\"", "The consulate", ("Radoslaw Sikorski", None)),
    ("Details: Foreign Minister Radoslaw Sikorski noted that allies agreed. He added that more steps may follow.\n"
     "Quote: \"We will not tolerate hostile acts against Poland.\"", "We will not", ("Radoslaw Sikorski", None)),
    # … unless a 'Source:' line right above it credits someone: the person that line names.
    ("The US Department of State has announced new visa restrictions.\nSource: a statement by Matthew Miller, "
     "spokesperson for the US Department of State\nQuote: \"The United States strongly condemns the violence.\"",
     "The United States", ("Matthew Miller", None)),
    # 'It said' after a body issued a statement is that body; "the Ministry" is the ministry named before it.
    ("The Ministry of Foreign Affairs of Peru issued a statement on Friday. \"The border stays open,\" it said.",
     "The border", ("Ministry of Foreign Affairs of Peru", None)),
    ("Kenya's Ministry of Health confirmed two cases. \"Both patients are stable,\" the Ministry said.", "Both",
     ("Kenya's Ministry of Health", None)),
    # "the army" is the earlier mention the article tied to a country; a description of a company is the company.
    ("Sudan's army said it had retaken the city. “Our forces are in full control,” the army said in a statement.",
     "Our forces", ("Sudan's army", None)),
    ("Shares in the Royal Dutch Shell fell on Monday. The Anglo-Dutch oil giant said it would “appeal the decision.”",
     "appeal", ("Royal Dutch Shell", None)),
    ("“We will not recognise the result,” said the opposition coalition, the National Alliance for Change.", "We will",
     ("National Alliance for Change", None)),
    # A pronoun whose nearest sentence has a pronoun subject goes on with that pronoun's person, not its object.
    ("Foreign Minister Annalena Baerbock arrived in Kyiv on Monday. “We stand by Ukraine,” Baerbock told reporters.\n"
     "She later met President Volodymyr Zelensky.\n“Germany will deliver more air defence,” she added.", "Germany",
     ("Annalena Baerbock", None)),
    # A description that names a country is the person whose office is of that country, not the one named last.
    ("Iran's President Masoud Pezeshkian met Russia's President Vladimir Putin in Moscow.\n“Our relations are "
     "strategic,” the Iranian president told reporters.", "Our relations", ("Masoud Pezeshkian", None)),
    # A statement read out by someone is theirs; a transcript's answer turn is the interviewee's.
    ("\"The government rejects these unjust sanctions,\" said a statement read out on state television by the junta's "
     "spokesman, Colonel Amadou Abdramane.", "The government", ("Amadou Abdramane", None)),
    ("Foreign Minister Sergei Lavrov said on Monday that the talks had stalled.\nQ: \"Will Russia attend?\"\n"
     "A: \"We have not been invited.\"", "We have not", ("Sergei Lavrov", None)),
    # The person in apposition to the last sentence's subject, not the possessive before it, is "he".
    ("US envoy Steve Witkoff met Russian President Vladimir Putin on Friday. Putin's aide Yuri Ushakov described "
     "the talks as useful.\n“The meeting was productive,” he said.", "The meeting", ("Yuri Ushakov", None)),
    # A statement named after its body ("a foreign ministry statement", "the council's statement") is the body's.
    ("Iran's Supreme National Security Council met on Sunday. “Iran will respond,” the council's statement said.",
     "Iran will", ("Iran's Supreme National Security Council", None)),
    ("“The measures are illegitimate,” a foreign ministry statement said.", "The measures", ("foreign ministry", None)),
    # A quote that opens the article, its speaker named in the sentence that points back at it.
    ("“We are ready for talks at any time.”\nThat was the message from Iranian Foreign Minister Abbas Araghchi on "
     "Monday, as he arrived in Oslo.", "We are ready", ("Abbas Araghchi", None)),
    ("“Europe must wake up.”\nThose were the words of French President Emmanuel Macron at the Sorbonne.", "Europe",
     ("Emmanuel Macron", None)),
    # A description naming a country reaches further back for that country's one official; an age is the person
    # just named.
    ("Russian Foreign Minister Sergei Lavrov arrived in New Delhi on Thursday.\nIndia has refused to condemn the "
     "invasion. The country buys most of its arms abroad.\n“We will supply anything India wants,” Russia's chief "
     "diplomat said.", "We will supply", ("Sergei Lavrov", None)),
    # A definite description repeating a title the article gave (head and another of its words) reaches a few
    # sentences back for the one official holding it; a bare head does not, nor a title two people hold.
    ("US State Department spokesman Matthew Miller announced the measures at a briefing. According to him, they "
     "apply to dozens of people. The sanctions were imposed over actions undermining democracy. The list is long.\n"
     "“We are imposing visa restrictions,” said the State Department spokesperson.", "We are imposing",
     ("Matthew Miller", None)),
    ("US State Department spokesman Matthew Miller and State Department spokesman Ned Price spoke at a briefing. "
     "They said the measures apply to dozens of people. The sanctions were imposed over actions undermining "
     "democracy.\n“We are imposing visa restrictions,” said the State Department spokesperson.", "We are imposing",
     ("the State Department spokesperson", None)),
    ("Foreign Minister Ararat Mirzoyan told parliament that he has cautious optimism.\n“There were detailed "
     "negotiations,” he said, Sputnik Armenia reports.", "There were", ("Ararat Mirzoyan", None)),
    ("The veteran diplomat Wang Yi met his US counterpart at the summit.\n“China and the US must find the right way "
     "to get along,” the 71-year-old said.", "China and", ("Wang Yi", None)),
    # "the statement" after a body spoke, with no one said to have made a statement: that body.
    ("The Foreign Ministry of Iran condemned the strike on Sunday. “It is a flagrant violation,” the statement said.",
     "It is", ("Foreign Ministry of Iran", None)),
    # Negatives: a generic channel has no `via`; a body told something is not a channel; two people just named
    # leave a description unresolved (an unknown speaker beats a wrong one).
    ("“We will respond,” Smith told US media on Monday.", "We will", ("Smith", None)),
    ("“We will respond,” Smith told the parliament on Monday.", "We will", ("Smith", None)),
    ("Foreign Minister John Smith met Defence Minister Alan Jones on Monday. The official called the deal “dead on "
     "arrival” for now.", "dead", ("The official", None)),
    # A label that is not a bare 'Quote:', or no verb of saying before it, gives no speaker.
    ("Quote of the day: \"Nothing is agreed until everything is agreed.\"", "Nothing", (None, None)),
    ("The mayor opened the bridge on Monday.\nQuote: \"It took ten years to build.\"", "It took", (None, None)),
    # 'It said' after a body that only did something (no statement, no verb of saying) stays unknown.
    ("The ministry closed the border on Friday. \"We had no choice,\" it said.", "We had", (None, None)),
    # The only official just named is of another country than the description: nobody. A holder the article does
    # not tie to a state keeps it unknown too; a known holder of the description's state is the one meant.
    ("Prime Minister Anthony Albanese met President John Mbala in Lima.\n“We can cooperate,” Albanese said. “We will "
     "disagree where we must.”\nThe Chinese leader called the meeting “a turning point.”", "a turning",
     ("The Chinese leader", None)),
    ("Prime Minister Anthony Albanese met President Xi Jinping in Lima.\n“We can cooperate,” Albanese said. “We will "
     "disagree where we must.”\nThe Chinese leader called the meeting “a turning point.”", "a turning",
     ("Xi Jinping", None)),
    # A transcript's question turn is not said by a person called "Q".
    ("Foreign Minister Sergei Lavrov said on Monday that the talks had stalled.\nQ: \"Will Russia attend?\"\n"
     "A: \"We have not been invited.\"", "Will Russia", (None, None)),
    # A statement whose maker the article never gives stays the statement, unnamed.
    ("“The sanctions violate international law,” said the joint communique issued after the summit.", "The sanctions",
     ("the joint communique", None)),
    # The sentence after an opening quote names two people, or names one who did not say it: nobody.
    ("“The end of an era.”\nThis is how newspapers described the departure of Angela Merkel and Olaf Scholz.",
     "The end", (None, None)),
    ("“We will win.”\nThe crowd cheered as Prime Minister Keir Starmer arrived.", "We will", (None, None)),
    # Far back, a description without a country stays unresolved; an age after two people named is nobody.
    ("Foreign Minister Sergei Lavrov arrived in New Delhi on Thursday.\nIndia has refused to condemn the "
     "invasion. The country buys most of its arms abroad.\n“We will supply anything India wants,” the chief "
     "diplomat said.", "We will supply", ("the chief diplomat", None)),
    ("Wang Yi met Antony Blinken at the summit.\n“We must get along,” the 71-year-old said.", "We must",
     ("the 71-year-old", None)),
    # A platform the tagger calls a person is not the one speaking before a participle of saying.
    ("Donald Trump won the primary in Georgia. Trump posted a message on Twitter reading “Thank you Georgia” "
     "moments after polls closed.", "Thank you", ("Donald Trump", None)),
    # ... but not after a person spoke, nor after a body that only acted.
    ("Foreign Minister Abbas Araghchi condemned the strike. “It is a flagrant violation,” the statement said.", "It is",
     ("the statement", None)),
    ("The ministry closed the border on Friday. “We had no choice,” the statement said.", "We had",
     ("the statement", None)),
    # A specific body keeps its own words ("the Chinese commerce ministry" is not the ministry named before it), and a
    # pronoun subject of another gender does not carry the chain ('He met her' does not make 'she' him).
    ("Japan's Ministry of Economy imposed export controls. “We reject the move,” the Chinese commerce ministry said.",
     "We reject", ("Chinese commerce ministry", None)),
    ("Ms Wong, the foreign minister, arrived on Tuesday. Mr Wang met her at the airport. He praised the visit.\n"
     "“We had a constructive discussion,” she told reporters.", "We had", ("Wong", None)),
    # A definite description of a person is the named subject of the nearest sentence before it (subject
    # preference), not the last person named; a description naming someone else ('the Cruz adviser') stays.
    ("Harry Reid attacked Marco Rubio and Ted Cruz in an interview on Tuesday.\n“It is the worst thing I have seen in "
     "politics,” the Senate minority leader said.", "It is the worst", ("Harry Reid", None)),
    ("Donald Trump's rally in Ohio drew thousands on Monday.\n“We are going to win so much,” the billionaire "
     "businessman told the crowd.", "We are going", ("Donald Trump", None)),
    ("Aides to Ted Cruz met donors in Houston. “We like our chances,” the senior Cruz adviser said.", "We like",
     ("the senior Cruz adviser", None)),
    # A title's 'spokesman' is no gender evidence against the person's own 'said she would …'; an honorific is.
    ("FO spokesman Mumtaz Zahra Baloch said she would not comment on calls for Imran Khan’s release.\n“We think "
     "these actions are baseless,” she said.", "We think", ("Mumtaz Zahra Baloch", None)),
    ("Mr. John Smith said she would resign, as Jane Roe demanded on Monday.\n“We will leave,” she said.", "We will",
     ("Jane Roe", None)),
    # A title written in capitals ('the Permanent Secretary') is a description, not a name; a title before a name
    # ('Treasury Undersecretary … Brian Nelson') is that name's; of two officials, the one whose title it is.
    ("In a statement, the Permanent Secretary in the Ministry of Information, Nick Mangwana said the government was "
     "dismayed.\n“We find this a baffling position,” said the Permanent Secretary.", "We find",
     ("Nick Mangwana", None)),
    ("“Today’s action emphasizes our commitment,” said Treasury Undersecretary for Terrorism and Financial "
     "Intelligence Brian Nelson.", "Today’s action", ("Brian Nelson", None)),
    ("Foreign Minister John Smith met Defence Minister Alan Jones on Monday.\n“We agreed on nothing,” said the "
     "Foreign Minister.", "We agreed", ("John Smith", None)),
    # "the company" is the body that was the last sentence's subject; a body of another kind is not a company.
    ("Gazprom said on Monday that exports had fallen. “Supplies to Europe continue in full,” the company said.",
     "Supplies", ("Gazprom", None)),
    ("The Treasury Department imposed sanctions on the refinery on Monday. “We will comply with all laws,” the "
     "company said.", "We will comply", ("company", None)),
    # "the junta" is the earlier mention tied to a country, though the tagger calls the country a person.
    ("Mali's military junta expelled the French ambassador on Monday. “We condemn these hostile remarks,” the junta "
     "said in a communique.", "We condemn", ("Mali's military junta", None)),
    # A statement on a body's own website is the body's; 'it added' after a person spoke in a statement is theirs,
    # after a person who only told reporters, nobody.
    ("The Russian Foreign Ministry condemned the sanctions on Tuesday.\n“Economic ties with Damascus remain "
     "legitimate,” according to a statement published on the ministry's website.", "Economic ties",
     ("Russian Foreign Ministry", None)),
    # ... and so is one on a page named after its body ('the US State department website'); a news site's page
    # carries what others said, and names no maker.
    ("The United States slapped the minister with sanctions on Wednesday.\nA statement on the US State department "
     "website said the two had committed abuses.\n“Today, the United States designated Owen Ncube for his role in "
     "abuses,” the statement said.", "Today", ("US State department", None)),
    ("The Russian Foreign Ministry condemned the sanctions on Tuesday.\nA statement on the ministry website said the "
     "move was hostile.\n“Economic ties with Damascus remain legitimate,” the statement said.", "Economic ties",
     ("Russian Foreign Ministry", None)),
    ("The minister was sanctioned on Wednesday.\nA statement on the Reuters website said the two had committed "
     "abuses.\n“Today, the United States designated Owen Ncube for his role in abuses,” the statement said.", "Today",
     ("a statement", None)),
    ("“Such measures are unacceptable,” Foreign Ministry spokesman Alexander Lukashevich said in the statement. It "
     "added that the move would “complicate any dialogue.”", "complicate", ("Alexander Lukashevich", None)),
    ("“We will respond,” Foreign Minister Ivan Petrov told reporters on Monday. It added that the talks would "
     "“go on as planned.”", "go on", (None, None)),
    # "the country's ministry" is the country named last; "the world body" the body that was the subject; "the
    # communique" the statement issued before; a body named by its last word only ('Affairs') is no union.
    ("Iran condemned the new sanctions on Tuesday. “These measures are a crime against humanity,” the country's "
     "foreign ministry said.", "These measures", ("Iran's foreign ministry", None)),
    ("The United Nations warned of famine in the region. “Millions are at risk,” the world body said.", "Millions",
     ("United Nations", None)),
    ("Venezuela's Ministry of Foreign Affairs issued a statement on Tuesday.\n“No sanctions will break our people,” "
     "read the communique.", "No sanctions", ("Venezuela's Ministry of Foreign Affairs", None)),
    ("The Foreign Ministry of Chile held talks on Friday. “We are deeply concerned,” the Union said.", "We are deeply",
     ("Union", None)),
    # A description is not an official whose office shares no word with it; 'he went on' after a description's
    # quote is the person the description stood for, not someone named before it.
    ("Senator Tom Walker asked Mayor John Reyes to reopen the unit. Reyes closed the unit in April.\n"
     "“We need it back,” the Republican presidential candidate said in a radio interview.", "We need it back",
     ("the Republican presidential candidate", None)),
    ("Donald Trump spoke in Ohio on Thursday.\n“We need it back,” the Republican presidential candidate told Mayor "
     "John Reyes.\n“It worked,” he went on.", "It worked", ("Donald Trump", None)),
    # "the company" is never a listed person's name the tagger called a body, nor a body named inside the quote;
    # "the Washington Post" is a paper, not a post by Washington.
    ("Anthony Weiner lost two jobs on Monday. Business Insider also commented on his future as a contributor with "
     "the company.\n“We wish them all the best,” the company said in a statement.", "We wish",
     ("Business Insider", None)),
    ("Anthony Weiner lost two jobs on Monday, and Weiner Inc. announced new hires.\n“We wish them all the best,” the "
     "company said in a statement.", "We wish", ("company", None)),
    ("The march went ahead on Friday. “Pride this year meant a hard choice,” the group said.", "Pride",
     ("group", None)),
    ("Trump's plan would mostly benefit affluent households. “The plan favours the top one percent,” the "
     "Washington Post said.", "The plan", ("Washington Post", None)),
    # 'he' after "Lavrov's deputy rejected the call" is the deputy, whom nobody named, not Lavrov.
    ("Ms Kallas spoke after the meeting with Lavrov's deputy. “Russia must withdraw,” she said. Lavrov's deputy "
     "rejected the call. “The West must stop arming Kyiv,” he said.", "The West", (None, None)),
    ("Ms Kallas spoke after the meeting with Lavrov's deputy. “Russia must withdraw,” she said.", "Russia must",
     ("Kallas", None)),
    # The one asked is not the one asking: 'the moderator' is not the passive subject of 'was asked'.
    ("Donald Trump was asked a question about police violence.\n“Cases of excessive force are now exposed,” the "
     "moderator said.", "Cases", ("the moderator", None)),
    # "a New Hampshire Republican" is one voter, unnamed, not an organisation; "the Republicans" may speak as one.
    ("Voters lined up in Manchester on Tuesday. “I have not decided yet,” said a New Hampshire Republican.",
     "I have not", ("a New Hampshire Republican", None)),
    # 'Sen.' and 'Gov.' are the senator and the governor a description names; a host is no senator.
    ("Fox News host Sean Hannity praised Florida Sen. Marco Rubio on Tuesday.\n“I am very glad to see that,” the "
     "first-term senator said after the vote.", "I am very glad", ("Marco Rubio", None)),
    ("Gov. Chris Christie met Donald Trump in Trenton.\n“We had a good talk,” the governor said.", "We had",
     ("Chris Christie", None)),
    # A description follows what the sentence before is about: not a name inside a clause ('found Trump to be',
    # 'the changes Mills requested') nor the one acted on ('were greeted by an organizer').
    ("Sheldon Adelson met Donald Trump this week. The mega donor said he found Trump to be “very charming.”\n“It was "
     "very nice,” the gambling tycoon told Reuters.", "It was very", ("Sheldon Adelson", "Reuters")),
    ("Mary Ebeling and her husband were greeted by an organizer in Des Moines.\n“You are the best messengers,” the "
     "organizer told them.", "You are", ("the organizer", None)),
    ("The Platte River employee told agents that he had not made the changes Cheryl Mills requested.\n“I deleted the "
     "archive,” the employee said.", "I deleted", ("the employee", None)),
    # ... but 'Clinton's website' is Clinton's, and 'she' after it is Clinton.
    ("Hillary Clinton spoke in Iowa. Clinton's website is very different. On the health page, she vows to “defend "
     "the law against repeal.”", "defend", ("Hillary Clinton", None)),
    # A short name the article defined in brackets, in any case, is the body's full name; a person the tagger cut
    # out of that name ('Support Forces') does not block it, a real person's name inside a company's still does.
    ("The Economic Community of West African States (Ecowas) met in Abuja on Sunday.\n“We will ease the "
     "sanctions step by step,” Ecowas said.", "We will ease", ("Economic Community of West African States", None)),
    ("The Gulf Cooperation Council met on Sunday.\n“We will ease the sanctions step by step,” Gulfco said.",
     "We will ease", ("Gulfco", None)),
    ("The US sanctioned the commander of the Rapid Support Forces (RSF) group, Mohamed Daglo.\nThe RSF dismissed "
     "the move as “double standards” on Wednesday.", "double", ("Rapid Support Forces", None)),
    # 'the statement' is the statement the article tied to its maker before ('the British statement', the UK
    # government's: the state speaks); an earlier statement that says nobody's it is stays unnamed.
    ("The UK government on Tuesday announced new sanctions on settler groups.\n“Settler violence must end,” "
     "according to the British statement.\nAssets will be frozen. Travel is barred. Three groups are named.\nOne "
     "is “known to promote violence,” according to the statement.", "known to",
     ("United Kingdom", None)),
    ("Talks resumed on Tuesday. A statement was read out.\nAssets will be frozen. Travel is barred. Three groups "
     "are named.\nOne is “known to promote violence,” according to the statement.", "known to",
     ("the statement", None)),
    # An administration named after its leader is the leader's state (S17), never the leader; the government of a
    # named president is not the president (precision first).
    ("The United States will expel ten diplomats whom the Biden administration considers “representatives of "
     "Russian intelligence services.”", "representatives", ("United States", None)),
    ("The bloc renewed its sanctions on Monday.\n“The leaders of that bloc have chosen the path of confrontation,” "
     "the government of President Juan Ortez said.", "The leaders",
     ("government of President Juan Ortez", None)),
    # A second stretch of words with no cue of its own, in the sentence of an attributed one, is the same speaker's.
    ("The Economic Community of West African States (Ecowas) met on Sunday.\nAt the summit, Ecowas decided to set up "
     "a committee of leaders from Ghana, Togo and Benin to engage the junta to agree “on a short transition "
     "roadmap” and work “towards the speedy restoration of civilian rule”.", "towards", ("Economic Community of West African States", None)),
    # A description after a sentence whose subject is a pronoun is whom that pronoun stands for.
    ("Iran and Belarus will raise their trade to $1 billion, Reza Fatemi Amin says.\nPointing to the farm machines "
     "of Belarus, he said Iran needs them.\nOn the other hand, the minister said, Iran can build cars for Belarus."
     "\nFatemi Amin also said Iran can act as a path to Asian markets.\nTies can be improved in various fields, he "
     "said. The two countries have achieved a \"good understanding\" of each other, the minister said.", "good",
     ("Fatemi Amin", None)),
    # A body's members speak for it jointly when its name is their modifier; without one they stay a group.
    ("EU foreign ministers met in Brussels on Monday.\n“The generals are responsible for undermining democracy,” "
     "the EU member states said in a joint statement.", "The generals", ("EU member states", None)),
    ("Ministers met in Brussels on Monday.\n“The generals are responsible for undermining democracy,” the member "
     "states said in a joint statement.", "The generals", ("the member states", None)),
    # A body's press unit speaks for the body; another office of it is not its press unit (it is that office,
    # under its owner's name).
    ("Tehran denounced the sanctions, Iranian Foreign Ministry spokesman Saeed Khatibzadeh said.\n“The step is "
     "erroneous,” the ministry’s press office reported.", "The step", ("Iranian Foreign Ministry", None)),
    ("Tehran denounced the sanctions, Iranian Foreign Ministry spokesman Saeed Khatibzadeh said.\n“The step is "
     "erroneous,” the ministry’s legal office reported.", "The step",
     ("Iranian Foreign Ministry’s legal office", None)),
    # 'It said' after a body's statement: a passive 'was declared' in between names no one who spoke.
    ("The generals are “responsible for undermining democracy,” the Council of the EU said in a press release. A "
     "state of emergency was declared in Myanmar after officials were detained on Feb 1\nIn the release, it said "
     "the two firms were “owned and controlled by the armed forces.”", "owned",
     ("Council of the European Union", None)),  # S9 as the re-check settled it
    # A channel that reports someone's act relays it: the one who acts speaks, the channel is `via`; a share or a
    # figure reported is no one.
    ("The Iranian Foreign Ministry summoned the British ambassador to “strongly” protest against the sanctions, the "
     "Anadolu news agency reported.", "strongly", ("Iranian Foreign Ministry", "Anadolu news agency")),
    ("The Reuters news agency reported that just 24 percent of voters were “very enthusiastic” about the race.",
     "very", ("Reuters news agency", None)),
    # Words said through a named spokesperson are the spokesperson's; through a statement, still the speaker's.
    ("President Cyril Ramaphosa, through his spokesperson Vincent Magwenya, said: “The presidency has noted the "
     "expulsion.”", "The presidency", ("Vincent Magwenya", None)),
    ("President Cyril Ramaphosa, through a statement, said: “The presidency has noted the expulsion.”",
     "The presidency", ("Cyril Ramaphosa", None)),
    # A lead that holds a name back ('A Russian regional governor said') gives it next, under the same office; an
    # unnamed official stays unnamed, and so does one of two governors named. Past the lead, the person the next
    # sentence names in the same role is the one described (docs/annotation.md S25(b)).
    ("A Russian regional governor said on Thursday that drone attacks had been “neutralised” overnight.\nThe "
     "Rostov region was hit, local governor Yuri Slyusar said on Telegram.", "neutralised", ("Yuri Slyusar", None)),
    ("A senior official said on Thursday that drone attacks had been “neutralised” overnight.\nThe Rostov region "
     "was hit, regional official Yuri Slyusar said on Telegram.", "neutralised", ("A senior official", None)),
    ("Drones hit the Rostov region on Thursday.\nA Russian regional governor said the attacks had been "
     "“neutralised” overnight.\nThe fire was put out, local governor Yuri Slyusar said on Telegram.", "neutralised",
     ("Yuri Slyusar", None)),
    # S25(b): '…, said Nabila Massrali, spokeswoman for …' identifies 'a spokeswoman' (timesofisrael-eu-prepares);
    # not a spokesman of another title, nor a role word the name does not carry ('a spokesman in Swat': eurasiaro).
    ("The EU is working toward sanctions on Iran after collecting “sufficient evidence” it supplies drones, a "
     "spokeswoman said on Wednesday.\n“Work is ongoing in the Council,” said Nabila Massrali, spokeswoman for EU "
     "foreign policy chief Josep Borrell.", "sufficient evidence", ("Nabila Massrali", None)),
    ("The EU is working toward sanctions on Iran after collecting “sufficient evidence” it supplies drones, a "
     "spokeswoman said on Wednesday.\n“Work is ongoing,” said Peter Stano, spokesman for the Commission.",
     "sufficient evidence", ("a spokeswoman", None)),
    ("More than 25 militants were killed in the valley, a military spokesman said on Wednesday.\n“We have inflicted "
     "heavy losses,” a military spokesman in Swat told Reuters.", "We have inflicted",
     ("a military spokesman", "Reuters")),
    ("A regional governor said on Thursday that drone attacks had been “neutralised” overnight.\nGovernor Yuri "
     "Slyusar and Governor Alexander Bogomaz said the fires were out.", "neutralised", ("A regional governor", None)),
    # A definite generic head in a lead that names nobody before it ('the official in charge of …') is the one
    # official the next paragraphs name; not when someone is named before it, nor when two officials come next.
    ("Bern makes an “extraordinary effort” to enforce sanctions, according to the official in charge of the "
     "measures.\nBut Anna Keller, head of the State Secretariat for Economic Affairs, argues the freeze is fair.",
     "extraordinary", ("Anna Keller", None)),
    ("The banker Jon Roe has doubts. Bern makes an “extraordinary effort” to enforce sanctions, according to the "
     "official in charge of the measures.\nBut Anna Keller, head of the State Secretariat for Economic Affairs, "
     "argues the freeze is fair.", "extraordinary", ("the official in charge of the measures", None)),
    ("Bern makes an “extraordinary effort” to enforce sanctions, according to the official in charge of the "
     "measures.\nBut Anna Keller, head of the State Secretariat, and Finance Minister Jon Roe argue the freeze is "
     "fair.", "extraordinary", ("the official in charge of the measures", None)),
    # A lead's office written in full ('The Foreign Affairs Minister says') waits longer for its one holder, named
    # word for word under that title; not a title that differs, nor a name past that reach.
    ("The Foreign Affairs Minister says both countries were surprised by the pact, calling it a “relationship "
     "failure”.\n" "Beijing and Honiara agreed a security deal last month.\nA draft leaked in March.\nThe Pacific was wary.\n" "Defence Minister Peeni Henare said the deal was a shock.\nForeign Affairs "
     "Minister Nanaia Mahuta told the Guardian that most nations were surprised.", "relationship",
     ("Nanaia Mahuta", None)),
    ("The Foreign Affairs Minister says both countries were surprised by the pact, calling it a “relationship "
     "failure”.\n" "Beijing and Honiara agreed a security deal last month.\nA draft leaked in March.\nThe Pacific was wary.\n" "Defence Minister Peeni Henare said the deal was a shock.\nTrade Minister "
     "Nanaia Mahuta told the Guardian that most nations were surprised.", "relationship",
     ("Foreign Affairs Minister", None)),
    # 'they' for a body that spoke just before; never for people, nor for a body that only acted.
    ("The Lithuanian Foreign Ministry described those sanctioned as “responsible for violations.” It pointed to "
     "police officers who gave false testimony, leading to what they call an “illegal imprisonment.”", "illegal",
     ("Lithuanian Foreign Ministry", None)),
    ("Lithuanian officials described those sanctioned as “responsible for violations.” They pointed to police "
     "officers who gave false testimony, leading to what they call an “illegal imprisonment.”", "illegal",
     (None, None)),
    ("The State Department says the messages are classified. She and her defenders argue that the information is "
     "common knowledge. They note that the rules are “overly broad.”", "overly", (None, None)),
    # "The bloc" after a body named by its acronym is that body under the name the article spells out, else its full
    # name (S9).
    ("The European Union imposed new sanctions on Monday. The EU froze the assets of ten generals.\n“The measures "
     "target those responsible,” the bloc said.", "The measures", ("European Union", None)),
    ("The EU froze the assets of ten generals on Monday.\n“The measures target those responsible,” the bloc said.",
     "The measures", ("European Union", None)),
    # Anyone who quotes someone as saying relays the words: the one quoted speaks (an object pronoun looks back
    # past its own sentence's subject); quoting a text is not relaying a person.
    ("Tong did not testify. After sentencing, however, he urged Hong Kongers to persevere.\n“Hang in there "
     "everyone,” Tong's lawyer, Lawrence Lau, quoted him as saying.", "Hang in", ("Tong", None)),
    ("Tong did not testify.\n“The court erred in law,” his lawyer Lawrence Lau said, quoting the ruling.",
     "The court", ("Lawrence Lau", None)),
    # The one quoted is all that stands between the verb and 'as saying': a title and the name closing it, though the
    # parser hangs the name on the title's preposition; a title with no name stays the title.
    ("“All semiconductors on the planet are made with US software,” the report quoted former US assistant "
     "secretary of commerce for export administration Kevin Wolf as saying.", "All semi", ("Kevin Wolf", None)),
    ("“All semiconductors on the planet are made with US software,” the report quoted the former assistant "
     "secretary as saying.", "All semi", ("the former assistant secretary", None)),
    # A government named by its leader speaks as the leader's country, when the article gives it (S40).
    ("Venezuelan President Nicolas Maduro rejected the renewal on Monday.\n“The leaders of that bloc have chosen "
     "the path of confrontation,” the government of President Nicolas Maduro said.", "The leaders",
     ("Venezuela", None)),
    # Named before it ('the Trudeau government') and given no country, by the state a listed head so named led;
    # a name no listed head has keeps the government's own words.
    ("Canada is sanctioning two former ministers.\nThe Trudeau government accuses the pair of “significant "
     "corruption” that is fuelling the crisis.", "significant", ("Canada", None)),
    ("Ottawa is sanctioning two former ministers.\nThe Dorcé government accuses the pair of “significant "
     "corruption” that is fuelling the crisis.", "significant", ("Dorcé government", None)),
    # An administration named by a listed head speaks as the head's state (S17), titled or not; one naming no listed
    # head ('a new local administration') keeps its own words.
    ("“We will not back down,” the Trump administration said on Monday.", "We will", ("United States", None)),
    ("“We will not back down,” the administration of US President Joe Biden said.", "We will",
     ("United States", None)),
    ("“We will keep working,” the new local administration said.", "We will", ("new local administration", None)),
    # A pronoun whose window holds a span both named and resolved as a speaker ('the spokesman' after Peskov's
    # quotes) orders the two by place: this once stopped the quotes stage with a TypeError.
    ("“We would not like to comment on this,” Peskov told a briefing.\nRussia supports contacts between Baku and "
     "Yerevan, Peskov noted.\n“We believe that they are necessary,” he said.\nRussia will develop cooperation with "
     "China, the spokesman highlighted.\n“China is an absolutely sovereign state,” he told reporters.",
     "We believe", ("Peskov", None)),
    # … and the pronoun after 'the spokesman highlighted' is the person that description was tied to, not the
    # unnamed 'spokesman' the people finder listed; a description tied to nobody leaves the pronoun unnamed.
    ("“We would not like to comment on this,” Peskov told a briefing.\nRussia supports contacts between Baku and "
     "Yerevan, Peskov noted.\n“We believe that they are necessary,” he said.\nRussia will develop cooperation with "
     "China, the spokesman highlighted.\n“China is an absolutely sovereign state,” he told reporters.",
     "China is", ("Peskov", None)),
    ("Russia will develop cooperation with China, the spokesman highlighted.\n“China is an absolutely sovereign "
     "state,” he told reporters.", "China is", (None, None)),
    # "The document" is the statement named before it, whose maker the parse may hide ('from' taking the verb).
    ("The government has issued a statement on the new measures.\nThe statement from the Bolivian Foreign "
     "Ministry denounces the measures as illegal.\nThe document says that they “violate the agreements signed in "
     "Doha.”", "violate", ("Bolivian Foreign Ministry", None)),
    ("Lopez wrote a letter to the board.\nThe document says that the fees “violate the agreements.”", "violate",
     ("the document", None)),  # a letter is only ever 'the letter
    # A second verb of saying the parser hung on the reported clause speaks for the first verb's subject, not
    # for the thing the clause is about; a person the clause names stays its speaker.
    ("The ministry states that these measures “break the agreements” and describes them as an attempt to “impose "
     "a change of regime.”", "impose", ("ministry", None)),
    # Two people who speak jointly are the first named ('Both diplomats', 'the two ministers'), only when exactly
    # two are named just before; a plural that does not count two, or three people named, give nobody (the group's
    # wording as it reads inside a sentence: no capital makes it a name).
    ("Council chief Omar Haddad received US envoy Tim Larkin in Riyadh on Thursday.\nBoth diplomats also stressed "
     "“the need to stop the escalation on all fronts at once.”", "the need", ("Omar Haddad", None)),
    ("Council chief Omar Haddad received US envoy Tim Larkin in Riyadh on Thursday.\nThe diplomats also stressed "
     "“the need to stop the escalation on all fronts at once.”", "the need", ("the diplomats", None)),
    ("Council chief Omar Haddad received US envoy Tim Larkin and Qatari envoy Ali Nasser in Riyadh.\nBoth "
     "diplomats also stressed “the need to stop the escalation on all fronts at once.”", "the need",
     ("both diplomats", None)),
    # "the government statement" is the statement made before, when there is one; else the kind of body it names.
    ("“Officers seized the yacht,” Spain’s economy ministry announced in a statement.\nThe yacht is worth €50 "
     "million.\n“The work was still incomplete,” the government statement added.", "The work",
     ("Spain’s economy ministry", None)),
    ("The government issued new rules on Monday.\n“The work was still incomplete,” the government statement "
     "added.", "The work", ("government", None)),
    # 'As stated in X's statement' and 'as noted by X': a passive cue speaks through the text or the agent.
    ("The Chilean Foreign Ministry announced new bans on Monday.\nAs stated in the ministry’s statement, the bans "
     "come “in response to the decision of the official Lima.”", "in response", ("Chilean Foreign Ministry", None)),
    ("As noted by Senator Jane Roe, the bill is “a disaster for farmers.”", "a disaster", ("Jane Roe", None)),
    ("As stated in Geneva last week, the plan is “a disaster for farmers and for everyone who works the land.”",
     "a disaster", (None, None)),  # a place is no text
    # A text a person's pronoun owns speaks for that person ('His tweet stated').
    ("The Minister of Foreign Affairs, Geoffrey Onyeama, on Monday summoned the envoy.\nHis tweet stated “Summoned "
     "the envoy to demand urgent explanation on the recent attacks.”", "Summoned", ("Geoffrey Onyeama", None)),
    # An office the article gives to someone else is not the official named just before ('the defence minister'
    # is no General); an office it gives no one may still be ('the chancellor' for a foreign minister).
    ("The defence minister for the Democratic Republic of Congo said the army was at war.\nA convoy that included "
     "General Philemon Yav came under fire late Thursday, a source said.\n“We are at war,” the defence minister "
     "said.", "We are at war", ("The defence minister for the Democratic Republic of Congo", None)),
    ("Venezuela's foreign minister, Jorge Arreaza, rejected the sanctions on Wednesday.\n“We reject the sanctions "
     "on our officials,” the chancellor said.", "We reject", ("Jorge Arreaza", None)),
    # A role's gendered form fits a title in its neutral form ('the spokesman' is a 'Foreign Ministry
    # Spokesperson'); the other gender's form does not.
    ("Foreign Ministry Spokesperson Nasser Kanaani denounced the sanctions.\nHe reminded the Western states of "
     "their records.\nThese countries never condemn the “daily crimes,” the spokesman noted.", "daily crimes",
     ("Nasser Kanaani", None)),
    ("Foreign Ministry spokesman Nasser Kanaani denounced the sanctions.\nHe reminded the Western states of "
     "their records.\nThese countries never condemn the “daily crimes,” the spokeswoman noted.", "daily crimes",
     ("the spokeswoman", None)),
    # A pronoun already resolved to a person is an antecedent for the next one ('“…,” she said. According to her, …'
    # — no name within the window, the chain goes on through the first 'she').
    ("Foreign Minister Nanaia Mahuta introduced the bill on Tuesday.\nThe bill passed all its readings.\nIt was "
     "supported by every party.\nMembers stood to applaud.\n“We acted quickly to condemn the war,” she said.\n"
     "Despite the vote, she said, Russia has vetoed any UN sanctions.\n“As such, we are acting in line with the "
     "international community,” she said.\nAccording to her, the act provides a broad legal framework.\n“The Act "
     "means we could stop the purchase or sale of property,” she said.", "The Act means", ("Nanaia Mahuta", None)),
    # A generic head with only adjectives ('the top diplomat') says what someone is, not which office: it is the
    # subject named just before whatever their title; a noun before it ('the opposition leader') names another.
    ("Russian Foreign Minister Sergey Lavrov met President William Ruto.\nLavrov recalled the anniversary of "
     "relations.\n“During this visit we will discuss our cooperation,” the top diplomat added.", "During this",
     ("Sergey Lavrov", None)),
    ("Russian Foreign Minister Sergey Lavrov met President William Ruto.\nLavrov recalled the anniversary of "
     "relations.\n“During this visit we will discuss our cooperation,” the opposition leader added.", "During this",
     ("the opposition leader", None)),
    # 'premier' is English's one word for a prime minister: 'the former premier' is the subject before it titled
    # 'Former prime minister'; not a foreign minister.
    ("Former prime minister Nawaz Sharif spoke on Wednesday.\nHe was referring to the remarks of Justice Qazi Faez "
     "Isa.\nTalking to reporters, the former premier said, “now the issue is being raised everywhere.”", "now the",
     ("Nawaz Sharif", None)),
    ("Foreign Minister Khawaja Asif spoke on Wednesday.\nHe was referring to the remarks of Justice Qazi Faez "
     "Isa.\nTalking to reporters, the former premier said, “now the issue is being raised everywhere.”", "now the",
     ("the former premier", None)),
    # '-designate' and '-elect' say when an office is held, not which: 'the prime minister-designate' is a prime
    # minister, the subject before it even when the tagger reads that surname as a common noun; a capitalised
    # common noun that is no listed person's name ('Parliament') is nobody, so the description goes by its office to
    # the one prime minister-designate named ('-designate' gives a title, s29-officials), never to 'Parliament'.
    ("Prime Minister-designate Inga Ruginiene has said sanctions stay.\nThe EU imposed its sanctions in 2022.\n"
     "Ruginiene stated that she does not agree that sanctions should be eased.\n“On the contrary, we need to do "
     "even more,” the prime minister-designate said.", "On the contrary", ("Inga Ruginiene", None)),
    ("Prime Minister-designate Inga Ruginiene has said sanctions stay.\nThe EU imposed its sanctions in 2022.\n"
     "Parliament stated that it does not agree that sanctions should be eased.\n“On the contrary, we need to do "
     "even more,” the prime minister-designate said.", "On the contrary", ("Inga Ruginiene", None)),
    # 'the three ministers' counts the people a verb before it has as joint subjects, when as many: the first named
    # speaks for them (royanews-iran-works-with-china-russia-to-avert-european-sanctions); a list of two is not
    # three, and the description stays unnamed.
    ("German Foreign Minister Johann Wadephul, French Foreign Minister Jean-Noël Barrot, and UK Foreign Secretary "
     "David Lammy said, “We have made it clear that the E3 is prepared to trigger the snapback mechanism.”\n"
     "Araghchi called the return to sanctions a negative move.\nLast month, Araghchi sent a letter to the UN.\n"
     "In their Tuesday letter, the three ministers countered that there is “no basis” for his claim.", "no basis",
     ("Johann Wadephul", None)),
    ("German Foreign Minister Johann Wadephul and French Foreign Minister Jean-Noël Barrot said the E3 is prepared "
     "to act.\nAraghchi called the return to sanctions a negative move.\nLast month, Araghchi sent a letter to the "
     "UN.\nIn their Tuesday letter, the three ministers countered that there is “no basis” for his claim.",
     "no basis", ("the three ministers", None)),
    # A name that owns a noun inside a description ('the official from President X's government') is whose the
    # thing is: the description is the official named before, not X.
    ("Brazil's Economy Minister Paulo Guedes says that the bloc will be modernised.\n“Now, we are giving that back to "
     "Argentina,” said the official from President Jair Bolsonaro's government.", "Now, we are",
     ("Paulo Guedes", None)),
    ("“Now, we are giving that back to Argentina,” said the official spokesman of President Jair Bolsonaro.",
     "Now, we are", ("Jair Bolsonaro", None)),  # not owned: the one person named inside the description speaks
    # A name that modifies a common noun ('the Al Ula agreement') is no antecedent of a pronoun.
    ("“Today’s summit was very important,” Prince Faisal bin Farhan Al Saud said.\nHe thanked the late Kuwaiti "
     "emir.\n“Strong political will” will be the guarantor that the Al Ula agreement is implemented, he said.",
     "Strong political", ("Faisal bin Farhan Al Saud", None)),
    # A bare surname at a cue the people finder did not list as a mention is still the antecedent of a later
    # pronoun: not the person named in the sentence before it.
    ("Estonian Minister of Foreign Affairs Urmas Reinsalu (Isamaa) on Monday attended the European Union Foreign "
     "Affairs Council in Luxembourg.\nThe ministers agreed on imposing sanctions on Lukashenko in response to the "
     "situation in Belarus.\nOn the topic of Belarus, Reinsalu noted that the situation had not improved.\n\"We as "
     "the international community must pay more attention to supporting civil society of Belarus,\" he said.",
     "We as the", ("Urmas Reinsalu", None)),
    # A description whose proper noun is the person's own body ('the MEA official') is that person; one naming
    # another body is not.
    ("“We are studying the implications,” said Ministry of External Affairs (MEA) spokesperson Randhir Jaiswal.\n"
     "He said India’s position was well known. “We are guided by the imperative to secure energy,” the MEA "
     "official said.", "We are guided", ("Randhir Jaiswal", None)),
    ("“We are studying the implications,” said Ministry of External Affairs (MEA) spokesperson Randhir Jaiswal.\n"
     "He said India’s position was well known. “We are guided by the imperative to secure energy,” the Pentagon "
     "official said.", "We are guided", ("the Pentagon official", None)),
    # 'the judge' is the one person titled as a judge ('Justice Mary Yanzuh'), however far back; not the Justice
    # Minister.
    (JUDGE + "“His rights have not been violated by the court,” the judge stated.", "His rights",
     ("Mary Yanzuh", None)),
    (JUDGE.replace("An Accra High Court, presided over by Justice Mary", "Before the hearing, Justice Minister Mary")
     + "“His rights have not been violated by the court,” the judge stated.", "His rights", ("the judge", None)),
    # A body's short name in brackets ('the SA Football Association (Safa)'), which the tagger called a person, is
    # the body's, not someone named inside it.
    ("Johannesburg – Banyana Banyana defender Amanda Sister has been banned for one year for taking an unnamed "
     "prohibited substance, while the SA women's team doctor at last year's African Women's Championship has "
     "been suspended for four years.\n“While Caf has reduced the standard sentence from two years to one year "
     "for the player, they took strong action against the team doctor that administered the banned substance,” "
     "the SA Football Association (Safa) said in a statement on Friday.\n“The team doctor has admitted liability "
     "and has been banned for four years from participating in any football activity.\n“Safa has also reported "
     "the conduct of the doctor to the SA Institute for Drug-Free Sport.”\nSafa CEO Dennis Mumble said it was "
     "up to players to ensure they knew what was being put into their bodies.\n“It is very unfortunate for "
     "the player but Safa would like to warn all athletes that, in terms of the World Anti-Doping Agency rules, "
     "they are held responsible for any treatment administered to them by professionals,” Mumble said.", "While Caf",
     ("SA Football Association", None)),
])
def test_news_speakers(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


@pytest.mark.parametrize("text, quote_start, speaker", [
    # S25(c): 'X quotes Y as saying …' — the outlet's verb relays Y's words; Y speaks (tune article hetq-no-progress).
    ("The Azeri-Press Agency (APA) quotes Bayramov as saying that while “revanchist” sentiments still exist in "
     "Armenia, clear changes are taking place.", "revanchist", "Bayramov"),
    ("The agency quoted Bayramov as saying that “revanchist” sentiments still exist.", "revanchist", "Bayramov"),
    # Negatives: a text the outlet cites is no one named (the outlet's own words stay its own); an outlet that
    # reports with no one else's cue speaks.
    ("Xinhua cited the report as saying the “new measures” were harsh.", "new measures", "Xinhua"),
    ("The measures are “unacceptable and baseless,” Xinhua reported.", "unacceptable", "Xinhua"),
    # The content an outlet reports with a cue of its own is that cue's source's (business-standard-2019-02-26);
    # not when the cue names another outlet.
    ("According to a statement issued by the US Department of the Treasury on Monday, the officials were targeted "
     "for alleged involvement in “endemic corruption”, Xinhua news agency reported.", "endemic corruption",
     "US Department of the Treasury"),
    ("According to Reuters, the officials were targeted for “endemic corruption”, Xinhua news agency reported.",
     "endemic corruption", "Xinhua news agency"),
])
def test_an_outlet_relaying_someones_words_is_no_speaker(nlp, text, quote_start, speaker):
    assert speaker_of(nlp, text, quote_start)[0] == speaker



@pytest.mark.parametrize("text, quote_start, expected", [
    # A paragraph break ends a sentence where the parser runs one on over it (a paragraph closing on a quote
    # mark): 'he' is the subject of the paragraph just before, not the 'He' who spoke in the one before that.
    ("Earlier today, S Jaishankar and Sri Lankan President Gotabaya Rajapaksa met on Wednesday to discuss ways to "
     "strengthen the bilateral relationship.\n\"Met with the minister of external affairs of India, Dr S Jaishankar "
     "at Presidential Secretariat today,\" Rajapaksa said in a tweet.\nHe further said, \"Strengthening the "
     "bilateral relationship between SriLanka and India through post COVID19 economy development, Health care, "
     "Power Generation etc. were discussed thoroughly.\"\nJaishankar also called on the Sri Lankan President and "
     "conveyed warm greetings from PM Modi.\n\"Discussed cooperation for post-Covid health and economic recovery. "
     "India will be a reliable partner in Sri Lanka's development,\" he said in a tweet.", "Discussed cooperation",
     "S Jaishankar"),
    # Negative: within one paragraph the sentence before still names its subject as the one 'he' stands for.
    ("Earlier today, S Jaishankar and Sri Lankan President Gotabaya Rajapaksa met to discuss ways to strengthen "
     "the relationship.\n\"Met with the minister of external affairs of India today,\" Rajapaksa said in a tweet."
     " \"Discussed cooperation for post-Covid health and economic recovery,\" he said.", "Discussed cooperation",
     "Gotabaya Rajapaksa"),
])
def test_a_paragraph_break_ends_the_sentence_a_pronoun_looks_back_through(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start)[0] == expected


@pytest.mark.parametrize("text, quote_start, expected", [
    # A body's name never runs across a dateline's dash, nor keeps a count that describes it ('the 27-nation EU' is
    # the EU, under the name the article spells out, or its full name, S9, when the article spells out none).
    ("BEIJING — China’s embassy in the Philippines on Sunday condemned the remarks.\nThe remarks “hyped up the "
     "issue,” the embassy said in a statement.", "hyped", ("China’s embassy", None)),
    ("Ministers met European Union officials in Brussels.\nThe 27-nation EU said in a statement that the reforms "
     "were “further progress” in Zimbabwe.", "further", ("European Union", None)),
    ("The 27-nation EU said the reforms were “further progress” in Zimbabwe.", "further", ("European Union", None)),
    # Two bodies that speak jointly are the first named, only when the list before counts exactly two.
    ("Pakistan and India promised to end ceasefire violations. The two sides had pledged to respect the ceasefire "
     "“in letter and spirit”.", "in letter", ("Pakistan", None)),
    ("Pakistan, India and China promised to end the violations. The two sides had pledged to respect the ceasefire "
     "“in letter and spirit”.", "in letter", ("two sides", None)),
    ("Pakistan promised to end the violations. Both sides had pledged to respect the ceasefire “in letter and "
     "spirit”.", "in letter", ("Both sides", None)),
    # 'the communiqué' (as pages spell it) is the statement made before, whose maker a participle's agent names.
    ("“The measures are illegal,” states the statement issued by the Foreign Ministry.\nAccording to the "
     "communiqué, the decision “is erroneous and will fail”.", "is erroneous", ("Foreign Ministry", None)),
    # A passive verb of saying speaks through its agent, not the thing it describes; a relaying verb's agent is a
    # channel, and its subject speaks.
    ("The officials are all described by the United States as members of Ortega’s “inner circle.”", "inner",
     ("United States", None)),
    ("Described by Brussels as a firm “established by Ilan Shor”, it stands accused of buying votes.", "established",
     ("European Union", None)),
    ("Lavrov was quoted by Reuters as saying the talks were “a failure and a waste of time.”", "a failure",
     ("Lavrov", None)),
    # The text a speaker quotes speaks (its maker); a person quoted so leaves the speaker as the cue's subject.
    ("“We recognized the necessity of an assessment,” Roque said, quoting a foreign ministry statement.",
     "We recognized", ("foreign ministry", None)),
    ("“We recognized the necessity of an assessment,” Roque said, quoting the minister.", "We recognized",
     ("Roque", None)),
    ("The country “has made dramatic changes for the better,” Lee Roth said in June, citing the release of "
     "political prisoners.", "has made", ("Lee Roth", None)),  # the release of prisoners is no press release
    ("By 2010, Tea Party “super PACs” supported by the billionaire Koch brothers had seized on the tax.", "super",
     (None, None)),  # a verb of wanting's agent says nothing
    # A body named through a description of its owner stands under the owner's name, when the article gave one
    # (an international body's full name, S9).
    ("ASEAN foreign ministers met on Thursday.\n“We strongly condemned the violence,” the regional grouping’s top "
     "diplomats said in the joint communiqué.", "We strongly",
     ("Association of Southeast Asian Nations’s top diplomats", None)),
    ("“We strongly condemned the violence,” the regional grouping’s top diplomats said in the joint communiqué.",
     "We strongly", ("regional grouping’s top diplomats", None)),
    ("Myanmar’s junta seized power in 2021.\n“We reject the paragraphs,” the junta’s foreign ministry said in a "
     "statement.", "We reject", ("Myanmar’s junta’s foreign ministry", None)),
    # A verb of saying that a relaying verb reports has the innermost speaker ('the text reads, Telesur reported');
    # a subject inside the quoted words is none ('I advise …,” Mr Mangwana is quoted as saying').
    ("“The measures are illegal,” states the statement issued by the Foreign Ministry.\n“It is incoherent and a "
     "slap in the face,” the text reads, Telesur reported.", "It is", ("Foreign Ministry", "Telesur")),
    ("Information minister Nick Mangwana spoke on Monday.\n“The US brands itself a fair country. I advise anyone to "
     "check the record,” Mr Mangwana is quoted as saying.", "The US", ("Nick Mangwana", None)),
    ("“Khatibzadeh called the US actions an erroneous step,” the ministry’s press office reported.", "Khatibzadeh",
     ("ministry", None)),
    # 'the communiqué' with no statement named before it is the body that spoke last; with none, its own words.
    ("The Foreign Ministry condemned the strike on Monday.\n“The attack was a crime,” the communiqué said.",
     "The attack", ("Foreign Ministry", None)),
    ("Prices rose again on Monday.\n“The attack was a crime,” the communiqué said.", "The attack",
     ("the communiqué", None)),
    # 'the Foreign Ministry' is the fuller name the article gave it before, when every fuller one says the same;
    # two countries' ministries leave the mention's own words.
    ("The Polish Foreign Ministry summoned the envoy.\n“It is regrettable,” the Foreign Ministry said.", "It is",
     ("Polish Foreign Ministry", None)),
    ("The Polish Foreign Ministry and the Czech Foreign Ministry summoned the envoys.\n“It is regrettable,” the "
     "Foreign Ministry said.", "It is", ("Foreign Ministry", None)),
    # A capital's ministry is its state's (S64).
    ("Seoul's Foreign Ministry summoned the envoy.\n“It is regrettable,” the Foreign Ministry said.", "It is",
     ("South Korea's Foreign Ministry", None)),
    # The outlet that reports or is cited is a channel when someone who said the words is named: a body described
    # by a common noun is someone ('the ministry said …, according to KUNA'); a thing is not, and the outlet speaks.
    ("The ministry said the attack was “a crime against the state”, according to Reuters.", "a crime",
     ("ministry", "Reuters")),
    ("Minister Ali Nasser said the attack was “a crime against the state”, Reuters reported.", "a crime",
     ("Ali Nasser", "Reuters")),
    ("The Foreign Ministry said the attack was “a crime against the state”, Telesur reported.", "a crime",
     ("Foreign Ministry", "Telesur")),
    ("The measures said to be “a crime against the state”, according to KUNA.", "a crime", ("KUNA", "KUNA")),
    # 'It said' and 'the statement said' stand for the body a sentence before shows acting ('reacted') or credits
    # ('According to …'), and 'it' after 'the statement said' for the same statement's maker; not for a country or a
    # thing a sentence before is about.
    ("Taiwan’s Mainland Affairs Council reacted sharply to the sanctions. It said, “We do not accept intimidation "
     "and threats.”", "We do not", ("Taiwan’s Mainland Affairs Council", None)),
    ("Taiwan reacted sharply to the sanctions. It said, “We do not accept intimidation and threats.”", "We do not",
     (None, None)),
    ("According to the Inter-Services Public Relations (ISPR), militants “launched an unprovoked attack” at night. "
     "The statement said the forces “repelled the assault decisively,” killing the attackers.", "repelled",
     ("Inter-Services Public Relations", None)),
    ("“The talks were warm,” said the statement issued by the Ministry of Foreign Affairs of Nepal.\n“Views were "
     "exchanged on trade,” the statement said.\nBoth leaders “reviewed all aspects of relations, including trade”, "
     "it said.", "reviewed", ("Ministry of Foreign Affairs of Nepal", None)),
    # A text after the quote is no object of the verb before it ('had a role “…”, a Council press release
    # stressed'): its own maker, a body named in a compound, speaks; 'Trump issued a statement saying' still Trump's.
    ("The listed officials had a role “in the decision making that led to the Belarusian involvement in the "
     "aggression”, a Council press release stressed on Wednesday.", "in the decision", ("Council", None)),
    ("Trump issued a statement saying the deal was “a disaster for the country”.", "a disaster",
     ("Trump", None)),
    # A press unit speaks for the body that owns it, after 'of' too.
    ("The Ministry of Foreign Affairs summoned the envoys on Sunday.\nAccording to a statement issued by the Public "
     "Communications Division of the ministry, the envoys were not recalled.\n“The two senior diplomats have been "
     "invited to come for consultation,” the statement read.", "The two", ("Ministry of Foreign Affairs", None)),
    # 'the organisation' may be any body named before ('the company' is not a department).
    ("In a statement released on Sunday, the Economic Community of West African States (ECOWAS) announced the "
     "lifting of sanctions.\nThe regional organization had convened a summit on Saturday to discuss \"politics, "
     "peace, and security in the Republic of Niger.\"", "politics",
     ("Economic Community of West African States", None)),
    ("In a statement released on Sunday, the US Treasury Department announced new sanctions.\n“The measures target "
     "the network,” the company said.", "The measures", ("company", None)),
    # 'the Court' is a body, though the people finder listed a person ('Court Martial') over its word.
    ("The ECOWAS Court of Justice on Thursday ordered Nigeria to pay the soldiers.\nThe Court said “the judgment of "
     "May 2019 is hereby supplemented with an additional paragraph.”\nThe soldiers were dismissed without "
     "arraignment by a duly constituted Court Martial.", "the judgment", ("Court", None)),
    # A body's text tied to no maker before it is the body the story opens on acting; a person opening it is none.
    ("Overruling the sanctions, the Chandigarh Football Association (CFA) has reduced the bans.\nThe players had "
     "filed an appeal. “The suspension of six players may be reduced to one match only,” read the report.",
     "The suspension", ("Chandigarh Football Association", None)),
    ("Overruling the sanctions, the coach Ali Nasser has reduced the bans.\nThe players had filed an appeal. “The "
     "suspension of six players may be reduced to one match only,” read the report.", "The suspension",
     ("the report", None)),
    # A ruling speaks for the body that made it: the story's opening body, a body named as its maker, the subject
    # of a verb of issuing; not one that only acted on it ('upheld'), and 'This decision' seen as something is no
    # text of saying.
    ("The AIFF disciplinary committee on Sunday handed two-match suspensions to both coaches.\n“Lopez was found "
     "guilty of serious misconduct,” read the decision, a copy of which was seen by PTI.", "Lopez was",
     ("AIFF disciplinary committee", None)),
    ("The league fined the club on Monday.\nThe Kenya Football Federation handed down its decision on Friday.\n“The "
     "club is barred from transfers for a year,” the decision said.", "The club is",
     ("Kenya Football Federation", None)),
    ("The club appealed on Monday and the Court of Arbitration for Sport upheld the decision.\n“The club is barred "
     "from transfers for a year,” the decision said.", "The club is", (None, None)),
    ("The coach said he would appeal. This decision has been seen as “a blow to the league”.", "a blow",
     (None, None)),
    ("The Security Council adopted a resolution extending the sanctions on Friday. “All states shall freeze the "
     "assets,” the resolution said.", "All states", ("Security Council", None)),
    # An intergovernmental body the article names only by its short name speaks under its full name (S9); a short
    # name the article spells out is the article's.
    ("“Chemical weapons were used in the attack,” the OPCW said in a statement.", "Chemical weapons",
     ("Organisation for the Prohibition of Chemical Weapons", None)),
    ("The Gulf Cooperation Council (GCC) met on Monday. “We reject the interference,” the GCC said.", "We reject",
     ("Gulf Cooperation Council", None)),
    # A short name defined in brackets after a body's name is the body, though the people finder lists it as a
    # person.
    ("The South African Football Association (Safa) announced the ban on Friday. Safa said the player had “brought "
     "the game into disrepute”.", "brought", ("South African Football Association", None)),
    # 'the club' is the club the last sentence showed acting, not an earlier description by a country's adjective;
    # a country's possessive still names the body ('Sri Lanka's cricket board').
    ("The Italian club's defender suffered a cut to the head.\nWest Ham condemned the behaviour of a section of "
     "their support.\nA club statement concluded: “There is no place for this kind of behaviour.”", "There is",
     ("West Ham", None)),
    # A seat of power the tagger calls a facility speaks as a body.
    ("“The president will attend the summit,” the Élysée Palace said.", "The president", ("Élysée Palace", None)),
    ("“We call for restraint,” the Vatican said on Sunday.", "We call", ("Vatican", None)),
    # A body's name runs over each of its of- and for-phrases.
    ("The Court of Arbitration for Sport dismissed the appeal on Tuesday.\n“The player committed an anti-doping "
     "rule violation,” the ruling said.", "The player", ("Court of Arbitration for Sport", None)),
    ("The Ministry of Foreign Affairs of Ghana issued a statement on Monday.\n“Ghana condemns the attack,” the "
     "document said.", "Ghana condemns", ("Ministry of Foreign Affairs of Ghana", None)),
    # A text whose issuer the article never tells is no speaker: its wording stands as an unnamed source's.
    ("Three entities are proposed for sanctioning.\nThe official sanction text notes that “the bloc is involved in "
     "vote-buying schemes” during the referendum.", "the bloc", ("the official sanction text", None)),
    # A fact sheet is its issuer's, and 'the document' after it the same text.
    ("One of the men “repeatedly harassed and attacked farmers”, a fact sheet from the State Department added.\nA "
     "farm that was sanctioned “prevents farmers from using their lands”, according to the document.",
     "prevents", ("State Department", None)),
    # A trailing attribution after a list is its own phrase's, not the list's first name the parser made the subject;
    # an apposition of the subject's own kind still describes the subject.
    ("Among those banned are Wellington mayor Andrew Foster, the mayor of Auckland Phil Goff and journalist Kate "
     "Green, Russia's foreign ministry said in a statement.\nThe decision was taken “in response to New Zealand's "
     "sanctions”, the statement said.", "in response", ("Russia's foreign ministry", None)),
    ("Sergei Lavrov, the foreign minister said on Monday: “We will respond in kind.”", "We will", ("Sergei Lavrov", None)),
    # 'the government' is the one the article named outside quotes, not one in the words a text quotes.
    ("The Brazilian government has responded to the sanctions.\n“In a new attempt to interfere, the US government "
     "tried to justify the measure,” the text reads.\nThe government also claims that Trump is offending Brazil, “a "
     "democracy that fended off a coup.”", "a democracy", ("Brazil", None)),
    # A short name the article defined in brackets speaks as its body, though the tagger tags it nothing.
    ("The Papua New Guinea Football Association (PNGFA) said in a statement that he was barred.\nPNGFA said the "
     "match report showed the coach had undermined the rules.\n“This incident is the first of its kind,” it said.",
     "This incident", ("Papua New Guinea Football Association", None)),
    # A part of a statement speaks for the statement's maker, a participle's agent ('released by'), and so does 'it'
    # after it; an earlier text's issuer ('a report issued by') makes a later 'the report'; one who only saw or
    # obtained a text made none of it.
    ("“After winning his case, the two clubs were compelled to pay him,” reads part of the statement released by the "
     "Tanzania Football Federation (TFF) on Wednesday.\nIt continues: “As FIFA bans them from international deals, "
     "TFF has suspended the two teams.”", "As FIFA", ("Tanzania Football Federation", None)),
    ("“After winning his case, the two clubs were compelled to pay him,” reads part of the statement released by the "
     "Tanzania Football Federation (TFF) on Wednesday.", "After winning", ("Tanzania Football Federation", None)),
    ("Twenty-eight rebels have been killed, according to a report issued Thursday by the Ministry of Defense.\n“From "
     "March 6 up to today, 28 insurgents have been killed,” the report stated.", "From March",
     ("Ministry of Defense", None)),
    ("The renewal comes after a final report by the UN Panel of Experts on South Sudan highlighted limited progress."
     "\nThe report, seen by Sudans Post, also noted continued insecurity. It warned that political actors “retain "
     "the means to resort to violence” if dissatisfied.", "retain", ("UN Panel of Experts", None)),
    ("The arms embargo was renewed on Friday.\nThe report, seen by Sudans Post, also noted continued insecurity. It "
     "warned that political actors “retain the means to resort to violence” if dissatisfied.", "retain",
     ("The report", None)),
    # 'According to the statement' keeps the statement speaking for a later 'it', whose maker its own rules find; a
    # text's own 'according to' is no earlier text of itself.
    ("The sanctions were extended by six months, the EU Council said in a statement, News.Az reports.\nAccording to "
     "the statement, they consist of a broad spectrum of sectoral measures.\nThey also cover a ban on the import of "
     "crude oil. Additionally, specific measures enable the EU to counter circumvention.\n“It is appropriate to "
     "maintain in force all the measures,” it added.", "It is appropriate", ("Council of the European Union", None)),
    ("The UK government on Tuesday announced its latest round of sanctions against settler outposts.\n“Settler "
     "violence often seeks to force Palestinians to leave their homes,” according to the British statement.\nThe "
     "targeted organizations are the Od Yosef Chai Yeshiva, “known to promote violence against non-Jews,” according "
     "to the statement.", "known to", ("United Kingdom", None)),
    # A place after 'in' is where an unnamed speaker is, though the tagger calls it a person; a quote a colon
    # introduces is the clause's person's, though the clause ends on a body's scare-quoted description.
    ("MINGORA, Pakistan (Reuters) – More than 25 Taliban militants and five Pakistani soldiers have been killed in a "
     "fierce clash in the troubled Swat valley in the northwest, a military spokesman said on Wednesday.\n“We have "
     "inflicted heavy losses on the militants,” a military spokesman in Swat told Reuters.\n“Five of our brave "
     "soldiers have been martyred,” he added.\nSwat had been a top tourist destination until militants launched a "
     "campaign of violence last year.", "Five of our", (None, None)),
    ("“We believe that these sanctions are now irrelevant,” said Moyo.\nMoyo addressed the country’s economy, "
     "described by the International Monetary Fund (IMF) as the ‘worst economic crisis in over a decade’: “We are "
     "changing. We are reforming.”", "We are changing", ("Moyo", None)),
    # A body an international body owns by its short name is named with the owner's full name (S9), without the
    # count that describes it; a state's own body keeps the article's wording.
    ("The African Union suspended Burkina Faso on Monday.\nThe AU’s 15-member Peace and Security Council said on "
     "Twitter it had voted “to suspend the participation of Burkina Faso in all AU activities”.", "to suspend",
     ("African Union’s Peace and Security Council", None)),
    ("China's Commerce Ministry said it had voted “to suspend the participation of Burkina Faso in all activities”.",
     "to suspend", ("China's Commerce Ministry", None)),
    # A description by what a reader knows an international body to be (data/speakers.json body_descriptions) is
    # that body, in full (S9), though the tagger tags its short name nothing; a body named with the word itself is
    # that name's reading ('the agency' after Xinhua News Agency).
    ("ECOWAS imposed sanctions on Mali on Sunday. “The sanctions take effect immediately,” the regional bloc said in "
     "a statement.", "The sanctions", ("Economic Community of West African States", None)),
    ("The IAEA inspected the site in May. “Iran has not cooperated fully,” the UN nuclear watchdog said in a report.",
     "Iran has", ("International Atomic Energy Agency", None)),
    # A capital that speaks is its state, also when the tagger calls it a person; not a person's own name.
    ("Khartoum said that despite its objections to the sanctions, it will “do everything possible to secure a "
     "settlement”.", "do every", ("Sudan", None)),
    ("Actor Denzel Washington visited the set. Washington said the film was “a joy to make”.", "a joy",
     ("Denzel Washington", None)),
    ("NATO leaders met in Brussels on Thursday. “We will defend every inch of allied territory,” the Western military "
     "alliance said.", "We will", ("North Atlantic Treaty Organization", None)),
    ("OPEC met in Vienna on Sunday. “Output will be cut,” the cartel said.", "Output",
     ("Organization of the Petroleum Exporting Countries", None)),
    ("The IAEA inspected the site in May. Xinhua News Agency reported the visit.\n“Iran has not cooperated fully,” "
     "the agency said.", "Iran has", ("Xinhua News Agency", None)),
    # The authors, a version or the text of a statement speak for its maker (belsat-belarus-foreign-ministry,
    # trtworld-2020-10-06); a day's statement ('Tuesday's statement') is no statement by Tuesday, and a signer signs
    # the body's text for it; the authors of a study, and one who reads a statement out, stay as they are.
    ("“Unfortunately, the EU’s policy has fallen into the trap,” the MFA press service says.\nThe bloc’s further "
     "boosting the sanctions might have much more serious consequences, the authors of the statement warn:\n“What do "
     "we mean? Belarus’ withdrawal from joint programmes and projects with the EU.”", "What do", ("MFA", None)),
    ("The researchers published their findings in Nature.\n“The effect is real,” the authors of the study said.",
     "The effect", ("the authors", None)),
    ("The Economic Community of West African States (ECOWAS) said on Tuesday it would lift the sanctions.\nThe bloc "
     "has now taken into account “notable advances towards constitutional normalisation,” said the French text of "
     "Tuesday's statement.", "notable", ("Economic Community of West African States", None)),
    ("The regional bloc said in a statement on Tuesday that the country has made “significant advances”.\n“The bloc "
     "has now taken into account notable advances,” a French text of Tuesday’s statement signed by President Nana "
     "Akufo-Addo of Ghana who currently chairs ECOWAS said.", "The bloc has",
     ("Economic Community of West African States", None)),
    ("“We will not bow to pressure,” read a statement read out on state television by the spokesman, Colonel Amadou "
     "Abdramane.", "We will", ("Amadou Abdramane", None)),
    # A wider word for a kind of state body stands for the body named last, when it covers that body's kind
    # (mamul-2022-07-21-russia-bans-39-australians, ticotimes-2021-11-15); not a court, nor the Kremlin.
    ("The Russian Foreign Ministry announced the expansion of anti-Australian sanctions.\nAs stated in the agency’s "
     "statement, the measures are being introduced “in response to the earlier decision of the official Canberra.”",
     "in response", ("Russian Foreign Ministry", None)),
    ("The United States on Monday announced new sanctions against Nicaraguan officials.\nThe US Treasury “designated "
     "the Public Ministry of Nicaragua as well as nine officials,” a statement from the department said.", "designated",
     ("US Treasury", None)),
    ("The Supreme Court ruled on Monday that the ban was lawful.\n“The appeal is dismissed,” a statement from the "
     "department said.", "The appeal", ("department", None)),
    ("The Kremlin has criticised the new measures.\n“The measures are unlawful,” the agency said.", "The measures",
     ("agency", None)),
    # A notice is a body's record: the one the story opens on acting (abc-2023-02-01-australia-sanctions-iran);
    # with no body acting in the lead, it stays the notice.
    ("The Australian government has imposed sanctions on senior Iranian military and government officials.\nThe "
     "government said those hit with sanctions \"have engaged in serious abuses of human rights in Iran\".\n\"The "
     "listings cover serious violations or serious abuses of the right to life,\" the sanctions notice explained.",
     "The listings", ("Australia", None)),
    ("Hundreds of protesters gathered outside the embassy on Monday.\n\"The listings cover serious violations,\" the "
     "sanctions notice explained.", "The listings", ("the sanctions notice", None)),
    # S64: a capital that owns a national body names its state (dtnext-skorea-sanctions-after-icbm,
    # upi-2023-07-14); the body named by it later is the state's too; a city's own body stays the city's.
    ("South Korea imposed sanctions on four individuals, Seoul's Foreign Ministry said. \"The government has decided "
     "to impose unilateral sanctions,\" the foreign ministry said.", "The government",
     ("South Korea's Foreign Ministry", None)),
    ("South Korea slapped sanctions on four North Koreans, Seoul's Foreign Ministry announced Friday. \"The measure "
     "responds to the launch,\" the Foreign Ministry said in a press release.", "The measure",
     ("South Korea's Foreign Ministry", None)),
    ("\"We will keep the sanctions in place,\" Moscow's Foreign Ministry said on Monday.", "We will",
     ("Russia's Foreign Ministry", None)),
    ("\"The roads will close at noon,\" Tokyo's metropolitan government said on Monday.", "The roads",
     ("Tokyo's metropolitan government", None)),
])
def test_body_speakers(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


@pytest.mark.parametrize("text, quote_start, expected", [
    # Joint speakers are the first named (docs/annotation.md), also when the parser gives the verb each name of the
    # list as a subject of its own, or hangs the first name on the last; a list of bodies on people is no list of
    # people.
    ("German Foreign Minister Johann Wadephul, French Foreign Minister Jean-Noël Barrot, and UK Foreign Secretary "
     "David Lammy said, “We have made it clear that Iran must act.”", "We have", ("Johann Wadephul", None)),
    ("Industry Minister Ahn Duk-geun and U.S. Trade Representative Jamieson Greer have agreed on the importance of "
     "achieving \"expedient and meaningful progress\" toward balanced trade.", "expedient", ("Ahn Duk-geun", None)),
    ("Foreign Minister Ali Nasser said, “We have made it clear that Iran must act.”", "We have", ("Ali Nasser", None)),
    # A text a person owns speaks for that person: 'His tweet stated'; a body's own 'its statement' is no person's.
    ("Foreign Minister Geoffrey Onyeama met the envoy on Monday.\nHis tweet stated “Summoned the envoy of Ghana to "
     "explain the attacks.”", "Summoned", ("Geoffrey Onyeama", None)),
    # A particle is no name: 'al' of 'al-Warraq' does not make him Omar al-Bashir.
    ("Sudanese President Omar Hassan al-Bashir has ruled since 1989.\n“We’re afraid lifting sanctions could pave "
     "the way for abuses,” said Al-Buraq al-Nazir al-Warraq, head of a rights group.", "We’re afraid",
     ("Al-Buraq al-Nazir al-Warraq", None)),
    ("Sudanese President Omar Hassan al-Bashir has ruled since 1989.\n“We will not bow to pressure,” said "
     "al-Bashir.", "We will", ("Omar Hassan al-Bashir", None)),
    # A trailing verb of saying in a relative clause on a noun after the quote is no cue for it; one that heads its
    # own clause is.
    ("The court ordered the government to “halt every eviction at once” in actions that would threaten the "
     "Essequibo territory.", "halt", ("court", None)),
    ("“We will halt every eviction at once,” said Judge Maria Lopez, who threatened the ministry with fines.",
     "We will", ("Maria Lopez", None)),
    # Bodies under a description: 'a club statement' is the club named before, 'the national board' the board the
    # article tied to a country (which the tagger may call a person: 'Sri Lanka’s'); with none, their own words.
    ("Sheffield United were promoted on Monday.\nA club statement read: “The sanctions have been lifted with "
     "immediate effect.”", "The sanctions", ("Sheffield United", None)),
    ("The players were fined on Monday.\nA club statement read: “The sanctions have been lifted with immediate "
     "effect.”", "The sanctions", ("club", None)),
    ("Sri Lanka’s cricket board banned three players on Friday.\nThe national board said the trio had brought "
     "“disrepute to the game and the country.”", "disrepute", ("Sri Lanka’s cricket board", None)),
    ("The national board said the trio had brought “disrepute to the game and the country.”", "disrepute",
     ("national board", None)),
    # The judges speak for the court the article named before (docs/annotation.md); with no court named they stay
    # judges, and one judge is a person.
    ("The Seoul High Court sentenced Park on Friday.\n“We have no further comment,” the judges said.", "We have",
     ("Seoul High Court", None)),
    ("Park was sentenced on Friday.\n“We have no further comment,” the judges said.", "We have",
     ("the judges", None)),
    ("The Seoul High Court sentenced Park on Friday.\n“We have no further comment,” the judge said.", "We have",
     ("the judge", None)),
    # 'according to' an outlet after a clause whose subject is a body: the body speaks, the outlet relays; a thing
    # for a subject leaves the outlet as the source.
    ("Turkish Foreign Ministry on Monday summoned the U.S. ambassador in protest against the “aggressive and "
     "unprofessional actions” of the guards, according to Anadolu Agency.", "aggressive",
     ("Turkish Foreign Ministry", "Anadolu Agency")),
    ("The vote was postponed over “aggressive and unprofessional actions” by the guards, according to Anadolu "
     "Agency.", "aggressive", ("Anadolu Agency", "Anadolu Agency")),
    # '…, said a statement read out … by the spokesman, Colonel X': the parser made the inverted subject the next
    # verb's; the statement speaks, through the one who read it out, not the noun before the comma. A verb that
    # inherits its subject ('… but said the embargo is …') has none inverted.
    ("\"The government strongly condemns these illegal sanctions\" and is recalling its ambassadors in the ECOWAS "
     "countries, said a statement read out on national television by the government spokesman in uniform, Colonel "
     "Abdoulaye Maiga.", "The government", ("Abdoulaye Maiga", None)),
    ("Foreign Minister Bruno Rodriguez declined to comment, but said the embargo is a unilateral action and "
     "\"should be lifted unilaterally.\"", "should", ("Bruno Rodriguez", None)),
    # A person named with a verb of saying right after the closing mark said the words that a body's verb before
    # the quote frames ('The US urged both sides “…” Escobar said'); an outlet there only relays.
    ("US envoy Gabriel Escobar is to visit Kosovo.\nThe US urged both sides “to fully implement the agreements they "
     "made in Brussels,” Escobar said on 28 January.", "to fully", ("Gabriel Escobar", None)),
    ("The ministry called the ruling “a grave mistake against the people” Reuters reported on Monday.", "a grave",
     ("ministry", "Reuters")),
    # A plural subject is several people, never the one person named inside it; a singular title is that person.
    ("A federal court acquitted former President Mauricio Macri on Tuesday.\nThe magistrates ruling in Macri's favor "
     "also stressed it was “necessary that the case moves forward definitively.”", "necessary",
     ("the magistrates", None)),
    ("Official spokeswoman of the Russian Foreign Ministry Maria Zakharova said “the case is closed.”", "the case",
     ("Maria Zakharova", None)),
    # A verb of saying in a condition after the quote ('if it does not respond') is no cue; the trailing one is.
    ("PARIS - Iran \"will have to face new sanctions\" if it does not respond positively by Tuesday, the French "
     "foreign ministry said.", "will have", ("French foreign ministry", None)),
    # A country acting in the clause a named person's verb of saying reports is spoken of: the person speaks; a
    # person acting there speaks for themselves.
    ("US President Donald Trump said China agreed to a “very substantial phase one deal” that will be written soon.",
     "very substantial", ("Donald Trump", None)),
    ("Japan and South Korea agreed Thursday it is necessary to continue dialogue \"at various levels\" over "
     "bilateral ties, Japanese Foreign Minister Fumio Kishida said.", "at various", ("Fumio Kishida", None)),
    ("Regarding planned US port fees on Chinese vessels, the spokesperson said China will impose reciprocal charges, "
     "calling it a “necessary act of passive defence.”", "necessary", ("the spokesperson", None)),
    ("State Department spokesman Ned Price said they were not, describing them as routine sanctions “hygiene.”",
     "hygiene", ("Ned Price", None)),
    ("Foreign Minister Ali Nasser said Trade Minister Omar Khalid warned of “grave consequences” for the ports.",
     "grave", ("Omar Khalid", None)),
    # A quote that ends its sentence keeps the body's cue before it: the person named after it opens the next one.
    ("In response, the Ministry called Wang’s statements “absurd.” Spokesperson Joanne Ou said, “China is the true "
     "saboteur of peace.”", "absurd", ("Ministry", None)),
    # A thing that 'specifies' says nothing: the text reporting it speaks, not another name the parse offers.
    ("An EU statement said the new sanction specified that \"no funds or economic resources shall be made available "
     "to the persons\".", "no funds", ("European Union", None)),
    ("Judges Esther Toh, Anthea Pang and Wilson Chan - picked by city leader Carrie Lam to hear national security "
     "cases - ruled on Tuesday that the slogan was “capable of inciting others to commit secession”.", "capable",
     (None, None)),
    # A name the parser lost to an opening participle ('Touching on …' as the subject) speaks, past its auxiliary.
    ("Touching on a meeting between Prime Minister Nikol Pashinyan and President Ilham Aliyev, Tigran Balayan has "
     "said that “the sides do not have plans for a meeting at the moment”.", "the sides", ("Tigran Balayan", None)),
    # Nor is the object of an opening preposition the subject when the parser left the preposition on the verb
    # ('After Monday's meetings with …, the envoy X said'); an opening phrase the parser read whole changes nothing.
    ("BRUSSELS - After Monday's meetings with Pristina's PM Albin Kurti and Serbian President Aleksandar Vucic, the "
     "EU special envoy for the Belgrade-Pristina dialogue Miroslav Lajcak said he was glad Pristina had “accepted "
     "the EU proposal in principle”, and announced further talks.", "accepted", ("Miroslav Lajcak", None)),
    ("After talks with Prime Minister Albin Kurti, EU envoy Miroslav Lajcak said Pristina had “accepted the EU "
     "proposal in principle”.", "accepted", ("Miroslav Lajcak", None)),
    # An adverb of the verb between the subject and a trailing cue ('“…,” the document also mentioned') keeps the
    # cue the quote's own; a 'when' starts another clause.
    ("A Palacio San Martín statement reads that the ministers “agreed to meet in April.”\nBoth ministers agreed on "
     "closer ties in defence, “favoring technology transfer,” the document also mentioned.", "favoring",
     ("Palacio San Martín", None)),
    ("Both ministers agreed on closer ties in defence, “favoring technology transfer,” when Smith also mentioned it.",
     "favoring", ("both ministers", None)),
    # A noun that says a person's gender names someone, as a name does: its verb of saying, the nearest, is the cue
    # (PolNeAR marks that mention); a role noun that says nothing of who it is leaves the cue farther up.
    ("Ivanka Trump noted the rule in the interview. She said fathers would not be eligible, and when pressed on why "
     "the plan leaves out dads, the 34-year-old mother of three replied, \"It's meant to benefit the mother who has "
     "given birth.\"", "It's", ("the 34-year-old mother", None)),
    ("Rep. Adam Schiff called on President Obama to retaliate against Russia for meddling the California "
     "congressman said is designed to \"sow discord\" in American politics.", "sow", ("the California congressman",
                                                                                    None)),
    ("Ivanka Trump noted the rule in the interview. She said fathers would not be eligible, and when pressed on why "
     "the plan leaves out dads, the 34-year-old nominee replied, \"It's meant to benefit the mother who has given "
     "birth.\"", "It's", ("Ivanka Trump", None)),
    # A trailing verb of saying the tagger read as a plural noun ('states', 'notes' closing the sentence after its
    # subject) is the cue; a plural noun after a preposition is a place, no cue.
    ("“A flawed election process all but guarantees that a majority will represent the government,” a press release "
     "from the Treasury Department states.", "A flawed", ("Treasury Department", None)),
    ("She defended the rallies. \"Look at the statement Mr. Trump put out after the shootings,\" Conway notes.",
     "Look at", ("Conway", None)),
])
def test_cue_structure(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


@pytest.mark.parametrize("text, expected", [
    ("“We urge restraint,” a press release from the Treasury Department states.", True),
    ("“We urge restraint,” Conway notes.", True),
    ("“We urge restraint” in EU member states.", False),  # a place after a preposition
    ("“We urge restraint,” she said to laughs.", False),  # no noun right before
    ("“We urge restraint,” the minister notes, and leaves.", False),  # does not close its sentence
])
def test_trailing_verb_misread_as_a_noun(nlp, text, expected):
    doc = nlp(text)
    close = max(token.i for token in doc if token.text in ("”", '"'))
    window = list(doc[close + 1:])
    assert any(misread_cue(token, window) for token in window) == expected


def test_relative_clause_after_a_quote_is_no_cue(nlp):
    """'“refrain …” after actions that would threaten the Essequibo territory': no speaker from the clause."""
    context = build_context(nlp("Venezuela must “refrain from any further step” after actions that would threaten "
                                "the Essequibo territory."))
    assert [quote.speaker_name for quote in find_quotes(context, find_people(context))] == [None]


@pytest.mark.parametrize("head, office", [
    # A portfolio's office is the bare office a few lines on ('Foreign Minister X … the minister said') …
    ("foreign minister", "minister"), ("defence secretary", "secretary"), ("minister", "minister"),
    # … but a rank before the office makes another office ('the minister' is not the prime or deputy minister).
    ("prime minister", "prime minister"), ("deputy minister", "deputy minister"), ("vice president", "vice president"),
])
def test_bare_office_of_a_portfolio(head, office):
    from quotelens.findings.people.assembly import bare_office
    assert bare_office(head) == office


@pytest.mark.parametrize("text, quote_start, expected", [
    # 'the minister' after a foreign minister is named is that minister, not the untitled man named after him.
    ("Lithuanian Foreign Minister Jonas Petraitis told BNS the Baltic states had updated their lists to maintain "
     "pressure on Viktor Sidorov's regime.\n“We made a coordinated decision with our neighbours,” the minister said.",
     "We made", ("Jonas Petraitis", None)),
    # 'The Solomon Islands Prime Minister' is no Pacific Minister named later: a rank makes another office.
    ("The Solomon Islands Prime Minister has told lawmakers the deal will not “undermine the peace and harmony of "
     "our region”.\nAustralia had sent Pacific Minister Zed Seselja for talks last week.", "undermine",
     ("Solomon Islands Prime Minister", None)),
    # A verb of saying an outlet reports ('X said, the AP reported'): X speaks, named or described; the outlet
    # relays.
    ("Nicolas Maduro again refused to leave his post.\n“If he wants to meet, just tell me when,” Maduro said, the AP "
     "reported.", "If he wants", ("Nicolas Maduro", "AP")),
    ("Foreign Ministry spokesman Nasser Kanaani condemned the sanctions.\nThese countries never condemn the “daily "
     "crimes” of their allies, the spokesman noted, Press TV reported.", "daily crimes", ("Nasser Kanaani", "Press TV")),
    # A text named after the act of saying it is made by the subject of that act's verb before it: 'the proposal'
    # after 'Egypt proposed a truce', and the 'It' that goes on with it (business-standard-2014-07-15-gaza-truce-…) …
    ("Egypt late yesterday proposed a truce that would begin this morning.\n\"0600 IST has been set for the "
     "beginning of the implementation of truce arrangements,\" the proposal said.\nIt added that it called for a "
     "\"full ceasefire within 12 hours of its announcement.\"", "full ceasefire", ("Egypt", None)),
    # … not after another verb ('offered'): the text stays as written.
    ("Egypt late yesterday offered a truce that would begin this morning.\n\"0600 IST has been set for the "
     "beginning of the implementation of truce arrangements,\" the proposal said.", "0600", ("the proposal", None)),
    # A bare 'the government' after 'The government of Switzerland' is that government, as after 'the Swiss
    # government' (euroweeklynews-2022-02-28-swiss-adopt-eu-sanctions-russia); not a generic 'the company of …'.
    ("The government of Switzerland said today that the country would adopt all EU sanctions against Russia.\nThe "
     "move is a huge deviation from the country’s history.\nThe government said: “In view of Russia’s continuing "
     "military intervention in Ukraine, the Federal Council took the decision.”", "In view",
     ("Switzerland", None)),
    ("The Swiss government said today that the country would adopt all EU sanctions against Russia.\nThe move is a "
     "huge deviation from the country’s history.\nThe government said: “In view of Russia’s continuing military "
     "intervention in Ukraine, the Federal Council took the decision.”", "In view", ("Switzerland", None)),
    # A bare 'the government' reporting one country's act is that country's government; a country only named in
    # the clause (not acting) tells nothing.
    ("Switzerland on June 28 implemented sanctions on 100 companies and will adopt the rest of the sanctions “that "
     "are relevant to Switzerland” on Wednesday, the government said.", "that are", ("Switzerland", None)),
    ("The Swiss measure will ban exports of some “dual-use goods” to another 87 companies, the government said.",
     "dual-use", ("Switzerland", None)),
    ("Officials met Russian diplomats on Monday to discuss a “full ceasefire”, the government said.", "full ceasefire",
     ("government", None)),
    # A bare 'the government' whose own clause names no state refers back to the state last named acting
    # (pakistantoday-2024-12-20); two states acting in that sentence leave it unknown.
    ("Pakistan on Thursday condemned the sanctions imposed by the United States.\nThe government also criticised "
     "the sanctions, saying they were based on “mere doubts and suspicion.”", "mere doubts",
     ("Pakistan", None)),
    ("Pakistan condemned the sanctions and India welcomed them.\nThe government also criticised the sanctions, "
     "saying they were based on “mere doubts and suspicion.”", "mere doubts", ("government", None)),
    # A repeated bare 'the government' refers to what the first one did: the state its own reported clause names
    # (jowhar-2020-04-07-mali-soldiers-killed-bamba); a first one whose clause names no state gives none.
    ("Twenty-five Malian soldiers were killed in an attack on Monday, the government announced.\nA dozen attackers "
     "were also “neutralized,” the government said in a statement.", "neutralized", ("Mali", None)),
    ("Twenty-five soldiers were killed in an attack on Monday, the government announced.\nA dozen attackers "
     "were also “neutralized,” the government said in a statement.", "neutralized", ("government", None)),
    # S25 (a): a generic name the article gives a body, 'the Judiciary', is the body
    # (andina-peru-judiciary-castillo-pretrial-detention-unfounded).
    ("The court rejected the request.\n“The measure is hereby declared in force,” the Judiciary stated.", "The measure",
     ("Judiciary", None)),
    # A name the tagger reads as a date is still the subject when the people finder lists it as a person.
    ("China has imposed sanctions on former senator Francis Tolentino.\nIn a statement released by the former "
     "senator, Tolentino acknowledged the sanctions imposed on him by China, calling it a “badge of honour”.",
     "badge", ("Francis Tolentino", None)),
    ("China has imposed sanctions on former senator Francis Tolentino.\nTolentino further stated that the sanctions "
     "were imposed against him for fighting “for what rightfully belongs to our nation.”", "for what",
     ("Francis Tolentino", None)),
    # A description after a quote of several sentences still reaches the official named before the quote: quoted
    # sentences do not count against its reach.
    ("“Norway subscribed to the sanctions,” President Maia Sandu told a news conference.\nThe mission was launched "
     "ahead of the summit. According to Maia Sandu, it will help the state institutions.\n“Moldova is safe. Moldova "
     "is not alone. We received powerful messages,” stated the official.", "Moldova is safe", ("Maia Sandu", None)),
    # … but not past two sentences that are not quotes and name no one.
    ("President Maia Sandu told a news conference the sanctions were in force.\nThe mission was launched ahead of "
     "the summit. The leaders met in a castle. The talks lasted an hour.\n“Moldova is safe. Moldova is not alone,” "
     "stated the official.", "Moldova is safe", ("the official", None)),
    # The head of a body the article only now brings in ('of a …') is someone unnamed, not the subject just named;
    # the head of a body it has named may still be the official just named.
    ("Citing unnamed sources, the business paper Kommersant reported that some banks had started to block Russian "
     "firms.\nThe head of a Russian logistics company told Kommersant that Russia may face a shortage of "
     "electronics “within six months or a year”.", "within six", ("The head", "Kommersant")),
    ("Russian presidential spokesman Dmitry Peskov spoke to reporters on Tuesday.\nThe head of the Kremlin press "
     "office said the talks were “constructive”.", "constructive", ("Dmitry Peskov", None)),
    # A seat of government of the person's own state names no one else ('the Kremlin official' for Peskov) …
    ("The Kremlin sees no new sanctions, Russian presidential spokesman Dmitry Peskov told the media on Tuesday.\n"
     "“I would not react to this. I have seen nothing. I have nothing to say,” the Kremlin official said.",
     "I would not", ("Dmitry Peskov", None)),
    # … a seat of another state's government does ('the White House official' is not Russia's spokesman).
    ("The Kremlin sees no new sanctions, Russian presidential spokesman Dmitry Peskov told the media on Tuesday.\n"
     "“We have seen nothing,” the White House official said.", "We have seen", ("the White House official", None)),
    # 'the Head of State': an office written in capitals that the tagger reads as a name (a work of art) is still a
    # description of the one official just named …
    ("On Sunday, President Volodymyr Zelenskyy imposed sanctions against collaborators.\n“Today I have signed "
     "several new sanctions decisions,” Zelensky said.\nAnother sanctions package concerns collaborators.\n"
     "“Sanctions against those who chose to work for evil,” the Head of State summarized.", "Sanctions against",
     ("Volodymyr Zelenskyy", None)),
    # … and of nobody when two officials were just named (the unnamed wording is the mention's core, 'the Head').
    ("President Volodymyr Zelenskyy met Prime Minister Denys Shmyhal on Sunday.\n“Sanctions against those who chose "
     "to work for evil,” the Head of State summarized.", "Sanctions against", ("the Head", None)),
    # 'the official' after the one official's own quotes, cued by pronouns: a pronoun resolved as a speaker is a
    # mention of that person, though the name itself lies further back (pakistankakhudahafiz in the news tune half).
    ("Foreign Office spokesperson Mumtaz Zahra Baloch held a briefing on Thursday.\nThe briefing was long. Reporters "
     "asked about the sanctions.\n“We have not been consulted,” she said.\nThe companies were listed last week.\n"
     "“We think these actions are baseless,” the official continued.", "We think these",
     ("Mumtaz Zahra Baloch", None)),
    # A pronoun after a sentence whose subject is a name the people finder did not list ('Rodriguez said …') is not
    # the person that sentence names as an object (chinadaily-2015-07-21-cuba-rodriguez-embargo-lift) …
    ("US President Barack Obama eased some travel rules last year.\nRodriguez said the Cuban people and government "
     "have recognized the efforts by Obama to lift the blockade and for his efforts to use executive power.\n"
     "\"Their scope is still limited, but these are steps taken in the right direction,\" he said.", "Their scope",
     ("Rodriguez", None)),
    # … while with no such subject the one named before is still whom the pronoun means, and an outlet's name of
    # several words that reports the sentence is no person's name.
    ("US President Barack Obama eased some travel rules last year.\nThe Cuban people and government have recognized "
     "the efforts by Obama to lift the blockade and for his efforts to use executive power.\n\"Their scope is still "
     "limited, but these are steps taken in the right direction,\" he said.", "Their scope", ("Barack Obama", None)),
    ("Foreign Minister of Lithuania Linas Linkevicius expects the sanctions to be extended.\nHe said this before the "
     "meeting in Luxembourg on Monday, Ukrainian News Agency reports.\n\"We have sanctions because of the Minsk "
     "agreements,\" he said.", "We have sanctions", ("Linas Linkevicius", None)),
    # An office joined by 'and' to the title before the name is the person's too: 'the Tánaiste', and 'the DPM' by
    # its initials (agriland-2025-04-07-tanaiste-…, wenewsenglish-pakistan-ceasefire-…) …
    ("Tánaiste and Minister for Foreign Affairs and Trade Simon Harris will take part in a meeting of EU trade "
     "ministers today.\nThe meeting was called after the US announced tariffs.\nSpeaking ahead of the meeting, the "
     "Tánaiste said: “Ireland deeply regrets the recent announcements of US tariffs.”", "Ireland deeply",
     ("Simon Harris", None)),
    ("ISLAMABAD: Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar on Thursday said the ceasefire was "
     "extended.\nThe talks were held by hotline.\n“At that time, our operation was nearing completion,” the DPM "
     "said.", "At that time", ("Ishaq Dar", None)),
    # … and not when the article gives the person no such office.
    ("Minister for Foreign Affairs and Trade Simon Harris will take part in a meeting of EU trade ministers today.\n"
     "The meeting was called after the US announced tariffs.\nSpeaking ahead of the meeting, the Tánaiste said: "
     "“Ireland deeply regrets the recent announcements of US tariffs.”", "Ireland deeply", ("Tánaiste", None)),
    ("ISLAMABAD: Foreign Minister Ishaq Dar on Thursday said the ceasefire was extended.\nThe talks were held by "
     "hotline.\n“At that time, our operation was nearing completion,” the DPM said.", "At that time", ("DPM", None)),
    # Of two people a title fits, the one named last outside quotes: a name inside the speaker's own quoted words is
    # whom they talk about (somalilandstandard-senior-al-shabaab-commander-killed-in-southwestern-somalia).
    ("Warsame Mahamed Diriye, commander of SNA section 60’s unit nine, told journalists that they had killed a "
     "senior al-Shabaab leader.\n“Our forces killed Aliyow Iman Ibrahim who was a prominent operational commander of "
     "al-Shabaab,” the commander said.", "Our forces", ("Mahamed Diriye", None)),
    # A name written only after 'an' is a thing's ('an Iqama (foreign work permit)'), never whom a description means
    # (geo-2018-03-21-nawaz-judge-remarks-panama-case): the description stays unnamed ('the former premier' is the
    # unnamed 'The prime minister' before it, 'premier' being a prime minister's one word, never 'Iqama').
    ("The prime minister was disqualified over an Iqama (foreign work permit).\nTalking to reporters, the former "
     "premier said, “now the issue is being raised inside and outside the Supreme Court.”", "now the issue",
     ("The prime minister", None)),
    # Negative: another official named after her pronoun's quote leaves the description unresolved.
    ("Foreign Office spokesperson Mumtaz Zahra Baloch held a briefing on Thursday.\nThe briefing was long. Reporters "
     "asked about the sanctions.\n“We have not been consulted,” she said.\nUS envoy John Smith met the minister.\n"
     "“We think these actions are baseless,” the official continued.", "We think these",
     ("the official", None)),
    # A pronoun whose antecedent is a definite description stands for whom the description means
    # (tehrantimes-2017-09-18-us-sanctions-iranophobia-project) …
    ("Iranian Foreign Ministry spokesman Bahram Qassemi said the move is in line with the Iranophobia project.\n“The "
     "recent action of the U.S. is simply in line with the anti-Iran policy,” he explained.\nThe official described "
     "the U.S. act as contrary to international law.\n“Wrong and unfounded accusations of cyber-attacks are contrary "
     "to basic rights,” he added.", "Wrong and", ("Bahram Qassemi", None)),
    # … an indefinite one is someone new, and stays unnamed.
    ("Iranian Foreign Ministry spokesman Bahram Qassemi said the move is in line with the Iranophobia project.\n"
     "A senior official described the U.S. act as contrary to international law.\n“Wrong and unfounded accusations "
     "of cyber-attacks are contrary to basic rights,” he added.", "Wrong and", (None, None)),
    # A description naming a country fits the subject before it whose title names none, when nobody else the article
    # lists is of that country (iranpress-iran-rebukes-latest-eu-sanctions-vows-reciprocate) …
    ("Foreign Ministry spokesman Nasser Kanaani made the announcement on Monday.\nKanaani said that the move was "
     "based on political motives.\nThe Iranian diplomat added, “The move indicates a continued hostile policy "
     "towards Iran.”", "The move indicates", ("Nasser Kanaani", None)),
    # … not when the article gives that country to someone else.
    ("Foreign Ministry spokesman Nasser Kanaani made the announcement on Monday.\nKanaani said that the move was "
     "based on political motives.\nThe Iranian diplomat added, “The move indicates a continued hostile policy "
     "towards Iran.”\nIranian Foreign Minister Hossein Amirabdollahian will travel to Brussels.", "The move indicates",
     ("The Iranian diplomat", None)),
    # A one-word name in brackets right after a full name is that person's short form: quotes under it are the full
    # name's (malaymail-2024-01-13-indonesia-vietnam-new-trade-targets) …
    ("JAKARTA, Jan 13 — Indonesian President Joko Widodo (Jokowi) held a bilateral meeting with Vietnamese Prime "
     "Minister Pham Minh Chinh in Hanoi, Vietnam, yesterday during which they agreed to increase new bilateral trade "
     "targets.\n“This is in line with our goal to strengthen bilateral partnerships,” Jokowi added.\nDiscussions "
     "between the two leaders also covered the investment sector in which President Jokowi lauded the increased "
     "investment by Indonesian companies in Vietnam.", "This is in line", ("Joko Widodo", None)),
    # … not after a description, which names nobody.
    ("JAKARTA, Jan 13 — Vietnamese Prime Minister Pham Minh Chinh met the Indonesian leader (Jokowi) in Hanoi, "
     "Vietnam, yesterday.\n“This is in line with our goal to strengthen bilateral partnerships,” Jokowi added.\n"
     "Discussions between the two leaders also covered the investment sector in which President Jokowi lauded the "
     "increased investment by Indonesian companies in Vietnam.", "This is in line", ("Jokowi", None)),
])
def test_descriptions_channels_and_misread_subjects(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


@pytest.mark.parametrize("text, quote_start, expected", [
    # An office written out in capitals ('the Minister of Foreign Affairs'), which the tagger reads as a body, is a
    # description of the official just named whose title holds its field (radiomayabeque-2022-02-22) …
    ("Havana, Cuba: Cuban Foreign Minister Bruno Rodríguez Parrilla today reiterated his rejection of the United "
     "States blockade of the Island, Prensa Latina publishes.\nOn his Twitter account, the Minister of Foreign Affairs"
     " assured that “the severe impact of the US blockade on the Cuban people is impossible to hide.”", "the severe",
     ("Bruno Rodríguez Parrilla", None)),
    # … never an official of another field (romania-journal-2022-03-07: not the Prime Minister).
    ("Prime Minister Nicolae Ciucă spoke on Monday.\nAccording to the Prime Minister, the Minister of Finance "
     "announced that the assets of the five entities were frozen “as soon as they were identified”.", "as soon",
     ("Minister of Finance", None)),
    # 'The CEO' is the person titled 'Chief Executive' (capitalfm-2008-07-31) …
    ("NAIROBI, July 31 – The Kenya Commercial Bank Group Thursday announced a 69 percent growth in pre-tax profits."
     "\nChief Executive Martin Oduor-Otieno told an investor briefing that the bank recorded Sh3.5 billion profits "
     "before tax.\nThe operating expenses grew by 39 percent to Sh5.7 billion, owing to the rising inflation.\n"
     "“Kenya Commercial Bank (KCB) continues to receive increased business from the market,” the CEO explained.",
     "Kenya Commercial", ("Martin Oduor-Otieno", None)),
    # … not one titled otherwise.
    ("NAIROBI, July 31 – The Kenya Commercial Bank Group Thursday announced a 69 percent growth in pre-tax profits."
     "\nChief Economist Jane Roe told an investor briefing that the bank recorded Sh3.5 billion profits before tax."
     "\nThe operating expenses grew by 39 percent to Sh5.7 billion, owing to the rising inflation.\n"
     "“Kenya Commercial Bank (KCB) continues to receive increased business from the market,” the CEO explained.",
     "Kenya Commercial", ("the CEO", None)),
])
def test_an_office_written_out_means_its_holder(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


@pytest.mark.parametrize("text, quote_start, expected", [
    # The article's registry of bodies: a tagger's span trimmed to the body's name ('Foreign Ministry', not the
    # 'Foreign Ministry Spokesperson' it ran into) for a later 'the ministry'.
    ("In a statement on its website, the Foreign Ministry Spokesperson confirmed the sanctions on the senator.\nThe "
     "ministry also said a “handful” of politicians had made malicious remarks.", "handful",
     ("Foreign Ministry", None)),
    # A body the article names in other capitals ('The Sri Lanka cricket' of 'Sri Lanka Cricket'); words no body
    # is named by stay unknown.
    ("An independent panel appointed by Sri Lanka Cricket found the three players guilty.\nThe Sri Lanka cricket "
     "stated that the three had brought “disrepute to the country.”", "disrepute", ("Sri Lanka Cricket", None)),
    ("An independent panel found the three players guilty.\nThe national cricket stated that the three had brought "
     "“disrepute to the country.”", "disrepute", (None, None)),
    # A state's government speaks as the state (docs/annotation.md), a military one too (S40).
    ("The Portuguese government said the tariffs were “a mistake that hurts both sides.”", "a mistake",
     ("Portugal", None)),
    ("The Government of Mali said the sanctions were “illegal and inhumane.”", "illegal", ("Mali", None)),
    ("Venezuela’s decision came hours after the Panamanian government requested a review of the records, saying "
     "“too many violations have occurred.”", "too many", ("Panama", None)),
    ("Myanmar’s military government said the communique was “one-sided.”", "one-sided",
     ("Myanmar", None)),
    # S9: an international body under its full name even where the article writes only its short name.
    ("Ecowas said the sanctions would be lifted “with immediate effect.”", "with immediate",
     ("Economic Community of West African States", None)),
    ("ECOWAS said the sanctions would be lifted “with immediate effect.”", "with immediate",
     ("Economic Community of West African States", None)),
    ("“These individual sanctions will be in effect until September,” the Council of the EU said.", "These",
     ("Council of the European Union", None)),
    # A role word after a body's name is someone of the body, unnamed (docs/annotation.md), not the body.
    ("In a statement on its website, the Foreign Ministry Spokesperson confirmed the sanctions, citing “his "
     "egregious conduct.”", "his egregious", ("the Foreign Ministry Spokesperson", None)),
    # A press unit after the body's short name speaks for the body.
    ("The Ministry of Foreign Affairs (MFA) published its own list.\n“We are not going to publish it,” the MFA press "
     "service says.", "We are not", ("Ministry of Foreign Affairs", None)),
])
def test_body_registry_speakers(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


SHAFI = ("Salem bin Mubarak al-Shafi, Qatar's ambassador to Turkey, has said the sanctions have \"nothing to do with "
         "law\", reports.\n\"These sanctions will only serve to bolster our national unity,\" he told Anadolu news "
         "agency.\n\"Those who have tried to encircle us lost the moral high ground on the first day [of the "
         "sanctions] and lost the diplomatic war later,\" he said, pointing to calls by US Secretary of State Rex "
         "Tillerson to raise the blockade.\nHe continued, \"We, as Qatar, plan to raise the issue with international "
         "institutions.\"")


@pytest.mark.parametrize("text, quote_start, expected", [
    # A run of 'he said' goes on meaning the person last named as a speaker, however many links the chain has
    # (the people finder lists 'Salem bin Mubarak al-Shafi' now; the chain also carries a name it does not list).
    (SHAFI, "Those who", "Salem bin Mubarak al-Shafi"),
    (SHAFI, "We, as Qatar", "Salem bin Mubarak al-Shafi"),
    # Negatives, on a name the people finder does not list (written from its particle, in lower case), so that only
    # the chain could carry it. A pronoun of the other gender ends the chain.
    ("bin Mubarak al-Shafi has said the sanctions have \"nothing to do with law\".\n\"These sanctions will only "
     "serve to bolster our unity,\" she told Anadolu news agency.\n\"Those who have tried to encircle us lost,\" he "
     "said.", "Those who", None),
    # The pronoun reporting speech in a sentence of its own words is no link of a chain of quotes.
    ("bin Mubarak al-Shafi has said the sanctions have \"nothing to do with law\".\nHe said that he views the "
     "change in attitude of the neighbours with optimism, and that he did not rule out talks.\nHe added that the "
     "blockade had failed.\n\"Those who have tried to encircle us lost,\" he said.", "Those who", None),
])
def test_a_pronoun_continues_the_speaker_it_follows(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start)[0] == expected


DAR = ("ISLAMABAD: Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar on Thursday confirmed that the "
       "ceasefire with India has been extended until 18 May.\n“Further talks on May 14 led to the ceasefire being "
       "extended until May 18,” Ishaq Dar told the upper house.\nTo dispel confusion over the recent US-brokered "
       "ceasefire between Pakistan and India, the Deputy Prime Minister stated that US Secretary of State Marco "
       "Rubio informed him on May 10 that New Delhi was prepared to ceasefire.\n“On May 10 at around 8:15 am, I "
       "received a phone call from the US secretary of state,” he added.")


@pytest.mark.parametrize("text, quote_start, expected", [
    # A pronoun means the main subject of the sentence before, not the subject of a clause inside it: the parser
    # hung 'the Deputy Prime Minister' (a mention of Dar) on 'Pakistan' as an apposition, and English word order
    # still makes the noun right before 'stated' its subject.
    (DAR, "On May 10", "Ishaq Dar"),
    # A name after a leading participial clause that names another person ('Debating a motion moved by …
    # Terrelonge, … Hanna said that …').
    ("Opposition Spokesman on Foreign Affairs Lisa Hanna has urged the Jamaican Government to act.\nDebating a "
     "motion moved by State Minister Alando Terrelonge, in support of the vote for the removal of the blockade "
     "against Cuba, Hanna said that efforts to end the embargo were not just an issue involving the United States "
     "and Cuba.\n“The collective economic development of the Caribbean has been impaired,” she said.",
     "The collective", "Lisa Hanna"),
    # The name in apposition to a description subject is that subject.
    ("The LVA's chief executive, Mr Frank Fell, said the decision was based on spurious evidence.\nThe chief "
     "executive of the Restaurants' Association of Ireland, Mr Henry O'Neill, said it had mixed views about the "
     "initiative. \"If it's applied in a level way we would not have a problem with it,\" he said.",
     "If it's applied", "Henry O'Neill"),
    # Negative: the person named after the main verb, its object, is not its subject.
    ("US Secretary of State Marco Rubio told Pakistan's Foreign Minister Ishaq Dar on May 10 that India was ready "
     "to agree to a ceasefire.\n“We welcome the decision,” he added.", "We welcome", "Marco Rubio"),
])
def test_a_pronoun_means_the_main_subject_before_it(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start)[0] == expected


# Clarified "Nested speech": words someone spoke, quoted inside a direct quote, are their own quote with the
# innermost speaker (ap-2019-11-20 Sondland, batimes Argentina, civil-ge O'Brien); the outer speaker's own words are
# the outer speaker's (24kg-eu-cannot "We say: '…'").
@pytest.mark.parametrize("text, quote_start, expected", [
    ("“Ambassador Sondland replied that ‘He’s going to do it,’ adding that President Zelensky will, quote, ‘do "
     "anything you ask him to.’” Holmes said.", "He’s going", ("Sondland", None)),
    ("“Ambassador Sondland replied that ‘He’s going to do it,’ adding that President Zelensky will, quote, ‘do "
     "anything you ask him to.’” Holmes said.", "do anything", ("Sondland", None)),
    ("“Argentina said ‘Let those who feel uncomfortable leave,’” the minister recalled.", "Let those",
     ("Argentina", None)),
    ("“We say: ‘Guys, we can’t just sit and watch you.’ No one can explain it,” Kulubaev said.", "Guys",
     ("Kulubaev", None)),
])
def test_speech_nested_in_a_quote_is_its_speakers(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


@pytest.mark.parametrize("text", [
    # A term or scare quote hangs on no verb of saying; hearing tells no words; a third person's pronoun inside the
    # quote may stand for anyone.
    "“The so-called ‘shadow fleet’ is growing,” Smith said.",
    "“I then heard President Trump ask, quote, ‘So he’s going to do the investigation?’” Holmes testified.",
    "“He told me: ‘I will resign tomorrow,’ and then he left,” Smith said.",
    # An outer quote left open to its paragraph's end runs over its own cue (caliber-hungarian-fm-rules-out).
    "Szijjártó has stated that Hungary would not block it.\n“We don’t have such a plan. “We managed to take out "
    "those measures,” Euractiv quotes him as saying.",
])
def test_a_term_inside_a_quote_is_no_quote_of_its_own(nlp, text):
    context = build_context(nlp(text))
    assert len([quote for quote in find_quotes(context, find_people(context)) if quote.kind == "direct"]) == 1


@pytest.mark.parametrize("text, quote_start, expected", [
    # A name the tagger reads as a body at every mention where it stands (the people finder listed it once, from
    # 'the Asean family') is no one a 'he' means: the person the sentence goes on to name is.
    ("Brunei's Sultan opened the summit of the Association of South-east Asian Nations (Asean). Asean had invited a "
     "senior civil servant. Asean is facing calls to go further by suspending Myanmar, but Sultan Hassanal Bolkiah "
     "of Brunei, the summit host, instead sought to ease tensions.\n\"Myanmar is an integral part of the Asean "
     "family,\" he told a press conference.", "Myanmar is an integral", "Hassanal Bolkiah"),
    # A name only ever joined by a hyphen to the word after it, or owning a body's head word, names a place or a
    # body: the unnamed representative before the pronoun is no one the article names.
    ("Houses were destroyed, said a representative of Kani-based Kyauk Lone Gyi People’s Defense Force (PDF).\n"
     "“Junta jets bombed the village with a lot of bombs,” he told The Irrawaddy on Thursday.", "Junta jets",
     None),
    ("The attack was confirmed by a spokesman for the Tigray-based Zalambessa Youth’s Defense Force.\n“We lost "
     "three fighters,” he said.", "We lost", None),
    # Negative: a person the tagger once reads as a place is still a person when it once reads them as one.
    ("The campaign was led by activist Ekachai Hongkangwan, who submitted a petition on Thursday. Speaking on the "
     "phone, Ekachai said he wants the government to act.\n“They told me Thailand is a member of ASEAN,” he said.",
     "They told me", "Ekachai Hongkangwan"),
    # Negative: an official's name modifying a body ('the Trudeau government') names whose body it is.
    ("Prime Minister Justin Trudeau spoke on Monday. He said Canada would act.\n“We will not stand by,” he said.",
     "We will not", "Justin Trudeau"),
])
def test_a_body_or_place_the_tagger_listed_as_a_person_is_no_one_a_pronoun_means(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start)[0] == expected


@pytest.mark.parametrize("text, quote_start, speaker", [
    # A verb of saying after its content puts its subject after it; with a word between ('said today the head of
    # …'), the parser hangs that subject on the verb as an adverb, and the name in apposition to it is whom the
    # sentence is about, not a person named inside the content.
    ("The trial of former governor Peter Novak will end next year, said today the head of the district court, "
     "John Smith.\n“I understand the delay is long,” he said.", "I understand", "John Smith"),
    ("The appeal by Senator Peter Novak will be heard in March, said yesterday the chair of the ethics committee, "
     "Paul Lindqvist.\n“We have many witnesses,” he said.", "We have", "Paul Lindqvist"),
    # Negatives: the subject before the verb, and a named subject reporting on another, keep their readings.
    ("The head of the district court, John Smith, said the trial of former governor Peter Novak will end next "
     "year.\n“I understand the delay is long,” he said.", "I understand", "John Smith"),
    ("Former governor Peter Novak said today that the head of the district court, John Smith, had delayed the "
     "trial.\n“I understand the delay is long,” he said.", "I understand", "Peter Novak"),
    # A one-word surname the tagger calls a place, the main subject before a pronoun's quote: the 'he' is that
    # speaker, whom the people finder did not list, never a person named inside the clause he reports.
    ("In remarks to the weekly Island Voice, Skerrit noted that although his government welcomes President Joe "
     "Biden’s decision, he remains worried about the sanctions.\n“More must be done to lift the pressure,” he said.",
     "More must", None),
    ("Speaking on state radio, Lalbachan argued that Prime Minister Keith Rowley’s budget had failed the farmers.\n"
     "“They deserve better than this,” he said.", "They deserve", None),
    # Negative: a listed subject is the 'he'.
    ("Speaking on state radio, Senator Mark Hale argued that Prime Minister Keith Rowley’s budget had failed the "
     "farmers.\n“They deserve better than this,” he said.", "They deserve", "Mark Hale"),
])
def test_a_pronoun_follows_the_main_subject_however_the_parser_reads_it(nlp, text, quote_start, speaker):
    assert speaker_of(nlp, text, quote_start)[0] == speaker


@pytest.mark.parametrize("text, quote_start, expected", [
    # S25(c): a body that acts in the clause an outlet reports speaks through the participle of saying on that
    # clause; the outlet relays (the parser hangs the clause on the outlet's verb).
    ("The ministry described the ships as a threat, calling their presence “a provocation”, Reuters reported.",
     "a provocation", ("ministry", "Reuters")),
    ("The government labelled the ministers unwelcome, accusing them of inciting “extreme violence against "
     "civilians”, the Times of Israel reported.", "extreme violence", ("government", None)),
    # Negative: what a text speaks of is no speaker; the text is.
    ("The document states that these measures are “unlawful” and describes them as coercion.", "unlawful",
     ("the document", None)),
])
def test_a_body_in_a_reported_clause_speaks_not_the_outlet(nlp, text, quote_start, expected):
    assert speaker_of(nlp, text, quote_start) == expected


@pytest.mark.parametrize("text, quote_start, holder, is_holder", [
    # A role in an indefinite body is someone the article has not named, whoever holds a title with that role.
    ("Central bank head Ana Ruiz spoke on Monday. The head of a Russian logistics company told Kommersant that "
     "shortages would come “within a year”.", "within a year", "Ana Ruiz", False),
    ("Police chief John Smith spoke on Monday. “We are ready,” the chief of a local militia told AFP.", "We are",
     "John Smith", False),
    # Negative: the head of a body the article names is its named head.
    ("Central bank head Ana Ruiz spoke on Monday. The head of the central bank told reporters that shortages "
     "would come “within a year”.", "within a year", "Ana Ruiz", True),
])
def test_a_role_in_an_unnamed_body_is_no_listed_person(nlp, text, quote_start, holder, is_holder):
    assert (speaker_of(nlp, text, quote_start)[0] == holder) == is_holder
