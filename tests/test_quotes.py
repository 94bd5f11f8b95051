"""Quote finding: mark pairing, direct quotes by pattern, reported speech, terms, odd input, and the seed article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotelens.context import build_context
from quotelens.findings.acronyms import full_name
from quotelens.findings.people.people import find_people
from quotelens.findings.quotes.marks import find_quoted_spans, inside_spans
from quotelens.findings.quotes.quotes import find_quotes
from quotelens.findings.quotes.scope import cue_words, ing_verb


def quotes_of(nlp, text: str, kind: str | None = "direct"):
    context = build_context(nlp(text))
    found = find_quotes(context, find_people(context))
    return [quote for quote in found if kind is None or quote.kind == kind]


def summary(quote) -> tuple:
    return (quote.text, quote.source.text if quote.source else None, quote.cue.text if quote.cue else None)


# --- quotation-mark pairing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("“We will win,” she said.", ["We will win,"]),
    ('"I am not a crook," Nixon said.', ["I am not a crook,"]),
    ("Le Drian said: «Nous répondrons.»", ["Nous répondrons."]),
    ("The BBC reported: ‘We are leaving,’ he said.", ["We are leaving,"]),
    # Same-style curly marks nest: the inner pair stays inside the outer quote.
    ("He said, “Kim backed Russia’s so-called “sacred fight” in Ukraine,” and left.",
     ["Kim backed Russia’s so-called “sacred fight” in Ukraine,"]),
    ('He said, "She told me \'no\' twice," and left.', ["She told me 'no' twice,"]),
    ('He said, "They called it "a disaster" at once," and left.', ['They called it "a disaster" at once,']),
    # A quote running over paragraphs repeats its opening mark and closes once, at the end.
    ("“We will rebuild the bridge.\n“It will take two years,” the mayor said.",
     ["We will rebuild the bridge.\n“It will take two years,"]),
    ("“First part.\n\n“Second part.”", ["First part.\n\n“Second part."]),
    # Two closing single marks typed for a closing double mark; a quote that opens its paragraph and never closes
    # runs to the paragraph's end, over the paragraphs it ran on through (docs/annotation.md).
    ("“We sympathise with the families.\n“We will track them down,’’ Musa said.",
     ["We sympathise with the families.\n“We will track them down,"]),
    ("“The Commission will act,” V’landys said.\n“We will take all steps. \n“They don’t invest in players.\n"
     "The union disagreed.", ["The Commission will act,", "We will take all steps. \n“They don’t invest in players."]),
    ("Talks ended.\n“We will not sign this deal \nThe union disagreed.", ["We will not sign this deal"]),
    # … and ends before a cue that closes its paragraph after a comma, which the page left inside it.
    ("“Taha is being designated for threatening the peace of Sudan, the department said.\nThe Treasury acted.",
     ["Taha is being designated for threatening the peace of Sudan"]),
    ('"Moldova is not alone. Together, we will ensure a strong future for Moldova, Sandu wrote on Twitter.',
     ["Moldova is not alone. Together, we will ensure a strong future for Moldova"]),
    ("“We will not sign this deal, whatever they said\nThe union disagreed.", ["We will not sign this deal, whatever "
                                                                             "they said"]),
    # Two single marks typed for an opening double mark, as some archives print every quote.
    ("''So, all up it would take four years,'' the coach said.\n''We do it for love,'' he said.",
     ["So, all up it would take four years,", "We do it for love,"]),
    ("He said ‘‘no way’’ twice.", ["no way"]),
    # A closing mark with nothing open, after a word and before one, opens ('said” we'); a straight closing mark
    # right after a sentence's end closes though the space after it is missing.
    ("Feinstein said” we are committed to safety,” and so, the airline” expects customers to comply.”",
     ["we are committed to safety,", "expects customers to comply."]),
    ('He vowed to protect people "who have suffered for eight years."The Russian leader said so.',
     ["who have suffered for eight years."]),
    # A straight mark after a sentence's end with nothing open opens ('on Monday."Despite'); a closing mark after a
    # cue's comma with nothing open opens (',”The Authority'); a quote a cue's comma or colon introduces with a
    # capital that never closes runs to the paragraph's end.
    ('He spoke on Monday."Despite our strides, we suffer," Ziyambi said."In calling for removal, we assert it."Ziyambi'
     ' left.', ["Despite our strides, we suffer,", "In calling for removal, we assert it."]),
    ("The communique was read.\n,”The Authority calls for his release.", ["The Authority calls for his release."]),
    ('The minister said, "Issues in court cannot be resolved in the street. Such acts are contempt.\nHe left.',
     ["Issues in court cannot be resolved in the street. Such acts are contempt."]),
    # Straight single marks pair like curly ones (UK and Asian outlets), apostrophes inside the quote and all.
    ("'The dictatorship has continued its campaign,' said Scott Bessent. 'We will hold it to account.'",
     ["The dictatorship has continued its campaign,", "We will hold it to account."]),
    ("He said the army was waging 'war' against two militias and the lifting was not 'imminent', he said.",
     ["war", "imminent"]),
    ("Ankara protests against 'aggressive and unprofessional' acts of the team's guards.",
     ["aggressive and unprofessional"]),
    # A paragraph that goes on with a quote the page left unmarked at its start, closing before its cue; a quote
    # opening a sentence of its own that never closes; marks typed the wrong way round.
    ('"The RSF are a rebellious force.\nWe were forced to resolve the issue," Abdallah said.\nHe left.',
     ['The RSF are a rebellious force.\nWe were forced to resolve the issue,']),
    ("«We call on the parties to end the clashes.\nToday, all issues should be resolved,» the ministry said.",
     ["We call on the parties to end the clashes.\nToday, all issues should be resolved,"]),
    ("“It will not be tolerated,” the statement added. “Those found will be removed.\nThe club said so.",
     ["It will not be tolerated,", "Those found will be removed."]),
    ("He warned them, O’Rourke said. ”Essentially, this trial will show those steps.\n”It will help fans,” he said.",
     ["Essentially, this trial will show those steps.\n”It will help fans,"]),
    # … but not a paragraph whose first mark closes nothing after a plain word, nor one the quote did not fill and
    # no cue introduced (that quote ends with its own paragraph).
    ("“The RSF are a rebellious force.\nThe 12\" guns were seen,\" he said.", ["The RSF are a rebellious force."]),
    ("He said “we will win and then left.\nWe were forced to act,” Abdallah said.", ["we will win and then left."]),
    ("The minister said, “Trading starts in Ghana.\nIn weeks, the dream will be off the ground.”\nHe left.",
     ["Trading starts in Ghana.\nIn weeks, the dream will be off the ground."]),
    # An opening mark never closed runs to its paragraph's end, wherever it opens, and so does one left open inside
    # it; not one before a space or a digit.
    ("Iran and Britain could resolve “differences through interaction.\nThe talks ended.",
     ["differences through interaction."]),
    ("A report said that “the administration lifted sanctions. She said: “The action comes now.\nIt ended.",
     ["the administration lifted sanctions. She said: “The action comes now."]),
    ("The new sanctions \"reinforce our objection to the actions of Putin.\nRussia replied.",
     ["reinforce our objection to the actions of Putin."]),
    # Two single marks of either style typed for the opening double mark, a multi-paragraph quote's too.
    ("Ngelale said: ‘’I can report that the deadline expired.\n‘’His Excellency has ordered sanctions.”\nHe left.",
     ["I can report that the deadline expired.\n‘’His Excellency has ordered sanctions."]),
    # A closing mark set apart by spaces, with nothing open, opens; „ closes with “ (German and Baltic pages).
    ("Adraee called on ” the residents not to head south,” noting the truce.", ["the residents not to head south,"]),
    ("It was announced by the agency „Belta“, citing the envoy.", ["Belta"]),
    # Negatives: apostrophes, inches, an unclosed mark (skipped, the rest kept), a closing pair with no quote open,
    # a doubled mark after a word, a closing mark after a comma with nothing open.
    ("The fans’’ chant and the ’’90s.", []),
    ("It is the players'' chant, Rock 'n' roll, Rock ‘n’ roll, and the '90s style of 'em all.", []),
    ("He sang 'rock 'n' roll' twice.", ["rock 'n' roll"]),
    ("The students' union said it won't strike, citing the 1990s' rules and Jones' car.", []),
    ("“They promote violence,” according to the statement, ” its note says.", ["They promote violence,"]),
    ("The students’ union said it won’t strike in the ’90s style.", []),
    ("The 5\"6 guard and the 6\"1 forward.", []),
    ("He said “ we will win and then left.\nShe said, “Fine.”", ["Fine."]),
    ('He said, " we will win and then left.\nShe said: "Fine, and "Good now.', ['Fine, and "Good now.']),
    ("The fans chanted in the “’90s style.\nHe left.", []),
    ("", []),
    ("”", []),
])
def test_quote_marks_pair(text, expected):
    spans = [span for span in find_quoted_spans(text) if span.depth == 0]
    assert [text[span.start:span.end] for span in spans] == expected


def test_nested_marks_are_depth_one():
    text = "He said, “Kim backed the so-called “sacred fight” today.”"
    depths = {text[span.start:span.end]: span.depth for span in find_quoted_spans(text)}
    assert depths["sacred fight"] == 1


@pytest.mark.parametrize("text, word, inside", [
    # After a nested quote, still inside the outer one (the inner span, starting last, used to answer "no").
    ("He said, “Kim backed the ‘sacred fight’ of Russia today,” the minister added.", "Russia", True),
    ("He said, “Kim backed the ‘sacred fight’ of Russia today,” the minister added.", "sacred", True),
    ("He said, “Kim backed the ‘sacred fight’ of Russia today,” the minister added.", "minister", False),
    ("“We will win,” said Egypt, and “we will stay,” said Cairo.", "Cairo", False),
    ("“We will win,” said Egypt, and “we will stay,” said Cairo.", "stay", True),
])
def test_inside_spans_reads_the_outermost(text, word, inside):
    assert inside_spans(find_quoted_spans(text))(text.index(word)) is inside


# --- direct quotes by pattern ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # Trailing cue, pronoun and name, straight and curly marks.
    ("“We will win,” she said.", [("We will win,", "she", "said")]),
    ('"I am not a crook," Nixon said.', [("I am not a crook,", "Nixon", "said")]),
    ("“It was a mistake,” said Senator Jane Smith.", [("It was a mistake,", "Senator Jane Smith", "said")]),
    # Leading cue with a comma or a colon.
    ('The senator said, "We will not back down."', [("We will not back down.", "The senator", "said")]),
    ("Obama told reporters: “It is about me.”", [("It is about me.", "Obama", "told")]),
    ("Le Drian said: «We will respond firmly.»", [("We will respond firmly.", "Le Drian", "said")]),
    # A partial quote inside the sentence belongs to the verb of saying that governs it.
    ("Miller also stated that there is a “possibility” of weapons flowing both ways.",
     [("possibility", "Miller", "stated")]),
    ("He also highlighted how “troubling” it is to see the cooperation.", [("troubling", "He", "highlighted")]),
    # Split quote: both pieces take the cue between them.
    ("“We are ready,” he said, “and we will act.”",
     [("We are ready,", "he", "said"), ("and we will act.", "he", "said")]),
    ("“We are ready,” the minister said. “The army is in place.”",
     [("We are ready,", "the minister", "said"), ("The army is in place.", "the minister", "said")]),
    # A multi-paragraph quote is one quote; its cue may come in the last paragraph.
    ("“We will rebuild the bridge.\n“It will take two years,” the mayor said.",
     [("We will rebuild the bridge.\n“It will take two years,", "the mayor", "said")]),
    # The nested quote stays inside the speaker's quote and is not a quote of its own.
    ("Miller said, “Kim vowed support for Russia’s so-called “sacred fight” in Ukraine.”",
     [("Kim vowed support for Russia’s so-called “sacred fight” in Ukraine.", "Miller", "said")]),
    # "according to" stands in for the verb; with a verb as well, the verb's subject speaks.
    ("“The talks have stalled,” according to a senior diplomat.",
     [("The talks have stalled,", "a senior diplomat", "according to")]),
    ("“We will never give up our weapons,” Kim said, according to state media.",
     [("We will never give up our weapons,", "Kim", "said")]),
    # A channel or a thing is no speaker beside someone who is: the clause's actor after 'according to reports',
    # the one the words are according to when the verb's subject is a thing; a body cited alone still speaks.
    ("According to reports, the EU justified the move “in view of the persistent actions that undermine democracy.”",
     [("in view of the persistent actions that undermine democracy.", "the EU", "justified")]),
    ("The benchmarks, according to Britain’s deputy U.N. ambassador James Kariuki, offer “a clear roadmap.”",
     [("a clear roadmap.", "Britain’s deputy U.N. ambassador James Kariuki", "according to")]),
    ("According to the ministry, the plan is “absurd”.", [("absurd", "the ministry", "According to")]),
    ("Kim was quoted as saying “the enemy will pay dearly.”", [("the enemy will pay dearly.", "Kim", "saying")]),
    ("“This is a dark day for our workers,” the company said in a statement.",
     [("This is a dark day for our workers,", "the company", "said")]),
    ("Musk wrote on X: “Free speech is back.”", [("Free speech is back.", "Musk", "wrote")]),
    ("“Every voice counts in this city.” — Commissioner Jane Roe",
     [("Every voice counts in this city.", "Commissioner Jane Roe", "—")]),
    # A name the tagger read as a modal ('May said') is the speaker when the article names a person so; a modal
    # nobody is named by, or one opening its sentence, is no one.
    ("Prime Minister Theresa May met the cabinet on Monday.\n“We will leave the union on time,” May said.",
     [("We will leave the union on time,", "May", "said")]),
    ("The talks failed on Monday. “It is over,” Will said.", [("It is over,", None, "said")]),
    # A full quoted sentence after a colon closing a clause about a person: that person; not after a thing's
    # clause, nor a lower-case word.
    ("Hillary Clinton spoke in Harlem.\n\nShe then addressed the supporters again: “Here is what I regret.”",
     [("Here is what I regret.", "She", ":")]),
    ("And Mr. Christie gloated: “I told you he would not be ready.”",
     [("I told you he would not be ready.", "Mr. Christie", ":")]),
    ("The sign at the rally read: “Vote for change now.”", [("Vote for change now.", None, None)]),
    # A quote filling its paragraph, signed off in the next (a fact check's layout); not a quote with words
    # before it in its paragraph, nor a next paragraph that is a sentence of its own after a dash.
    ('The senator spoke.\n\n"It is just not accurate. I helped write that bill."\n\n- Sanders.\n\nHe erred.',
     [("It is just not accurate. I helped write that bill.", "Sanders", "-")]),
    ('Then came the line: "We will win." \n- Bernie Sanders.', [("We will win.", None, None)]),
    ('The mayor spoke.\n"We will rebuild the bridge."\n- The bridge was closed in 2019 by the city.',
     [("We will rebuild the bridge.", None, None)]),
    ("Donald Trump spoke in Ohio.\nTrump: “We will build the wall.”", [("We will build the wall.", "Trump", ":")]),
    ("Ted Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Rubio.",
     [("I Fear The Same Thing Is True", "Ted Cruz", ":")]),
    ("Update: ‘Proven Failure’ in Business.", []),
    # A list of quoted words under one cue.
    ('Trump called the senator a "nasty guy," an "anchor baby" and "sick."',
     [("nasty guy,", "Trump", "called"), ("anchor baby", "Trump", "called"), ("sick.", "Trump", "called")]),
    # The parser loses the subject: the name right before the verb, past an age in commas.
    ("“We were tremendously wrong,” Ramos, 58, told AFP in an interview in Mexico City on Monday.",
     [("We were tremendously wrong,", "Ramos", "told")]),
    ("In a statement, her senior policy adviser, Jake Sullivan, said: “Clinton believes in cooperation.”",
     [("Clinton believes in cooperation.", "Jake Sullivan", "said")]),
    # A colon closing the paragraph before a quoted paragraph.
    ("Trump responded.\n\nHe said:\n\n“We have a situation in our inner cities.”",
     [("We have a situation in our inner cities.", "He", "said")]),
    ("The primary requirement is a “lawful source of income,” as a Homeland Security memo put it.",
     [("lawful source of income,", "a Homeland Security memo", "put")]),
    # A text's author speaks for it when the text is the object of the author's verb.
    ("The Security Council issued a statement calling the test “a clear violation” of its resolutions.",
     [("a clear violation", "The Security Council", "calling")]),
    ("His office put out a statement saying the state “does not have the capacity to vet every refugee.”",
     [("does not have the capacity to vet every refugee.", "His office", "saying")]),
    ("The Washington Post ran a piece that noted his plan “would benefit affluent households.”",
     [("would benefit affluent households.", "The Washington Post", "noted")]),
    # Negatives: a text with no author in the clause, and a text that is not an object, keep the text as source.
    ("The listing was replaced by a message that said, “Sorry, the item is no longer in the system.”",
     [("Sorry, the item is no longer in the system.", "that", "said")]),  # the relative pronoun at the cue
    ("A statement from the council called the test “a clear violation” of its resolutions.",
     [("a clear violation", "A statement", "called")]),
    # An inserted 'X said' frames the whole sentence, over a nearer verb of thinking.
    ("During his years in office, Mr. Obama said, a majority of Americans have come to believe “that climate change"
     " is real.”", [("that climate change is real.", "Mr. Obama", "said")]),
    # A participle right after a person's name is that person's speech, whatever the parser hung it on.
    ("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”",
     [("Why aren’t I 50 points ahead, you might ask?", "Hillary Clinton", "asking")]),
    # Negative: after a comma the participle is the subject's ('He thanked Smith, saying …').
    ("He thanked Smith, saying the deal was “a triumph.”", [("a triumph.", "He", "saying")]),
    # A verb of saying in a 'when' clause after the quote says when, not who: Clinton did not say it.
    ("The spot ends with Trump’s debate line, “That makes me smart,” when Clinton blasted him.", []),
    ("“We will win,” she said when reporters asked.", [("We will win,", "she", "said")]),
    # A verb of thinking with a pronoun subject inside what a verb of saying reports defers to that verb.
    ("Demonstrators said they want “justice for Terrence,” but pledged to remain civil.",
     [("justice for Terrence,", "Demonstrators", "said")]),
    # Negative: outside any verb of saying the pronoun stays the source.
    ("Demonstrators marched downtown, and they want “justice for Terrence.”",
     [("justice for Terrence.", "they", "want")]),
    # A quote opening a new paragraph is not the sibling of the last quote of the one before.
    ("He then defended the remark, saying, “I don’t think this is a ridiculous idea. Why is he unstable?”\n\n"
     "“There are plenty of ways to critique Trump, but that was a really outrageous tweet,” Axelrod said.",
     [("I don’t think this is a ridiculous idea. Why is he unstable?", "He", "saying"),
      ("There are plenty of ways to critique Trump, but that was a really outrageous tweet,", "Axelrod", "said")]),
    # A cue answering the quote is the next speaker's: the quote before it is left without a speaker.
    ("I had to change my answer: \"Of course I believe in the devil.\" To which she said, \"Thank God.\"",
     [("Of course I believe in the devil.", None, None), ("Thank God.", "she", "said")]),
    ("“We will win,” she said, to which he replied, “No.”", [("We will win,", "she", "said"), ("No.", "he", "replied")]),
    # A relative clause parsed as an adverbial one: the mention at the cue is 'which', for the noun before it.
    ("They turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city.",
     [("2,521 shooting incidents", "which", "reported")]),
    # Negative: 'who' after a verb is a question word, not a relative pronoun.
    ("Reporters asked who said “no deal” first.", [("no deal", "who", "said")]),
    # Verbs of saying by their manner ('beamed', 'shot back').
    ("“This is fantastic!” beamed Donald Hartley of Madison, Alabama.",
     [("This is fantastic!", "Donald Hartley", "beamed")]),
    ("After the debate, Hillary Clinton shot back, “I could have stayed home and baked cookies.”",
     [("I could have stayed home and baked cookies.", "Hillary Clinton", "shot")]),
    # The speaker named right after the closing mark, a long apposition before the cue: the parser glues the name
    # to the quoted words, so the cue has no subject of its own.
    ("“We have had better conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and a"
     " campaign pin, said as the confetti fell.",
     [("We have had better conventions than this one,", "Texas delegate Bill Eastland", "said")]),
    ("“We are done,” Smith, the leader, said.", [("We are done,", "Smith", "said")]),
    # A participle on a mere thing ('at one point calling') speaks for the subject of its clause, not the thing.
    ("He has battled with the council, at one point calling the mayor a “liar” who was not “honorable.”",
     [("liar", "He", "calling"), ("honorable.", "He", "calling")]),
    ("The council met at one point calling for “an end to the war.”",
     [("an end to the war.", "The council", "calling")]),
    # A quote of two sentences: the 'as X put it' framing it sits in the first one's sentence.
    ("Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are no longer at the"
     " gate. They are inside.”",
     [("The barbarians are no longer at the gate. They are inside.", "Tom Ridge", "put")]),
    # 'went so far as to say': the cue takes the subject of the verb its adverb phrase hangs on.
    ("The columnist David Auerbach went so far as to say: “Twitter as we know it is over.”",
     [("Twitter as we know it is over.", "David Auerbach", "say")]),
    ("He went so far as to win: “a great day” for all.", []),
    # An inverted cue after the quote: the person named right after the verb, not the thing the parser made its
    # subject; not when the cue comes before the quote.
    ("Any “cleareyed” interpretation of Mr. Kerry's actions, said Michael Kofman, an expert on Russia at the"
     " Woodrow Wilson Center, would conclude that the deal is weak.", [("cleareyed", "Michael Kofman", "said")]),
    ("The report in the paper says Evan Tracey “is a great consultant.”",
     [("is a great consultant.", "The report", "says")]),
    # A time before a colon names no one (the person of the clause the colon closes speaks, as PolNeAR marks it);
    # a live blog's time stamp is no subject of the next entry's cue.
    ("Lee Zeldin gave it a whirl in an interview with CNN on Tuesday: “You can easily argue that the president is"
     " a racist.”", [("You can easily argue that the president is a racist.", "Lee Zeldin", ":")]),
    # The parser made the time stamp the subject and the entry's own subject its apposition: that one speaks.
    ("The rally ended at noon.\n\n2:40 p.m.\n\nDonald Trump’s campaign manager says he is “gratified” by a Florida "
     "prosecutor’s decision not to charge him.", [("gratified", "Donald Trump’s campaign manager", "says")]),
    ("2:40 p.m.\n\nThe campaign manager says he is “gratified” by the decision.",
     [("gratified", "The campaign manager", "says")]),
    # Negative: a verb of saying on the quote's own path stays nearer than the aside.
    ("Smith told reporters, officials said, that the deal was “dead.”", [("dead.", "Smith", "told")]),
    ("Trump called her “Miss Piggy” in 1996.", [("Miss Piggy", "Trump", "called")]),
    # Words a person uses stay speech: 'what he called', 'what she calls' (as PolNeAR marks them); a call for
    # something and the noun 'call' name nothing.
    ("The diplomat presented what he called “irrefutable” evidence.", [("irrefutable", "he", "called")]),
    ("Clinton is hungry for what she calls “real solutions.”", [("real solutions.", "she", "calls")]),
    ("The spokesman stressed that the call “does not compare” to the move.",
     [("does not compare", "The spokesman", "stressed")]),
    ("The ministers call “for an immediate ceasefire and talks.”",
     [("for an immediate ceasefire and talks.", "The ministers", "call")]),
    ("Reid has gone after Trump as a “human leech” and a “spoiled brat.”",
     [("human leech", "Reid", "gone"), ("spoiled brat.", "Reid", "gone")]),
    ("He went home after the “big game” ended.", []),
    # A short phrase in what a verb of saying reports, or in the phrase of a noun of saying with a speaker, however
    # far the parse sets it below (the speaker's partial quote; tune article abc-au).
    ("Labor is demanding that the federal government do the same and implement targeted sanctions \"against those"
     " responsible for the coup\" in order to help starve the regime of money.",
     [("against those responsible for the coup", "Labor", "demanding")]),
    ("The minister is demanding that the board meet and adopt new rules “against cheating in the league” soon.",
     [("against cheating in the league", "The minister", "demanding")]),
    # Negatives: a trailing clause that is not a cue, scare quotes, names and titles.
    ("Trump boasted, “That makes me smart.” Trump was defensive when he paid an architect who said no.",
     [("That makes me smart.", "Trump", "boasted")]),
    ("The so-called “Islamic State” claimed the attack.", []),
    ("He appeared on Fox News’s “Fox and Friends” on Monday.", []),
    ("The company’s “innovative” product failed.", []),
    ("The students’ union said it won’t strike.", []),
])
def test_direct_quotes(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, term", [
    ("The so-called “Islamic State” claimed the attack.", "Islamic State"),
    ("He appeared on Fox News’s “Fox and Friends” on Monday.", "Fox and Friends"),
    ("The company’s “innovative” product failed.", "innovative"),
    # The standing name of a thing: a participle with no subject before the quote.
    ("The ministry denounces that these measures, wrongly called “sanctions,” are illegal, the minister said.",
     "sanctions,"),
    ("The council, also referred to as “the government,” met on Monday, the spokesman said.", "the government,"),
    ("Clubs banned from registering players – often called “transfer bans” – can sign players, FIFA said.",
     "transfer bans"),
    # An outlet's name in marks after the words that name a channel is the channel, not words spoken.
    ("\"It was productive,\" Mr Coale was quoted as saying by „Belta“.", "Belta"),
    ("The talks were very productive, according to „Belta“.", "Belta"),
    ("Tsikhanouskaya told „The Associated Press“ she would not return.", "The Associated Press"),
    # A phrase under a noun of saying stays a term (what the words are about: possessors.py).
    ("The UN renewed sanctions, ignoring Khartoum's calls for the “immediate” lifting of the measures.", "immediate"),
])
def test_terms_have_no_speaker(nlp, text, term):
    (quote,) = [q for q in quotes_of(nlp, text, kind=None) if q.text == term]
    assert quote.kind == "term"
    assert (quote.speaker, quote.speaker_name, quote.source) == (None, None, None)


@pytest.mark.parametrize("text, phrase, speaker", [
    # S33: 'what X calls “Y”' gives X's own word, a partial quote of X even inside another's reported speech (tune
    # republicworld-2022-10-07, euromaidanpress-2022-10-07, allisrael-uk-sanctions).
    ("According to Deputy Chief Cabinet Secretary Kihara Seiji, what Russia refers to as \"referendums\" and"
     " \"incorporation\" violate Ukraine’s sovereignty.", "incorporation", "Russia"),
    ("Kihara Seiji later told reporters that Japan strongly condemns the moves that Russia calls “referendums” and"
     " “incorporation”, adding that Japan cannot condone it.", "referendums", "Russia"),
    ("He criticised what Biden termed “unilateral and biased” measures.", "unilateral and biased", "Biden"),
    # Negatives: a passive or a so-called label names no one who uses it (iranpress; S33's scare quotes).
    ("The law targets companies under what is called the “Caesar Act”, the minister said.", "Caesar Act", None),
    ("He said the so-called “peace plan” was dead, Smith told reporters.", "peace plan", None),
    ("Officials said the bill, which has been dubbed “the gag law”, passed.", "the gag law", None),
])
def test_a_label_is_its_users_partial_quote(nlp, text, phrase, speaker):
    (quote,) = [q for q in quotes_of(nlp, text, kind=None) if q.text == phrase]
    assert (quote.kind, quote.source.text if quote.source else None) == ("term" if speaker is None else "direct",
                                                                          speaker)


@pytest.mark.parametrize("text, phrase, speaker", [
    # S23: a charge or label a verb of charging gives is a partial quote of the party that made it (tune articles
    # 1ua-2018-05-16, allafrica-2018-07-14, newsgram-2025-07-15).
    ("On Tuesday, the United States imposed sanctions on Iran’s central bank governor and an Iraq-based bank for"
     " “moving millions of dollars” for Iran’s elite Revolutionary Guard.", "moving millions of dollars",
     "the United States"),
    ("The coach was handed the two year ban for what CECAFA Secretary General Nicholas Musonye termed as"
     " ‘continuous’ abuse to match officials.", "continuous", "CECAFA Secretary General Nicholas Musonye"),
    ("Ministers are expected to impose sanctions on people and entities the bloc deems guilty of “actions"
     " destabilizing” Moldova.", "actions destabilizing", "the bloc"),
    # Negatives, scare quotes: a passive with no agent names no one who fined (thenational-pg, hindustantimes);
    # 'linked to' is no charge (bbc-hague); a for-phrase above the phrase's own (alarabiya-2024-02-15); a charge
    # verb in a to-infinitive makes no charge yet (sbs-australia: the passage's speaker words it).
    ("Elizah has been banned for 24 matches and fined K1,000 for “encouraging” his players to walk off.",
     "encouraging", None),
    ("The Spaniard was imposed a bigger fine of Rs 2 lakh for “kicking” the assistant coach.", "kicking", None),
    ("Earlier on Monday, the US imposed sanctions on seven Russian individuals and 17 companies linked to President"
     " Vladimir Putin's \"inner circle\".", "inner circle", None),
    ("Biden imposed sanctions on settlers along with an executive order laying out the groundwork for actions over"
     " attacks and “acts of terrorism” in the region.", "acts of terrorism", None),
    ("Magnitsky-style laws will allow Australia to impose targeted sanctions against perpetrators of \"egregious"
     " acts of international concern\".", "egregious acts of international concern", None),
])
def test_a_charge_is_its_makers_partial_quote(nlp, text, phrase, speaker):
    (quote,) = [q for q in quotes_of(nlp, text, kind=None) if q.text == phrase]
    assert (quote.kind, quote.source.text if quote.source else None) == ("term" if speaker is None else "direct",
                                                                          speaker)


@pytest.mark.parametrize("text, speaker", [
    # S31: an uncued quote paragraph after a paragraph reporting X's speech is X's, with no mention of its own,
    # also where the parser missed the report's content (tune rnz-new-bylaw, adomonline-2023-11-23).
    ("Justin Selby, a surfer, was not happy.\n\nThe bylaw had the support of iwi, but Selby reckoned Onuku Taipari was"
     " the last bastion for off-leash dogs.\n\n\"There's plenty of other safe beaches in Taranaki where dogs are"
     " banned.\"", "Justin Selby"),
    ("Trade Minister K.T Hammond spoke on Monday.\n\nThe monitoring process, he noted will begin after Christmas."
     "\n\n“We won’t ban it completely; we will monitor and ensure proper regulation.”", "K.T Hammond"),
    # Negatives: no verb of saying in the paragraph before; a thought is no speech; 'they' may be several people.
    ("Minister Jane Roe visited the port.\n\n“The plan is on the table and the money is there.”", None),
    ("Jane Roe believes the plan will work.\n\n“The plan is on the table and the money is there.”", None),
    ("Residents said the water was rising.\n\nThey said it was the worst flood.\n\n“The plan is on the table and"
     " the money is there.”", None),
])
def test_quote_after_reported_speech_is_its_speakers(nlp, text, speaker):
    quote = quotes_of(nlp, text)[-1]
    assert (quote.speaker_name, quote.source) == (speaker, None)


def test_quote_with_no_cue_continues_previous_speaker(nlp):
    text = "“We are ready,” Ms. Jane Roe said.\n\n“The plan is on the table and the money is there.”"
    first, second = quotes_of(nlp, text)
    assert second.speaker_name == first.speaker_name == "Jane Roe"


@pytest.mark.parametrize("text, mentions", [
    # S31, S39: a paragraph with no cue of its own after reported speech is the reported speaker's, with no mention
    # borrowed from that speaker's cue (tune breakingnews-ie coveney: a run opened after 'Mr Coveney said …').
    ("Mr Coveney said discussions were taking place on a new package of sanctions.\n\n“Ireland will be pushing"
     " hard for a significant package that includes energy.”", [None]),
    # Negatives: the second piece of a quote in its cue's own paragraph takes the cue's mention; so does a paragraph
    # after a direct quote (S24 reads it null, PolNeAR gives it the source).
    ("“We are ready,” Ms. Jane Roe said.\n\n“The plan is on the table and the money is there.”",
     ["Ms. Jane Roe", "Ms. Jane Roe"]),
    ("“We are ready,” Ms. Jane Roe said. “The plan is on the table and the money is there.”",
     ["Ms. Jane Roe", "Ms. Jane Roe"]),
])
def test_uncued_paragraph_borrows_no_mention(nlp, text, mentions):
    assert [quote.source.text if quote.source else None for quote in quotes_of(nlp, text)] == mentions


@pytest.mark.parametrize("text, speaker", [
    # A paraphrase by a verb of saying hands its speaker on to the quote after it.
    ("Senator Adam Schiff said the hack was serious. “We have to respond to it now.”", "Adam Schiff"),
    # A paraphrase by a verb of thinking does not: the quote goes on with the last one who spoke.
    ("“It’s finished,” Ms. Jane Roe said of the election, in which she was sure Smith would win and people would at"
     " last see the truth. “In my head, anyway.”", "Jane Roe"),
])
def test_quote_after_a_paraphrase_continues_its_speaker(nlp, text, speaker):
    assert quotes_of(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # A long quoted stretch with no cue at all, in the paragraph after an attributed quote, goes on with its
    # speaker when its own sentence names no one else and holds no other sign of whose words they are.
    ("“The officers are responsible for the crackdown,” the ministry said in a statement.\nThe two firms were "
     "fronts “owned and controlled by the armed forces, which take their revenue.”", "ministry"),
    ("“The officers are responsible for the crackdown,” Jane Roe said.\nHowever, the latest move “proves that the "
     "junta is not serious about dialogue at all.”", "Jane Roe"),
    # Negatives: a text, a name or a pronoun in its sentence; a short stretch; two paragraphs on.
    ("“The officers are responsible for the crackdown,” Jane Roe said.\nA report found the firms were fronts "
     "“owned and controlled by the armed forces, which take their revenue.”", "a report"),
    ("“The officers are responsible for the crackdown,” Jane Roe said.\nJohn Doe called the firms fronts “owned "
     "and controlled by the armed forces, which take their revenue.”", "John Doe"),
    ("“The officers are responsible for the crackdown,” Jane Roe said.\nThe firms were “army fronts.”", None),
    ("“The officers are responsible for the crackdown,” Jane Roe said.\nThe talks ended.\nThe two firms were "
     "fronts “owned and controlled by the armed forces, which take their revenue.”", None),
])
def test_cueless_stretch_after_a_quote(nlp, text, speaker):
    assert quotes_of(nlp, text, kind=None)[-1].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # A paragraph of quoted words with no cue, right after a paragraph whose main verb is a verb of saying with a
    # person as subject, is that person's (the writer's lead-in to the quote).
    ("Prime Minister Sitiveni Rabuka confirmed he had been informed.\nHe emphasized the importance of preserving "
     "the Forum’s spirit.\n“We inherited these dialogue partners, and we should pass them on.”", "Sitiveni Rabuka"),
    # Any verb over a that-clause reports what its subject holds; a subject the parser hung on a relative clause
    # is the one person named before the verb.
    ("Lawyers asked for a review.\nJustice Mary Yanzuh however ruled that those statements were not relevant to "
     "the issue at hand.\n“None of the above grounds has been made to warrant a review.”", "Mary Yanzuh"),
    ("Scientists found new species.\nOcean Census science director Professor Alex Rogers, who co-led the "
     "expedition, said he was impressed with the sheer biodiversity of life.\n“It looks like we have a great "
     "haul of new, undiscovered species.”", "Alex Rogers"),
    # A verb of saying joined to the main verb shares its subject.
    ("Prime Minister Anwar Ibrahim met the press.\nAnwar defended his engagement with the group and lashed out at "
     "critics who condemned Malaysia.\n“Why this hypocrisy of condemning one side and being muted on the other?”",
     "Anwar Ibrahim"),
    ("Prime Minister Anwar Ibrahim met the press.\nAnwar defended his engagement with the group and visited the "
     "office.\n“Why this hypocrisy of condemning one side and being muted on the other?”", None),
    # Negatives: a lead-in whose subject is no person, one whose verb is no verb of saying, a quote not opening its
    # paragraph.
    ("Prime Minister Sitiveni Rabuka confirmed he had been informed.\nThe report emphasized the importance of "
     "preserving the Forum’s spirit.\n“We inherited these dialogue partners, and we should pass them on.”", None),
    ("Prime Minister Sitiveni Rabuka confirmed he had been informed.\nHe visited the Forum’s office.\n“We "
     "inherited these dialogue partners, and we should pass them on.”", None),    ("Justice Mary Yanzuh adjourned the case.\nThe report found that those statements were not relevant to the "
     "issue at hand.\n“None of the above grounds has been made to warrant a review.”", None),
])
def test_a_lead_in_paragraph_introduces_the_quote(nlp, text, speaker):
    assert quotes_of(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # Quoted words with no cue, right after a sentence of their paragraph whose subject is a named person: the
    # writer has turned to that person, so the speaker of the paragraph before no longer goes on.
    ("“I believe the bylaw addresses something that has been needed for quite a while,” says Wayne Huck.\nJames "
     "Gordon feels differently. “There is a fear that it doesn’t represent the values of this community.”",
     "James Gordon"),
    # Negatives: the sentence before names no person as its subject, or names two; the quote has its own cue.
    ("“I believe the bylaw addresses something that has been needed for quite a while,” says Wayne Huck.\nThe "
     "council feels differently. “There is a fear that it doesn’t represent the values of this community.”",
     "Wayne Huck"),
    ("“I believe the bylaw addresses something that has been needed for quite a while,” says Wayne Huck.\nJames "
     "Gordon and Rob Case feel differently. “There is a fear that it doesn’t represent the values of this "
     "community.”", "Wayne Huck"),
    ("“I believe the bylaw is needed,” says Wayne Huck.\nJames Gordon feels differently. “There is a fear that "
     "it doesn’t represent the values of this community,” Rob Case said.", "Rob Case"),
])
def test_a_person_turned_to_speaks_the_next_words(nlp, text, speaker):
    assert quotes_of(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # An -ing verb of saying set off by a comma shares its clause's subject, whatever the parser made of it: a
    # subject of its own, none, or a sentence cut before it.
    ("US President, Donald Trump extended sanctions against Zimbabwe by a year, saying that the policies pose an "
     "“unusual and extraordinary” threat to American foreign policy.", "Donald Trump"),
    ("The ministry condemned Wang Yi.\nWang made the statement on Monday at the Association of Southeast Asian "
     "Nations (ASEAN) Secretariat in Jakarta, Indonesia, claiming that “Taiwan is part of Chinese territory.”",
     "Wang Yi"),
    # Negative: a clause whose subject names no one ('Russian troops').
    ("Russian troops shelled the city, saying they had hit “military targets only.”", None),
    # A place, an occasion or the one told after the verb before the participle is no speaker: its subject is.
    ("Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the Republican nominee “makes you "
     "want to retch.”", "Hollande"),
    ("“We will act,” Ramos, 58, told AFP, adding that “nothing will stop us.”", "Ramos"),
    ("The plan is flawed, Merkel said on Monday in Berlin, adding that it “cannot work.”", "Merkel"),
])
def test_a_participle_adjunct_speaks_for_its_clause(nlp, text, speaker):
    assert quotes_of(nlp, text)[-1].speaker_name == speaker


COURT = ("An Accra High Court, presided over by Justice Mary Yanzuh, has ruled that the trial will be heard daily.\n"
         "Lawyers had urged the court to review its order.\n")


@pytest.mark.parametrize("text, speaker", [
    # Quoted words left open at a paragraph's end run on to the paragraph that names their speaker, through one
    # paragraph of the same words without marks.
    (COURT + "“Adjournments are at the discretion of the court.\nThe order of this court was in line with the law.\n"
     "“His rights have not been violated by the court,” Yanzuh stated.", "Mary Yanzuh"),
    # Negatives: words closed at their paragraph's end; a speaker named three paragraphs on.
    (COURT + "“Adjournments are at the discretion of the court.”\nThe order of this court was in line with the law.\n"
     "“His rights have not been violated by the court,” Yanzuh stated.", None),
    (COURT + "“Adjournments are at the discretion of the court.\nThe order of this court was in line with the law.\n"
     "The lawyers disagreed.\n“His rights have not been violated by the court,” Yanzuh stated.", None),
])
def test_words_left_open_run_on_to_their_speaker(nlp, text, speaker):
    assert quotes_of(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # A thing the cue's subject names says nothing itself: the quote stands with its speaker unknown.
    ("The customs controls showed that “this attempt to leave French waters was an infraction,” and so it became necessary to seize the vessel.",
     None),
    ("This decision has been seen as “seriously weakening” the power of the chief executive.", None),
    # Bodies, offices, unnamed people and texts of saying keep their wording (a text's, like a crowd's, as no name).
    ("The ministry showed that “the attempt was an infraction of the code.”", "ministry"),
    ("The spokesman showed that “the attempt was an infraction of the code.”", "The spokesman"),
    ("The statement showed that “the attempt was an infraction of the code.”", "the statement"),
])
def test_a_thing_is_no_speaker(nlp, text, speaker):
    assert quotes_of(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # An indefinite statement whose own words name no maker is the one acting in its sentence, else the named body
    # the sentence before shows acting (batch 31: a statement whose sentence names no issuer is the body before it).
    ("The Foreign Affairs Council adopted a framework for restrictive measures on Monday.\n“The decision allows a "
     "travel ban on those responsible,” a statement said.", "Foreign Affairs Council"),
    ("The African Union suspended Guinea from all its activities on Friday.\n“The suspension holds until "
     "constitutional order returns,” a communiqué said.", "African Union"),
    ("Secretary of State Marco Rubio barred the former president from entry “for significant corruption,” according "
     "to a statement.", "Marco Rubio"),
    # Negative: no named body acting before it, a plural subject, a pronoun: the text keeps its wording.
    ("He left the meeting early.\n“The talks failed,” a statement said.", "a statement"),
    ("Sanctions took effect on Monday.\n“The measures are final,” a statement said.", "a statement"),
    ("He made the decision “for reasons of security,” according to a statement.", "a statement"),
])
def test_an_unowned_statement_is_its_issuers(nlp, text, speaker):
    assert quotes_of(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # The subject of a passive verb of saying is whom the words are said of or to: the cue above it speaks.
    ("Two Israeli ministers will be declared “persona non grata,” the Slovenian government said in a statement.",
     "Slovenia"),
    ("The ambassador was described as “a danger to peace,” the ministry said.", "ministry"),
    ("The envoy was told “to leave the country within 72 hours,” the Foreign Ministry said.", "Foreign Ministry"),
    # Negative: a relayed speaker ('quoted as saying') and an active verb's subject speak.
    ("Smith was quoted as saying “we will win the vote.”", "Smith"),
    ("Smith declared the summit “a success” on Friday.", "Smith"),
])
def test_a_passive_cues_subject_is_spoken_of(nlp, text, speaker):
    assert quotes_of(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # A headline's 'Speaker on Topic:' gives the speaker first, not a name the topic holds.
    ("Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’\nSen. Kirsten "
     "Gillibrand spoke on Friday.", "Kirsten Gillibrand"),
    ("CNN President On Trump: ‘We Do Not Pay Candidates.’\nCNN President Jeff Zucker said so.", "CNN President"),
    # Negative: a colon after the label alone.
    ("Sanders told the crowd in Iowa.\nSanders: “We will win.”", "Sanders"),
])
def test_a_headline_s_speaker_comes_first(nlp, text, speaker):
    assert quotes_of(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # A description by a kind of office ('the diplomat') or an abbreviated office ('the FM') is the one person the
    # article titled with such an office.
    ("This was announced by the Ambassador of Romania Cristian Leon Turcanu.\nAccording to the diplomat, the process "
     "was fast.\n“It contributes to the security of Moldova,” he said.", "Cristian Leon Turcanu"),
    ("Foreign Minister Bujar Osmani met U.S. Ambassador Kate Marie Byrnes on Thursday.\n“Joining NATO was a "
     "recognition,” the FM said.", "Bujar Osmani"),
    # Negatives: no one titled with an office of the kind; an abbreviation of another office (its own wording).
    ("This was announced by Finance Minister Ion Gavrila.\nAccording to the diplomat, the process was fast.\n“It "
     "contributes to the security of Moldova,” he said.", None),
    ("Foreign Minister Bujar Osmani met U.S. Ambassador Kate Marie Byrnes on Thursday.\n“Joining NATO was a "
     "recognition,” the PM said.", "the PM"),
])
def test_a_kind_of_office_stands_for_its_holder(nlp, text, speaker):
    assert quotes_of(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # People by a plural common noun are a group no one named, whatever the capital at the sentence's start: their
    # wording as it reads inside a sentence.
    ("Lawyers hailed the ruling as “of the utmost importance” for the two men.", "lawyers"),
    ("The magistrates stressed that it was “necessary that the case be reopened at once.”", "the magistrates"),
    ("Protesters called the new government “fascist” outside the embassy.", "protesters"),
    # Negatives: a named body, a country's people, one named person keep their speaker.
    ("The Philippines called the new measures “a clear violation of our rights.”", "Philippines"),
    ("Judge Mary Kessler stressed that it was “necessary that the case be reopened at once.”", "Mary Kessler"),
])
def test_a_crowd_is_no_one_named(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A dateline's place and agency, which the parser makes the subject, are no one who speaks.
    ("COLOMBO (AFP) – Bangladesh skipper Litton Das says his team's first ever series win in Sri Lanka has been "
     "“huge” for his leadership.", "Litton Das"),
    ("BAMAKO: Mali's ruling junta said it “strongly” condemned the sanctions imposed on the country.",
     "Mali's ruling junta"),
    # A dateline the parser hangs on the subject as its modifier is no part of the speaker's name.
    ("BANGKOK - Myanmar’s military said the strike had targeted “insurgents” in the village.", "Myanmar’s military"),
    # Negative: a name before a colon that opens no dateline keeps its quote.
    ("Jane Roe, the mayor, said: “We will rebuild the bridge this year.”", "Jane Roe"),
])
def test_a_datelines_agency_is_no_speaker(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # 'the EU and US' spells out no 'EU': the bloc keeps its own full name (S9).
    ("Ortega was sworn in as the EU and US tightened sanctions. Others were sanctioned “in view of the worsening "
     "situation in Nicaragua,” said the EU.", "European Union"),
    ("The European Union (EU) acted. Others were sanctioned “in view of the worsening situation in Nicaragua,” "
     "said the EU.", "European Union"),
    # A short name spelled out in brackets right after it, the initials of the words matching (tune
    # brusselstimes-near-10000-jobs-at-risk-brussels) …
    ("“Job losses are likely to number in the thousands” according to a statement by Beci (Brussels Enterprises "
     "Commerce & Industry).", "Brussels Enterprises Commerce & Industry"),
    # … not a bracket whose initials spell another word: it describes the body, it does not spell it out.
    ("“Job losses are likely to number in the thousands” according to a statement by Acme (Brussels Chamber of "
     "Commerce).", "Acme"),
])
def test_an_acronym_is_spelled_out_by_words_not_acronyms(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, source", [
    # A quote inside the content of someone's statement that a verb above only comments on is the statement's
    # owner's word (tune financialmirror-2023-01-19, sundiatapost-ex-malaysia-pm).
    ("The President was asked to comment on Russian Foreign Minister Sergey Lavrov’s statement that the governments "
     "of Cyprus and Greece have undergone a “transformation” in their attitude toward Moscow.",
     "Russian Foreign Minister Sergey Lavrov"),
    ("Jane Roe commented on Lavrov’s statement that the governments have undergone a “transformation” in their "
     "attitude.", "Lavrov"),
    # Negatives: the words are the verb's own content; a report nobody is said to own leaves the verb's subject.
    ("The President rejected the claim, saying the talks had brought a “transformation” in relations.",
     "The President"),
    ("Jane Roe commented on the report that the governments have undergone a “transformation” in their attitude.",
     "Jane Roe"),
])
def test_words_inside_an_owned_statement_are_its_owners(nlp, text, source):
    (quote,) = quotes_of(nlp, text)
    assert quote.source.text == source


@pytest.mark.parametrize("text, speaker", [
    # A response that speaks is a text, its sender's (tune theportugalnews-2022-08-23).
    ("The Ministry of Foreign Affairs stressed the point to ECO.\n\n“Portugal will participate in the discussion”,"
     " reads the response sent to ECO by the ministry supervised by João Gomes Cravinho.",
     "Ministry of Foreign Affairs"),
    # Negatives: 'in reply', 'in response' say when someone spoke, not what text did.
    ("“We will respond,” the minister said in reply to a question.", "the minister"),
    ("In response, Jane Roe said: “We will respond.”", "Jane Roe"),
])
def test_a_response_speaks_for_its_sender(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A trailing cue the parser joined to the quoted clause, its subject lost: the name set off by commas after a
    # title phrase with no verb of its own speaks (tune thelocal-dk-2023-01-25).
    ("The EU and experts say that Rossotrudnichestvo is part of Russia’s soft power apparatus.\n“This organisation "
     "plays a quite special role as the extended arm of the Kremlin and is very visible in several EU countries "
     "where in can act to undermine,” senior researcher at the Danish Institute for International Studies (DIIS), "
     "Flemming Splidsboel, has previously told Jyllands-Posten.", "Flemming Splidsboel"),
    # Negative: a name after the cue's own verb is whom the speaker reports on.
    ("“We will rebuild the bridge this year and the next one too,” the mayor of the town said, adding that Jane Roe, "
     "the engineer, agreed.", "the mayor"),
])
def test_a_name_after_a_title_speaks_for_a_subjectless_cue(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)][-1] == speaker


@pytest.mark.parametrize("name, canonical", [
    # Dotted initials written without their last period are finished (thecitypaperbogota, indoguardonline).
    ("U.S Treasury", "U.S. Treasury"), ("U.S State Department", "U.S. State Department"),
    # Negatives: finished initials, undotted initials and a short form of an international body are as they were.
    ("U.S. Treasury", "U.S. Treasury"), ("US Treasury", "US Treasury"), ("the EU", "European Union"),
])
def test_a_bodys_unfinished_initials_are_finished(name, canonical):
    assert full_name(name) == canonical


@pytest.mark.parametrize("text, speaker", [
    # An inverted cue's name phrase runs on over a country's possessive to the person it names.
    ("“We must not focus only on sanctions,” said Luxembourg's Jean Asselborn, adding that talks must go on.",
     "Jean Asselborn"),
    ("“We must not focus only on sanctions,” said Jean Asselborn.", "Jean Asselborn"),
    # A title the parser made the subject gives way to the name in apposition to it.
    ("“The judge should have left the case to the other two judges,” said Kituo Cha Sheria CEO Priscilla Nyokabi.",
     "Priscilla Nyokabi"),
])
def test_an_inverted_name_after_a_possessive(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # An inverted cue with no subject, a capitalised title the parser read as phrases ('Under' a preposition), and
    # a person's name ending the clause: the name speaks (rudaw, altaghyeer in the news tune half).
    ("Six people were sanctioned. “Today’s action sends a message to all Iran-backed groups,” said Under Secretary "
     "for Terrorism and Financial Intelligence Brian E. Nelson.", "Brian E. Nelson"),
    ("Two commanders were sanctioned. “These commanders are ruining lives,” said Under Secretary of the Treasury for "
     "Terrorism and Financial Intelligence Brian E. Nelson.", "Brian E. Nelson"),
    # Negatives: a verb after the cue (no inverted subject phrase), a lower-case phrase after it.
    ("Six people were sanctioned. “Today’s action sends a message to all Iran-backed groups,” said officials who "
     "met Brian E. Nelson.", "officials"),
])
def test_an_inverted_name_after_a_long_title(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Words quoted with no cue under the main verb of a sentence whose subject is a named body are from the body's
    # own act (its decision, its statement).
    ("On Thursday, the European Council adopted new measures against Minsk “in response to the escalation of "
     "violations of human rights in Belarus.”", "European Council"),
    # Negatives: a person acting, a body not the subject, a short term.
    ("On Thursday, Jane Roe adopted new measures against Minsk “in response to the escalation of violations of "
     "human rights in Belarus.”", None),
    ("New measures against Minsk were adopted by the European Council “in response to the escalation of violations "
     "of human rights in Belarus.”", None),
])
def test_quoted_words_of_a_bodys_act(nlp, text, speaker):
    assert [quote.speaker_name for quote in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # An '-ing' verb of saying the tagger read as a bare verb (lemma 'slamming') is still a cue, nearer the quoted
    # words than the sentence's main verb: the body slamming the decision says them, not the one announcing it.
    ("The U.S. State Department on Wednesday announced it is imposing new sanctions on entities linked to the "
     "program, with the Foreign Office slamming the decision as “unfortunate and biased.”",
     [("unfortunate and biased.", "the Foreign Office", "slamming")]),
    # Negative: an '-ing' verb that is no verb of saying leaves the quote to the verb of saying above it.
    ("The U.S. State Department on Wednesday announced it is imposing new sanctions on entities linked to the "
     "program, with the Foreign Office blocking the decision as “unfortunate and biased.”",
     [("unfortunate and biased.", "The U.S. State Department", "announced")]),
])
def test_an_ing_cue_read_as_a_bare_verb(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A cue after a comma with no subject, whose object is a person's name right after it: the name is the inverted
    # subject and speaks, not the subject of the clause before (which the parser joined it to).
    ('The bloc "decided to lift" the heaviest sanctions imposed on Niger, announced Mr. Omar Touray on Saturday '
     'afternoon.', [("decided to lift", "Mr. Omar Touray", "announced")]),
    # Negatives: the cue's object is a thing; a cue joined by 'and', whose subject is the clause's before it.
    ('The bloc "decided to lift" the heaviest sanctions imposed on Niger, announced new measures on Saturday.',
     [("decided to lift", "The bloc", "announced")]),
    ('The bloc "decided to lift" the heaviest sanctions imposed on Niger, and named Omar Touray its envoy.',
     [("decided to lift", "The bloc", "named")]),
])
def test_a_name_after_a_subjectless_cue_speaks(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("word, verb", [
    ("slamming", "slam"), ("voicing", "voice"), ("expressing", "express"),
    # Negatives: no verb of saying under the '-ing' ('blocking'), no '-ing' form ('slammed'), too short ('sing').
    ("blocking", None), ("slammed", None), ("sing", None),
])
def test_the_verb_of_an_ing_form(word, verb):
    assert ing_verb(word, cue_words().speech_verbs) == verb


@pytest.mark.parametrize("text, source", [
    # A share of people is no speaker: the poll its sentence names reports their words (as PolNeAR marks it).
    ('In a national CNN poll released Monday, 31% of Republicans said they were "extremely enthusiastic" about '
     'voting.', "a national CNN poll"),
    # Negatives: no poll named; a person's words about a poll.
    ('Some 75 percent of Republicans said "most people in politics" cannot be trusted.', "Some 75 percent"),
    ('Jane Roe, who ran the poll, said "most people in politics" cannot be trusted.', "Jane Roe"),
])
def test_a_share_of_people_speaks_through_its_poll(nlp, text, source):
    assert [quote.source.text for quote in quotes_of(nlp, text)] == [source]


@pytest.mark.parametrize("text, expected", [
    # Words of saying, or a text, that a possessive names someone for: that one speaks.
    ("Albright fanned controversy earlier this year over her remark that “there is a special place in hell for"
     " women who do not help each other.”",
     [("there is a special place in hell for women who do not help each other.", "her", "remark")]),
    ("Marco Rubio’s answer was that “the most important institution in society is the family,” so government"
     " should help.", [("the most important institution in society is the family,", "Marco Rubio", "answer")]),
    # Negatives: the quoted words are what the words are about, not their content; a possessive that names no one.
    ("His call for a federal “deportation force” drew fire from both parties.", []),
    ("Her emails were later marked “top secret” by the agency.", []),
    ("The report's title was “A Nation at Risk” and it sold well.", []),
    ("Her husband's car bore a sticker reading “Honk if you love peace” for years.",
     [("Honk if you love peace", "a sticker", "reading")]),
    # 'pressed' and 'cracked' are cues right beside the quote only.
    ("“Would it be negotiable about the 11 million?” Hannity pressed.",
     [("Would it be negotiable about the 11 million?", "Hannity", "pressed")]),
])
def test_possessed_words_and_close_cues(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A pronoun source whose clause a verb of saying above it reports, with the same pronoun for its subject: the
    # outer verb and pronoun frame the quote (PolNeAR's Source).
    ("Bernie Sanders spoke in Ohio. On his tax returns, he says he would release them on Friday, calling them "
     "“very boring tax returns.”", [("very boring tax returns.", "he", "says")]),
    ("Neera Tanden spoke next. She said she asked the question “to build on Dr. West’s comments,” in regards to "
     "it.", [("to build on Dr. West’s comments,", "She", "said")]),
    ("Kim Jong Un met Vladimir Putin. He told Putin that he would “always stand by Russia” in the war.",
     [("always stand by Russia", "He", "told")]),
    # Negatives: a different subject on the way up; a cue after the quote; two clauses joined by 'and'.
    ("Kim Jong Un told Putin that Russia will win, adding that he will “always be standing with Russia.”",
     [("always be standing with Russia.", "he", "adding")]),
    ("Donald Trump spoke in Mexico. He voiced a wish for a strong Mexico, and he pronounced the president “a "
     "friend.”", [("a friend.", "he", "pronounced")]),
    # A name in a place aside (', in Kentucky,') is not the name before the cue.
    ("Donald Trump kept up his attacks on his rivals before the polls\nTrump, in Kentucky, said Tuesday that Marco "
     "Rubio was “a total lightweight.”", [("a total lightweight.", "Trump", "said")]),
])
def test_outer_reporter_and_asides(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, source_at", [
    # A verb of saying under 'used to', 'went on to' takes their subject, which frames the quote; a verb of
    # thinking does not.
    ("Barack Obama spoke on Tuesday. Where he used to boast that he had decimated “core Al Qaeda,” he now said "
     "it still posed a threat.", "he used"),
    ("Bernie Sanders spoke in Ohio. He went on to say that he would release “very boring tax returns.”", "He went"),
    ("Bernie Sanders spoke in Ohio. He used to think that he would release “very boring tax returns.”", "he would"),
])
def test_outer_reporter_under_a_verb_without_subject(nlp, text, source_at):
    quote = quotes_of(nlp, text)[0]
    assert quote.source is not None and quote.source.start == text.index(source_at)


@pytest.mark.parametrize("text, expected", [
    # A colon closing a clause about a person, when the parser made the quoted verb the sentence's root.
    ("Clinton defended the law.\n\nSanders delivered a snappy retort: \"No one is tearing this up. We're going to "
     "go forward.\"", [("No one is tearing this up. We're going to go forward.", "Sanders", ":")]),
    # A transcript turn's longer label, a phrase with no verb ending in a person the article lists.
    ("Hillary Rodham Clinton testified on Thursday.\n\nFormer secretary of state Hillary Rodham Clinton: \"We "
     "learned that from the State Department.\"",
     [("We learned that from the State Department.", "Former secretary of state Hillary Rodham Clinton", ":")]),
    # A body acting in the clause the colon closes speaks as a person does.
    ("Ted Cruz was born in Canada.\n\nThe Illinois Board of Elections was conclusive in its findings: “Further "
     "discussion on this issue is unnecessary.”", [("Further discussion on this issue is unnecessary.",
                                                    "The Illinois Board", ":")]),
    # Negatives: a thing's clause; a label with a verb in it.
    ("The campaign ran an ad.\n\nThe sign in the window read: \"No one is tearing this up. We go forward.\"",
     [("No one is tearing this up. We go forward.", None, None)]),
    ("Hillary Rodham Clinton testified on Thursday.\n\nThe State Department (Washington, D.C.): \"We learned that "
     "from the system.\"", [("We learned that from the system.", None, None)]),
])
def test_colons_and_turns(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A verb of saying set right against the quote is its own cue, over a verb before it the parser hung it on.
    ("Paul Manafort spoke on Friday. Mr. Manafort acknowledged Mr. Trump's deep unpopularity - his ''negatives,'' he "
     "called them - but invoked Ronald Reagan's initial polling deficit.", [("negatives,", "he", "called")]),
    # Negatives: a new sentence after the quote; a cue before the quote in a clause of its own.
    ("Scalia said minority students might do better at “less advanced schools.” Trump said he did not like it.",
     [("less advanced schools.", "Scalia", "said")]),
    ("After Scalia said that students might do better at “less advanced schools,” Trump said he did not like it.",
     [("less advanced schools,", "Scalia", "said")]),
])
def test_a_cue_against_the_quote(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A verb of saying opening the sentence after a quote that reports words of its own (a quote it introduces, a
    # clause it governs) is that sentence's cue: the quote goes on with the speaker before it in its paragraph.
    ("Ms. Alawee fled Syria. ''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The "
     "attack is the work of terrorists.''", [("We are refugees,", "Ms. Alawee", "said"),
                                            ("We are not terrorists.", "Ms. Alawee", "said"),
                                            ("The attack is the work of terrorists.", "Mr. Zahed", "said")]),
    ('Harry Reid spoke. "It is one of the worst machinations," the Senate minority leader said. "It shows a lack of '
     'character." Reid said both Rubio and Cruz are weak.',
     [("It is one of the worst machinations,", "the Senate minority leader", "said"),
      ("It shows a lack of character.", "the Senate minority leader", "said")]),
    # Negatives: a trailing cue with no words of its own; a cue after a comma; no speaker before in the paragraph.
    ('Harry Reid spoke. "It is one of the worst machinations," the Senate minority leader said. "It shows a lack of '
     'character." Reid said.', [("It is one of the worst machinations,", "the Senate minority leader", "said"),
                                ("It shows a lack of character.", "Reid", "said")]),
    ("Trump spoke in Texas.\n\n“The bad ones, the gang members?” Trump asked, turning the question to the crowd.",
     [("The bad ones, the gang members?", "Trump", "asked")]),
    ("Lynch spoke on Monday.\n\n“We are seeking a court order.” She further announced that the DOJ was retaining "
     "the right.", [("We are seeking a court order.", "She", "announced")]),
])
def test_a_cue_of_the_next_sentence(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A name before a colon that a preposition or verb of the clause governs is what the clause is about: the
    # clause's own speaker says the quote.
    ("Donald Trump spoke on Friday. On Friday, he joined other Republicans, saying in a post on Twitter: “The new "
     "email release is a disaster for Hillary Clinton.”",
     [("The new email release is a disaster for Hillary Clinton.", "he", "saying")]),
    ("Tom Perez spoke. Perez contrasted the Republican candidate with Clinton: “What I have seen working with "
     "Secretary Clinton is she is a steady hand.”",
     [("What I have seen working with Secretary Clinton is she is a steady hand.", "Perez", ":")]),
    # Negatives: a speaker's label, standing alone or set off by a dash.
    ("Lavrov spoke in Moscow.\n\nLavrov: “We will respond.”", [("We will respond.", "Lavrov", ":")]),
    ("POLLS IN OTHER STATES - Michael P. McDonald: “At long last the contests have started.”",
     [("At long last the contests have started.", "Michael P. McDonald", ":")]),
])
def test_a_name_the_clause_before_a_colon_governs(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected

@pytest.mark.parametrize("text, expected", [
    # The object of a verb an infinitive of saying completes says it (object control), when it is someone.
    ("Hillary Clinton won New York, an unexpectedly strong win that led her to declare that the nomination was "
     "''in sight.''", [("in sight.", "her", "declare")]),
    ("The remarks prompted the minister to say the deal was “dead”.", [("dead", "the minister", "say")]),
    # Negatives: subject control; an occasion or means as the object.
    ("Mike Pence spoke in Colorado. Mr. Pence used his keynote speech to offer ''encouragement'' to the crowd.",
     [("encouragement", "Mr. Pence", "offer")]),
    ("Trump spoke. Trump promised him to say “no” to new taxes.", [("no", "Trump", "say")]),
    # An infinitive on a thing a verb takes ('took the opportunity to say') is that verb's subject's; a text speaks.
    ("The minister took the opportunity to say the deal was “dead”.", [("dead", "The minister", "say")]),
    ("The ministry issued a statement to say the sanctions were “illegal”.", [("illegal", "The ministry", "say")]),
])
def test_the_object_says_what_it_is_led_to_say(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected

@pytest.mark.parametrize("text, expected", [
    # A judge's ruling introduces the words of the judgment; not a verb of holding with no that-clause.
    ("Justice Ahmed Mohammed spoke. Justice Mohammed, in the judgment held that, “the phrase ‘hold’ meant to preside "
     "over the office.”", [("the phrase ‘hold’ meant to preside over the office.", "Justice Mohammed", "held")]),
    ("The ministers held talks on the “special operation” in Brussels on Monday.", []),
])
def test_a_ruling_introduces_a_quote(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text) if quote.source] == expected


@pytest.mark.parametrize("text, expected", [
    # A participle set off by commas between a name and a subjectless cue is an aside on that name: the names
    # inside it are what it is about.
    ("Vladimir Putin praised him. The issue had come up Friday after Mr. Trump, asked about the deaths of "
     "journalists under Mr. Putin, had said, ''I think our country does plenty of killing also.''",
     [("I think our country does plenty of killing also.", "Mr. Trump", "said")]),
    # A person opening the sentence whom the parser hung on an aside's verb before the cue is its subject, not the
    # person the reported clause after the cue names.
    ("Donald Trump spoke in Palo Alto.\n\nMr. Slinker, whose latest start-up, Paradata, uses big data to help "
     "brands find suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley: ''He's a "
     "start-up kind of guy.''", [("He's a start-up kind of guy.", "Mr. Slinker", "said")]),
    # A verb of saying by manner.
    ("Trump had a question for the crowd.\n\n“Mexico!” the audience screamed back.",
     [("Mexico!", "the audience", "screamed")]),
    # Negatives: a name before the cue with no aside; a cue with its subject after it at the head of the sentence.
    ("Vladimir Putin praised him. Asked about the deaths of journalists, Mr. Trump had said, ''I think we kill "
     "too.''", [("I think we kill too.", "Mr. Trump", "said")]),
])
def test_names_around_an_aside(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Someone there whom no one names says what their own verb of saying right before the quote frames, over the
    # named speaker of a cue farther up that the parser hung the quote on.
    ("Ted Cruz spoke in Indiana. \"Apparently there's a young man who's having some problems,\" Cruz said as the "
     "heckler yelled: \"You suck!\"", [("Apparently there's a young man who's having some problems,", "Cruz", "said"),
                                         ("You suck!", "the heckler", "yelled")]),
    ("Marco Rubio spoke in Miami. Some in the crowd booed, and when Rubio thanked Miami and said it was great to be "
     "home, a man yelled “Stay there!”", [("Stay there!", "a man", "yelled")]),
    ("Hillary Clinton spoke just down the street from the Trump Taj Mahal, where about 50 protesters had gathered on "
     "Wednesday morning, chanting \"no contract, no peace\" after the union failed.",
     [("no contract, no peace", "about 50 protesters", "chanting")]),
    # Words right after a noun for a crowd's cry are said by the people who raise it.
    ("Donald Trump spoke. At one point the crowd loudly reprised the caustic chant “Lock her up! Lock her up!” that "
     "ricocheted through the arena.", [("Lock her up! Lock her up!", "the crowd", "chant")]),
    ("Chris Christie spoke. Casting himself as her prosecutor, Mr. Christie roused the crowd to spontaneous chants of "
     "''Lock her up!''", [("Lock her up!", "the crowd", "chants")]),
    # Negatives: a cry that only meets someone; a named speaker right before the quote; people described by a
    # relative clause of thinking.
    ("Donald Trump spoke. His speech was met with chants of “Trump, Trump, Trump” and cheers.", []),
    ("Ted Cruz spoke in Indiana as the crowd booed. Cruz yelled: \"You suck!\"", [("You suck!", "Cruz", "yelled")]),
    ("Jeb Bush spoke in Iowa. Mr. Bush tells voters who wonder why he cannot summon Mr. Trump's fury that he "
     "''wasn't brought up that way.''", [("wasn't brought up that way.", "Mr. Bush", "tells")]),
])
def test_someone_present_says_the_words(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize("text, mention, speaker", [
    # A cue in a relative clause attaches to the relative pronoun (the mention at the cue, as PolNeAR marks it),
    # which stands for the noun before it; a second quote of the sentence goes on with that noun.
    ("The plan drew fire from Senator Jane Roe, who said “it will never pass the Senate this year.”", "who",
     "Jane Roe"),
    ("China's moves drew condemnation from the United States, which described them as “dangerous” and “reckless.”",
     "which", "United States"),
    # 'who' hung by the parser on a noun of the phrase describing the person still stands for the person.
    ("The plan was not convincing, said one Democrat familiar with the discussion, who added that the White House"
     " seemed “rattled” and “frustrated” by the opposition.", "who", "one Democrat"),
    # A verb of thinking heading a relative clause is that clause's cue, not outranked by the main verb of saying.
    ("People are angry, said Alderman Jason Ervin, who thinks the mayor and his staff “need to be more"
     " collaborative with the community.”", "who", "Jason Ervin"),
    # Negatives: a relative clause that is not the cue's; the cue's own subject.
    ("Senator Jane Roe, who chairs the panel, said “it will never pass the Senate this year.”", "Senator Jane Roe",
     "Jane Roe"),
    ("Senator Jane Roe, who believes in the plan, says the mayor thinks it “will never pass the Senate this year.”",
     "Senator Jane Roe", "Jane Roe"),
])
def test_relative_pronoun_is_the_mention_at_the_cue(nlp, text, mention, speaker):
    quotes = quotes_of(nlp, text)
    assert {(quote.source.text, quote.speaker_name) for quote in quotes} == {(mention, speaker)}
    context = build_context(nlp(text))
    from quotelens.findings.organization_entities import organization_entities
    for entity in organization_entities(find_quotes(context, find_people(context))):
        assert all(text[start:end] != "which" for start, end in entity.mentions)  # never painted as a name


@pytest.mark.parametrize("text, wording", [
    ("“The talks have stalled,” a source said.", "a source"),
    # Capitalised at the start of a sentence, still a member of a body and unnamed (docs/annotation.md).
    ("A spokesperson for China's Ministry of Commerce defended the rules. The Mofcom spokesperson said: “The "
     "controls are legitimate.”", "The Mofcom spokesperson"),
    # One holder of an office among several, in title case, is still unnamed.
    ("“The controls are legitimate,” a Foreign Ministry Spokesperson said on Friday.", "a Foreign Ministry"),
])
def test_unnamed_source_is_its_unnamed_entity(nlp, text, wording):
    context = build_context(nlp(text))
    people = find_people(context)
    (quote,) = [quote for quote in find_quotes(context, people) if quote.kind == "direct"]
    unnamed = {entity.id: entity for entity in people if entity.type == "unnamed"}
    assert quote.speaker in unnamed and quote.speaker_name == unnamed[quote.speaker].name
    assert quote.speaker_name.startswith(wording)


def test_named_office_speaks_as_a_body(nlp):
    (quote,) = quotes_of(nlp, "“These sanctions reinforce our support,” Australian Minister for Foreign Affairs "
                              "said on Friday.")
    assert (quote.speaker, quote.speaker_name) == ("organization1", "Australian Minister for Foreign Affairs")


def test_offsets_index_the_text(nlp):
    text = "In Seoul, the minister said: “Talks resume on Monday.” Later, “more” came."
    for quote in quotes_of(nlp, text, kind=None):
        assert text[quote.start:quote.end] == quote.text
        for part in (quote.source, quote.cue):
            if part is not None:
                assert text[part.start:part.end] == part.text


def test_ids_in_text_order(nlp):
    text = "Officials said the plant would close. “We are sad,” a worker said. The “deal” is off."
    found = quotes_of(nlp, text, kind=None)
    assert [q.id for q in found] == [f"quote{i}" for i in range(1, len(found) + 1)]
    assert [q.start for q in found] == sorted(q.start for q in found)


# --- reported speech -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Miller also stated that there is a possibility of weapons flowing both ways.",
     [("that there is a possibility of weapons flowing both ways", "Miller", "stated")]),
    ("Officials said the plant would close next year.", [("the plant would close next year", "Officials", "said")]),
    ("Moscow will not leave the expansion unanswered, Zakharova said on Thursday.",
     [("Moscow will not leave the expansion unanswered", "Zakharova", "said")]),
    ("The ministry rejected his claim that the vote was rigged.", [("that the vote was rigged", "his", "claim")]),
    ("He said the union was “very moved” by the announcement.",
     [("the union was “very moved” by the announcement", "He", "said")]),
    # A wh-word inside a statement's subject keeps it a statement; a verb of finding still reports (PolNeAR).
    ("He said what happened was a tragedy.", [("what happened was a tragedy", "He", "said")]),
    ("The court found that the ministers had broken the law.",
     [("that the ministers had broken the law", "The court", "found")]),
    # A court's ruling with a that-clause is something said (data/cues.json ruling_verbs).
    ("The Federal High Court, Abuja, has held that the appointment of the president as minister did not contravene "
     "the constitution.", [("that the appointment of the president as minister did not contravene the constitution",
                            "The Federal High Court", "held")]),
    ("The Supreme Court on Monday ruled that a witness tampering case against Alvaro Uribe will proceed.",
     [("that a witness tampering case against Alvaro Uribe will proceed", "The Supreme Court", "ruled")]),
    # Negatives: no verb of saying, or nothing said.
    ("She went home after the meeting.", []),
    ("He said nothing.", []),
])
def test_reported_speech(nlp, text, expected):
    assert [summary(quote) for quote in quotes_of(nlp, text, kind="reported")] == expected


# Reported speech is only the content clause of a verb of saying or an attribution noun (docs/annotation.md): what
# the reader sees painted as a statement must be one. Each of these painted something on real pages.
@pytest.mark.parametrize("text", [
    "The minister vowed to raise taxes on the banks.",  # an infinitive: an intention, not a statement
    "Japan urged the EU to keep its embargo on arms sales to China.",
    "The president announced new measures against the banks.",  # a bare noun phrase object
    "President Al-Sisi explained Egypt’s efforts to stop and stabilize the ceasefire.",
    "Reporters asked whether the NOC was cancelled due to the law and order situation.",  # a question
    "He asked if ISRO planned any specific launch for the armed forces.",
    "Will sanctions work? The ministry said nothing.",  # a heading's question, and nothing said
    "China wants the talks to succeed, and Beijing hopes for a deal.",  # wanting and hoping are not saying
    "The court said\nthe appeal was dismissed.",  # never across a paragraph break
    "The plan to send more troops to Iraq was criticised.",  # a plan is no attribution noun with a that-clause
    # "According to X" attributes facts as often as statements; no tune annotation marked one (docs/benchmarks.md).
    "The plant will close next year, according to the company.",
    # A wh-clause is an embedded question or a thing named, not a statement ("what it called …").
    "Russia denounced what it called \"brutal\" US pressure on Venezuela.",
    "The official criticized what he framed as the structural reliance of American administrations.",
    "US officials would not describe how the high-seas intercepts occurred.",
    "The minister explained why the government had acted.",
    # Verbs of thinking and feeling give a thought, not something said.
    "The Agriculture Minister believes that Portugal must not let the trade relationship fall apart.",
    "They worry that the bylaw would give the city the power to decide who can protest.",
    "Indian exporters fear that there will be dumping from Chinese manufacturers.",
    # A ruling verb says nothing without a that-clause.
    "The ministers held talks in Brussels on Monday and ruled out new sanctions.",
    "The general ruled the country for ten years.",
])
def test_not_reported_speech(nlp, text):
    assert quotes_of(nlp, text, kind="reported") == []


# --- odd input never raises ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "“", "”", '"', "“”", "“ ”", "«", "» «", "‘’’‘", '""""',
    "“a\n\n“b\n\n“c",
    "He said: “", "” he said “", "“Unclosed,” he said, “and then\n\nnothing.", "'\"'\"'", "—",
])
def test_odd_input_never_raises(nlp, text):
    for quote in quotes_of(nlp, text, kind=None):
        assert text[quote.start:quote.end] == quote.text


# --- long pages stay linear ------------------------------------------------------------------------------------
# Many quotes, every kind of mark unpaired in one sentence, and runs of opening marks are shapes of
# tests/hostile_articles.py: tests/test_linear_stages.py counts the work each stage does on them (timings flake on a
# shared machine; counted work does not).


# --- the seed article ------------------------------------------------------------------------------------------

def test_seed_quotes_and_speakers_exact(nlp, seed_text, seed_gold):
    context = build_context(nlp(seed_text))
    found = find_quotes(context, find_people(context))
    direct = [quote for quote in found if quote.kind == "direct"]
    got = [(q.text, q.speaker_name, q.source.text if q.source else None) for q in direct]
    want = [(g["quote"], g["speaker"], g["speaker_mention"]) for g in seed_gold["quotes"]]
    assert got == want
    # Every direct quote has a speaker who is one of the people found, and nothing else was made a quote.
    ids = {entity.id for entity in find_people(context)}
    assert all(quote.speaker in ids for quote in direct)


@pytest.mark.parametrize("text, speaker", [
    # S31 through a passive verb of saying: its agent reports, by the name in apposition to the agent's title; a
    # participle before a noun ('proposed new ones') or an agentless passive in a clause on a noun ('where the
    # members were informed') reports no one and is not the paragraph's last verb of saying (tune loopsamoa).
    ("This was confirmed by Prime Minister, Fiame Naomi Mataafa in a press conference following a Cabinet meeting"
     " where the members were informed of the performance of the markets as well as proposed new ones.\n“We had two"
     " significant discussions on the Cabinet table.”", "Naomi Mataafa"),
    ("The deal was announced by Trade Minister Jane Roe at a briefing where reporters were told of the proposed"
     " tariffs.\n“This is a good day for our farmers.”", "Jane Roe"),
    # A paragraph of the writer's background between the report and the quote, naming no one and reporting nothing,
    # does not end the report (tune radionz-2007-07-02).
    ("Prime Minister Helen Clark says the tougher sanctions are the response the expulsion demanded.\nShe says this"
     " includes reduced access for Fiji government officials.\nThere is already a travel ban on members of the"
     " military and their families, but this will now be extended.\n\"We have agreed that the visa ban will extend to permanent"
     " secretaries.\"", "Helen Clark"),
    ("Finance Minister John Doe said the budget would be cut.\nThe deficit has grown for three years in a row.\n"
     "“We cannot spend money we do not have.”", "John Doe"),
    # Negatives: a background paragraph that names someone else, or an agentless passive as the paragraph's own
    # main verb, leaves the quote's speaker unknown.
    ("Finance Minister John Doe said the budget would be cut.\nOpposition leader Mary Major has opposed every cut.\n"
     "“We cannot spend money we do not have.”", None),
    ("Finance Minister John Doe spoke on Monday.\nIt was announced that the budget would be cut.\n“We cannot spend"
     " money we do not have.”", None),
])
def test_quote_after_reported_speech_reads_past_background(nlp, text, speaker):
    quote = quotes_of(nlp, text)[-1]
    assert (quote.speaker_name, quote.source) == (speaker, None)
