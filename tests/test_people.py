"""People, their titles and officials: sentence tables with negatives, name variants, and the seed's three officials."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotelens.context import build_context
from quotelens.findings.people.body_names import in_full
from quotelens.findings.people.name_keys import (SimilarWords, name_key, part_of_name, same_name, similar_word,
                                                  strip_possessive)
from quotelens.findings.people.known_names import (KnownNames, full_name_lookups, full_name_probes, one_word_lookups,
                                                   one_word_probes)
from quotelens.findings.people.names import clean_name, find_name_mentions
from quotelens.findings.people.people import (add_nominal_mentions, assign_titles, find_people, merge_mentions,
                                              prefix_of)
from quotelens.findings.people.titles import head_of
from quotelens.findings.people.statesmen import department_of_state, names_a_foreign_ministry, state_served
from quotelens.findings.people.untagged import names_after_titles


def people_of(nlp, text: str) -> dict[str, object]:
    return {entity.name: entity for entity in find_people(build_context(nlp(text))) if entity.type == "person"}


def test_seed_has_exactly_the_three_gold_officials(nlp, seed_text, seed_gold):
    entities = find_people(build_context(nlp(seed_text)))
    officials = {entity.name: entity for entity in entities if entity.is_official}
    assert set(officials) == {gold["name"] for gold in seed_gold["officials"]}
    for gold in seed_gold["officials"]:
        entity = officials[gold["name"]]
        assert entity.title == gold["title"]
        assert entity.organization == gold["organization_or_country"]
        assert set(gold["variants"]) <= set(entity.aliases)
    assert sorted(entity.name for entity in entities) == ["Kim Jong Un", "Matthew Miller", "Vladimir Putin"]


def test_assembly_passes_return_new_records_and_leave_their_input(nlp):
    text = "Ted Cruz spoke on Monday. The Texas senator said he would vote no."
    context = build_context(nlp(text))
    titled = assign_titles(context.doc, merge_mentions(context.name_mentions))
    described = add_nominal_mentions(context.doc, titled)
    assert [(person.titles, person.nominals) for person in titled] == [((), ())]
    assert [title.text for title in described[0].titles] == ["Texas senator"]
    start = text.index("The Texas senator")
    assert described[0].nominals == ((start, start + len("The Texas senator")),)
    with pytest.raises(FrozenInstanceError):
        described[0].titles = ()


def test_seed_mentions_index_the_text_and_ids_follow_first_mention(nlp, seed_text):
    entities = find_people(build_context(nlp(seed_text)))
    assert [entity.id for entity in entities] == [f"person{n}" for n in range(1, len(entities) + 1)]
    firsts = [entity.mentions[0][0] for entity in entities]
    assert firsts == sorted(firsts)
    for entity in entities:
        assert list(entity.mentions) == sorted(entity.mentions)
        for start, end in entity.mentions:
            written = seed_text[start:end]
            assert written in (entity.name, *entity.aliases) or entity.title.lower() in written.lower()
    kim = next(entity for entity in entities if entity.name == "Kim Jong Un")
    assert "The North Korean leader" in [seed_text[s:e] for s, e in kim.mentions]
    assert not any(seed_text[s:e].endswith("’s") for s, e in kim.mentions)


TITLES = [
    # (sentence, name, title, organisation, official)
    # The passive of a verb of appointment gives its subject the office it names; not a club's presidency.
    ("Mexico has been trying to diversify its trade partners since Donald Trump was elected president of the United "
     "States, its biggest export market.", "Donald Trump", "president of the United States", "United States", True),
    ("John Smith was elected president of the football club.", "John Smith", "president of the football club",
     "football club", False),
    # Nor one imagined or to come (PolNeAR train: "if Hillary Clinton is elected president").
    ("Trump said if Hillary Clinton is elected president, she will bring in many more terrorists.", "Hillary Clinton",
     None, None, False),
    ("Maria Lopez will be named ambassador to France next year.", "Maria Lopez", None, None, False),
    # A body named "... Authority" is a public one: its chairman is an official. "... Committee" alone does not say
    # whose committee it is (a legislature's, a party's, a lobby's), so its chairman is no official on the word
    # alone, nor a sports committee's.
    ("On his part, the chairperson of the National Security Committee, Asman Kamama, said they will appeal.",
     "Asman Kamama", "chairperson of the National Security Committee", "National Security Committee", False),
    ("Kazi M Aminul Islam, Executive Chairman of the Bangladesh Investment Development Authority, said it grew.",
     "Kazi M Aminul Islam", "Executive Chairman of the Bangladesh Investment Development Authority",
     "Bangladesh Investment Development Authority", True),
    ("John Coates, chairman of the Australian Olympic Committee, said it grew.", "John Coates",
     "chairman of the Australian Olympic Committee", "Australian Olympic Committee", False),
    # A hyphened office the parser split is whole ("vice-president" is not "president"); an apostrophe inside a title
    # ("Charge d’ Affaires") does not end it; "IGP" is an office before a name; "Md." is Muhammad, a name's word.
    ("She first met with Brazil's vice-president, Geraldo Alckmin, who also heads the ministry.", "Geraldo Alckmin",
     "Brazil's vice-president", "Brazil", True),
    ("The minister summoned Ms Iva Denoo, Charge d’ Affaires of Ghana to Nigeria, to explain the attack.",
     "Iva Denoo", "Charge d’ Affaires of Ghana to Nigeria", "Ghana", True),
    ("Former Home Minister Asaduzzaman Khan Kamal and former IGP Chowdhury Abdullah Al-Mamun are also accused.",
     "Chowdhury Abdullah Al-Mamun", "former IGP", None, True),
    ("The other two members of this tribunal are Justice Md. Shafiul Alam Mahmud and others.",
     "Md. Shafiul Alam Mahmud", "Justice", None, True),
    # A state's formal name is the state, though "federation" alone is a sports body's word; a sports body named
    # for its country stays one.
    ("President of the Russian Federation Vladimir Putin signed a joint declaration.", "Vladimir Putin",
     "President of the Russian Federation", "Russian Federation", True),
    ("The Ambassador of the Kingdom of Saudi Arabia, Faisal Alharbi, attended the ceremony.", "Faisal Alharbi",
     "Ambassador of the Kingdom of Saudi Arabia", "Kingdom of Saudi Arabia", True),
    ("President of the Russian Football Federation Alexander Dyukov signed a joint declaration.", "Alexander Dyukov",
     "President of the Russian Football Federation", "Russian Football Federation", False),
    # A service only a state keeps, before a conditional head, makes it an office; a firm's named body does not.
    ("Among those listed are businessman Kuda Tagwirei and deputy customs chief Walter Moyo.",
     "Walter Moyo", "deputy customs chief", None, True),
    ("The bank's security chief Ivan Petrov resigned.", "Ivan Petrov", "bank's security chief", None, False),
    # A chief of a state's armed service is an official; of a firm's division, not. A service described in lower
    # case names no body of its own ("the naval forces": complements._kind_of_body); the country is looked for.
    ("The list includes Shane Arndell, deputy chief of the naval forces, among other officials.", "Shane Arndell",
     "deputy chief of the naval forces", None, True),
    # An indefinite description set off before the name is its title though the parse hung the name on a place;
    # a description of someone else the parse hung the name on yields to the name's own office after it.
    ("The defendants had planned to assassinate a criminal court judge in Fayoum, Tareq Abouzeid, while he was "
     "driving.", "Tareq Abouzeid", "criminal court judge in Fayoum", None, True),
    ("A missile attack injured a 65-year-old woman, Oleh Kiper, the Odesa regional governor, said on Telegram.",
     "Oleh Kiper", "Odesa regional governor", "Odesa", True),
    ("The shelling injured a 65-year-old woman, Anna Kovalenko, in her home on Monday.", "Anna Kovalenko",
     "65-year-old woman", None, False),
    # The office in which the subject acts, by "as" on its verb or on its own noun; not its object's office.
    ("The country will fight on, Farai Shumba said in his final statement as foreign minister.", "Farai Shumba",
     "foreign minister", None, True),
    ("John Kerr spoke as foreign minister on Monday.", "John Kerr", "foreign minister", None, True),
    ("John Kerry praised his successor as foreign minister, Tom Hale, on Monday.", "John Kerry", None, None, False),
    # A lower-case field after "of" or "for" the parser hung on the name is the title's complement, not its head;
    # not when the words after the link are a title of their own ("the wife of President John Smith").
    ("Anwar said this in response to Machang member of parliament Wan Ahmad Fayhsal Wan Ahmad Kamal on the "
     "government's stance.", "Wan Ahmad Fayhsal Wan Ahmad Kamal", "Machang member of parliament", "parliament", True),
    ("The sanctions target Myanmar's minister of information Chit Naing, minister for investment Aung Naing Oo, and "
     "others.", "Aung Naing Oo", "minister for investment", "Myanmar", True),
    ("She met the wife of President John Smith on Monday.", "John Smith", "President", None, True),
    # An appositive the parser hung on the name before still titles the last name; a "who" clause after it ends it.
    ("The new targets are Orlando Castillo and Gustavo Porras, the National Assembly speaker who's seen as Ortega's "
     "right hand man.", "Gustavo Porras", "National Assembly speaker", "National Assembly", True),
    ("Police arrested Mary Jones, a woman who lives nearby.", "Mary Jones", "woman", None, False),
    # An office written before a rank is the title; the rank still makes an officer (British style has no periods).
    ("Thai army spokesman Maj Gen Winthai Suvaree said the troops would stay.", "Winthai Suvaree",
     "Thai army spokesman", "Thai army", True),
    ("Army Commander Lt. Gen. Shavendra Silva was banned from entering the US.", "Shavendra Silva", "Commander", "Army",
     True),
    # Negative: a rank alone stays the title.
    ("Lt. Gen. John Smith said the troops would stay.", "John Smith", "Lt. Gen.", None, True),
    # A coordinator is an official in a country's or a state body's service, not in a group's.
    ("Britain’s Political Coordinator, Stephen Hickey, said the flow of arms would be irresponsible.",
     "Stephen Hickey", "Britain’s Political Coordinator", "United Kingdom", True),
    ("The group's coordinator, Maria Lopez, said the protest would go on.", "Maria Lopez", "group's coordinator",
     None, False),
    ("John Kerry said in his speech as a candidate that taxes would fall.", "John Kerry", None, None, False),
    ("Notably, North Korean leader Kim Jong Un came in Russia on Tuesday.",
     "Kim Jong Un", "North Korean leader", "North Korea", True),
    ("Kim met Russian President Vladimir Putin in the far east.", "Vladimir Putin", "President", "Russia", True),
    ("Matthew Miller, the State Department spokesperson, said the talks failed.",
     "Matthew Miller", "State Department spokesperson", "State Department", True),
    ("In a briefing, the official spokesperson of the US Department of State, Matthew Miller said it was over.",
     "Matthew Miller", "official spokesperson of the US Department of State", "US Department of State", True),
    ("Secretary of State John Kerr met reporters in Geneva.", "John Kerr", "Secretary of State", None, True),
    ("He later met Russia's Foreign Minister Sergei Lavrov in Geneva.",
     "Sergei Lavrov", "Foreign Minister", "Russia", True),
    ("German Chancellor Angela Merkel spoke in Berlin on Monday.", "Angela Merkel", "Chancellor", "Germany", True),
    ("UN Secretary-General Antonio Guterres condemned the attack.",
     "Antonio Guterres", "Secretary-General", "UN", True),
    ("Republican Sen. Ted Cruz attacked the plan on Tuesday.", "Ted Cruz", "Sen.", None, True),
    ("Miller is the spokesman for the State Department, and he spoke on Friday.",
     "Miller", "spokesman for the State Department", "State Department", True),
    # Negatives: no public office.
    ("Republican presidential candidate Donald Trump attacked the plan.",
     "Donald Trump", "Republican presidential candidate", "Republican Party", False),
    ("\"It is over,\" said John Smith, an analyst at the Brookings Institution.",
     "John Smith", "analyst at the Brookings Institution", "Brookings Institution", False),
    ("\"We won,\" said Jane Doe, a reporter for The New York Times.",
     "Jane Doe", "reporter for The New York Times", "New York Times", False),
    ("Apple CEO Tim Cook said the phones would ship in May.", "Tim Cook", "CEO", "Apple", False),
    ("Trump campaign manager Kellyanne Conway said the polls were wrong.",
     "Kellyanne Conway", "Trump campaign manager", "Trump", False),
    ("Former President Bill Hale spoke at the convention.", "Bill Hale", "Former President", None, True),
    ("The company president, Jeff Williams, said sales rose.", "Jeff Williams", "company president", None, False),
    # Cases from the PolNeAR bench articles.
    ("Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said it.",
     "Jean-Marc Ayrault", "foreign minister of France", "France", True),
    ("Ironically, the Philippines' recently elected president, Rodrigo Duterte, has been called names.",
     "Rodrigo Duterte", "Philippines' recently elected president", "Philippines", True),
    ("South Korea accused the North's leader, Kim Jong Un, of recklessness.",
     "Kim Jong Un", "North's leader", "North", True),
    ("President Barack Obama has an admirer in British diplomat Sir Peter Westmacott.",
     "Peter Westmacott", "British diplomat", "United Kingdom", True),
    ("Republican vice presidential candidate Gov. Mike Pence of Indiana was the winner of the debate.",
     "Mike Pence", "Gov.", "Indiana", True),
    ("Last week, Chinese Foreign Ministry spokeswoman Hua Chunying said her country was watching.",
     "Hua Chunying", "Chinese Foreign Ministry spokeswoman", "Chinese Foreign Ministry", True),
    ("\"The world economy has moved sideways,\" IMF chief economist Maury Obstfeld said.",
     "Maury Obstfeld", "IMF chief economist", "IMF", True),
    ("Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling.",
     "Frank Nervo", "Justice", "Manhattan Supreme Court", True),
    ("The explosion went off around 8:30 p.m., according to NYPD Commissioner James O’Neill.",
     "James O’Neill", "Commissioner", "NYPD", True),
    ("Retired Lt. Gen. Michael Flynn said Donald Trump was right.", "Michael Flynn", "Retired Lt. Gen.", None, True),
    ("Clinton \"is the only candidate,\" retired Air Force general Lloyd Newton said.",
     "Lloyd Newton", "retired Air Force general", "Air Force", True),
    ("Clinton criticized Tulsa police officer Betty Shelby for shooting a man.",
     "Betty Shelby", "Tulsa police officer", "Tulsa", False),
    ("Clinton spokesman Jesse Lehrich said Friday that she would sign it.",
     "Jesse Lehrich", "Clinton spokesman", "Clinton", False),
    ("Just as intriguing was the RT host and former MSNBC personality Ed Schultz.", "Ed Schultz", "RT host", "RT",
     False),
    ("John Dickey, the chief executive of Ora Media, told me it was business.",
     "John Dickey", "chief executive of Ora Media", "Ora Media", False),
    ("Ohio Democratic Party Chairman David Pepper called the decision a huge win.",
     "David Pepper", "Chairman", "Ohio Democratic Party", False),
    ("There was agreement after a tough push from both President Obama and Republican presidential nominee "
     "Donald Trump over their defense spending.",
     "Donald Trump", "Republican presidential nominee", "Republican Party", False),
    # An appositive that says who gave the person an office "as" something gives that office; not another post.
    # (An ambassador to the United Nations serves her state: roles.json posted_to_bodies, data/leaders.json.)
    ("Kelly Craft, a businesswoman the president named as his ambassador to the United Nations, spoke on Monday.",
     "Kelly Craft", "ambassador to the United Nations", "United States", True),
    ("Mary Jones, a lawyer the firm chose as its partner, said no.", "Mary Jones", "lawyer", None, False),
    # Titles coordinated in an appositive are one title, with the body after the last; a second person after the
    # appositive is not part of it.
    ("The dollar may weaken, said John Hardy, senior currency trader and strategist at Goldman Sachs.", "John Hardy",
     "senior currency trader and strategist at Goldman Sachs", "Goldman Sachs", False),
    ("Mary Jones, a lawyer and former judge, said the ruling was wrong.", "Mary Jones", "lawyer and former judge", None,
     True),
    ("Matthew Miller, the State Department spokesman, and John Kirby spoke.", "Matthew Miller",
     "State Department spokesman", "State Department", True),
    # After a name that ends a sentence-opening preposition's phrase, the words after the comma are the main
    # clause when they hold its subject; an apposition there still counts.
    ("For Obama, a majority of young voters, 61%, hold a favorable view of his plan.", "Obama", None, None, False),
    ("Like Obama, a former senator, Clinton has run.", "Obama", "former senator", None, True),
    # A body's short name in brackets between the body and the title restates the body: the title is its (batch 22);
    # brackets that spell out no initials of the words before them leave the title bare.
    ("The court allowed the government to suspend the Anti-Corruption Bureau (ACB) Director Martha Chizuma.",
     "Martha Chizuma", "Director", "Anti-Corruption Bureau", True),
    ("The two sides signed the deal with Trade Development Authority of Pakistan (TDAP) Secretary Inamullah Khan.",
     "Inamullah Khan", "Secretary", "Trade Development Authority of Pakistan", True),
    ("The report was welcomed by the trade body (AFP) Director Jean Martin.", "Jean Martin", "Director", None, False),
    ("Senator Francis “Kiko” Pangilinan on Saturday condemned China's sanctions against Department of National "
     "Defense (DND) Secretary Gilberto “Gibo” Teodoro Jr., calling the move a direct affront.",
     "Gilberto “Gibo” Teodoro Jr.", "Defense (DND) Secretary", "Department of National Defense", True),
    # A bracket between a title and its name restates the body or narrows the field: the office and its body are read
    # from the words before it, the title written with it (batch 25; tune); a bracket of no title's words gives none.
    ("On Tuesday, President Sisi talked with Director of US Central Intelligence Agency (CIA) William J. Burns in Cairo.",
     "William J. Burns", "Director of US Central Intelligence Agency (CIA)", "US Central Intelligence Agency", True),
    ("During a meeting, additional foreign secretary (bilateral and consular) Kamrul Ahsan voiced Dhaka's concern.",
     "Kamrul Ahsan", "additional foreign secretary (bilateral and consular)", "Bangladesh", True),
    ("Dar es Salaam — Minister for State in the Vice President's Office (Union Affairs and Environment) January "
     "Makamba today dismissed reports.", "January Makamba",
     "Minister for State in the Vice President's Office (Union Affairs and Environment)", "Vice President's Office",
     True),
    ("He said (in a statement) John Smith was wrong.", "John Smith", None, None, False),
    # A staff office a listed head holds a person in is public, the head's name no part of it (batch 25); not a
    # private office, nor the staff of someone no list knows as a head. S38: a leader's spokesperson's organisation
    # is the office or country the phrase names, else none (tune theherald-2025-03-15 Magwenya).
    ("Donald Trump’s press secretary, Karoline Leavitt, said on Thursday that the group would meet.",
     "Karoline Leavitt", "press secretary", None, True),
    ("Putin's spokesman, Dmitry Peskov, said on Thursday that the group would meet.", "Dmitry Peskov", "spokesman",
     None, True),
    ("South African President Cyril Ramaphosa spoke on Saturday.\nRamaphosa, through his spokesperson Vincent "
     "Magwenya, said the expulsion was regrettable.", "Vincent Magwenya", "spokesperson", None, True),
    ("Kremlin spokesman Dmitry Peskov said on Thursday that the group would meet.", "Dmitry Peskov",
     "Kremlin spokesman", "Kremlin", True),
    ("Russian presidential spokesman Dmitry Peskov said on Thursday that the group would meet.", "Dmitry Peskov",
     "Russian presidential spokesman", "Russia", True),
    ("Trump's lawyer, Bob Brown, said no.", "Bob Brown", "Trump's lawyer", "Trump", False),
    ("John Smith's spokesman, Bob Brown, said no.", "Bob Brown", "John Smith's spokesman", "John Smith", False),
    # A demonym the tagger read as a name opens the title; one word of the field after "for" it read as a name is the
    # field's, no holder of its own (batch 25); a name after "for" with its own title stays another holder's.
    ("Radio Liberty’s Kyrgyz Service reports that Kyrgyz Vice Premier for Law and Security Tokon Mamytov said on "
     "January 12 in Bishkek that the clash must have been prepared.", "Tokon Mamytov",
     "Vice Premier for Law and Security", "Kyrgyzstan", True),
    # A list whose items open with their title: a title between two names is the second's (batch 22), not when the
    # list gives each name first ("According to Elizabeth Rosenberg, the Assistant Secretary at ..., Matthew Axelrod").
    ("Sanctions were imposed on the Minister of Internal Affairs of this entity, Sinisa Karan, Dodik's Chief of Staff, "
     "Danijelo Dragičević, the Chief of Protocol of the RS, Goran Raković, the Secretary General of the RS, Dalibor "
     "Panić, the Director of the RS Radio and Television, Dijana Milanković.", "Goran Raković",
     "Chief of Protocol of the RS", None, False),
    ("Sanctions were imposed on the Minister of Internal Affairs of this entity, Sinisa Karan, Dodik's Chief of Staff, "
     "Danijelo Dragičević, the Chief of Protocol of the RS, Goran Raković, the Secretary General of the RS, Dalibor "
     "Panić, the Director of the RS Radio and Television, Dijana Milanković.", "Dijana Milanković",
     "Director of the RS Radio and Television", "RS Radio and Television", False),
    ("According to Elizabeth Rosenberg, the Assistant Secretary at the U.S. Department of the Treasury, Matthew S. "
     "Axelrod, the Assistant Secretary at the U.S. Department of Commerce, the risks grow.", "Elizabeth Rosenberg",
     "Assistant Secretary at the U.S. Department of the Treasury", "U.S. Department of the Treasury", True),
    # A phrase after "as" belongs to the names after it; an -ing word heading a clause ends the title before it.
    ("Jack Dorsey, who announced plans to give away half of his Twitter stock, just as his role models Warren "
     "Buffett and Bill Gates are doing with their fortunes.", "Jack Dorsey", None, None, False),
    ("Sanders could bring more change than Clinton, the 68-year-old former senator bidding to make history as the "
     "first woman president.", "Clinton", "68-year-old former senator", None, True),
    # A non-breaking space between a title and the name is still inside the line.
    ("Investigative reporter\u00a0Mary Ellis will come on the show to talk about immigration.", "Mary Ellis",
     "Investigative reporter", None, False),
    ("Voters met the reporters.\n\nMary Ellis will come on the show to talk about immigration.", "Mary Ellis", None,
     None, False),
    # An office after "a" is imagined, not held; a name modifying a body holds no title from before it.
    ("He weighed the prospects of a President Ted Cruz.", "Ted Cruz", "President", None, False),
    ("Clinton has a record to defend, much like 2004 Democratic nominee John Kerry did.", "John Kerry",
     "2004 Democratic nominee", "Democratic Party", False),
    # The object of a verb of appointment holds the office it is appointed "as"; not a role of no office.
    ("The secretary-general has appointed Jean Arnaud to engage as his Personal Envoy with all sides, a spokesman "
     "said.", "Jean Arnaud", "Personal Envoy", None, True),
    ("The club named Jean Arnaud as its new coach on Monday.", "Jean Arnaud", None, None, False),
    # A leader of a junta, a city or a civilian government, or a leader of nothing named, leads a state; a leader
    # of anything else is named with it.
    ("The envoy was barred from meeting junta leader Than Oo on Monday.", "Than Oo", "junta leader", None, True),
    ("The judges were picked by city leader Mary Ho last year.", "Mary Ho", "city leader", None, True),
    # "presidential" is the head of state's office; a presidential campaign's spokesman holds none, nor does the
    # leader of an election race (a race that ends its phrase, not the field of a minister's office).
    ("Acting presidential spokesperson Martin Andanar dismissed the move on Thursday.", "Martin Andanar",
     "Acting presidential spokesperson", None, True),
    ("Trump presidential campaign spokesman Jason Miller said no.", "Jason Miller",
     "Trump presidential campaign spokesman", None, False),
    # A race is no body: its leader has no organisation (complements._kind_of_body).
    ("Donald J. Trump, the absolute leader of the presidential race, was praised by Putin.", "Donald J. Trump",
     "absolute leader of the presidential race", None, False),
    ("New Zealand's Minister for Race Relations Priyanca Radhakrishnan met the families on Tuesday.",
     "Priyanca Radhakrishnan", "New Zealand's Minister for Race Relations", "New Zealand", True),
    ("The missile was fired under the guidance of leader Kim Song-chol on Friday.", "Kim Song-chol", "leader", None,
     True),
    ("Protesters called for the release of opposition leader Ana Vela on Monday.", "Ana Vela", "opposition leader",
     None, False),
    ("The march was led by rebel leader Ali Musa on Sunday.", "Ali Musa", "rebel leader", None, False),
    # Capitalised as the title's first word, a state word still marks an office of a state; after a name it is the
    # name's ("Lakeside City manager" runs a club).
    ("A state of emergency was declared after President U Win Myint and State Counsellor Aung San Suu Kyi were "
     "detained.", "Aung San Suu Kyi",
     "State Counsellor", "Myanmar", True),
    ("The club said Lakeside City manager Tom Hale had resigned on Monday.", "Tom Hale", "Lakeside City manager",
     "Lakeside City", False),
    # A legislature's speaker is an official; a body named by an acronym has the kind of the name the article
    # spells out for it ("(DPP)" after a party's name).
    ("Legislative Speaker Lin Wen-hao and Premier Su Chen were on the list.", "Lin Wen-hao", "Legislative Speaker",
     None, True),
    ("The New Power Party (NPP) met. NPP Deputy Secretary-General Chen Yu spoke on Friday.", "Chen Yu",
     "Deputy Secretary-General", "NPP", False),
    ("The Gulf Cooperation Council (GCC) met on Monday. GCC Secretary-General Omar Haddad said the talks went well.",
     "Omar Haddad",  # an international body's name the article defines is the one shown (S9)
     "Secretary-General", "Gulf Cooperation Council", True),
    # A verb that gives its subject an office "as" something, or a complement; a counsellor of a state body is an
    # official, one of nothing named is not.
    ("Talks have stalled since Ana Vela took over as Kosovo's prime minister, the envoy said.", "Ana Vela",
     "Kosovo's prime minister", "Kosovo", True),
    ("Since then, John Okafor took over as head coach of the club.", "John Okafor", "head coach of the club", "club",
     False),
    ("Sanctions will go on, Counselor of the US Department of State Tom Reed said on Wednesday.", "Tom Reed",
     "Counselor of the US Department of State", "US Department of State", True),
    ("Counselor Tom Reed advised the family on the sale.", "Tom Reed", "Counselor", None, False),
    # A body's name with a link inside is read whole before a head, and a list of titled names shares it; a list
    # item of another kind keeps its own.
    ("The Senate Foreign Relations Committee chairman Tom Reed, vice-chair Ana Ruiz and the coach of the team, Bob "
     "Lee, spoke.", "Ana Ruiz", "vice-chair", "Senate Foreign Relations Committee", True),
    ("The Senate Foreign Relations Committee chairman Tom Reed, vice-chair Ana Ruiz and the coach of the team, Bob "
     "Lee, spoke.", "Bob Lee", "coach of the team", "team", False),
    ("The list names U.S. Commission on Civil Liberty chair Mary Ho, vice-chair Tom Reed, and commissioners Ana Ruiz "
     "and Bob Lee.", "Mary Ho", "U.S. Commission on Civil Liberty chair", "U.S. Commission on Civil Liberty", True),
    # A formal national office in a list takes the country an earlier item's office names; a formal title of a
    # body keeps its own, and an office of another country before it gives none.
    ("The list includes Estonian Prime Minister Kaja Kallas, former President Kersti Kaljulaid, Minister of Justice "
     "Kalle Laanet and others.", "Kalle Laanet", "Minister of Justice", "Estonia", True),
    ("The list includes Estonian Prime Minister Kaja Kallas, Central Bank Governor Madis Muller and others.",
     "Madis Muller", "Governor", "Central Bank", True),
    # A noun in -er that the tagger read as a comparative is still a description before a name.
    ("The board banned wicketkeeper Ravi Das for a year.", "Ravi Das", "wicketkeeper", None, False),
    # Negative: a name that is the whole complement of a title before it is not its holder.
    ("The senator resigned, but supporters of Mr. Hugo Vargas took to the streets.", "Hugo Vargas", None, None, False),
    ("\"We will win,\" said Mike Tate, a spokesman for the Feingold campaign, explaining why Russ Feingold stayed home.",
     "Russ Feingold", None, None, False),
    # A body's name in quotation marks after "the so-called" is the body.
    ("The envoy met Ali Hamdan, President of the so-called \"Supreme Revolutionary Council\".", "Ali Hamdan",
     "President of the so-called \"Supreme Revolutionary Council", "Supreme Revolutionary Council", True),
    # A name the parse hung on the body of "of the <body>" holds the title over it.
    ("The acting director-general of the department Thandi Mokoena, further clarified the government’s actions.",
     "Thandi Mokoena", "acting director-general of the department", "department", True),
    ("The deputy director of the agency Peter Olsen said the rules were unfair.", "Peter Olsen",
     "deputy director of the agency", "agency", True),
    # An editor's bracketed title in a quote.
    ("She said the aim was \"deterring (Russian President) Vladimir Putin from that step.\"", "Vladimir Putin",
     "President", "Russia", True),
    # A country's name opening a longer body name does not make the body a state's: a party chief is no official.
    ("Pakistan Tehreek-e-Insaf (PTI) chief Imran Khan called the ruling weak.", "Imran Khan",
     "Pakistan Tehreek-e-Insaf (PTI) chief", "Pakistan Tehreek-e-Insaf", False),
    # Negative: a title phrase that ends in a title head and another name is that name's, not this one's.
    ("Also summoned were Vice President Paulo Mendes, as well as Foreign Minister Jorge Alves.", "Paulo Mendes",
     "Vice President", None, True),
    # A lone untagged capitalised word before the head is the office's field, not its body; a dateline neither.
    ("Electricity Minister Ramon Ortega said the grid was stable.", "Ramon Ortega", "Electricity Minister", None,
     True),
    ("Junta leader Min Thein rejected the plan.", "Min Thein", "Junta leader", None, True),
    ("SANTIAGO.- Minister of Foreign Affairs, Mario Vidal, confirmed the decision this morning.", "Mario Vidal",
     "Minister of Foreign Affairs", None, True),
    # Negatives: an acronym, and a word the article names a person elsewhere, are the employer.
    ("PSSI chairman Agus Wirawan fined the clubs.", "Agus Wirawan", "PSSI chairman", "PSSI", False),
    ("Barack Obama took office in 2009. Obama economic adviser Christina Romer was sidelined.", "Christina Romer",
     "Obama economic adviser", "Obama", False),
    # A lower-case body word of two tells the body's kind: a ministry's secretary is an official.
    ("\"We have confirmed the meeting,\" foreign affairs secretary Tendai Moyo told the newspaper.", "Tendai Moyo",
     "foreign affairs secretary", None, True),
    # A body described by its kind and then named is the name.
    ("Those hit include Pavel Orlov, CEO of energy company Gazneft, and others.", "Pavel Orlov",
     "CEO of energy company Gazneft", "Gazneft", False),
    # Negative: a kind with no name after it stays the kind.
    ("Alan Price, chief executive of the company, said profits fell.", "Alan Price",
     "chief executive of the company", "company", False),
    # One lower-case field word after "of" names no body.
    ("Among those named are the chief of the state telecommunications agency, Luis Vega; the minister of health, "
     "Marta Ruiz; and the minister of transportation, Pablo Soto, the Treasury said.", "Pablo Soto",
     "minister of transportation", None, True),
    # A comma-set title whose body's name holds a comma; one whose head is the word before the comma.
    ("In a statement, the Permanent Secretary in the Ministry of Information, Publicity and Broadcasting Services, "
     "John Banda said the government was dismayed.", "John Banda",
     "Permanent Secretary in the Ministry of Information, Publicity and Broadcasting Services",
     "Ministry of Information, Publicity and Broadcasting Services", True),
    ("Reacting to the move, Foreign Affairs and International Trade Minister, Peter Dube said the sanctions belonged "
     "to the past.", "Peter Dube", "International Trade Minister", None, True),
    # Negative: a group before the comma is no title ("voters" is no official head).
    ("Speaking to Indiana voters, Donald Trump said the plant would stay.", "Donald Trump", None, None, False),
    # The parse hung the country on the name; the words give the title its complement.
    ("President of Ukraine Volodymyr Zelensky called the decision of the council logical.", "Volodymyr Zelensky",
     "President of Ukraine", "Ukraine", True),
    ("Targeted are 11 individuals, among them VP Constantino Chigumba.", "Constantino Chigumba", "VP",
     None, True),
    # A regional intergovernmental body is a state's though its name holds a word of non-state bodies ("union").
    ("The President of the ECOWAS, Mr. Jean Claude Kassi Brou, told a news conference on Sunday.",
     "Jean Claude Kassi Brou", "President of the ECOWAS", "ECOWAS", True),
    ("The chairman of the African Union, Moussa Faki Mahamat, told a news conference on Sunday.",
     "Moussa Faki Mahamat", "chairman of the African Union", "African Union", True),
    ("The chairman of the Rugby Union, Tom Hale, told a news conference on Sunday.", "Tom Hale",
     "chairman of the Rugby Union", "Rugby Union", False),
    # A country that owns a measure ("the U.S. sanctions") is its author, not the office's country; one that acts
    # in the sentence still is. (A made-up name: a listed holder's state would answer first, data/leaders.json.)
    ("Finance Minister Tom Hale called the U.S. sanctions unacceptable.", "Tom Hale", "Finance Minister",
     None, True),
    ("Finance Minister Berat Albayrak said Turkey would answer the U.S. sanctions.", "Berat Albayrak",
     "Finance Minister", "Turkey", True),
    # A lower-case captain with a country alone leads a national side; with a force, or set before the name, an officer.
    ("Sri Lanka captain Wanindu Hasaranga was fined.", "Wanindu Hasaranga", "Sri Lanka captain", "Sri Lanka", False),
    ("Ukrainian army captain Oleh Kiper was wounded.", "Oleh Kiper", "Ukrainian army captain", "Ukrainian army", True),
    ("Burkina Faso's Captain Ibrahim Traore spoke.", "Ibrahim Traore", "Captain", "Burkina Faso", True),
    # Smaller states are countries too; a country's name the tagger reads as a person still owns the office.
    ("Solomon Islands Prime Minister Jeremiah Manele defended the decision as a sovereign move.", "Jeremiah Manele",
     "Solomon Islands Prime Minister", "Solomon Islands", True),
    ("Fijian Prime Minister Sitiveni Rabuka warned of a fracture.", "Sitiveni Rabuka", "Prime Minister", "Fiji", True),
    ("The forum was told by Palau President Surangel Whipps that Taiwan must stay.", "Surangel Whipps", "President",
     "Palau", True),
    # A body's name with a link inside, before the title, is its organisation though the parse hangs it elsewhere.
    ("The two discussed the crisis in Syria, Ministry of Foreign Affairs spokesperson Ahmed Abu Zeid said.",
     "Ahmed Abu Zeid", "Ministry of Foreign Affairs spokesperson", "Ministry of Foreign Affairs", True),
    # A body whose link opens its holder's own title is the holder's, not the title's ("the Cabinet of Prime Minister
    # X"); a plural after the link names the body's members ("Council of Ministers").
    ("The Cabinet of Prime Minister Taro Sato approved Friday new sanctions.", "Taro Sato", "Prime Minister", None,
     True),
    ("The Government of Prime Minister Ravi Kumar said on Monday it would respond.", "Ravi Kumar",
     "Prime Minister", None, True),
    ("Council of Ministers Chairman Ali Lari said on Monday it would respond.", "Ali Lari", "Chairman",
     "Council of Ministers", True),
    # A dash set off by spaces ends a dateline; a hyphen joins a word.
    ("VOV.VN - Prime Minister Pham Van Long underlined the importance of the list.", "Pham Van Long",
     "Prime Minister", None, True),
    ("He met Chinese vice-premier Liu He on Monday.", "Liu He", "Chinese vice-premier", "China", True),
    # A company's officers hold no public office, named with their company or alone.
    ("Hiroki Totoki, chief financial officer of Sony, said profits rose.", "Hiroki Totoki",
     "chief financial officer of Sony", "Sony", False),
    ("Executive Officer Mitsuaki Nishiyama said demand was weak.", "Mitsuaki Nishiyama", "Executive Officer", None,
     False),
    # A country's opposition is a movement; a parliament's Opposition Leader holds an office.
    ("Russian opposition leader Alexei Navalny was poisoned.", "Alexei Navalny", "Russian opposition leader", "Russia",
     False),
    ("Opposition Leader Sajith Premadasa urged the government to lift the ban.", "Sajith Premadasa",
     "Opposition Leader", None, True),
    # S45: the parliamentary office is written "Opposition Leader" or "Leader of the Opposition" (after the name too),
    # or tied to a parliament; a lower-case opposition leader is a party post, a capital on a sentence's first word
    # no title (vilatimes-2019-10-16 and the other tune articles).
    ("The Opposition Leader, Ishmael Kalsakau is named as the first defendant.", "Ishmael Kalsakau",
     "Opposition Leader", None, True),
    ("John Smith, the Leader of the Opposition, said the plan had failed.", "John Smith", "Leader of the Opposition",
     None, True),
    ("The opposition leader in parliament, John Smith, said the plan had failed.", "John Smith",
     "opposition leader in parliament", "parliament", True),
    ("Opposition leader Peter Dutton said the plan had failed.", "Peter Dutton", "Opposition leader", None, False),
    ("John Smith, the leader of the opposition, said it.", "John Smith", "leader of the opposition", None, False),
    ("It was filed by opposition leader Datuk Seri Anwar Ibrahim 14 years ago.", "Anwar Ibrahim", "opposition leader",
     None, False),
    # A head of mission's full rank and a host after "to" stay inside a title written up to the name; the state after
    # "of" is the office's (montsame-2020-05-18, 24kg-2024-11-25); a complement with no head before it is none.
    ("He met with Ambassador Extraordinary and Plenipotentiary of Canada to Mongolia Catherine Ivkoff on Monday.",
     "Catherine Ivkoff", "Ambassador Extraordinary and Plenipotentiary of Canada to Mongolia", "Canada", True),
    ("He met with Ambassador of the People’s Republic of China to Mongolia Chai Wenrui on Monday.", "Chai Wenrui",
     "Ambassador of the People’s Republic of China to Mongolia", "People’s Republic of China", True),
    ("The delegation of China to Mongolia Chai Wenrui led arrived on Monday.", "Chai Wenrui", None, None, False),
    # After a remit that names no body, the body after "at" is where the holder works (kursiv-2023-04-18); a remit
    # naming a body keeps it.
    ("Elizabeth Rosenberg, the Assistant Secretary for terrorist Financing and Financial Crimes at the U.S. "
     "Department of the Treasury, is expected to come.", "Elizabeth Rosenberg", "Assistant Secretary for terrorist "
     "Financing and Financial Crimes at the U.S. Department of the Treasury", "U.S. Department of the Treasury", True),
    ("Ely Ratner, senior director for Asian affairs at the National Security Council, said.", "Ely Ratner",
     "senior director for Asian affairs at the National Security Council", "National Security Council", True),
    ("Ivan Petrov, a spokesman for the Foreign Ministry at the talks in Geneva, said.", "Ivan Petrov",
     "spokesman for the Foreign Ministry at the talks in Geneva", "Foreign Ministry", True),
    # S38: a spokesperson for or to a head of state's or government's office is an official; one for another body's
    # president or a campaign is not.
    ("Ajuri Ngelale, spokesperson to the President, said.", "Ajuri Ngelale", "spokesperson to the President", None,
     True),
    ("Jane Smith, spokeswoman for President Joe Biden, said.", "Jane Smith", "spokeswoman for President Joe Biden",
     None, True),
    ("Jane Smith, spokeswoman for the campaign of President Joe Biden, said.", "Jane Smith",
     "spokeswoman for the campaign of President Joe Biden", None, False),
    ("Jane Smith, spokeswoman for the president of the football federation, said.", "Jane Smith",
     "spokeswoman for the president of the football federation", None, False),
    # A rebel or separatist commander holds no state's office; an army commander does.
    ("Donetsk rebel commander Alexander Zakharchenko said the talks had failed.", "Alexander Zakharchenko",
     "Donetsk rebel commander", None, False),
    ("Army commander Alexander Zakharchenko said the talks had failed.", "Alexander Zakharchenko", "Army commander",
     "Army", True),
    # S65: a commander, general or spokesperson of an armed group that governs nothing holds no office
    # (namibiadailynews-sudan-clashes, altaghyeer-2024-05-16); a state's army commander does.
    ("Mohamed Hamdan Dagalo, commander of the RSF, urged the world to intervene.", "Mohamed Hamdan Dagalo",
     "commander of the RSF", "RSF", False),
    ("The two commanders are Ali Gibril and Osman Mohamed Hamid, a major general in the RSF, the statement said.",
     "Osman Mohamed Hamid", "major general in the RSF", "RSF", False),
    ("Aliyow Iman Ibrahim, an operational commander of al-Shabaab, was killed on Friday.", "Aliyow Iman Ibrahim",
     "operational commander of al-Shabaab", "al-Shabaab", False),
    ("Abdel Fattah al-Burhan, commander of the Sudanese Armed Forces, said so.", "Abdel Fattah al-Burhan",
     "commander of the Sudanese Armed Forces", "Sudanese Armed Forces", True),
    # A state's kind in lower case is no armed group named before it (mg-2011-01-21-at-least-21-killed-clashes).
    ("“Soldiers were blocked by members of the Sudan Liberation Army of Minni Minnawi,” army spokesperson Sawarmi "
     "Khaled Saad told AFP.", "Sawarmi Khaled Saad", "army spokesperson", None, True),
    # A title set off by a spaced dash, as lists of designated officials write it; a clause so set off is none.
    ("The list includes:\n● Vakhtang Gomelauri – Minister of Internal Affairs of Georgia;\n● Shalva Bedoidze – Deputy "
     "Minister of Internal Affairs;", "Vakhtang Gomelauri", "Minister of Internal Affairs of Georgia", "Georgia", True),
    ("The list includes:\n● Vakhtang Gomelauri – Minister of Internal Affairs of Georgia;\n● Shalva Bedoidze – Deputy "
     "Minister of Internal Affairs;", "Shalva Bedoidze", "Deputy Minister of Internal Affairs", "Internal Affairs", True),
    # No title from "who has ruled"; a head of state at any recent date is an official (S15), of their state.
    ("Putin - who has ruled since 2000 - said so.", "Putin", None, "Russia", True),
    # A state security body is a state's; a possessive inside an office's field; "PM" after a demonym.
    ("The list names Valery Vakulchyk, Head of the State Security Committee (KGB), and others.", "Valery Vakulchyk",
     "Head of the State Security Committee", "State Security Committee", True),
    ("The court issued warrants for Russia's Commissioner for Children's Rights Maria Lvova-Belova on Friday.",
     "Maria Lvova-Belova", "Russia's Commissioner for Children's Rights", "Russia", True),
    # A country's possessive before a title with a complement owns it, as it owns a bare head; the host after "to"
    # does not (batch 26 and earlier tune articles).
    ("It follows warrants for President Putin and Russia's Commissioner for Children's Rights Maria Lvova-Belova for "
     "the war crime of unlawful deportation.", "Maria Lvova-Belova", "Commissioner for Children's Rights", "Russia",
     True),
    ("The MAC protested China's blacklisting Friday of Taiwan's representative to the United States Hsiao Bi-khim "
     "and two groups.", "Hsiao Bi-khim", "Taiwan's representative to the United States", "Taiwan", True),
    # "The country"/"the nation" stands for a country: an office's organisation is the country the noun stands for,
    # not a field the noun governs nor the noun itself; a body it owns keeps its own name. A lower-case office it owns
    # is left as no official (tried and dropped in session 27: batch 14 gained a false official, nothing else).
    ("The military junta in Niger must immediately release and reinstate the country's elected president, Mohamed "
     "Bazoum, the bloc said.", "Mohamed Bazoum", "country's elected president", None, False),
    ("Vanuatu’s leading newspaper, the Daily Post has been slapped with a restraining order not to publish any "
     "articles against the country’s Infrastructure and Public Works Minister, Christophe Emelee.",
     "Christophe Emelee", "country’s Infrastructure and Public Works Minister", "Vanuatu", True),
    ("Kyrgyzstan adheres to the sanctions imposed against Russia by European countries and the United States. The "
     "Foreign Affairs Minister of the country Jeenbek Kulubaev said on DW TV channel. «I, as a member of the Cabinet "
     "of Ministers of Kyrgyzstan, can officially state that we have never violated sanctions,» Jeenbek Kulubaev said.",
     "Jeenbek Kulubaev", "Foreign Affairs Minister of the country", "Kyrgyzstan", True),
    ("Iran said so. A spokesman for the country's Foreign Ministry, Nasser Kanaani, said.", "Nasser Kanaani",
     "spokesman for the country's Foreign Ministry", "Foreign Ministry", True),
    ("The Philippines said so. Alexander Lopez, spokesperson for the country’s maritime council, said.",
     "Alexander Lopez", "spokesperson for the country’s maritime council", "maritime council", True),
    ("The company gave figures. The country's biggest firm's president, John Smith, said.", "John Smith",
     "country's biggest firm's president", None, False),
    ("Kenya voted. The country's main opposition leader, Raila Odinga, said it was rigged.", "Raila Odinga",
     "country's main opposition leader", None, False),
    ("Israeli PM Netanyahu told the heads of local authorities that it was over.", "Netanyahu", "PM", "Israel", True),
    # In a list "A, Title, B, Title" a bare title after a name and its comma is that name's, not the next one's; with
    # an article it opens the next item.
    ("It names Dzmitry Balaba, Commander of the Special Purpose Police Unit of Minsk (OMON), Lidziya Yarmoshyna, "
     "Chairperson of the Belarusian Central Election Commission, Valery Vakulchyk, Head of the State Security "
     "Committee (KGB), and others.", "Valery Vakulchyk", "Head of the State Security Committee",
     "State Security Committee", True),
    ("It names Dzmitry Balaba, Commander of the Special Purpose Police Unit of Minsk (OMON), Lidziya Yarmoshyna, "
     "Chairperson of the Belarusian Central Election Commission, Valery Vakulchyk, Head of the State Security "
     "Committee (KGB), and others.", "Lidziya Yarmoshyna", "Chairperson of the Belarusian Central Election Commission",
     "Belarusian Central Election Commission", True),
    ("They expelled the ambassador of Mexico in Bolivia, Maria Teresa Mercado, the charge d'affaires of Spain, "
     "Cristina Borreguero, and others.", "Cristina Borreguero", "charge d'affaires of Spain", "Spain", True),
    # A state's negotiator and a border force's spokesman are officials; a union's negotiator is not.
    ("He held talks with Iran's top nuclear negotiator, Saeed Jalili, after Tehran missed a deadline.", "Saeed Jalili",
     "Iran's top nuclear negotiator", "Iran", True),
    ("Union negotiator Bob Smith said the strike would go on.", "Bob Smith", "Union negotiator", None, False),
    ("Two soldiers died, border force spokesman Manoj Yadav told AFP.", "Manoj Yadav", "border force spokesman", None,
     True),
    # A title with a lower-case complement, or a list of fields, up to the name; an appositive up to an acronym.
    # A field in lower case after "of" names no body: the demonym before the head is the office's state.
    ("The other sanctioned officials are Georgian deputy ministers of internal affairs Shalva Bedoidze, Giorgi "
     "Butkhuzi and others.", "Shalva Bedoidze", "Georgian deputy ministers of internal affairs", "Georgia",
     True),
    ("It names Lidziya Yarmoshyna, Chairperson of the Central Election Commission, Valery Vakulchyk, ex-Head of the "
     "State Security Committee (KGB), and others.", "Valery Vakulchyk", "ex-Head of the State Security Committee",
     "State Security Committee", True),
    # A list item's bare office before its name, after "and" or a separator; "as <office>" on the person's own
    # relative clause. Negatives: a relative clause whose "as" gives no office, or one with an object.
    ("In addition to the sanctions announced earlier against premier of the Republic of China, Su Tseng-chang, member "
     "and the president of the Legislative Yuan, You Si-kun and Minister of Foreign Affairs of the Republic of China, "
     "Joseph Wu.", "Joseph Wu", "Minister of Foreign Affairs of the Republic of China", "Republic of China", True),
    ('"This is groundless," said Nikolai Lazovik, who appeared on the list as head of the Central Election Commission '
     "which oversaw the election.", "Nikolai Lazovik", "head of the Central Election Commission",
     "Central Election Commission", True),
    ("Officials met Maria Lopez, who was described as a leader of the protest movement.", "Maria Lopez", None, None,
     False),
    ("The court sentenced Ivan Petrov, who hailed the senator as a hero, to two years.", "Ivan Petrov", None, None,
     False),
    # A hyphen joining two words runs a title's complement on to the name; a spaced dash sets the name off.
    ("After meetings, the EU special envoy for the Belgrade-Pristina dialogue Miroslav Lajcak said he was glad.",
     "Miroslav Lajcak", "EU special envoy for the Belgrade-Pristina dialogue", "EU", True),
    ("After meetings, the EU special envoy for the Belgrade - Pristina dialogue Miroslav Lajcak said he was glad.",
     "Miroslav Lajcak", None, None, False),
    # Sports bodies and parties are no state's, by their sport, their confederation or their name (data/roles.json
    # nonstate_org_words); a regime is a state's government (official), and as its noun alone names no body.
    ("CECAFA Secretary General Nicholas Musonye said the club had been banned.", "Nicholas Musonye",
     "CECAFA Secretary General", "CECAFA", False),
    ("Nigeria Football Federation President Amaju Pinnick said the ban was unfair.", "Amaju Pinnick", "President",
     "Nigeria Football Federation", False),
    ("Zanu PF national spokesperson Christopher Mutsvangwa said the talks were welcome.", "Christopher Mutsvangwa",
     "Zanu PF national spokesperson", "Zanu PF", False),
    ("Mohammad Afif, head of Hezbollah's media office, said no proposal had arrived.", "Mohammad Afif",
     "head of Hezbollah's media office", "Hezbollah's media office", False),
    ("Park Kwang Ho, the former propaganda director of the regime, was named.", "Park Kwang Ho",
     "former propaganda director of the regime", None, True),
    # An academic style after an office is no part of the title (the state is his from data/leaders.json); an
    # assistant is an official in a state's service.
    ("Finance Minister Professor Mthuli Ncube said the economy was growing.", "Mthuli Ncube", "Finance Minister",
     "Zimbabwe", True),
    ("The talks were attended by Sudan's presidential assistant Awad al-Jaz, who said little.", "Awad al-Jaz",
     "Sudan's presidential assistant", "Sudan", True),
    ("Research assistant Jane Doe at Harvard University said the data were clear.", "Jane Doe", "Research assistant",
     None, False),
    ("MK Simcha Rothman, the Constitution Committee chairman, said the bill would pass.", "Simcha Rothman", "MK",
     None, True),
    # A party's government is the state's; a country's own institute is its agency, a think tank named otherwise
    # is not; a vice-captain is a team's, capitalised or not.
    ("Mohiuddin Khan Alamgir, a minister in the Awami League's 1996-2001 government, was jailed.",
     "Mohiuddin Khan Alamgir", "minister in the Awami League's 1996-2001 government",
     "Awami League's 1996-2001 government", True),
    ("Orlando Castillo, director of the Nicaraguan Institute of Telecommunications and Mail, was sanctioned.",
     "Orlando Castillo", "director of the Nicaraguan Institute of Telecommunications and Mail",
     "Nicaraguan Institute of Telecommunications and Mail", True),
    ("Kim Lee, director of the American Enterprise Institute, said the tariffs would hurt.", "Kim Lee",
     "director of the American Enterprise Institute", "American Enterprise Institute", False),
    ("Sri Lankan Vice Captain Kusal Mendis was banned for a year.", "Kusal Mendis", "Sri Lankan Vice Captain",
     "Sri Lanka", False),
    # A title heading a paragraph stops at its dateline's mark.
    ("HAVANA, Cuba.- Foreign Minister Bruno Rodriguez assured that Trump would have to lift it.", "Bruno Rodriguez",
     "Foreign Minister", "Cuba", True),
    ("Ammon News - AMMONNEWS - Minister of Foreign and Expatriates Affairs, Ayman al-Safadi, on Saturday, held talks.",
     "Ayman al-Safadi", "Minister of Foreign and Expatriates Affairs", "Jordan", True),
    # An office before a relation to another holder of it.
    ("Lavrov met his Brazilian counterpart Mauro Vieira on Monday. Brazilian Foreign Minister Mauro Vieira said the "
     "talks went well.", "Mauro Vieira", "Foreign Minister", "Brazil", True),
    # A listed holder heading a department or chamber every state has is their state's, its name before it or not;
    # a spokesperson keeps the ministry, and a chamber's own name stays.
    ("US Treasury Secretary Scott Bessent has said that sanctions could be lifted next week.", "Scott Bessent",
     "Secretary", "United States", True),
    ("House speaker Paul Ryan held talks with the visiting delegation.", "Paul Ryan", "House speaker",
     "United States", True),
    ("US House Speaker Nancy Pelosi visited Taiwan on Tuesday.", "Nancy Pelosi", "Speaker", "United States", True),
    ("Chinese Foreign Ministry spokesman Liu Jianchao said on Thursday that the claims were groundless.",
     "Liu Jianchao", "Chinese Foreign Ministry spokesman", "Chinese Foreign Ministry", True),
    ("House of Representatives Speaker Femi Gbajabiamila said the bill would pass.", "Femi Gbajabiamila", "Speaker",
     "House of Representatives", True),
    ("TAIPEI - The Ministry of Foreign Affairs (MOFA) condemned China for its Foreign Minister Wang Yi's threat.",
     "Wang Yi", "Foreign Minister", "China", True),
    # A body's acronym the article spells out only by the initials of its name is that body's: its spokesperson is
    # an official; negative: an acronym the article never spells out tells no kind.
    ("India's Ministry of External Affairs lodged a protest. MEA spokesperson Randhir Jaiswal said it was unjust.",
     "Randhir Jaiswal", "MEA spokesperson", "MEA", True),
    ("The MEA lodged a protest. MEA spokesperson Randhir Jaiswal said it was unjust.", "Randhir Jaiswal",
     "MEA spokesperson", "MEA", False),
    # A government named by its noun alone names no body: the state is read as for none, or nothing is.
    ("Government MP Namal Rajapaksa said the claims were false.", "Namal Rajapaksa", "Government MP", None, True),
    # An office's portfolio is no body: the state is read as for none.
    ("US Under Secretary for Terrorism and Financial Intelligence Sigal Mandelker said the move was overdue.",
     "Sigal Mandelker", "Under Secretary for Terrorism and Financial Intelligence", "United States", True),
    # A high commissioner is a Commonwealth state's ambassador (radionz, 2007); a league's commissioner holds no office.
    ("The expulsion of high commissioner Michael Green angered Wellington.", "Michael Green", "high commissioner",
     None, True),
    ("Britain's High Commissioner to India, Alex Ellis, said trade would grow.", "Alex Ellis",
     "Britain's High Commissioner to India", "United Kingdom", True),
    ("League commissioner John Smith said the player was banned.", "John Smith", "League commissioner", "League",
     False),
    # A relative's title waits for an office the text also gives the name; alone, it stays (france24, 2019).
    ("Previously, those hit by this order included Ortega's wife and vice-president Rosario Murillo.",
     "Rosario Murillo", "vice-president", "Nicaragua", True),
    ("Mnangagwa's son and deputy finance minister David Mnangagwa was named.", "David Mnangagwa",
     "deputy finance minister", "Zimbabwe", True),
    ("His wife Rosario Murillo said nothing.", "Rosario Murillo", "wife", None, False),
    ("The minister's daughter Ana Perez, a student, was detained.", "Ana Perez", "minister's daughter", None, False),
    ("The president's son Hunter Biden, a lawyer, spoke.", "Hunter Biden", "president's son", None, False),
]


@pytest.mark.parametrize(("text", "name", "title", "official"), [
    # The lede's office is the subject the next sentences name first.
    ("Russia's foreign minister has said that talks with Ukraine have failed to agree a ceasefire. Sergei Lavrov said "
     "on Monday that all questions had been settled.", "Sergei Lavrov", "Russia's foreign minister", True),
    ("Kinshasa. The defence minister for the Democratic Republic of Congo on Friday said the army was waging war "
     "against two militia forces. Crispin Atama Thabe told AFP that government forces were tackling rebels.",
     "Crispin Atama Thabe", "defence minister for the Democratic Republic of Congo", True),
    # The clause an agency's attribution closes; a wire lede with no article after its dateline; a full name spaCy
    # tagged as a body, whose surname is a person's elsewhere (a Gulf ruling family's "Sheikh" is the name's, S73).
    ("The United Arab Emirates foreign minister on Friday voiced his country’s concern over the escalation of "
     "violence, state news agency WAM reported.\nSheikh Abdullah bin Zayed Al Nahyan offered condolences to all "
     "victims of the fighting.", "Sheikh Abdullah bin Zayed Al Nahyan", "United Arab Emirates foreign minister", True),
    ("Tehran (IP) - Foreign Ministry spokesman strongly condemned the latest sanctions, saying that Iran will "
     "reciprocate.\nNasser Kanaani made the announcement on Monday evening.\nThe spokesman rejected the EU measures.",
     "Nasser Kanaani", "Foreign Ministry spokesman", True),
    ("The Solomon Islands Prime Minister has told lawmakers the new security deal with China will not undermine the "
     "peace of the region.\nBut in his address to Parliament on Wednesday, Manasseh Sogavare defended the "
     "agreement.\nMr Sogavare was equally vague.", "Manasseh Sogavare", "Solomon Islands Prime Minister", True),
    # A country's central bank is a state body ("bank" alone is a firm's).
    ("The head of Armenia’s Central Bank has declined to deny the accuracy of reports in the Russian press.\n“The "
     "Central Bank directs banks to work in line with best practices,” Martin Galstyan told reporters.",
     "Martin Galstyan", "head of Armenia’s Central Bank", True),
    ("The head of Bank of America has declined to deny the accuracy of reports in the press.\n“We work in line with "
     "best practices,” Brian Moynihan told reporters.", "Brian Moynihan", None, False),
    # Negatives: an indefinite or plural opening, an opening that names someone, a holder with a title of their own.
    ("A foreign minister has said that talks with Ukraine have failed. Sergei Lavrov said on Monday that all "
     "questions had been settled.", "Sergei Lavrov", None, False),
    ("The foreign ministers have said that talks with Ukraine have failed. Sergei Lavrov said on Monday that all "
     "questions had been settled.", "Sergei Lavrov", None, False),
    ("The foreign minister has told Ann Lee that talks with Ukraine have failed. Sergei Lavrov said on Monday that all "
     "questions had been settled.", "Sergei Lavrov", None, False),
    ("The foreign minister has said that talks with Ukraine have failed. Activist Sergei Lavrov said on Monday that "
     "all questions had been settled.", "Sergei Lavrov", "Activist", False),
    # The first person named is given another office by the clause they are the subject of: not the opening's holder.
    ("Mexico expects to finish negotiations on a trade deal with Argentina, Mexico's deputy minister for foreign trade "
     "said on Tuesday. Mexico has been trying to diversify its trade partners since Donald Trump was elected "
     "president of the United States.", "Donald Trump", "president of the United States", True),
])
def test_an_office_the_lede_gives_is_the_first_person_named_after_it(nlp, text, name, title, official):
    person = people_of(nlp, text)[name]
    assert (person.title, person.is_official) == (title, official)


@pytest.mark.parametrize(("text", "name", "title", "official"), [
    # A title's complement runs up to the name over a list of fields set off by commas (its body is not read yet:
    # spaCy tags "State for Economic Growth," a body of its own).
    ("Vucic said that U.S. Undersecretary of State for Economic Growth, Energy and Environment Jose Fernandez had "
     "called.", "Jose Fernandez", "Undersecretary of State for Economic Growth, Energy and Environment", True),
    # A comma inside the fields after "for" or "of" joins them, before the comma that sets the title off the name.
    ("Deputy Minister for Trade, Agribusiness and Industry, Sampson Ahi, has assured Ghanaian exporters.",
     "Sampson Ahi", "Deputy Minister for Trade, Agribusiness and Industry", True),
    # After a determiner too, whatever the parse hangs the last field on; a field may be a body's name after "the".
    ("Lavrov met the Minister of Foreign Affairs, Cooperation and Senegalese Abroad, Aissata Tall Sall, on Monday.",
     "Aissata Tall Sall", "Minister of Foreign Affairs, Cooperation and Senegalese Abroad", True),
    ("He was summoned by the Minister of Maghreb Affairs, the African Union and the Arab League, Ahmed Attaf, a "
     "statement said.", "Ahmed Attaf", "Minister of Maghreb Affairs, the African Union and the Arab League", True),
    ("The talks were led by the Minister for Foreign Affairs, Trade and Development, Chrystia Freeland.",
     "Chrystia Freeland", "Minister for Foreign Affairs, Trade and Development", True),
    # Negatives: a comma right before the name sets off a title phrase of its own reading, not a field list; a name
    # after the field's comma is a person of a list, not a field.
    ("He met the Kremlin, Foreign Minister Sergei Lavrov said.", "Sergei Lavrov", "Foreign Minister", True),
    ("Present were the Minister of Finance, Ken Ofori-Atta and the Governor of the Bank of Ghana, Ernest Addison.",
     "Ken Ofori-Atta", "Minister of Finance", True),
    ("The Minister of Finance, Ken Ofori-Atta, and the Minister of Trade, Alan Kyerematen, met the press.",
     "Alan Kyerematen", "Minister of Trade", True),
    ("He thanked the Minister of Energy, the Ministry of Mines and the Chamber, Peter Amewu said.", "Peter Amewu", None,
     False),
])
def test_a_title_runs_to_the_name_over_a_list_of_fields(nlp, text, name, title, official):
    person = people_of(nlp, text)[name]
    assert (person.title, person.is_official) == (title, official)


@pytest.mark.parametrize(("sentence", "name", "title", "organization", "official"), TITLES)
def test_title_organisation_and_office(nlp, sentence, name, title, organization, official):
    person = people_of(nlp, sentence)[name]
    assert (person.title, person.organization, person.is_official) == (title, organization, official)


def test_an_office_s_fields_after_for_name_no_body_though_a_region_is_among_them(nlp):
    person = people_of(nlp, "Russia summoned the Italian ambassador to discuss comments made by Italian Minister for "
                            "Europe and Foreign Affairs, Marco Bellini, on relations between the two countries.")["Marco Bellini"]
    assert (person.organization, person.is_official) == ("Italy", True)


MERGES = [
    # (text, expected {canonical name: aliases})
    # A quoted one-word nickname between the given name and the surname is part of the name (batch 22); a quoted
    # word after a possessive is not ("Obama's 'Pivot' plan").
    ("Senator Francis “Kiko” Pangilinan condemned the sanctions against Defense Secretary Gilberto “Gibo” Teodoro "
     "Jr. The senator said sanctioning Teodoro was wrong.",
     {"Francis “Kiko” Pangilinan": set(), "Gilberto “Gibo” Teodoro Jr.": {"Teodoro"}}),
    ("Obama’s ‘Pivot’ Plan was discussed by Barack Obama.", {"Barack Obama": {"Obama"}}),
    # A courtesy title written without its period ("Dr") is no part of the name.
    ("Mayor Peter Macdonald said council members were trailblazers. Dr Macdonald said the ban would work.",
     {"Peter Macdonald": {"Macdonald"}}),
    ("Foreign Affairs and International Trade Minister Dr Sibusiso Moyo said the sanctions hurt. Dr Moyo added more.",
     {"Sibusiso Moyo": {"Moyo"}}),
    ("Kim Jong Un arrived. Later Kim Jong-un spoke, and Kim Jong Un’s train left. Kim waved.",
     {"Kim Jong Un": {"Kim Jong-un", "Kim"}}),
    ("Hillary Clinton and Bill Clinton arrived. Bill Clinton spoke first.",
     {"Hillary Clinton": set(), "Bill Clinton": set()}),
    ("Donald Trump Jr. spoke before Donald Trump. Trump thanked him.",
     {"Donald Trump Jr.": set(), "Donald Trump": {"Trump"}}),
    ("Hillary Rodham Clinton spoke. Hillary Clinton then left, and Clinton flew home.",
     {"Hillary Rodham Clinton": {"Hillary Clinton", "Clinton"}}),
    # A head of two words inside spaCy's name is no part of it: the given name after it is the person's.
    ("Saudi Crown Prince Khalid bin Fahd called the emir. After the call, the agency said Crown Prince Khalid would "
     "talk to Bahrain.", {"Khalid bin Fahd": {"Khalid"}}),
    # A surname led by a particle, used again later, leaves the given name in the first mention.
    ("Foreign Ministry spokesperson Ahmed Abu Zeid said Tuesday that the stance was clear. Later, Abu Zeid said "
     "talks would go on.", {"Ahmed Abu Zeid": {"Abu Zeid"}}),
    # A name with an apostrophe inside, where spaCy's entity stops, is whole, and its repeat is the same person.
    ("Nasser Kan’ani strongly condemned the decision. It is regrettable, Kan’ani added.",
     {"Nasser Kan’ani": {"Kan’ani"}}),
    # A rank of two words written without periods, and "Prof" without one, are no part of the name (no person
    # "Prof Wakhungu" beside Judi Wakhungu).
    ("Thai army spokesman Maj Gen Winthai Suvaree said the troops would stay. The army condemns the act, Maj Gen "
     "Winthai said.", {"Winthai Suvaree": {"Winthai"}}),
    ("Environment Cabinet Secretary Judi Wakhungu spoke first. Despite the case, Prof Wakhungu is optimistic.",
     {"Judi Wakhungu": set()}),
    # A courtesy style two people bear alike ("Datuk Seri") is no part of either name: they stay apart.
    ("Foreign Minister Datuk Seri Mohamad Hasan spoke after talks with Prime Minister Datuk Seri Anwar Ibrahim. "
     "Mohamad spoke to reporters.", {"Mohamad Hasan": {"Mohamad"}, "Anwar Ibrahim": set()}),
]


@pytest.mark.parametrize("text", [
    "“He was arguing,” Referee Carlos del Cerro Grande said.",
    "“We will appeal,” said Ludwig van Beethoven.",
])
def test_a_name_never_ends_in_a_particle(nlp, text):
    """spaCy's entity cut after "del" runs on over the capitalised words of the name after it."""
    (mention,) = find_name_mentions(nlp(text))
    assert mention.text.endswith(("del Cerro Grande", "van Beethoven"))


@pytest.mark.parametrize(("text", "expected"), MERGES)
def test_variants_merge_and_different_people_stay_apart(nlp, text, expected):
    found = {name: set(entity.aliases) for name, entity in people_of(nlp, text).items()}
    assert found == expected


SHARED_AND_LATER_TITLES = [
    # (text, name, title, official): titles shared under a plural, given by a pronoun or a description later.
    # A bare formal title later shortens the office first named with a body outside government: no public office.
    ("Sri Lanka Cricket (SLC) President Shammi Silva responded to the minister. President Silva began by questioning "
     "the audit.", "Shammi Silva", "President", False),
    ("French President Emmanuel Macron spoke on Monday. President Macron said France would respond.",
     "Emmanuel Macron", "President", True),
    ("Critics of the program, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, "
     "Democrat of Vermont, see reauthorization as an opportunity.", "Patrick J. Leahy", "Senator", True),
    # Down a list of three: the title before the first name is no title of the second ("Mayor of Kerry Tom Byrne,
    # along with Councillors Ann Norton" ends in another name).
    ("Mayor of Kerry Tom Byrne, along with Councillors Ann Norton, P.J. Ryan and Pat Burke, raised the issue at the recent "
     "council meeting.", "P.J. Ryan", "Councillor", True),
    ("Mayor of Kerry Tom Byrne, along with Councillors Ann Norton, P.J. Ryan and Pat Burke, raised the issue at the recent "
     "council meeting.", "Pat Burke", "Councillor", True),
    # No office from "the policies of"; a head of state at any recent date is an official all the same (S15). (Named
    # only in "the administration of Nicolás Maduro" he is not listed at all: S17, tests/test_heads.py.)
    ("On Monday, the EU renewed the sanctions against officials linked to the policies of Nicolás Maduro.",
     "Nicolás Maduro", None, True),
    # A plural title gives each name its singular: "Sens." is never one person's title.
    ("Corker teamed up with Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and Marco Rubio (R-Fla.).",
     "Marco Rubio", "Sen.", True),
    ("Corker teamed up with Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and Marco Rubio (R-Fla.).",
     "Robert Menendez", "Sen.", True),
    ("Joining Rubio were three moderates who have led big states: Bush and Govs. Chris Christie of New Jersey and "
     "John Kasich of Ohio.", "John Kasich", "Gov.", True),
    # A plural head spaCy read as a proper noun still introduces the names; each holds the singular title.
    ("Foreign Ministers Mauro Vieira of Brazil and Diana Mondino of Argentina met in Brasilia on Monday for talks.",
     "Mauro Vieira", "Foreign Minister", True),
    ("Foreign Ministers Mauro Vieira of Brazil and Diana Mondino of Argentina met in Brasilia on Monday for talks.",
     "Diana Mondino", "Foreign Minister", True),
    # A conjunct the parser hung on any word of the titled name shares its plural title.
    ("Israeli journalist Barak Ravid reported in July that the US had even considered sanctioning ministers Itamar "
     "Ben-Gvir and Bezalel Smotrich.", "Bezalel Smotrich", "sanctioning minister", True),
    # Negative: a singular title is not shared ("Senator X and Y" titles X alone).
    ("The report was signed by Senator John Smith and Mary Jones, a lawyer from Ohio.", "Mary Jones", "lawyer from Ohio", False),
    ("President Barack Obama has an admirer in British diplomat Sir Peter Westmacott. Westmacott, who will retire "
     "soon after also serving in Iran, Turkey and France, praised Obama’s presidency in an interview published "
     "Saturday. He currently serves as the British ambassador to the U.S.",
     "Peter Westmacott", "British ambassador to the U.S.", True),
    ("Bernie Sanders offered some advice on Friday. As far as whether Sanders still senses anger among his "
     "supporters, the Vermont senator acknowledged that there are still some.", "Bernie Sanders", "Vermont senator",
     True),
    # A description of an office after the person's own quoted words is theirs: the quote names no one else
    # (swissinfo, batch 29); another field's minister in its sentence is another office. Negative: a sentence of
    # the writer's between them names the person no more.
    ("Ignazio Cassis, who is attending the Munich Security Conference this weekend, sees no path to peace talks. “At "
     "the moment, I have the feeling there’s no room for negotiations,” Cassis told Swiss public television SRF. “We "
     "are facing a military escalation. You can really feel that here.”\nThe foreign affairs minister, who is "
     "representing the Alpine country in Munich together with Defence Minister Viola Amherd, also said that "
     "Switzerland was not in a position to act as a mediator.", "Ignazio Cassis", "foreign affairs minister", True),
    ("Ignazio Cassis sees no path to peace talks. “At the moment, I have the feeling there’s no room for "
     "negotiations,” Cassis told Swiss public television SRF. The newspaper reported on the talks. The foreign affairs "
     "minister, who is representing the Alpine country in Munich together with Defence Minister Viola Amherd, also "
     "said that Switzerland was not in a position to act as a mediator.", "Ignazio Cassis", None, False),
    # A national office set off before the name by a comma is the title it would be right before it (allafrica,
    # batch 29); negative: an office of a body the title names.
    ("The acting President, Mr Slumber Tsogwane, told a Rural Development Council meeting in Gaborone yesterday that "
     "the government had acted.", "Slumber Tsogwane", "acting President", True),
    ("The company's President, Mr John Smith, told shareholders in Gaborone yesterday that profits had risen.",
     "John Smith", "company's President", False),
    # A name spaCy ran into the body of the title's complement is a name when its last word stands alone elsewhere
    # (marsad, batch 29); negative: a body's last word never does ("Association of Southeast Asian Nations").
    ("The Prime Minister of the Government of National Unity Abdul Hamid Dbeibah said on Tuesday that a group tried "
     "to stir up sedition. “I agreed to open a safe corridor,” Dbeibah indicated.", "Abdul Hamid Dbeibah",
     "Prime Minister of the Government of National Unity", True),
    # A surname the tagger read as a plural common noun at the end of the name's entity (theportugalnews, batch 29).
    ("This position was defended by the Ukrainian diplomat Inna Ohnivets in statements to journalists.",
     "Inna Ohnivets", "Ukrainian diplomat", True),
    # A title after a name's comma that runs straight into another name is that name's (timeskuwait, batch 29).
    ("In an interview with Al-Rai, American Ambassador to Kuwait Alina L. Romanowski stressed that the act aims to "
     "send a clear signal.", "Al-Rai", None, False),
    ("In an interview with Al-Rai, American Ambassador to Kuwait Alina L. Romanowski stressed that the act aims to "
     "send a clear signal.", "Alina L. Romanowski", "Ambassador to Kuwait", True),
    # A complement after "at" runs up to the name as one after "of" does; negative: no office at a university.
    ("Spokesperson at the US Department of State Edward Price confirmed the call. \"It matters,\" Price said.",
     "Edward Price", "Spokesperson at the US Department of State", True),
    ("A lecturer at Harvard University John Smith said the plan would fail.", "John Smith", None, False),
    # "In general," is no rank set off before a name (totalcroatianews, batch 29); "by the Minister of …, X" still is.
    ("Commenting on the appeal, Andrej Plenković said that the situation resembled what happened to Croatia in 1991. "
     "In general, Plenković does not think that Croatia’s economy would suffer.", "Andrej Plenković", None, False),
    ("The ambassador was summoned on Saturday by the Minister of Maghreb Affairs, Abdelkader Messahel, a statement "
     "said.", "Abdelkader Messahel", "Minister of Maghreb Affairs", True),
    ("The decision was made after hearing from Minister of Transport and Telecommunications, Juan Carlos Muñoz, and "
     "Foreign Minister Alberto Van Klaveren.", "Juan Carlos Muñoz", "Minister of Transport and Telecommunications",
     True),
    # A portfolio's capitalised word after "of" is the minister's field, no judge's title (foroyaa, batch 29); a
    # judge's title right before the name stays one.
    ("The Gambia’s Attorney General and Minister of Justice Aboubacarr Tambadou has called on the United States to "
     "act.", "Aboubacarr Tambadou", "Minister of Justice", True),
    ("Chief Justice Ivor Archie said the court would sit.", "Ivor Archie", "Chief Justice", True),
]


@pytest.mark.parametrize(("text", "name", "title", "official"), SHARED_AND_LATER_TITLES)
def test_titles_shared_or_given_later(nlp, text, name, title, official):
    person = people_of(nlp, text)[name]
    assert (person.title, person.is_official) == (title, official)


SHARED_PLACES = [
    # (text, first name, second name, their organisations): each name keeps its own "of <place>"; a country the
    # plural title's own words name is both names' ("US Senators"), a place after the first name is not the next's.
    ("Joining Rubio were three moderates who have led big states: Bush and Govs. Chris Christie of New Jersey and "
     "John Kasich of Ohio.", "Chris Christie", "John Kasich", ("New Jersey", "Ohio")),
    ("His comments echoed calls from US Senators Lindsey Graham and Richard Blumenthal to pass the Act.",
     "Lindsey Graham", "Richard Blumenthal", ("United States", "United States")),
    ("Joining Rubio were Govs. Chris Christie of New Jersey and John Kasich.", "Chris Christie", "John Kasich",
     ("New Jersey", None)),
]


@pytest.mark.parametrize(("text", "first", "second", "organizations"), SHARED_PLACES)
def test_a_shared_title_keeps_each_name_s_own_place(nlp, text, first, second, organizations):
    people = people_of(nlp, text)
    assert (people[first].organization, people[second].organization) == organizations


PLURAL_TITLE_LISTS = [
    # A national office in lower case set right before the names is their title, as before one name
    # (dailymirror-lk-2023-01-12); one a possessive gives a body is not.
    ("Canada announced sanctions against former presidents Mahinda Rajapaksa and Gotabaya Rajapaksa on Tuesday.",
     "Gotabaya Rajapaksa", "former president", "Sri Lanka", True),
    ("The company's presidents John Smith and Bob Jones were named.", "Bob Jones", "company's president", None,
     False),
    # Demonyms joined before the head go to the names in their order; not when they are fewer than the names.
    ("Retno Marsudi discussed the regional situation with her Australian and Indian counterparts Penny Wong and S. "
     "Jaishankar.", "Penny Wong", "Australian and Indian counterpart", "Australia", True),
    ("Retno Marsudi discussed the regional situation with her Australian and Indian counterparts Penny Wong and S. "
     "Jaishankar.", "S. Jaishankar", "Australian and Indian counterpart", "India", True),
    ("The Russian and Chinese foreign ministers Sergei Lavrov and Wang Yi met in Beijing.", "Sergei Lavrov",
     "Russian and Chinese foreign minister", "Russia", True),
    # (text, name, title, organisation, official): a plural office before a list of names gives each name the
    # singular office and the place the list gives beside that name, before it after "of" ("the Ambassadors of
    # Morocco, Mr A; Ukraine, Dr B"), after it with "of" or in brackets (docs/annotation.md "People").
    ("The President received the Ambassadors of Morocco, Mr Youssef Amrani; Ukraine, Dr Oksana Markarova; and Japan, "
     "Mr Koji Tomita.", "Oksana Markarova", "Ambassador", "Ukraine", True),
    ("The President received the Ambassadors of Morocco, Mr Youssef Amrani; Ukraine, Dr Oksana Markarova; and Japan, "
     "Mr Koji Tomita.", "Koji Tomita", "Ambassador", "Japan", True),
    ("The talks brought together foreign ministers Annalena Baerbock of Germany, Catherine Colonna of France and "
     "Antonio Tajani of Italy.", "Antonio Tajani", "foreign minister", "Italy", True),
    ("The talks brought together foreign ministers Annalena Baerbock of Germany, Catherine Colonna of France and "
     "Antonio Tajani of Italy.", "Catherine Colonna", "foreign minister", "France", True),
    ("Foreign ministers Annalena Baerbock (Germany), Catherine Colonna (France) and Antonio Tajani (Italy) signed the "
     "statement.", "Catherine Colonna", "Foreign minister", "France", True),
    ("The statement was signed by the foreign ministers of Germany, Annalena Baerbock, and France, Catherine Colonna.",
     "Annalena Baerbock", "foreign minister", "Germany", True),
    ("The statement was signed by the foreign ministers of Germany, Annalena Baerbock, and France, Catherine Colonna.",
     "Catherine Colonna", "foreign minister", "France", True),
    # Places named first, in the names' order: each name holds the office of the place in its rank.
    ("The ambassadors of France and Germany, Laurent Bili and Andreas Michaelis, met him on Monday.",
     "Andreas Michaelis", "ambassador", "Germany", True),
    ("The ambassadors of France and Germany, Laurent Bili and Andreas Michaelis, met him on Monday.",
     "Laurent Bili", "ambassador", "France", True),
    # The organisation the first name's own plural title found is the whole list's, not a body the sentence named
    # before it.
    ("The ban covers New Zealand's Ministry of Defence and Armed Forces. Officials barred include New Zealand's "
     "deputy defence chiefs Anton Youngman, Richard Schmidt, and Mel Childs.", "Mel Childs", "deputy defence chief",
     "New Zealand", True),
    # The title's own words name the body though the first name has no title of its own (a dash opens the list).
    ("A statement said three Supreme Court justices — Inyang Okoro, Adamu Jauro, and Chioma Iheme-Nwosu — were "
     "present.", "Adamu Jauro", "three Supreme Court justice", "Supreme Court", True),
    # Negatives: a plural office with no list after it gives no name anything; a gang's leaders hold no office.
    ("The ministers met in Brussels on Monday, said Annalena Baerbock.", "Annalena Baerbock", None, None, False),
    ("The foreign ministers, who met in Brussels, heard from Mary Jones and John Smith of Oxfam.", "John Smith", None,
     None, False),
    ("The ministers praised Mary Jones and John Smith for their work.", "John Smith", None, None, False),
    ("Global Affairs Canada says gang leaders Luckson Elan, Gabriel Jean-Pierre and Ferdens Tilus have undermined the "
     "peace.", "Ferdens Tilus", "gang leader", None, False),
]


@pytest.mark.parametrize(("text", "name", "title", "organization", "official"), PLURAL_TITLE_LISTS)
def test_a_plural_title_gives_each_listed_name_its_office_and_place(nlp, text, name, title, organization, official):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization, person.is_official) == (title, organization, official)


def test_a_plural_title_with_no_names_lists_no_one(nlp):
    assert people_of(nlp, "EU foreign ministers met in Brussels on Monday to discuss sanctions.") == {}
    # Places that do not pair off with the names after them give none of them a place.
    people = people_of(nlp, "He met the ministers of France, Germany and Italy, Laurent Bili and Andreas Michaelis.")
    assert {people[name].organization for name in people} <= {None}


def test_headline_words_are_not_names_or_titles(nlp):
    text = ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\n"
            "WASHINGTON ― Donald Trump’s obsession with the birth of President Barack Obama is an insult, "
            "lawmakers said. Trump did not apologize.")
    people = people_of(nlp, text)
    assert "Rip Donald Trump" not in people
    assert people["Donald Trump"].title is None and not people["Donald Trump"].is_official
    assert people["Barack Obama"].is_official


@pytest.mark.parametrize(("text", "name"), [
    # A Korean given name's lower-case syllable after a hyphen is part of the name, not a headline's "in".
    ("Park's left-leaning successor Moon Jae-in was swept to power by the backlash.", "Moon Jae-in"),
    ("Choi said Kim Dae-jung had met Moon Jae-in in Seoul.", "Moon Jae-in"),
    # A listed holder's name whose first word the tagger reads as a preposition ("To Lam", Vietnam's leader).
    ("Son urged US businesses to support a visit to the United States by Vietnamese leader To Lam.", "To Lam"),
    # A given name hyphened in two is one word of a name read after a title: three words, not four.
    ("Air strikes came as President Abd-Rabbu Mansour Hadi fled to Riyadh.", "Abd-Rabbu Mansour Hadi"),
])
def test_a_hyphenated_syllable_is_part_of_the_name(nlp, text, name):
    assert name in people_of(nlp, text)


@pytest.mark.parametrize(("text", "names", "not_names"), [
    # A line of a list of office holders opens on a name, set off by a dash from the office, tagged or not.
    ("The Baltic states banned them:\n● Shalva Bedoidze – Deputy Minister of Internal Affairs;\n"
     "● Aleksandre Darakhvelidze – Deputy Minister of Internal Affairs;\n"
     "● Giorgi Butkhuzi – Deputy Minister of Internal Affairs;", ["Aleksandre Darakhvelidze", "Giorgi Butkhuzi"], []),
    # No office after the dash, or a dash inside a sentence: no name read.
    ("The list:\n● Patrol Tasks – a unit of the ministry;\nThey said Grand Forest – near the border – burned.",
     [], ["Patrol Tasks", "Grand Forest"]),
])
def test_a_line_of_a_list_of_office_holders_opens_on_a_name(nlp, text, names, not_names):
    people = people_of(nlp, text)
    assert all(name in people and people[name].is_official for name in names)
    assert not any(name in people for name in not_names)


def test_a_surname_stays_with_the_person_the_article_is_about(nlp):
    text = ("Sen. Ted Cruz is endorsing the nominee. Cruz said he had disagreements. Cruz was booed off the stage. "
            "Trump attacked his wife, Heidi Cruz, last year. Cruz said he would not forget it.")
    people = people_of(nlp, text)
    assert people["Ted Cruz"].aliases == ("Cruz",)
    assert "Cruz" not in people["Heidi Cruz"].aliases


def test_surname_goes_to_the_person_named_most_recently(nlp):
    text = "Bill Clinton spoke in Ohio. Later, Hillary Clinton arrived in Iowa. Clinton said she would win."
    people = people_of(nlp, text)
    assert "Clinton" in people["Hillary Clinton"].aliases
    assert "Clinton" not in people["Bill Clinton"].aliases


UNNAMED = [
    ("A senior US official said the sanctions would come soon.", "A senior US official", True),
    ("According to a State Department spokesman, the deal is off.", "a State Department spokesman", True),
    ("A campaign spokesman said the rally was cancelled.", "A campaign spokesman", False),
    ("A Freedom Partners official said the group would spend heavily.", "A Freedom Partners official", False),
    ("A Treasury spokesman declined to comment on the inversion.", "A Treasury spokesman", True),
    ("A spokeswoman for YouTube said the videos were removed.", "A spokeswoman for YouTube", False),
]


def test_a_body_name_s_last_word_is_no_name_after_a_title(nlp):
    text = "The envoy of the Association of Southeast Asian Nations met the general. The Nations team arrived."
    assert "Asian Nations" not in people_of(nlp, text)


def test_a_definite_description_is_the_named_holder_not_an_unnamed_source(nlp):
    text = ("Sen. Bernie Sanders spoke in Ohio, and Sen. Elizabeth Warren spoke in Iowa. "
            "Later, Sanders met voters. The senator said the system was rigged.")
    entities = find_people(build_context(nlp(text)))
    assert [entity.name for entity in entities if entity.type == "unnamed"] == []
    sanders = next(entity for entity in entities if entity.name == "Bernie Sanders")
    assert "The senator" in [text[start:end] for start, end in sanders.mentions]


@pytest.mark.parametrize(("sentence", "wording", "official"), UNNAMED)
def test_unnamed_sources(nlp, sentence, wording, official):
    unnamed = [entity for entity in find_people(build_context(nlp(sentence))) if entity.type == "unnamed"]
    assert [(entity.name, entity.is_official) for entity in unnamed] == [(wording, official)]


NOT_PEOPLE = [
    "The Affordable Care Act was passed in 2010, and Obamacare is still debated.",
    "The Russian military and North Korean troops held drills near the border.",
    "The two leaders held an in-depth discussion about the Korean Peninsula.",
    # A country spaCy tags as a person is no person, nor the leader of a regime it names.
    "Niger in July became the latest member to undergo a coup. The bloc will engage with Niger regime's leadership.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_people_where_none_are_named(nlp, text):
    assert [entity.name for entity in find_people(build_context(nlp(text)))] == []


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Kim Jong Un", "Kim Jong-un", True),
    ("Donald J. Trump", "Donald Trump", True),
    ("Donald Trump", "Donald Trump Jr.", False),
    ("Bill Clinton", "Hillary Clinton", False),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
    # A surname led by a particle is the end of the full name; a two-word name is not a surname by itself.
    ("Ahmed Abu Zeid", "Abu Zeid", True),
    ("Ahmed Abu Zeid", "Khaled Abu Zeid", False),
    ("Ahmed Salem", "Salem", False),
    ("Michael Kofman", "Michael Hofman", False),
    ("Md. Golam Mortuza Majumder", "Golam Mortuza Majumder", True),
    ("Md. Golam Mortuza Majumder", "Md. Shafiul Alam Mahmud", False),
])
def test_full_name_variants(a, b, same):
    assert same_name(name_key(a), name_key(b)) is same


@pytest.mark.parametrize(("part", "full", "fits"), [
    ("Putin", "Vladimir Putin", True),
    ("Kim", "Kim Jong Un", True),
    ("Mr. Trump", "Donald Trump", True),
    ("Jong", "Kim Jong Un", False),
    ("Trump Jr.", "Donald Trump", False),
])
def test_one_word_forms(part, full, fits):
    assert part_of_name(name_key(part), name_key(full)) is fits


def test_spelling_variant_of_a_surname_joins_when_nothing_matches_exactly(nlp):
    text = "Ukrainian President Volodymyr Zelensky met donors. Zelenskyy said the aid was vital."
    people = people_of(nlp, text)
    assert set(people) == {"Volodymyr Zelensky"} and "Zelenskyy" in people["Volodymyr Zelensky"].aliases


@pytest.mark.parametrize(("written", "bare"), [
    ("Kim Jong Un’s", "Kim Jong Un"), ("Jones'", "Jones"), ("Putin's", "Putin"), ("Miller", "Miller"),
])
def test_possessives_are_stripped(written, bare):
    assert strip_possessive(written) == bare


@pytest.mark.parametrize(("title", "head"), [
    ("Russian President", "president"), ("Sen.", "senator"), ("North Korean leader", "leader"),
    ("official spokesperson of the US Department of State", "spokesperson"), ("Secretary of State", "secretary of state"),
    ("analyst at the Brookings Institution", "analyst"),
    ("Charge d’ Affaires", "charge d'affaires"), ("IGP", "inspector general"), ("vice-president", "vice-president"),
])
def test_title_heads(title, head):
    assert head_of(title) == head


@pytest.mark.parametrize("text", ["", " ", "\n\n", "“", "Mr.", "’s", "President", "the the the", "Sens.",
                                  "Rep. , said", "— “Kim Jong-un’s’s” —", "A B C D E F G H I J", "Mr. Mr. Mr. Trump"])
def test_odd_input_never_raises(nlp, text):
    assert isinstance(find_people(build_context(nlp(text))), list)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab AB.,’'\"“”-—()\nMrSenPutinKimJong")), max_size=80))
def test_arbitrary_text_never_raises(nlp, text):
    entities = find_people(build_context(nlp(text)))
    for entity in entities:
        assert all(0 <= start < end <= len(text) for start, end in entity.mentions)


# Issue 15: officials, titles and organisations on international news (sentences from the news corpus's tune half,
# bench/data/news/, and our own), by the issue's error classes, negatives included.

PAST_AND_PRESENT = [
    # (text, name, official, former)
    ("Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account.", "Kurt Volker",
     True, True),
    ("Dr. Ekow Spio-Garbrah, Trade Minister from 2014 to 2017, and Mr. Michael Okyere Baafi, Deputy Trade Minister "
     "from 2021 to 2024, made the call.", "Michael Okyere Baafi", True, True),
    ("Dr. Ekow Spio-Garbrah, Trade Minister from 2014 to 2017, made the call.", "Ekow Spio-Garbrah", True, True),
    ("Former President Bill Clinton spoke at the convention.", "Bill Clinton", True, True),
    ("The decision was approved by the then Home Secretary Sajid Javid last year.", "Sajid Javid", True, True),
    ("Sajid Javid, who served as Home Secretary, declined to comment.", "Sajid Javid", True, True),
    ("Mourners gathered for the late King Hussein of Jordan on Sunday.", "Hussein", True, True),
    ("Mary Jones, a lawyer and former judge, said the ruling was wrong.", "Mary Jones", True, True),
    ("Former Secretary of State Hillary Clinton spoke. \"Secretary Clinton will win,\" Kaine said.",
     "Hillary Clinton", True, True),
    # Who counts: a body word in the complement makes an office of a conditional head; a national office set right
    # before a name is a title in lower case too.
    ("Dan Ortiz, a former official in President Bill Clinton's administration, said the tax fails.", "Dan Ortiz",
     True, True),
    ("The memoir of former president Bill Clinton sold well.", "Bill Clinton", True, True),
    ("Presidency spokesman Garba Shehu said the talks would go on.", "Garba Shehu", True, False),
    ("The accusation was levelled by Union Minister V. Narayanasamy on Monday.", "V. Narayanasamy", True, False),
    # Negatives: the present, and no office at all.
    ("\"I then heard President Trump ask, quote, 'So he's going to do the investigation?'\" Holmes testified.",
     "Trump", True, False),
    ("Polish Interior Minister Mariusz Kamiński announced the list on Monday.", "Mariusz Kamiński", True, False),
    ("Republican presidential candidate Donald Trump attacked the plan.", "Donald Trump", False, False),
    ("Former Hewlett-Packard CEO Carly Fiorina attacked the plan.", "Carly Fiorina", False, False),
    # A name that stands for the government it heads is an official's (an office the card shows no title for).
    ("Nicolás Maduro spoke on state television. The Nicolás Maduro government rejected the measures.", "Nicolás Maduro",
     True, False),
    ("The embargo dates from the ousted Muammar Gaddafi regime.", "Muammar Gaddafi", True, True),
    ("The embargo dates from the ousted Muammar Gaddafi regime. Gaddafi, Libya's leader for 42 years, was killed in "
     "2011.", "Muammar Gaddafi", True, True),
    ("Moreno said the Lenín Moreno administration would not yield. Moreno left for Quito.", "Lenín Moreno", True, False),
    ("The crackdown recalled the tactics that marked Robert Mugabe's 37-year rule. Mugabe left office in 2017.",
     "Robert Mugabe", True, True),
    # Negatives: a campaign or foundation is no government; a surname used only as a label is no person's office.
    ("Staff of the Hillary Clinton campaign met donors on Monday.", "Hillary Clinton", False, False),
    ("Bill Gates spoke on Monday. The Bill Gates foundation pledged more money for vaccines.", "Bill Gates", False, False),
    ("Critics said the Obama government moved too slowly.", "Obama", False, False),
    ("Dan Ortiz, a former official in the Clinton campaign, said the tax fails.", "Dan Ortiz", False, False),
    ("The report of club president Ann Lee was read out.", "Ann Lee", False, False),
    ("That is good news for a would-be president Donald Trump, who will find the figures he needs.", "Donald Trump",
     False, False),
    # A list names the members of a group of officials the article counts or sets it after: the group's office,
    # past when the group is ("ex-officials"), current when it is "former and current".
    ("The US sanctioned four Georgian former and current judicial officials. Blinken named the four individuals as "
     "Mikheil Chinchaladze, Levan Murusidze, Irakli Shengelia and Valerian Tsertsvadze.", "Levan Murusidze",
     True, False),
    ("The council imposed sanctions on ex-President Viktor Yanukovych and 3 other ex-officials. The sanctions apply "
     "to the following persons: Serhiy Abisov; Mykola Azarov; Valeriy Hrytsay and Viktor Yanukovych.",
     "Valeriy Hrytsay", True, True),
    ("Washington sanctioned three officials: Orlando Castillo, Sonia Castro and Oscar Mojica.", "Sonia Castro", True,
     False),
    ("Washington announced sanctions on top former Sudanese officials. The sanctions back diplomatic efforts. The "
     "individuals are Salah Abdallah Mohamed Salah, Taha Osman Ahmed al-Hussein and Mohamed Etta Elmoula Abbas.",
     "Taha Osman Ahmed al-Hussein", True, True),
    # Negatives: a group that holds no office, a count the list does not match, a list of no group.
    ("Canada sanctioned three gang leaders: Luckson Elan, Gabriel Jean-Pierre and Johnson Andre.", "Johnson Andre",
     False, False),
    ("The US sanctioned four Georgian judicial officials. Guests included Anna Berg, Tom Hale and Lisa Park.",
     "Tom Hale", False, False),
    ("Five officials resigned on Monday. Ann Lee, Bob Stone and Carl Weiss founded the company.", "Bob Stone", False,
     False),
    ("Five officials resigned on Monday. The founders are Ann Lee, Bob Stone and Carl Weiss.", "Bob Stone", False,
     False),
]


@pytest.mark.parametrize(("text", "name", "official", "former"), PAST_AND_PRESENT)
def test_a_past_office_is_an_official_shown_as_former(nlp, text, name, official, former):
    person = people_of(nlp, text)[name]
    assert (person.is_official, person.former) == (official, former)


NAMES_AFTER_TITLES = [
    # (text, name, title, official): a name right after a title is a person even when spaCy misses or cuts it.
    # A name spaCy tagged as a body's stays whole: its first word introduces no second name.
    ("ASEAN countries would not impose sanctions against Myanmar, Indonesian Presidential spokesman Dino Patti "
     "Djalal said here.", "Dino Patti Djalal", "Indonesian Presidential spokesman", True),
    ("\"The Treasury takes any breach extremely seriously,\" Treasury deputy chief executive Struan Little said in "
     "a statement.", "Struan Little", "Treasury deputy chief executive", True),
    ("\"It will help,\" Turkish Foreign Ministry spokesperson Oncu Keceli said on Friday in a post.", "Oncu Keceli",
     "Turkish Foreign Ministry spokesperson", True),
    ("President Abdel Fattah Al-Sisi has said that Egypt seeks to consolidate the ceasefire in Sudan.",
     "Abdel Fattah Al-Sisi", "President", True),
    ("\"It has nothing to do with the legal sphere,\" Minister of Foreign Affairs Margus Tsahkna (Eesti 200) told "
     "ERR on Tuesday.", "Margus Tsahkna", "Minister of Foreign Affairs", True),
    ("Western countries do not need a reason to impose sanctions on Russia, official spokeswoman of the Russian "
     "Foreign Ministry Maria Zakharova said.", "Maria Zakharova",
     "official spokeswoman of the Russian Foreign Ministry", True),
    ("\"It could harm our national security,\" Under Secretary of Commerce for Industry and Security Alan F. Estevez "
     "said in a statement.", "Alan F. Estevez", "Under Secretary of Commerce for Industry and Security", True),
    ("The board found Bungoma Chief Magistrate Walter Ndolo Nyarima unfit to continue serving.",
     "Walter Ndolo Nyarima", "Chief Magistrate", True),
    # A name written from a lower-case particle joined to its capitalised word.
    ("The country has been ravaged by fighting between General al-Hashimi’s army and the militia since April.",
     "al-Hashimi", "General", True),
    # An apostrophe inside a word is a letter of the name (a Samoan glottal stop), though the tagger reads a common
    # noun there.
    ("“It almost cost the player his life,” said SADA representative Dengue So’onalole.", "Dengue So’onalole",
     "SADA representative", True),
    # A description opening its sentence is capitalised there and still no part of the name.
    ("Militiamen attacked a village west of El Geneina on Friday. Farmer Adam Ibrahim was shot dead, and several "
     "others were injured.", "Adam Ibrahim", "Farmer", False),
    # "MP" is a parliamentarian's title, before or after the name.
    ("The MP from Basra Governorate, Dawood Al-Eidan, disclosed the minister's answer on Saturday.", "Dawood Al-Eidan",
     "MP from Basra Governorate", True),
    # A name spaCy ran into the body before it is still a name after a plural title head.
    ("A delegation headed by First Deputy Chairman of the Cabinet of Ministers Nurlan Osmonov went to Washington.",
     "Nurlan Osmonov", "First Deputy Chairman of the Cabinet of Ministers", True),
    # A complement with a second "of" runs on further from the head before the name.
    ("Spokesman of Foreign Ministry of Iran Bahram Ghasemi also reacted to the measure on Monday.", "Bahram Ghasemi",
     "Spokesman of Foreign Ministry of Iran", True),
    # A lower-case particle inside the name after a title is no end of it (spaCy breaks the name there or runs it
    # into the body before it).
    ("Geneva, Dec 30 UN Special Envoy for Syria Staffan de Mistura welcomed the announcement of a ceasefire.",
     "Staffan de Mistura", "Special Envoy for Syria", True),
    ("Justice Celso de Mello cast the sixth decisive vote in favor of the appeals.", "Celso de Mello", "Justice",
     True),
    # A complement over a possessive, and a country the tagger ran into the name, still end the title before it.
    ("RT Editor-In-Chief Margarita Simonyan and head of Russia's Chechen Republic Ramzan Kadyrov are also targeted.",
     "Ramzan Kadyrov", "head of Russia's Chechen Republic", True),
    ("The West African leaders designated the former President of Benin Boni Yayi as an intermediary.", "Boni Yayi",
     "former President of Benin", True),
    # A complement may end in a field in the plural or a hyphened one; the next item's office in a list of titled
    # names is that item's, not the name's before it.
    ("He met Coordinating Minister for Maritime Affairs and Investments Luhut Pandjaitan, Coordinating Minister for "
     "Economic Affairs Airlangga Hartarto and others.", "Luhut Pandjaitan",
     "Coordinating Minister for Maritime Affairs and Investments", True),
    ("He also met Minister of Finance Sri Mulyani Indrawati, Minister of State-Owned Enterprises Erick Thohir, and "
     "Minister of Tourism and Creative Economy Sandiaga Uno, MFA said.", "Erick Thohir",
     "Minister of State-Owned Enterprises", True),
    # "Cllr" is a councillor's title written before the name, not a word of the name.
    ("Fianna Fáil Cllr Seamus McDonald was speaking at the April meeting. Cllr Paddy Bracken supported the motion.",
     "Paddy Bracken", "Cllr", True),
    # A body's possessive inside the complement, as a country's (err.ee, 2023); not a person's, nor a unit's name
    # running on ("Domestic Policy Directorate" is no given name).
    ("The list includes member of the Riigikogu's Foreign Affairs Committee Eerik-Niiles Kross and others.",
     "Eerik-Niiles Kross", "member of the Riigikogu's Foreign Affairs Committee", True),
    ("It names Chairman of the Riigikogu's Foreign Affairs Committee Marko Mihkelson, among others.", "Marko Mihkelson",
     "Chairman of the Riigikogu's Foreign Affairs Committee", True),
    ("Head of the Kremlin's Domestic Policy Directorate Andrei Yarin was listed.", "Andrei Yarin",
     "Head of the Kremlin's Domestic Policy Directorate", True),
    # A title phrase set off by a comma, the name set off after it, tagged a body's or not at all.
    ("The head of the Cabinet of Ministers, Akylbek Japarov, said the republic would comply.", "Akylbek Japarov",
     "head of the Cabinet of Ministers", True),
    ("Among them are the head of Nicaragua's National Assembly, Gustavo Porras Cortes; and two judges.",
     "Gustavo Porras Cortes", "head of Nicaragua's National Assembly", True),
    ("The speaker of the Senate, Tarmizi Abdul Rahman, adjourned the sitting.", "Tarmizi Abdul Rahman",
     "speaker of the Senate", True),
    ("According to the governor of the province, Kaweesa Mutebi Lwanga: the roads are closed.",
     "Kaweesa Mutebi Lwanga", "governor of the province", True),
    # A name written as one word after a patronym's initial, as Mongolian outlets write it.
    ("South Korea's Defense Minister met with Mongolian Minister of Defense N.Enkhbold on December 7.", "N.Enkhbold",
     "Minister of Defense", True),
    ("The ambassador met Finance Minister B.Javkhlan on Monday to discuss the loan.", "B.Javkhlan", "Finance Minister",
     True),
]

NOT_NAMES_AFTER_TITLES = [
    # A place set off after the title is the office's place, and a run the title's comma opens that goes on into a
    # list or a longer name is no appositive name.
    "The mayor of the district, Santa Cruz, said the road would reopen.",
    "The Minister of Foreign Affairs, Cooperation and Mauritanians Abroad arrived on Monday.",
    "The chairman of the committee, Human Rights Watch and others signed the letter.",
    # A place or a firm written with a full stop inside is no initialled name.
    "The governor of St.Petersburg said the bridge would reopen.",
    "The chairman E.ON announced a merger.",
]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister for Foreign Relations, Félix Plasencia, stated that sanctions are no solution.", "Félix Plasencia"),
    # Negatives: a demonym or a title before the surname is no given name.
    ("At the forum, Venezuelan Plasencia stated that sanctions are no solution.", "Plasencia"),
    ("At the forum, Minister Plasencia stated that sanctions are no solution.", "Plasencia"),
])
def test_a_given_name_spacy_left_out_after_a_comma_joins_the_surname(nlp, text, expected):
    doc = nlp(text)
    surname = next(token.i for token in doc if token.text == "Plasencia")  # as if spaCy tagged the surname alone
    assert [span.text for span in names_after_titles(doc, [doc[surname:surname + 1]])] == [expected]


@pytest.mark.parametrize(("text", "name", "title", "official"), NAMES_AFTER_TITLES)
def test_a_name_after_a_title_is_a_person(nlp, text, name, title, official):
    person = people_of(nlp, text)[name]
    assert (person.title, person.is_official) == (title, official)


@pytest.mark.parametrize("text", NOT_NAMES_AFTER_TITLES)
def test_runs_after_a_title_that_are_no_names(nlp, text):
    doc = nlp(text)
    assert [span.text for span in names_after_titles(doc, [])] == []


@pytest.mark.parametrize(("text", "not_names"), [
    ("\"We will act,\" said the head of the Congressional Black Caucus, G.K. Butterfield.", {"Black Caucus"}),
    ("Lawan spoke with President-Elect Donald Trump on Monday.", {"-Elect Donald", "Elect Donald"}),
    # The end of a body's name with a link inside, after a title's complement, is no person.
    ("The special envoy of the Association of Southeast Asian Nations is supposed to mediate between all sides.",
     {"Asian Nations", "Southeast Asian Nations"}),
    # The end of a body's name after a body's possessive is no person (a country's possessive may lead to a name).
    ("Andrea Gacki, director of the Treasury's Office of Foreign Assets Control, said the move was needed.",
     {"Assets Control", "Foreign Assets Control"}),
    # The last words of a unit's or an armed force's name after a title are no person.
    ("Hing Bun Hieng, Head of the Prime Minister Bodyguard Unit and Deputy Commander-in-Chief of Royal Cambodian "
     "Armed Forces, was sanctioned.", {"Bodyguard Unit", "Armed Forces", "Cambodian Armed Forces"}),
    # A firm's or an office's name ends in a common noun no surname is (data/roles.json not_person_words).
    ("China sanctioned General Dynamics Land Systems and General Atomics Aeronautical Systems on Thursday.",
     {"Dynamics Land Systems", "Atomics Aeronautical Systems"}),
    ("Kim Min-seok, minister of the Office for Government Policy Coordination, said the list was final.",
     {"Policy Coordination", "Government Policy Coordination"}),
    # A dateline's agency run on to the next word is no name.
    ("Tokyo, Oct. 23 (Jiji Press)--The Japanese government on Thursday expressed its understanding.",
     {"Jiji Press)--The", "Jiji Press"}),
])
def test_words_of_a_body_or_a_title_are_not_a_name(nlp, text, not_names):
    assert not set(people_of(nlp, text)) & not_names


@pytest.mark.parametrize(("text", "names", "not_names"), [
    # An untagged name between two names of a list is a name; a name tagged in two halves is one.
    ("The sanctions apply to the following persons: Serhiy Abisov; Mykola Azarov; Oleksandr Bobkov; Valeriy Hrytsay; "
     "Kostiantyn Zatulin and Viktor Yanukovych.", {"Valeriy Hrytsay", "Oleksandr Bobkov"}, {"Bobkov"}),
    # Negatives: a body between names set off by commas, a place, words that are no names.
    ("The list names Ann Lee, Gazprom Neft and Viktor Yanukovych.", set(), {"Gazprom Neft"}),
    ("The talks brought Ann Lee, South Africa and Viktor Yanukovych together.", set(), {"South Africa"}),
    ("Ann Lee, the minister and Viktor Yanukovych met.", set(), {"the minister"}),
])
def test_a_list_of_names_holds_the_names_spacy_left_untagged(nlp, text, names, not_names):
    found = set(people_of(nlp, text))
    assert names <= found and not found & not_names


GROUPS = [
    # (sentence, wording, kind, official)
    ("US officials said the talks would resume next week.", "US officials", "group", False),
    ("Palestinian officials said the crossing was closed.", "Palestinian officials", "group", False),
    ("Some lawmakers said the bill would fail.", "Some lawmakers", "group", False),
    # Negatives: one unnamed source is still an official.
    ("A senior US official said the talks would resume next week.", "A senior US official", "unnamed", True),
    ("According to a State Department spokesperson, the talks will resume.", "a State Department spokesperson",
     "unnamed", True),
]


@pytest.mark.parametrize(("sentence", "wording", "kind", "official"), GROUPS)
def test_groups_are_not_individual_officials(nlp, sentence, wording, kind, official):
    found = {entity.name: entity for entity in find_people(build_context(nlp(sentence))) if entity.type != "person"}
    assert (found[wording].type, found[wording].is_official) == (kind, official)


DESCRIPTIONS = [
    # (text, name, title, description): a description tied to a named person is that person's mention, not a
    # separate source.
    ("Felix Plasencia spoke in Antalya on Sunday. The foreign minister said sanctions were no solution.",
     "Felix Plasencia", "foreign minister", "the foreign minister"),
    ("\"It has nothing to do with the legal sphere,\" Minister of Foreign Affairs Margus Tsahkna told ERR. Everyone "
     "will have to decide for themselves, the foreign minister noted.", "Margus Tsahkna",
     "Minister of Foreign Affairs", "the foreign minister"),
    ("Spanish Foreign Minister Ana Ruiz said Madrid would not back down. The top Spanish diplomat also criticised the "
     "tariffs.", "Ana Ruiz", "Foreign Minister", "the top spanish diplomat"),
    # Further back through sentences that go on about the person as "he"; a capitalised office with no article.
    ("There are no talks now, Rodrigo Ruiz added. He said the operation would go on. He also said contacts would "
     "continue. Talks will resume, the foreign minister noted.", "Rodrigo Ruiz", "foreign minister",
     "the foreign minister"),
    ("Nasser Kan’ani strongly condemned the decision. It is regrettable, Kan’ani added. He called it invalid. While "
     "rejecting the accusations, Iranian Foreign Ministry Spokesman added that Iran would respond.", "Nasser Kan’ani",
     "Iranian Foreign Ministry Spokesman", "iranian foreign ministry spokesman"),
]


@pytest.mark.parametrize(("text", "name", "title", "description"), DESCRIPTIONS)
def test_a_description_of_a_named_person_is_theirs(nlp, text, name, title, description):
    entities = find_people(build_context(nlp(text)))
    person = next(entity for entity in entities if entity.name == name)
    assert (person.title, person.is_official) == (title, True)
    assert [entity.type for entity in entities] == ["person"]
    assert any(text[start:end].lower() == description for start, end in person.mentions)


@pytest.mark.parametrize(("description", "holder"), [
    # A description naming a state is that state's holder, not the last holder of the office named; negative: one
    # naming none is the last holder named.
    ("The Singapore minister", "Vivian Balakrishnan"),
    ("The minister", "Sri Mulyani Indrawati"),
])
def test_a_description_naming_a_state_is_that_states_holder(nlp, description, holder):
    text = ("Singapore Foreign Minister Vivian Balakrishnan arrived in Jakarta on Thursday. He held talks with "
            f"Minister of Finance Sri Mulyani Indrawati. {description} will also meet business leaders.")
    entities = find_people(build_context(nlp(text)))
    assert [entity.name for entity in entities if any(
        text[start:end] == description for start, end in entity.mentions)] == [holder]


@pytest.mark.parametrize("description", ["A Spanish diplomat", "The top Italian diplomat"])
def test_a_description_of_another_country_or_an_indefinite_one_is_someone_else(nlp, description):
    text = f"Spanish Foreign Minister Ana Ruiz said Madrid would not back down. {description} criticised the tariffs."
    entities = find_people(build_context(nlp(text)))
    assert [(entity.type, entity.name) for entity in entities] == [("person", "Ana Ruiz"), ("unnamed", description)]


@pytest.mark.parametrize(("state", "holder"), [("Brazilian", "Mauro Vieira"), ("Chilean", None)])
def test_a_description_of_a_states_office_is_that_states_counterpart(nlp, state, holder):
    # A counterpart holds the office of the one they are the counterpart of, for their own state (Vieira serves
    # Brazil: data/leaders.json); a description of another state's office is not theirs.
    text = ("Foreign Minister Diana Mondino was received in Brasilia on Monday. She then met with her counterpart, "
            "Mauro Vieira, at the Itamaraty Palace. In reality, the attack was a response to an earlier strike. At "
            f"the insistence of the press, the {state} foreign minister explained that his government condemns it.")
    people = people_of(nlp, text)
    description = f"the {state} foreign minister"
    owners = [name for name, person in people.items()
              if any(text[start:end] == description for start, end in person.mentions)]
    assert ("Mauro Vieira" in owners) == (holder == "Mauro Vieira")


def test_a_bare_office_word_is_the_one_holder_of_that_office(nlp):
    text = ("Interior Minister Nebojsa Stefanovic says it was in the public interest to reveal that Aleksandar Vucic "
            "was being followed. When reporters asked Stefanovic to comment on Vucic reading a secret document on "
            "Thursday, the minister said this was not the main point.")
    people = people_of(nlp, text)
    # No title for Vucic from "the minister"; a head of state at any recent date is an official (S15).
    assert (people["Aleksandar Vucic"].title, people["Aleksandar Vucic"].is_official) == (None, True)
    assert any(text[start:end] == "the minister" for start, end in people["Nebojsa Stefanovic"].mentions)
    # (The negative, an untitled person for a description no one named holds: DESCRIPTIONS' first row.)


def test_a_name_used_as_a_modifier_is_no_referent_for_a_description(nlp):
    text = ("The State Department defended the Netanyahu government's decision to expand sanctions, after the "
            "country's deputy foreign minister called off a meeting.")
    netanyahu = people_of(nlp, text)["Netanyahu"]
    assert (netanyahu.title, netanyahu.is_official) == (None, False)


def test_a_name_where_something_happens_is_no_referent_for_a_description(nlp):
    text = ("Chief Minister N. Rangasamy said the Governor could have discussed the situation in Puducherry. He said "
            "the Chief Secretary presented the factual report.")
    people = people_of(nlp, text)
    assert all(person.title != "Chief Secretary" for name, person in people.items() if name != "N. Rangasamy")


@pytest.mark.parametrize(("text", "expected"), [
    # A participle opening its sentence's adverbial clause is no given name, whatever span the tagger gave.
    ("Warning Washington about its continued hostile policies against Iran, the Foreign Ministry official advised "
     "U.S. officials to be wary.", None),
    ("Addressing Johnson directly, the minister said the plan would fail.", "Johnson"),
    # Negatives: names whose first word merely ends in -ing.
    ("Sterling Brown said it was fine.", "Sterling Brown"),
    ("Xi Jinping said the talks were useful.", "Xi Jinping"),
])
def test_an_opening_participle_is_no_word_of_a_name(nlp, text, expected):
    doc = nlp(text)
    span = clean_name(doc, doc[0:2])
    assert (span.text if span is not None else None) == expected


def test_a_dateline_capital_is_no_person(nlp):
    text = "Yerevan, 21 June: Minister of Culture Ovik Oveyan made a statement at a news conference on Monday."
    assert list(people_of(nlp, text)) == ["Ovik Oveyan"]


def test_a_description_past_a_sentence_about_no_one_is_someone_else(nlp):
    text = ("There are no talks now, Rodrigo Ruiz added. Talks stalled. Contacts would go on. Talks will resume, the "
            "foreign minister noted.")
    entities = find_people(build_context(nlp(text)))
    assert [entity.type for entity in entities] == ["person", "unnamed"]
    assert entities[0].title is None


def test_an_indefinite_description_is_someone_else(nlp):
    text = "Felix Plasencia spoke in Antalya on Sunday. A foreign minister from Asia said sanctions worked."
    entities = find_people(build_context(nlp(text)))
    assert [entity.type for entity in entities] == ["person", "unnamed"]
    assert entities[0].title is None


ORGANISATIONS = [
    # (text, name, title, organisation)
    # A demonym on a counterpart names the state of the office the person holds; a nationality does not.
    ("The agreement was made after Minister for Foreign Affairs of Nepal, Prakash Sharan Mahat, and his Mongolian "
     "counterpart Tsend Munkh-Orgil held bilateral talks today at MoFA. Minister Orgil is currently here on a "
     "three-day visit to Nepal from yesterday.", "Tsend Munkh-Orgil", "Minister", "Mongolia"),
    ("Secretary General Ana Lima opened the session. Lima, a diplomat from Brazil, spoke first.", "Ana Lima",
     "Secretary General", None),
    # The host an ambassador is posted to owns no office in the sentence; a country written as an office's own does.
    ("The four individuals are:\nIntelligence boss Isaac Moyo Police chief Godwin Matanga Former security minister "
     "Owen Ncube, and Zimbabwe ambassador to Tanzania Anselem Sanyatwe.", "Owen Ncube", "Former security minister",
     None),
    ("Tanzanian Foreign Minister January Makamba met the British ambassador to Tanzania, David Concar.",
     "January Makamba", "Foreign Minister", "Tanzania"),
    ("China’s ambassador to Britain, Liu Xiaoming, said the protests must end.", "Liu Xiaoming",
     "China’s ambassador to Britain", "China"),
    ("Britain’s deputy U.N. ambassador James Kariuki said the embargo stays.", "James Kariuki",
     "Britain’s deputy U.N. ambassador", "United Kingdom"),
    ("New Zealand Foreign Affairs Minister Nanaia Mahuta said it was a concern.", "Nanaia Mahuta",
     "Foreign Affairs Minister", "New Zealand"),
    ("Polish Interior Minister Mariusz Kamiński announced the list on Monday.", "Mariusz Kamiński",
     "Interior Minister", "Poland"),
    ("President Abdel Fattah Al-Sisi has said that Egypt seeks to consolidate the ceasefire in Sudan.",
     "Abdel Fattah Al-Sisi", "President", "Egypt"),
    # A country that acts on the holder (sanctions, restricts) does not own the office; its own officials do.
    ("Zimbabwe's government has condemned the US' decision to slap sanctions on State Security Minister Owen Ncube.",
     "Owen Ncube", "Security Minister", "Zimbabwe"),
    ("The United States restricted visas for officials of the government of President Daniel Ortiz.",
     "Daniel Ortiz", "President", None),
    # Nor does one in what the holder acts on or speaks of; a country owning it, or a clause he states, still does.
    ("President Cyril Ramaphosa described the decision of the US government to expel South Africa's envoy as "
     "regrettable.", "Cyril Ramaphosa", "President", "South Africa"),
    ("State Minister Tom Hale said the policy announced by the US Congress does not bother them.", "Tom Hale",
     "State Minister", None),
    ("Foreign Minister Penny Wong said sanctions were rarely the first choice in Australia's diplomatic arsenal.",
     "Penny Wong", "Foreign Minister", "Australia"),
    # A dateline joined to a country's entity leaves the country; a body named for a country is no country.
    ("MONTREAL - Canada will impose new sanctions on Russia, Foreign Affairs Minister Tom Hale said Monday.",
     "Tom Hale", "Foreign Affairs Minister", "Canada"),
    ("MONTREAL - Canada Post workers went on strike, Foreign Affairs Minister Tom Hale said Monday.", "Tom Hale",
     "Foreign Affairs Minister", None),
    # An intergovernmental body's acronym after "of" is the body though spaCy leaves it untagged.
    ("The talks go on, noted Josep Borrell, High Representative of the EU for Foreign Affairs and Security Policy.",
     "Josep Borrell", "High Representative of the EU for Foreign Affairs", "EU"),
    # After "for", the complement is the office's remit when a body is written before the head; without one, or
    # when the body word before "for" is the head's own, the complement after "for" is the body.
    ("Miroslav Lajčák, EU Special Envoy for Belgrade-Pristina dialogue, said he was glad.", "Miroslav Lajčák",
     "EU Special Envoy for Belgrade-Pristina dialogue", "EU"),
    ("The Philippine Coast Guard (PCG) tracked the ships. PCG spokesperson for the West Philippine Sea Commodore Jay "
     "Tarriela said the vessels were aggressive.", "Jay Tarriela", "PCG spokesperson for the West Philippine Sea",
     "PCG"),
    ("Shoukry called Blinken, Spokesman for the Foreign Ministry Ahmed Abu Zeid said in a statement.",
     "Ahmed Abu Zeid", "Spokesman for the Foreign Ministry", "Foreign Ministry"),
    ("Amina Bello, a spokesperson for the Nigerian Army, said the attack was repelled.", "Amina Bello",
     "spokesperson for the Nigerian Army", "Nigerian Army"),
    # A rank before a name is a style: the office set off beside it names the body, a state body in lower case as
    # the office's owner and a capitalised name around a body's word included; a rank alone has none.
    ("Brigadier General Nabil Abdullah, the army’s spokesman, said in a statement that forces attacked the city.",
     "Nabil Abdullah", "Brigadier General", "army"),
    ("Lieutenant-General Boonsin Phadklang, commander of the 2nd Army Region, told reporters the troops stay.",
     "Boonsin Phadklang", "Lieutenant-General", "2nd Army Region"),
    ("Colonel Tom Hale, a father of three, said the base was closed on Monday.", "Tom Hale", "Colonel", None),
    # An office of a government named by its noun alone serves the state, as a minister's does; a critic of the
    # government holds no office.
    ("Mali's junta condemned the sanctions on Sunday, the military regime's spokesman Colonel Abdoulaye Maiga said.",
     "Abdoulaye Maiga", "military regime's spokesman", "Mali"),
    ("Deputy Chief Cabinet Secretary Kihara Seiji told reporters that Japan strongly condemns the moves.",
     "Kihara Seiji", "Deputy Chief Cabinet Secretary", "Japan"),
    ("Government critic Tom Hale said Japan strongly condemns the moves.", "Tom Hale", "Government critic", None),
    # A demonym and a state body's noun in lower case before the head name the body ("Thai army spokesman", in the
    # table above); a portfolio or an adjective after the demonym leaves the country.
    ("Polish agriculture minister Robert Telus said the borders stay closed.", "Robert Telus",
     "Polish agriculture minister", "Poland"),
    ("The court heard that Chinese military official Li Wei had met them.", "Li Wei", "Chinese military official",
     "China"),
    ("The government's spokesman Tom Hale said the base was closed on Monday.", "Tom Hale", "government's spokesman",
     None),
    # Another subject's act on the holder leaves the country acting in the main clause his owner; a country spaCy
    # tags as a person is still a country. The country's own act, through a pronoun, still acts on him.
    ("Niger in July became the latest member to undergo a coup when soldiers from the presidential guard detained "
     "President Mohamed Bazoum.", "Mohamed Bazoum", "President", "Niger"),
    ("Russia said it would sanction Foreign Minister Tom Hale on Monday.", "Tom Hale", "Foreign Minister", None),
    ("The United States kept sanctions on Zimbabwe’s senior officials, including President Emmerson Mnangagwa.",
     "Emmerson Mnangagwa", "President", "Zimbabwe"),
    # A group of officials the title is listed in gives its country, whoever acts on the group; a group with no
    # country gives none.
    ("The ban covers 364 Russian officials, including President Ivan Petrov, Prime Minister Oleg Orlov and others.",
     "Oleg Orlov", "Prime Minister", "Russia"),
    ("In response, Russia sanctioned 63 Japanese senior officials, including Prime Minister Kenji Sato.", "Kenji Sato",
     "Prime Minister", "Japan"),
    ("The ban covers 364 officials, including Prime Minister Oleg Orlov.", "Oleg Orlov", "Prime Minister", None),
    ("He imposed new sanctions on 11 Zimbabwean individuals, including president Emmerson Mnangagwa.",
     "Emmerson Mnangagwa", "president", "Zimbabwe"),
    ("Western leaders, including President Tom Hale, met on Monday.", "Tom Hale", "President", None),
    ("\"It will help,\" Turkish Foreign Ministry spokesperson Oncu Keceli said on Friday in a post.", "Oncu Keceli",
     "Turkish Foreign Ministry spokesperson", "Turkish Foreign Ministry"),
    # The body after "of" ends where the office's field begins; a hyphenated title the parser split is read whole.
    ("Deputy Secretary of Commerce for Trade Ana Ruiz said the rule applies on Monday.", "Ana Ruiz",
     "Deputy Secretary of Commerce for Trade", "Commerce"),
    ("Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson said the network was exposed.",
     "Brian Nelson", "Under Secretary of the Treasury for Terrorism and Financial Intelligence", "Treasury"),
    ("Talks with Indonesian vice-president Budi Santoso ended on Friday.", "Budi Santoso",
     "Indonesian vice-president", "Indonesia"),
    # A date, a verb, a rank or a modifier inside the body's entity is no part of the body; a country of two words
    # owns the office it possesses.
    ("On Friday US secretary of state Mark Dunn posted on X.", "Mark Dunn", "Friday US secretary of state",
     "United States"),
    ("He met U.S. Acting Energy Secretary Tom Hale on Monday.", "Tom Hale", "Acting Energy Secretary", "United States"),
    ("At a summit in April, nine leaders and Myanmar junta chief, Sr. Gen. Kyaw Lin, had agreed to a plan.",
     "Kyaw Lin", "Sr. Gen.", None),
    ("The decision to expel South Africa's ambassador Dumisani Nkosi was regrettable.", "Dumisani Nkosi",
     "South Africa's ambassador", "South Africa"),
    # A definite title set off by a comma before the name, though the parser hung its complement elsewhere or a
    # comma sets off a second complement.
    ("Peru will expel the ambassador of Chile in Lima, Ana Rojas, and the charge d'affaires of Italy, Luca Bruni, "
     "on Monday.", "Ana Rojas", "ambassador of Chile in Lima", "Chile"),
    ("Peru will expel the ambassador of Chile in Lima, Ana Rojas, and the charge d'affaires of Italy, Luca Bruni, "
     "on Monday.", "Luca Bruni", "charge d'affaires of Italy", "Italy"),
    ("The minister of internal affairs, of the federal government of Somalia, Ali Farah Osman, told the radio "
     "that talks had stalled.", "Ali Farah Osman", "minister of internal affairs, of the federal government of Somalia",
     "federal government of Somalia"),
    # A description set off before the name and its own rank gives the rank its country.
    ("After the truce, Ghana’s Director General of Military Operations (DGMO), Major General Kofi Mensah, and his "
     "Indian counterpart, Lieutenant General Yao Agbeko, held talks on Monday.", "Kofi Mensah", "Major General",
     "Ghana"),
    ("After the truce, Ghana’s Director General of Military Operations (DGMO), Major General Kofi Mensah, and his "
     "Indian counterpart, Lieutenant General Yao Agbeko, held talks on Monday.", "Yao Agbeko", "Lieutenant General",
     "India"),
    # Where an office is posted ("to", "in", "on") is not whose it is, when the words before the head say whose.
    ("The ministry summoned the British Ambassador to Tehran, Tom Hale, on Monday.", "Tom Hale",
     "British Ambassador to Tehran", "United Kingdom"),
    ("The junta refused a visit by Erwin Salleh, ASEAN's special envoy on Myanmar, last week.", "Erwin Salleh",
     "ASEAN's special envoy on Myanmar", "ASEAN"),
    # A country it is posted to is the host: the owner is the one the sentence ties to it, else none; a union
    # of states it is posted to is its body.
    ("The ministry said the envoy of Chile, Representative to the US Ana Ruiz, was summoned.", "Ana Ruiz",
     "Representative to the US", None),
    ("He described the decision of the US government to expel South Africa's ambassador to the US Ebrahim Rasool as "
     "regrettable.", "Ebrahim Rasool", "ambassador to the US", "South Africa"),
    ("Ambassador to the European Union Tom Berg testified on Friday.", "Tom Berg",
     "Ambassador to the European Union", "European Union"),
    ("Mark Lippert, senior director for Asian affairs at the National Security Council, said talks went well.",
     "Mark Lippert",
     "senior director for Asian affairs at the National Security Council", "National Security Council"),
    # A courtesy word before a title names no body.
    ("We note the inclusion of Honourable Minister Owen Ncube on the list, said the ministry.", "Owen Ncube",
     "Minister", None),
    # A country after "for" is where the office is posted when the words before the head say whose; alone, the
    # host is not the owner.
    ("The minister received US Special Envoy for Yemen Tom Hale in Riyadh on Thursday.", "Tom Hale",
     "Special Envoy for Yemen", "United States"),
    # A state's own office "for" a country is that country's; an envoy's "for" names where he is posted.
    ("Crispin Atama Thabe, defence minister for the Democratic Republic of Congo, said the army was ready.",
     "Crispin Atama Thabe", "defence minister for the Democratic Republic of Congo", "Democratic Republic of Congo"),
    ("Tom Hale, special envoy for Venezuela, said the sanctions were working.", "Tom Hale",
     "special envoy for Venezuela", None),
    ("Special Envoy for Yemen Tom Hale arrived in Riyadh on Thursday.", "Tom Hale", "Special Envoy for Yemen", None),
    # A state body described in lower case after "for" is the organisation, without its possessor; a portfolio or
    # a body of no state is none.
    ("Major Kyaw Lin, a spokesman for the ruling military council, told a briefing that talks would go on.",
     "Kyaw Lin", "spokesman for the ruling military council", "ruling military council"),
    ("The talks go on, said Ana Cruz, a spokesperson for the country’s maritime council, on Monday.", "Ana Cruz",
     "spokesperson for the country’s maritime council", "maritime council"),
    ("Tom Hale, an adviser for strategic communications, said the plan works.", "Tom Hale",
     "adviser for strategic communications", None),
    ("Tom Hale, a spokesman for the company's board, said the plan works.", "Tom Hale",
     "spokesman for the company's board", None),
    # The country's adjective may open that description; it stays part of the body's wording.
    ("The talks went well, said Ahmed Abu Zaid, a spokesman for the Egyptian foreign ministry.", "Ahmed Abu Zaid",
     "spokesman for the Egyptian foreign ministry", "Egyptian foreign ministry"),
    # A capitalised name after "of the" is a body's; the few fields written with the article are portfolio words
    # ("the Environment") and name none.
    ("Chris Hale, Head Coach of the Black Stars, says he has a plan for Angola.", "Chris Hale",
     "Head Coach of the Black Stars", "Black Stars"),
    ("Minister of the Environment Ana Ruiz said the rule applies.", "Ana Ruiz", "Minister of the Environment", None),
    # A body or country written before the head owns the office; the named complement is then a unit of it.
    ("Cuba condemned it, said U.S. Director General of the Chancellery Carlos Fernandez de Cossio.",
     "Carlos Fernandez de Cossio", "Director General of the Chancellery", "United States"),
    # A body's kind in lower case is the body of that kind the article named before; none named, none.
    ("The Ministry of Foreign Affairs (MOFA) slammed the sanctions. They will backfire, ministry spokeswoman Lin Mei "
     "told reporters.", "Lin Mei", "ministry spokeswoman", "Ministry of Foreign Affairs"),
    ("The sanctions will backfire, ministry spokeswoman Lin Mei told reporters.", "Lin Mei", "ministry spokeswoman",
     None),
    # After another link, the complement that names a body; a portfolio alone names none.
    ("Tom Reed, a professor in economics at Lakeview University, said the plan fails.", "Tom Reed",
     "professor in economics at Lakeview University", "Lakeview University"),
    ("Director of Government Affairs Ana Ruiz said the rule applies.", "Ana Ruiz", "Director of Government Affairs", None),
    ("The party included Undersecretary of Trade and Industry Vidal Llerenas and others.", "Vidal Llerenas",
     "Undersecretary of Trade and Industry", None),
    # A complement of fields alone leaves the office to the body or country written right before its head; one
    # further back is none of the title's.
    ("Treasury Undersecretary for Terrorism and Financial Intelligence Brian Nelson said the move was clear.",
     "Brian Nelson", "Treasury Undersecretary for Terrorism", "Treasury"),
    ("Vucic said that U.S. Undersecretary of State for Economic Growth, Energy and Environment Jose Fernandez "
     "confirmed it.", "Jose Fernandez", "Undersecretary of State for Economic Growth, Energy and Environment",
     "United States"),
    ("Mark Lippert, senior director for Asian affairs at the National Security Council, said talks went well.",
     "Mark Lippert",
     "senior director for Asian affairs at the National Security Council", "National Security Council"),
    # Two fields of one office joined by "and" stay in the title, before the name or in a phrase it stands in.
    ("Security and borders minister Tom Tugendhat said the checks would stay.", "Tom Tugendhat",
     "Security and borders minister", None),
    ("Nigeria's Minister of Information and Culture, Lai Mohammed, said the ban was lifted.", "Lai Mohammed",
     "Nigeria's Minister of Information and Culture", "Nigeria"),
    ("Reporters also asked the Minister of Sport and Youth Affairs Gabriel Ghazaryan, who said he learnt of it late.",
     "Gabriel Ghazaryan", "Minister of Sport and Youth Affairs", None),
    # An appositive title the parser split at its hyphen is read whole; "of <country>" names it untagged.
    ("The talks were led by Sheikh Hamdan bin Zayed, Vice-President of the UAE, on Monday.", "Hamdan bin Zayed",
     "Vice-President of the UAE", "United Arab Emirates"),
    # A body's acronym in parentheses restates it.
    ("The ban stays, European Commission (EC) President Romano Prodi told reporters.", "Romano Prodi", "President",
     "European Commission"),
    # A judge the article gives no court belongs to the court named before it.
    ("The Lagos High Court (LHC) on Monday adjourned the case. Chief Justice Amina Bello, hearing it, asked why.",
     "Amina Bello", "Chief Justice", "Lagos High Court"),
    ("The Supreme Court's president, Carlos Ruiz, met Justice Ana Paz on Friday.", "Ana Paz", "Justice",
     "Supreme Court"),
    # A governor the title gives no body belongs to the region named last up to the end of its sentence.
    ("In the Zaporizhzhia region in southeast Ukraine, governor Ivan Fedorov said shells struck a farm.",
     "Ivan Fedorov", "governor", "Zaporizhzhia region"),
    ("A drone hit the southern Russian region of Bryansk on Saturday. The governor, Alexander Bogomaz, said one "
     "person was hurt.", "Alexander Bogomaz", "governor", "Bryansk"),
    # A mayor's or governor's lone capitalised word before the head, or name after its "of", is the place though
    # the tagger tags none; a minister's is the office's field.
    ("Auckland Mayor Phil Goff and Councillor Penny Hulse welcomed the Government's confirmation.", "Phil Goff",
     "Auckland Mayor", "Auckland"),
    ("Mayor of Clare Tom McNamara, along with Councillors Ann Norton and Pat Burke, raised the issue.",
     "Tom McNamara", "Mayor of Clare", "Clare"),
    ("Law Minister John Smith said it would pass.", "John Smith", "Law Minister", None),
    # A person written as an office's owner is no body or country; a past mark the tagger drew into a name is none.
    ("Robert O’Brien, US President Donald Trump’s national security adviser, recently said the talks failed.",
     "Robert O’Brien", "US President Donald Trump’s national security adviser", "United States"),
    ("Sanctions hit President Daniel Ortega. Ortega's wife and vice-president Rosario Murillo was hit too.",
     "Rosario Murillo", "vice-president", "Nicaragua"),
    ("Park Geun-hye was removed. Park's left-leaning successor Moon Jae-in was swept to power.", "Moon Jae-in",
     "Park's left-leaning successor", None),
    ("The United States slapped Zimbabwe’s Ambassador to Tanzania, Retired Brigadier-General Anselem Sanyatwe, with "
     "sanctions.", "Anselem Sanyatwe", "Retired Brigadier-General", None),
    # A country written as the owner of another of the person's offices is theirs; a nationality ("a diplomat from
    # Brazil") is not.
    ("Australia has imposed sanctions, while Australia’s top diplomat Marise Payne has left the door open to more. "
     "Senator Payne said Putin was targeted.", "Marise Payne", "Senator", "Australia"),
    # A country right before a national office's title is its owner though the parse leaves it out of the phrase.
    ("Trudeau met UK Prime Minister Boris Johnson and Netherlands Prime Minister Mark Rutte in London.", "Mark Rutte",
     "Prime Minister", "Netherlands"),
    # A possessive owner the parse left out of the phrase is the owner as well; the first conjunct's is not the
    # second's.
    ("He wants a deal between Russia's President Vladimir Putin and Ukraine's President Volodymir Zelensky.",
     "Volodymir Zelensky", "President", "Ukraine"),
    # A rank under a national office serves its state: "the country's" deputy minister is the country's ...
    ("Lithuania has prevented hundreds of attempts to evade sanctions. Such figures were announced by the "
     "country's Deputy Minister Loreta Maskaliovene on LRT radio.", "Loreta Maskaliovene",
     "country's Deputy Minister", "Lithuania"),
    # ... but not that of a state acting on the holder in the sentence.
    ("Venezuela condemned new sanctions. The U.S. Treasury Department announced sanctions against former "
     "Electricity Minister Luis Motta Dominguez and the country's Deputy Minister of Finance Eustiquio Jose Lugo "
     "Gomeza, over an alleged bribery scheme.", "Eustiquio Jose Lugo Gomeza", "country's Deputy Minister of Finance",
     "Venezuela"),
    # The last of coordinated fields before a minister is a field too (English coordinates likes), not a body ...
    ("Trade, Industry and Competition Minister Parks Tau says South Africa continues to benefit from trade "
     "agreements.", "Parks Tau", "Minister", "South Africa"),
    # ... but a name coordinated with no field stays a body.
    ("The Asante Kotoko and Hearts coach John Smith said it was over.", "John Smith", "Asante Kotoko and Hearts coach",
     "Hearts"),
    # Negative: a deputy of no national office is given no country.
    ("Kenya has a new board. Its deputy chairman John Kamau said the board would meet.", "John Kamau",
     "deputy chairman", None),
    # Negatives: no region named before the end of his sentence; a minister is given no region.
    ("Governor Ivan Fedorov said shells struck a farm. The Zaporizhzhia region was hit again later.", "Ivan Fedorov",
     "Governor", None),
    ("In the Zaporizhzhia region, Minister Ivan Fedorov said shells struck a farm.", "Ivan Fedorov", "Minister", None),
    # A court named right after the judge's name is theirs, not a later judge's; "Court of Appeal" names a court.
    ("Justice Daniel E Osiagor of the Federal High Court, Lagos, has given the state seven days.", "Daniel E Osiagor",
     "Justice", "Federal High Court"),
    ("The Court of Appeals voided an order of Judge Jesus Mupas of Pasay City Regional Trial Court. Justices Francisco "
     "Acosta, Magdangal de Leon and Angelita Gacutan concurred.", "Jesus Mupas", "Judge",
     "Pasay City Regional Trial Court"),
    ("The Court of Appeals voided an order of Judge Jesus Mupas of Pasay City Regional Trial Court. Justices Francisco "
     "Acosta, Magdangal de Leon and Angelita Gacutan concurred.", "Angelita Gacutan", "Justice", "Court of Appeals"),
    ("A three-member Court of Appeal bench led by Justice Datuk Lee Swee Seng on Monday upheld the decision.",
     "Lee Swee Seng", "Justice", "Court of Appeal"),
    # The court whose decision is under review, or one a quote speaks of, is not the reviewing judge's.
    ("A Court of Appeal bench on Monday upheld the decision of the High Court in 2015. Justice Darryl Goon said "
     "there was no jury.", "Darryl Goon", "Justice", "Court of Appeal"),
    ("A Court of Appeal bench on Monday upheld the High Court's ruling of 2015. Justice Darryl Goon said there was "
     "no jury.", "Darryl Goon", "Justice", "Court of Appeal"),
    ("A Court of Appeal bench on Monday sat. \"The damages awarded by the High Court were not excessive,\" said "
     "Justice Darryl Goon.", "Darryl Goon", "Justice", "Court of Appeal"),
    # Negative: a court named otherwise stays the last one before the judge.
    ("A Court of Appeal bench on Monday heard the appeal from the High Court in 2015. Justice Darryl Goon said "
     "there was no jury.", "Darryl Goon", "Justice", "High Court"),
    # Negatives: no court named before the judge; a minister is given no court; "Court" alone names none.
    ("Judge Amina Bello ruled on Monday. The Lagos High Court later adjourned.", "Amina Bello", "Judge", None),
    ("The Court of the day heard it. Judge Amina Bello ruled on Monday.", "Amina Bello", "Judge", None),
    ("The Lagos High Court adjourned the case. Minister Amina Bello said she would appeal.", "Amina Bello", "Minister",
     None),
    # The country acting in the sentence before a country modifying a thing; a capital or seat of government
    # that acts is its state; a body named with its country acts for it.
    ("Foreign Minister Amal Haddad, asked about the Sudanese crisis, reiterated Egypt's position.", "Amal Haddad",
     "Foreign Minister", "Egypt"),
    ("Prime Minister Ivan Petrov said Moscow would answer the new measures.", "Ivan Petrov", "Prime Minister", "Russia"),
    ("The Kremlin has rejected the plan, Foreign Minister Ivan Petrov told reporters.", "Ivan Petrov",
     "Foreign Minister", "Russia"),
    ("According to a statement issued by the Egyptian Foreign Ministry, Minister Amal Haddad stressed the truce.",
     "Amal Haddad", "Minister", "Egypt"),
    # "the country's" owns the office for the country named last before it.
    ("Iran has rejected the offer, calling it a trap. Hossein Amir-Abdollahian, the country's foreign minister, said "
     "talks with Washington were over.", "Hossein Amir-Abdollahian", "country's foreign minister", "Iran"),
    # The one government the article names owns an office it ties to no country in words; two governments, neither.
    ("Deputy Trade Minister Kofi Mensah called for more trade within Africa. The Ghanaian government announced plans "
     "to engage the U.S. over the tariffs.", "Kofi Mensah", "Deputy Trade Minister", "Ghana"),
    ("Deputy Trade Minister Kofi Mensah called for more trade within Africa. The Ghanaian government and the Nigerian "
     "government announced plans to engage the U.S. over the tariffs.", "Kofi Mensah", "Deputy Trade Minister", None),
    # (A made-up name: a listed head's state answers first, data/leaders.json, as "Obama" would.)
    ("The Myanmar government hailed the vote. Clinton visited once, and President Petrov has come twice. The United "
     "States says it will watch the count.", "Petrov", "President", None),
    # A country acts where the body it names acts, and a body in another person's title ties no country.
    ("Trade talks went on. On Monday, the United States government announced a new sanctions regime, keeping "
     "measures on President Tendai Chikore and his allies.", "Tendai Chikore", "President", None),
    ("Trade talks went on. The Zimbabwean government announced a new plan, keeping President Emmerson Mnangagwa in "
     "charge.", "Emmerson Mnangagwa", "President", "Zimbabwe"),
    ("Talks went on. White House spokesperson Sarah Sanders said the U.S. has imposed sanctions on Kemal Arslan, "
     "the interior minister.", "Kemal Arslan", "interior minister", None),
    # ... unless a reader knows whose minister he is (data/leaders.json holders): Turkey's.
    ("Talks went on. White House spokesperson Sarah Sanders said the U.S. has imposed sanctions on Süleyman Soylu, "
     "the interior minister.", "Süleyman Soylu", "interior minister", "Turkey"),
    # The one government the article names is no fallback for an office whose holder it acts on in the sentence;
    # negatives: a holder it does nothing to, or one only named in what it does, keeps the fallback.
    ("The government has slammed the United States government for placing Minister Owen Ncube on the sanctions "
     "list. The list was drawn up in 2003.", "Owen Ncube", "Minister", None),
    ("The talks went on. The United States government placed Minister Owen Ncube on its sanctions list.",
     "Owen Ncube", "Minister", None),
    ("The talks went on. The United States government has praised the plan. Minister Owen Ncube said the talks "
     "would go on.", "Owen Ncube", "Minister", "United States"),
    # A measure told by its verb alone acts on the holder as its noun does (S18), and so does a body the state owns
    # (theindependent-lr: "US government's Treasury Department's Global Magnitsky sanctioned ... McGill").
    ("In August, the US Treasury sanctioned former Presidential Affairs Minister Nathaniel McGill for corruption.",
     "Nathaniel McGill", "former Presidential Affairs Minister", None),
    ("Last year, the British government's Foreign Office sanctioned Interior Minister Owen Ncube over the killings.",
     "Owen Ncube", "Interior Minister", None),
    ("The talks went on. The US government designated Minister Owen Ncube under its counter-terrorism powers.",
     "Owen Ncube", "Minister", None),
    ("The talks went on. The British government's Foreign Office said Interior Minister John Hale would travel.",
     "John Hale", "Interior Minister", "United Kingdom"),
    ("The talks went on. The United States government announced a plan in the four years of Minister Owen Ncube's "
     "government.", "Owen Ncube", "Minister", "United States"),
    # Else the one country the opening sentence names, when no other acts in the article; an opening naming two
    # countries, or an office in the opening itself (read with its own sentence), takes none.
    ("The African Union has suspended Mali's membership after last week's military coup. The military arrested "
     "interim President Bah Ndaw and pressured him to resign.", "Bah Ndaw", "interim President", "Mali"),
    ("Japan and South Korea agreed on Thursday to continue their dialogue. President Park Min Ho met the "
     "delegation.", "Park Min Ho", "President", None),
    # A dateline heading the opening is where the story was written, no second country; one the parser made a
    # sentence of its own is no opening. Without the dash the city is a place the story names.
    ("JAKARTA -- Indonesia's Trade Ministry has encouraged new trade agreements to boost exports. It was done on the "
     "order of President Joko Widodo, the minister said.", "Joko Widodo", "President", "Indonesia"),
    ("TOKYO:\nJapan has frozen the assets of a trading firm on Friday. Prime Minister Taro Sato said the measure was "
     "overdue.", "Taro Sato", "Prime Minister", "Japan"),
    ("Indonesia's Trade Ministry has encouraged new trade agreements in Singapore to boost exports. It was done on the "
     "order of President Budi Santoso, the minister said.", "Budi Santoso", "President", None),
    # Last, the dateline's state when the article names it acting most often (homes.py): the article's home. Not
    # when another country acts as often, nor when the dateline's state is the author of a measure (a bureau's
    # capital over a story on the officials it sanctions), nor for a city that is no capital.
    ("ISLAMABAD: Pakistan wants an early resumption of talks with India, the Foreign Office said. Pakistan will "
     "raise the matter again. The talks were cut off after Prime Minister Imran Qadir met the envoy.",
     "Imran Qadir", "Prime Minister", "Pakistan"),
    ("BEIJING (Sputnik) - China has lodged a protest with Canada over the statement. China urged the group to stop. "
     "Deputy Foreign Minister Xie Feng was ordered to summon the envoy.", "Xie Feng", "Deputy Foreign Minister",
     "China"),
    ("ISLAMABAD: Pakistan wants talks with India, the Foreign Office said. India rejected the offer. The talks were "
     "cut off after Prime Minister Imran Qadir met the envoy.", "Imran Qadir", "Prime Minister", None),
    ("WASHINGTON - The United States imposed sanctions on three Nicaraguan officials on Friday. The United States said the "
     "measures would stay. The list names Transport Minister Oscar Mojica.", "Oscar Mojica", "Transport Minister",
     None),
    ("GENEVA - Switzerland wants talks with Iran, its envoy said. Switzerland will host them. The talks were cut "
     "off after President Ali Rezaei met the envoy.", "Ali Rezaei", "President", None),
    # A secretary of a portfolio is a minister under another name: the country is read for it as for a minister;
    # a secretary without a portfolio is left to a body the article names.
    ("The Philippines filed a protest on Sunday, Defense Secretary Delfin Lorenzana said.", "Delfin Lorenzana",
     "Defense Secretary", "Philippines"),
    ("Manila will file a protest, Foreign Affairs Secretary Teodoro Locsin Jr. said.", "Teodoro Locsin Jr.",
     "Foreign Affairs Secretary", "Philippines"),
    ("The Philippines filed a protest on Sunday, Secretary Maria Reyes said.", "Maria Reyes", "Secretary", None),
    # A body named with a country of two words acts for it: the opening then names two countries.
    ("The Russian Foreign Ministry said the ban answered sanctions introduced by the New Zealand Government. Foreign "
     "Minister Winston Parker said the ban was expected.", "Winston Parker", "Foreign Minister", None),
    # A description of the holder in a later sentence ties the office to its sentence's country.
    ("Foreign Minister Lea Tamm spoke on Tuesday. Estonia cannot protect its citizens there, the foreign minister "
     "noted.", "Lea Tamm", "Foreign Minister", "Estonia"),
    # A description of an office after two names is the untitled one's: the other has a title of his own.
    ("The Israeli Foreign Minister Dan Levi visited the United Arab Emirates on Tuesday, meeting his counterpart in "
     "Abu Dhabi, Khalid Al Nuaimi. The UAE's Foreign Minister stressed the need for a lasting ceasefire.",
     "Khalid Al Nuaimi", "UAE's Foreign Minister", "United Arab Emirates"),
    # Negative: a phrase after the name that opens with a preposition says when or where, not who he is.
    ("Khalid Al Nuaimi, during his visit to Cairo, stressed the need for talks.", "Khalid Al Nuaimi", None, None),
    # A ministry of the office's own field in its sentence names its country before any other actor.
    ("The Russian Foreign Ministry condemned Washington's sanctions on the envoy, Deputy Foreign Minister Sergei "
     "Ryabkov told a briefing on Monday.", "Sergei Ryabkov", "Deputy Foreign Minister", "Russia"),
    # Negatives: a country in another person's title is theirs; a capital where something happens acts for no one.
    ("Deputy Trade Minister Kofi Mensah met former U.S. President Donald Trump on Monday.", "Kofi Mensah",
     "Deputy Trade Minister", None),
    ("Prime Minister Ivan Petrov spoke to reporters in Moscow on Monday.", "Ivan Petrov", "Prime Minister", None),
    # Negatives: a legislator's body is not guessed from a country in the sentence; a quote's country is not his.
    ("Senator Dianne Feinstein spoke about Iran on Monday.", "Dianne Feinstein", "Senator", None),
    ("\"Russia will not stop,\" Prime Minister Jane Archer said.", "Jane Archer", "Prime Minister", None),
    # A field followed by "of <state>" is that state's office; a long formal appositive is read whole.
    ("The talks were led by Lea Tamm, Minister of Foreign Affairs of Estonia, who said the measures would stay.",
     "Lea Tamm", "Minister of Foreign Affairs of Estonia", "Estonia"),
    ("At the invitation of Foreign Minister Wang Yi, Anna Shivute, Deputy Prime Minister and Minister of International "
     "Relations and Cooperation of the Republic of Namibia, will visit China in April.", "Anna Shivute",
     "Deputy Prime Minister and Minister of International Relations and Cooperation of the Republic of Namibia",
     "Republic of Namibia"),
    # A hyphen inside a word does not end the title's phrase; where a body is based is not part of its name.
    ("\"The attacks go on,\" said Ahmad Farid, an analyst at the Kabul-based Afghanistan Analysts Network.", "Ahmad Farid",
     "analyst at the Kabul-based Afghanistan Analysts Network", "Afghanistan Analysts Network"),
    # The opening's office is still the holder's when a later description only repeats its head with no body;
    # negative: a description of another office.
    ("Iran's Foreign Ministry spokesman says the latest sanctions indicate that the bans were inefficient. In a "
     "statement on Thursday, Mousavi condemned them. They show the weakness of the US, the spokesman added.",
     "Mousavi", "Iran's Foreign Ministry spokesman", "Iran"),
    ("Iran's Foreign Minister says the latest sanctions indicate that the bans were inefficient. In a statement on "
     "Thursday, Mousavi condemned them. They show the weakness of the US, the spokesman added.",
     "Mousavi", "spokesman", None),
    # A rank before the name takes the state body of an office set off after it; negatives: a current office after
    # a past one, an office naming someone else (the next item of a list), a person's envoy.
    ("There were no injuries, Major-General Anan Suwan, a spokesman for the Thai army, told reporters.",
     "Anan Suwan", "Major-General", "Thai army"),
    ("The EU suspects them in the disappearance of the former Interior Minister Yury Zakharanka, vice-speaker of "
     "the Supreme Council, in 1999.", "Yury Zakharanka", "former Interior Minister", None),
    ("In the party were Undersecretary of Foreign Trade Luis Rosendo Gutiérrez, Undersecretary of Trade and Industry "
     "Vidal Llerenas and the head of the unit.", "Luis Rosendo Gutiérrez", "Undersecretary of Foreign Trade", None),
    ("The delegation was accompanied by Ambassador Tom Barrack, US President Donald Trump’s Special Envoy for Syria.",
     "Tom Barrack", "Ambassador", None),
    # A lower-case complement runs up to the name though the tagger calls one of its words a proper noun.
    ("The report quoted former US assistant secretary of commerce for export administration Kevin Wolf as saying.",
     "Kevin Wolf", "former US assistant secretary of commerce for export administration", "United States"),
    # A body after "of" after the name is the office's, untagged, with a link inside; negative: a place that is no
    # body and no entity.
    ("The court voided an order of Judge Jesus Mupas of Pasay City Regional Trial Court for the arrest of a lawyer.",
     "Jesus Mupas", "Judge", "Pasay City Regional Trial Court"),
    ("Justice Ana Reyes of the Court of Appeals in Manila said the order stood.", "Ana Reyes", "Justice",
     "Court of Appeals"),
    ("Judge Ana Reyes of Mabini Street said the order stood.", "Ana Reyes", "Judge", None),
    # A lone capitalised word before a mayor is the city (a mayor has no portfolio); negative: before a minister it
    # is the field.
    ("Auckland Mayor Phil Goff welcomed the Government's decision.", "Phil Goff", "Auckland Mayor", "Auckland"),
    ("Law Minister Ann Lee said the bill would pass.", "Ann Lee", "Law Minister", None),
    # A Latin qualifier between the office and its complement leaves the complement the office's.
    ("The ministry summoned Yang Wei, charge d'affaires ad interim of the Chinese Embassy in Tokyo, on Tuesday.",
     "Yang Wei", "charge d'affaires ad interim of the Chinese Embassy in Tokyo", "Chinese Embassy"),
    # A conjunction inside a body's name does not end the title.
    ("On Tuesday, Kevin Doyle, chairman of the House Ways and Means Committee, said the tax might wait.",
     "Kevin Doyle", "chairman of the House Ways and Means Committee", "House Ways and Means Committee"),
    # Negative: a field with no state after it stays the office's own; "Under" opens the title, no preposition.
    ("Anna Berg, Under Secretary of Commerce for Industry and Security, spoke on Monday.", "Anna Berg",
     "Under Secretary of Commerce for Industry and Security", "Commerce"),
    # An international body's short name the article defines in brackets is the name it defines (S9: the
    # fullest name the article gives); one it never spells out, and a state's own acronym, stay as written.
    ("The Economic Community of West African States (ECOWAS) has announced sanctions. Ngelale said that Mahmoud "
     "Tanko, the ECOWAS chairman, has directed the bank to act.", "Mahmoud Tanko", "ECOWAS chairman",
     "Economic Community of West African States"),
    ("Ngelale said that Mahmoud Tanko, the ECOWAS chairman, has directed the bank to act.", "Mahmoud Tanko",
     "ECOWAS chairman", "ECOWAS"),
    ("The Office of Foreign Assets Control (OFAC) acted. John Smith, the OFAC director, said the list grew.",
     "John Smith", "OFAC director", "OFAC"),
    # An office over a unit is the body's the article names the unit part of, after it as its apposition or its
    # "of" or "at" phrase; a place there ("of Minsk") or nothing keeps the unit.
    ("The list names Zviad Kharazishvili, Head of the Special Tasks Department, Ministry of Internal Affairs.",
     "Zviad Kharazishvili", "Head of the Special Tasks Department", "Ministry of Internal Affairs"),
    ("Sheikh Ahmed bin Hashel Al-Maskari, the head of the Persian Gulf Cooperation Council (PGCC) Department of "
     "Oman’s Foreign Ministry, told reporters.", "Ahmed bin Hashel Al-Maskari",
     "head of the Persian Gulf Cooperation Council", "Oman’s Foreign Ministry"),
    ("“It is an enigma,” said Trond Larsen, leader of the Rapid Assessment Program at Conservation International.",
     "Trond Larsen", "leader of the Rapid Assessment Program at Conservation International",
     "Conservation International"),
    # A country before the first of two offices "and" joins before one holder owns the second too; a name there is
    # no country ("Putin and Prime Minister ...").
    ("The State Department barred former Myanmar police chief and deputy home affairs minister Than Hlaing from "
     "traveling to the United States.", "Than Hlaing", "deputy home affairs minister", "Myanmar"),
    ("Talks between Vladimir Putin and Prime Minister Ali Khan of the region ended.", "Ali Khan", "Prime Minister",
     None),
    # "<body> and its <office> <name>": the pronoun stands for the conjunct before it; a lower-case group is no body.
    ("The US Department of State also designated Kataib Sayyid al-Shuhada and its leader Hashim Finyan Rahim "
     "al-Saraji.", "Hashim Finyan Rahim al-Saraji", "leader", "Kataib Sayyid al-Shuhada"),
    ("Kenyan Premier League champions Gor Mahia and their head coach Dylan Kerr have been handed two-year bans.",
     "Dylan Kerr", "head coach", "Gor Mahia"),
    ("The couple and their lawyer John Smith left the court.", "John Smith", "lawyer", None),
    ("John Smith, Commander of the Special Purpose Police Unit of Minsk, was banned.", "John Smith",
     "Commander of the Special Purpose Police Unit of Minsk", "Special Purpose Police Unit of Minsk"),
    ("Sergey Nalobin, Deputy Director of the Information and Press Department, asked Nepal to remember.",
     "Sergey Nalobin", "Deputy Director of the Information and Press Department", "Information and Press Department"),
]


@pytest.mark.parametrize(("text", "name", "title", "organization"), ORGANISATIONS)
def test_organisation_is_the_body_or_country_of_the_office(nlp, text, name, title, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization) == (title, organization)


WHOLE_ORGANISATIONS = [
    # (organisation as the titles read it, as the card shows it): never a fragment (docs/annotation.md).
    ("Ministry of Foreign Affairs of", "Ministry of Foreign Affairs"),
    ("Myanmar government-", None),  # "government-in-exile" cut inside its word: the start names another body
    ("of the", None),
    # Negative: whole names stay as they are, "and" inside a name included.
    ("Ministry of Defence of Georgia", "Ministry of Defence of Georgia"),
    ("Bosnia and Herzegovina", "Bosnia and Herzegovina"),
    ("ECOWAS", "ECOWAS"),  # an international body's short name the article never spells out
    (None, None),
]


@pytest.mark.parametrize(("organization", "shown"), WHOLE_ORGANISATIONS)
def test_an_organisation_cut_short_is_made_whole_or_dropped(nlp, organization, shown):
    assert in_full(nlp("Officials met on Monday."), organization) == shown


MEASURE_AUTHORS = [
    # (text, name, title, organisation): a country taking a measure owns no office of those it lists.
    ("On Wednesday, White House spokesperson Sarah Sanders said the U.S. has imposed sanctions on Ali Demir, the "
     "interior minister, and Kemal Gul, the justice minister.", "Kemal Gul", "justice minister", None),
    ("On Wednesday the U.S. imposed sanctions on Ali Demir, the interior minister, and Kemal Gul, the justice "
     "minister.", "Kemal Gul", "justice minister", None),
    # The source a clause is told by is not what its country acts on, nor a target of its measure.
    ("According to Foreign Minister Yoshimasa Hayashi, Japan will freeze the assets of those officials who have "
     "partaken in the annexation of the Ukrainian regions.", "Yoshimasa Hayashi", "Foreign Minister", "Japan"),
    ("Japan imposed sanctions on Russia on Friday. According to Foreign Minister Yoshimasa Hayashi, Japan will also "
     "freeze the assets of those officials.", "Yoshimasa Hayashi", "Foreign Minister", "Japan"),
    # Negative: the holder who is the subject is the author's own official.
    ("The U.S. has imposed sanctions on two ministers, and President Joe Biden said more would come.", "Joe Biden",
     "President", "United States"),
]


REPORTED_DESCRIPTIONS = [
    # (text, name, title): a description inside what a person says or shows is someone else, not them; one in a
    # conjoined or later clause may still be theirs.
    ("John Mensah spoke on Monday. Mensah highlighted a statement indicating that the US President is open to "
     "negotiations.", "John Mensah", None),
    ("Ivan Ruso spoke to reporters on Monday, and the spokesman said more would come.", "Ivan Ruso", "spokesman"),
    ("Ivan Ruso arrived in Kyiv on Monday. The minister said more would come.", "Ivan Ruso", "minister"),
]


@pytest.mark.parametrize(("text", "name", "title"), REPORTED_DESCRIPTIONS)
def test_a_description_in_what_a_person_says_is_not_theirs(nlp, text, name, title):
    assert people_of(nlp, text)[name].title == title


STATESMEN = [
    # (text, name, title, organisation): a well-known holder of national office serves their own state, whichever
    # country the sentence names nearest (data/leaders.json).
    ("Prime Minister Shinzo Abe, in an address in Tokyo, said North Korea is feeling the pain from sanctions.",
     "Shinzo Abe", "Prime Minister", "Japan"),
    ("It is an unprovoked, illegal and entirely avoidable tragedy,\" Foreign Minister Nanaia Mahuta said on Wednesday.",
     "Nanaia Mahuta", "Foreign Minister", "New Zealand"),
    ("Sikorski met his counterpart and held talks with President Volodymyr Zelensky, Polish Radio reported.",
     "Volodymyr Zelensky", "President", "Ukraine"),
    # A department every state has is named by the state (docs/annotation.md S9).
    ("\"Treasury will continue to increase pressure,\" said Treasury Secretary Steven Mnuchin.", "Steven Mnuchin",
     "Secretary", "United States"),
    # Negatives: a body the title names stays; a surname alone, or a name not listed, gets no state from the list.
    ("Russian Foreign Minister Sergei Lavrov spoke on Monday.", "Sergei Lavrov", "Foreign Minister", "Russia"),
    ("The presidential election returned the pro-EU President Ana Rusu to office.", "Ana Rusu", "President", None),
    ("Minister Abe spoke on Monday.", "Abe", "Minister", None),
    ("\"Treasury will continue to increase pressure,\" said Treasury Secretary Anna Berg.", "Anna Berg", "Secretary",
     "Treasury"),
    # A listed spokesperson speaks for the body the title names, which keeps its field ("Foreign Ministry", not
    # "Ministry"); negative: the ministry's head serves the state.
    ("Foreign Ministry Spokesperson Pham Thu Hang said Vietnam regrets the decision.", "Pham Thu Hang",
     "Foreign Ministry Spokesperson", "Foreign Ministry"),
    ("Ministry of Foreign Affairs spokesperson Mumtaz Zahra Baloch said Pakistan is safe.", "Mumtaz Zahra Baloch",
     "Ministry of Foreign Affairs spokesperson", "Ministry of Foreign Affairs"),
    ("Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan is safe.", "Mumtaz Zahra Baloch",
     "Foreign Office spokesperson", "Foreign Office"),
    ("Foreign Minister Ishaq Dar said Pakistan is safe.", "Ishaq Dar", "Foreign Minister", "Pakistan"),
    # A past national office is the state's too: a former head, minister or ambassador served it.
    ("Former President Bill Clinton spoke at the convention.", "Bill Clinton", "Former President", "United States"),
    ("The ex-president Evo Morales left Mexico for Argentina on Thursday.", "Evo Morales", "ex-president", "Bolivia"),
    # Nor does a chamber's office, a past one that is no national office, or the bare courtesy "Secretary" a past
    # cabinet secretary keeps.
    ("Sen. Marco Rubio spoke about Iran on Monday.", "Marco Rubio", "Sen.", None),
    ("Former Senator Marco Rubio spoke about Iran on Monday.", "Marco Rubio", "Former Senator", None),
    ("\"Voters will hear about Secretary Hillary Clinton's record,\" the group said.", "Hillary Clinton",
     "Secretary", None),
]


@pytest.mark.parametrize(("text", "name", "title", "organization"), STATESMEN)
def test_a_well_known_holder_of_national_office_serves_their_own_state(nlp, text, name, title, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization) == (title, organization)


HOLDER_NAMES = [
    # (written name, state): a listed holder under another transliteration of the given name, or with a letter NFKD
    # keeps whole (data/leaders.json given_name_forms; name_keys.fold).
    ("Mohamed VI", "Morocco"),
    ("Muhammad bin Salman", "Saudi Arabia"),
    ("Sergey Ryabkov", "Russia"),
    ("Dmytro Kuleba", "Ukraine"),
    ("Radosław Sikorski", "Poland"),
    ("Binali Yıldırım", "Turkey"),
    ("Faisal bin Farhan Al Saud", "Saudi Arabia"),
    # Negatives: a second surname is no rule ("Nicolas Maduro Guerra" is his son), a given name alone names no
    # one, another given name is another person.
    ("Nicolas Maduro Guerra", None),
    ("Mohamed", None),
    ("Ahmed Lavrov", None),
    ("Mohamed VII", None),
    # Initials for the given names: with the surname they name the listed holder whose given names they begin; the
    # surname alone, or other initials, name no one.
    ("S. Jaishankar", "India"),
    ("P. Chidambaram", "India"),
    ("Jaishankar", None),
    ("K. Jaishankar", None),
]


@pytest.mark.parametrize(("name", "state"), HOLDER_NAMES)
def test_a_listed_holder_is_found_under_any_transliteration_of_the_given_name(name, state):
    assert state_served([name]) == state


LISTED_NAMES = [
    # (text, name, title, organisation): a listed holder's full name is a person though spaCy tags it as a place
    # ("Linkevicius" GPE after "Lithuania"), a reader knows it (data/leaders.json).
    ("Foreign Minister of Lithuania Linas Linkevicius expects the sanctions to be extended.", "Linas Linkevicius",
     "Foreign Minister of Lithuania", "Lithuania"),
]


@pytest.mark.parametrize(("text", "name", "title", "organization"), LISTED_NAMES)
def test_a_listed_holder_s_full_name_is_a_person(nlp, text, name, title, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization, person.is_official) == (title, organization, True)


FIELDS = [
    # (text, name, title, organisation): an organisation made only of an office's fields is its portfolio, no body;
    # the country is looked for as for an office with no body (docs/annotation.md: never a fragment).
    ("Nigeria's exports may fall. The Minister of Industry, Trade and Investment, Dr. Amaka Obi, said so on Monday.",
     "Amaka Obi", "Minister of Industry, Trade and Investment", "Nigeria"),
    ("Minister of Government Affairs Pablo Soto said Chile would not sign the treaty.", "Pablo Soto",
     "Minister of Government Affairs", "Chile"),
    # An ambassador to a body that sends none serves their state (roles.json posted_to_bodies).
    ("Sudan has called for the sanctions to end. In a letter, the country's UN ambassador Ali Osman said sanctions "
     "were no longer relevant.", "Ali Osman", "country's UN ambassador", "Sudan"),
    # Negatives: the UN's own envoy is the UN's; a department named by its field stays, and so does a body.
    ("UN envoy Geir Pedersen said the talks would resume.", "Geir Pedersen", "UN envoy", "UN"),
    ("Under Secretary of Commerce for Industry and Security Alan Reyes said the rule was final.", "Alan Reyes",
     "Under Secretary of Commerce for Industry and Security", "Commerce"),
    ("Home Office minister Anna Berg said the rule was final.", "Anna Berg", "Home Office minister", "Home Office"),
]


@pytest.mark.parametrize(("text", "name", "title", "organization"), FIELDS)
def test_an_office_s_fields_are_no_organisation(nlp, text, name, title, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization) == (title, organization)


NO_BODY_WORDS = [
    # (text, name, title, organisation): words before or after a head that name no body.
    # "External Affairs" names no body; the listed holder his initials and surname name is India's.
    ("Rana is on an official visit at the invitation of External Affairs Minister S Jaishankar.", "S Jaishankar",
     "External Affairs Minister", "India"),
    ("The Treasury announced sanctions against former Electricity Minister Luis Motta Dominguez on Friday.",
     "Luis Motta Dominguez", "former Electricity Minister", None),
    ("The words uttered by U.S. State Department Head of Sanctions, Jim O'Brien, were misinterpreted.",
     "Jim O'Brien", "U.S. State Department Head of Sanctions", "U.S. State Department"),
    ("The presidential election returned the pro-EU President Ana Rusu to office.", "Ana Rusu", "President", None),
    ("Quoting President Abdel Fattah El-Sisi, Abdelatty underlined that the crossing is open.",
     "Abdel Fattah El-Sisi", "President", "Egypt"),
    ("She said Taiwan's Premier Su Tseng-chang, Foreign Minister Joseph Wu and Legislative Speaker You Si-kun are "
     "among those who were sanctioned.", "You Si-kun", "Legislative Speaker", None),
    # A body with a name of its own written in lower case is that body, not a fragment of it.
    ("\"This aggression has undermined the territorial integrity of the DRC,\" state department spokesperson Tammy "
     "Bruce said in a statement.", "Tammy Bruce", "state department spokesperson", "State Department"),
    ("The Kremlin said on Monday that kremlin spokesman Dmitry Peskov would travel.", "Dmitry Peskov",
     "kremlin spokesman", "Kremlin"),
    # A bare spokesperson speaks for the state body the sentence before has as its subject; negatives: a firm or a
    # person in focus, or a subject inside a quote, says nothing of whose spokesperson it is.
    ("The US State Department announced that it would expand visa sanctions. At the briefing, spokesperson Heather "
     "Nauert reiterated the point.", "Heather Nauert", "spokesperson", "US State Department"),
    ("China's foreign ministry on Monday dismissed the accusation.\n\"It is futile,\" spokesperson Wang Wenbin told "
     "a regular briefing.", "Wang Wenbin", "spokesperson", "China's foreign ministry"),
    ("Turkey's top diplomat announced a plan. At the briefing, spokesperson Ahmed Abu Zaid praised it.",
     "Ahmed Abu Zaid", "spokesperson", None),
    ("Apple announced a new phone on Monday. At the launch, spokesperson Jane Roe praised it.", "Jane Roe",
     "spokesperson", None),
    ("Hun Sen announced a new plan on Monday. At the briefing, spokesperson Phay Siphan praised it.", "Phay Siphan",
     "spokesperson", None),
    ("He said \"the ministry will act\" on Monday. At the briefing, spokesperson Jane Roe praised it.", "Jane Roe",
     "spokesperson", None),
    # Negatives: a country's adjective and a body's name before the head stay the organisation.
    ("Russian Foreign Minister Sergei Lavrov spoke on Monday.", "Sergei Lavrov", "Foreign Minister", "Russia"),
    ("Pentagon spokesman John Kirby spoke on Monday.", "John Kirby", "Pentagon spokesman", "Pentagon"),
    # A body word alone names only a kind of body: no organisation (a fragment); a body's one name stays.
    ("General Secretary of the Party To Lam met leaders in Hanoi.", "To Lam", "General Secretary of the Party", None),
    ("Army spokesman John Kirby spoke on Monday.", "John Kirby", "Army spokesman", "Army"),
    # A lone name before a lower-case head of no office is the holder's employer, not a field (only an office has
    # a field); before an office it stays the field.
    ("Roma coach Jose Mourinho has been given a four-match suspension by UEFA.", "Jose Mourinho", "Roma coach",
     "Roma"),
    ("The plan was praised by Electricity Minister Ana Ruiz on Monday.", "Ana Ruiz", "Electricity Minister", None),
]


BODIES_FROM_ANOTHER_OFFICE = [
    # (text, name, title, organisation): an office with no body takes the body of the holder's other office.
    ("Senator Ahmad Lawan spoke on Monday. Lawan, the Senate Leader, said the chamber would adjourn.", "Ahmad Lawan",
     "Senator", "Senate"),
    # Negatives: no other office, no body; a country in a description is the holder's nationality, not a body.
    ("Secretary General Ana Lima condemned the test. Lima, a diplomat from Brazil, will finish her term.",
     "Ana Lima", "Secretary General", None),
    ("Senator Ahmad Lawan spoke on Monday. Lawan said the chamber would adjourn.", "Ahmad Lawan", "Senator", None),
]


@pytest.mark.parametrize(("text", "name", "title", "organization"), BODIES_FROM_ANOTHER_OFFICE)
def test_an_office_without_a_body_takes_the_body_of_the_holder_s_other_office(nlp, text, name, title, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization) == (title, organization)


@pytest.mark.parametrize(("text", "name", "title", "organization"), NO_BODY_WORDS)
def test_a_field_a_stance_or_a_frame_names_no_body(nlp, text, name, title, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization) == (title, organization)


@pytest.mark.parametrize(("text", "name", "title", "organization"), MEASURE_AUTHORS)
def test_a_measure_s_author_owns_no_office_of_those_it_lists(nlp, text, name, title, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization) == (title, organization)


POSTS_UNDER_AN_OFFICIAL = [
    # (text, name, title, official, organisation)
    ("Polish Interior Minister Anna Kowalska presented the list. Her deputy Piotr Nowak said the firms moved funds.",
     "Piotr Nowak", "deputy", True, "Poland"),
    ("The list names fertiliser maker Nordic Potash Group and its CEO Lars Holm, officials said.", "Lars Holm", "CEO",
     False, "Nordic Potash Group"),
    ("The National Space Agency will launch a satellite on May 18, its Chairman Ravi Kumar announced on Thursday.",
     "Ravi Kumar", "Chairman", True, "National Space Agency"),
    # A post the title gives to an official named in it as its possessor.
    ("President Obama's budget director Peter Orszag defended the plan.", "Peter Orszag", "President Obama's budget "
     "director", True, None),
    # Negatives: a lawyer is nobody's office; a deputy of someone without an office holds none; "its" with no body.
    ("Candidate Jane Roe's spokesman Tim Bell said the plan fails.", "Tim Bell", "Candidate Jane Roe's spokesman",
     False, "Jane Roe"),
    ("Sen. Bernie Sanders spoke in Iowa. Sanders' senior media adviser Tad Devine said the ads would run.",
     "Tad Devine", "Sanders' senior media adviser", False, "Sanders"),
    ("The satellite will launch on May 18, its Chairman Ravi Kumar announced on Thursday.", "Ravi Kumar", "Chairman",
     False, None),
    ("Polish Interior Minister Anna Kowalska presented the list. Her lawyer Piotr Nowak said the list was wrong.",
     "Piotr Nowak", "lawyer", False, None),
    ("Gallery owner Anna Kowalska opened the show. Her deputy Piotr Nowak said sales rose.",
     "Piotr Nowak", "deputy", False, None),
]


@pytest.mark.parametrize(("text", "name", "title", "official", "organization"), POSTS_UNDER_AN_OFFICIAL)
def test_a_post_under_an_official_is_an_office(nlp, text, name, title, official, organization):
    person = people_of(nlp, text)[name]
    assert (person.title, person.is_official, person.organization) == (title, official, organization)


SURNAMES = ["Zelensky", "Gaddafi", "Kofman", "Muammar", "Putin", "Lavrov", "Blinken", "Nebenzya"]


@pytest.mark.parametrize("word, similar", [
    ("Zelenskyy", True),  # a doubled letter
    ("Zelenskiy", True),  # a letter changed
    ("Moammar", True),  # a transliteration: one letter changed
    ("Muamar", True),  # a letter dropped
    ("Hofman", False),  # another first letter: two real people
    ("Qaddafi", False),  # not caught, as similar_word says
    ("Putin", True),  # the word itself, though short
    ("Putn", False),  # a word under five letters matches only itself
    ("Lavrova", True),  # a letter added
    ("Blinkenn", True),
    ("Nebenzia", True),
    ("Nabenzia", False),  # two edits
])
def test_similar_words_answer_as_similar_word_against_each(word, similar):
    lower = [name.lower() for name in SURNAMES]
    assert (word.lower() in SimilarWords(lower)) is similar
    assert any(similar_word(word.lower(), known) for known in lower) is similar


@settings(max_examples=300, deadline=None)
@given(known=st.lists(st.text("abcmn", min_size=1, max_size=8), max_size=12),
       word=st.text("abcmn", min_size=1, max_size=8))
def test_similar_words_find_every_similar_word(known, word):
    assert (word in SimilarWords(known)) is any(similar_word(word, each) for each in known)


NAME_WORDS = st.sampled_from(["kim", "jong", "un", "abu", "zeid", "ahmed", "zelensky", "zelenskyy", "volodymyr",
                              "hillary", "rodham", "clinton", "jr"])


@settings(max_examples=300, deadline=None)
@given(names=st.lists(st.lists(NAME_WORDS, min_size=1, max_size=4), min_size=1, max_size=10),
       name=st.lists(NAME_WORDS, min_size=1, max_size=4))
def test_known_names_file_every_person_a_name_can_match(names, name):
    """The index only narrows the comparison: every person a name matches is among those it finds."""
    keys = [name_key(" ".join(words).title()) for words in names]
    key = name_key(" ".join(name).title())
    full, single = KnownNames(), KnownNames()
    for place, known in enumerate(keys):
        if len(known.words) >= 2:
            full.file(place, full_name_lookups(known))
        single.file(place, one_word_lookups(known))
    if len(key.words) >= 2:
        matching = {place for place, known in enumerate(keys) if len(known.words) >= 2 and (
            same_name(known, key) or prefix_of(key, known) or prefix_of(known, key))}
        assert matching <= set(full.find(full_name_probes(key)))
    else:
        as_part, as_own, as_variant = one_word_probes(key)
        assert {place for place, known in enumerate(keys) if len(known.words) >= 2
                and part_of_name(key, known)} <= set(single.find(as_part))
        assert {place for place, known in enumerate(keys) if known.words == key.words} <= set(single.find(as_own))
        assert {place for place, known in enumerate(keys) if len(known.words) >= 2
                and part_of_name(key, known, fuzzy=True)} <= set(single.find(as_part | as_variant))


@pytest.mark.parametrize(("name", "state"), [
    ("the Russian Federation", "Russia"),
    ("Republic of Uzbekistan", "Uzbekistan"),
    ("the Islamic Republic of Iran", "Iran"),
    ("Hashemite Kingdom of Jordan", "Jordan"),
    ("Grand Duchy of Luxembourg", "Luxembourg"),
    ("Kyrgyz Republic", "Kyrgyzstan"),
    # Negatives: a sports body, a union, a business federation, a form with no state, a ministry of a state.
    ("Russian Football Federation", None),
    ("American Federation of Labor", None),
    ("Federation of Korean Industries", None),
    ("the Islamic Republic", None),
    ("Ministry of Foreign Affairs of the Republic of Uzbekistan", None),
])
def test_a_state_s_formal_name_is_the_state(name, state):
    from quotelens.findings.states import formal_state
    assert formal_state(name) == state


@pytest.mark.parametrize(("text", "names"), [
    # A list after a plural title holds names the tagger left untagged, called a body or cut at a hyphen.
    ("Three Supreme Court justices — Inyang Okoro, Adamu Jauro, and Chioma Iheme-Nwosu — were also present.",
     {"Inyang Okoro", "Adamu Jauro", "Chioma Iheme-Nwosu"}),
    ("Also on the panel were Justices Gberi-Be Ouattara (presiding) and Dupe Atoki.",
     {"Gberi-Be Ouattara", "Dupe Atoki"}),
    # A particle inside an item's name is no word of its own, and no end of the list.
    ("Justices Francisco Acosta, Magdangal de Leon and Angelita Gacutan concurred in the ruling.",
     {"Francisco Acosta", "Magdangal de Leon", "Angelita Gacutan"}),
    # Negatives: a body in the list, a verb after the plural title.
    ("The officials, Ama Owusu and Accra Metropolitan Assembly, attended.", {"Ama Owusu"}),
    ("The ministers met Kofi Annan and Accra Planning Board officials.", {"Kofi Annan"}),
])
def test_a_list_after_a_plural_title_names_people(nlp, text, names):
    assert set(people_of(nlp, text)) == names


OTHER_HOLDERS = [
    # (text, name, title, official): a title never holds another person's name as that person's own; a title cut
    # free of it keeps its own words, and a rank after an office's complement is the name's style.
    ("Among those sanctioned are the commander of New Zealand's navy Commodore Garin Golding and journalists Kate "
     "Green and Josie Pagani.", "Kate Green", "journalist", False),
    ("Among those sanctioned are the commander of New Zealand's navy Commodore Garin Golding and journalists Kate "
     "Green and Josie Pagani.", "Garin Golding", "commander of New Zealand's navy", True),
    ("Canada sanctioned FSB officials (Victor Gavrilov, Dmitry Ivanov) and a Russia businessman (Oleg Deripaska).",
     "Dmitry Ivanov", "FSB officials", True),
    ("Retired Col Bah Ndaw, 70, is President of the 18-month transition government with military junta leader Col "
     "Assimi Goita as vice president.", "Bah Ndaw", "President of the 18-month transition government", True),
    ("The new sanctions target current and former cabinet members including Culture Minister Ernesto Villegas and "
     "Minister of the Office of the Presidency Jorge Marquez.", "Jorge Marquez",
     "Minister of the Office of the Presidency", True),
    # Negatives: a name in the title's complement or as its possessor stays in the title.
    ("He met an adviser to President Joe Biden, Jake Sullivan.", "Jake Sullivan", "adviser to President Joe Biden",
     False),
]


@pytest.mark.parametrize(("text", "name", "title", "official"), OTHER_HOLDERS)
def test_a_title_never_holds_another_person_s_name(nlp, text, name, title, official):
    person = next(person for written, person in people_of(nlp, text).items() if written.endswith(name))
    assert (person.title, person.is_official) == (title, official)


@pytest.mark.parametrize(("text", "name", "organization"), [
    # National parliaments under their own names and state security services by their acronyms are a state's.
    ("The list includes member of the Riigikogu Mihhail Lotman and President of the Riigikogu Lauri Hussar.",
     "Lauri Hussar", "Riigikogu"),
    ("Knesset Speaker Amir Ohana said the vote would go ahead.", "Amir Ohana", "Knesset"),
])
def test_a_parliament_named_in_its_own_language_is_a_state_body(nlp, text, name, organization):
    person = people_of(nlp, text)[name]
    assert (person.is_official, person.organization) == (True, organization)


@pytest.mark.parametrize(("organization", "state"), [
    ("U.S. Treasury", "United States"), ("US House", "United States"), ("Russia's Foreign Ministry", "Russia"),
    ("the Chinese Foreign Ministry", "China"),
    # Negatives: a department's own name, a chamber's full name, a body of another kind.
    ("Treasury", None), ("US House of Representatives", None), ("Russian Central Election Commission", None),
])
def test_a_state_s_department_by_the_state_s_name(organization, state):
    assert department_of_state(organization) == state


@pytest.mark.parametrize(("organization", "short"), [("MOFA", True), ("the DFA", True), ("MEA", True),
                                                       ("Ministry of Foreign Affairs", False), ("FBI", False)])
def test_a_foreign_ministry_s_short_name(organization, short):
    assert names_a_foreign_ministry(organization) == short


# A national office the article ties to no country takes the one state at least two other officials serve
# (shared_states.py); one other official, or two states, leave it open.
SHARED_STATES = [
    ("Russia banned ten politicians on Tuesday. Estonian Prime Minister Kaja Kallas called it absurd. Estonia's "
     "President Alar Karis agreed. The list also includes Minister of Justice Kalle Laanet.", "Kalle Laanet", "Estonia"),
    # Two states among the other officials: the office's country stays open.
    ("Ten politicians were banned on Tuesday. Estonian Prime Minister Kaja Kallas called it absurd. Latvian President "
     "Egils Levits agreed. Estonia's President Alar Karis agreed too. The list also includes Minister of Justice "
     "Kalle Laanet.", "Kalle Laanet", None),
    # A past office is left to its own sentences.
    ("Ten politicians were banned on Tuesday. Estonian Prime Minister Kaja Kallas called it absurd. Estonia's "
     "President Alar Karis agreed. The list also includes former Minister of Justice Kalle Laanet.", "Kalle Laanet",
     None),
]


@pytest.mark.parametrize(("text", "name", "organization"), SHARED_STATES)
def test_a_bare_national_office_serves_the_state_the_other_officials_serve(nlp, text, name, organization):
    assert people_of(nlp, text)[name].organization == organization


OFFICIALS_S29 = [
    # (text, name, title, organisation, official)
    # spaCy's entity opens at the particle ("bin Mubarak al-Shafi"): the given name before it is the name's, not a
    # courtesy ("H E") or a title before it.
    ("Salem bin Mubarak al-Shafi, Qatar's ambassador to Turkey, has said the sanctions have nothing to do with law.",
     "Salem bin Mubarak al-Shafi", "Qatar's ambassador to Turkey", "Qatar", True),
    ("On Monday, H E Yousuf bin Alawi bin Abdullah, Minister Responsible for Foreign Affairs met Brian Hook.",
     "Yousuf bin Alawi bin Abdullah", "Minister Responsible for Foreign Affairs", None, True),
    # A name after a courtesy title is a person's though spaCy tagged it a nationality.
    ("In this case Mr Molibeli, represented by his lawyer, Tekane Maqakachane, seeks to have the Lesotho Times shut "
     "down.", "Molibeli", None, None, False),
    # A secretary of a portfolio holds a ministry's office in lower case too; a company's or a party's does not.
    ("Economic affairs secretary Dasho Yeshi Wangdi led the Bhutanese delegation.", "Dasho Yeshi Wangdi",
     "Economic affairs secretary", None, True),
    ("The company secretary Anne Lee signed the accounts.", "Anne Lee", "company secretary", None, False),
    ("The party's finance secretary John Smith resigned.", "John Smith", "party's finance secretary", None, False),
    # "Dr." after an office is the holder's style, not the title.
    ("These items were banned under a decree issued by President Dr. Mohamed Muizzu.", "Mohamed Muizzu",
     "President", "Maldives", True),
    # A security service named in full is a state's.
    ("Among those subjected to an asset freeze was Alexander Bortnikov, head of the Russian Federal Security Service.",
     "Alexander Bortnikov", "head of the Russian Federal Security Service", "Russian Federal Security Service", True),
    # "the country's": the sentence's actor, not a demonym that only describes a thing.
    ("The Maldives faced some international pressure over its decision to ban entries on Israeli passports, says "
     "Dr. Abdulla Khaleel, the country’s foreign minister.", "Abdulla Khaleel", "country’s foreign minister",
     "Maldives", True),
    # A state word beside "Organisation" tells its kind; a party's or a youth movement's organisation stays out.
    ("The new sanctions include a travel ban on Isaac Moyo, Director General of the Central Intelligence Organisation.",
     "Isaac Moyo", "Director General of the Central Intelligence Organisation", "Central Intelligence Organisation",
     True),
    ("John Lee, director of the Democratic Youth Organisation, said the march would go ahead.", "John Lee",
     "director of the Democratic Youth Organisation", "Democratic Youth Organisation", False),
    # A person written as heading a government or a ministry holds its office (implied, never shown); not a firm's.
    ("The ministry supervised by João Gomes Cravinho sent the response.", "João Gomes Cravinho", None, None, True),
    ("The company run by John Smith went bust.", "John Smith", None, None, False),
    # So does one written as heading a body its words tell is a state's, by a relative clause, a plain verb or a
    # passive after the body's name; a firm, a board or an inquiry one heads holds no office.
    ("Tamar Kordzaia, who leads the Parliamentary Committee on Human Rights, said the bill would pass.",
     "Tamar Kordzaia", None, None, True),
    ("Laura Fenwick, who runs the campaign's outreach to military families, said the ad was unfair.",
     "Laura Fenwick", None, None, False),
    ("The Federal Intelligence Agency, headed by Gustavo Arribas, denied the claims.", "Gustavo Arribas", None, None,
     True),
    ("Kenji Watanabe heads the Ministry of Finance, which drafted the bill.", "Kenji Watanabe", None, None, True),
    ("Ryan Pini, who chairs the athletes' council for the anti-doping agency, said the bans were fair.", "Ryan Pini",
     None, None, False),
    ("John Smith, who heads the family firm, said sales rose.", "John Smith", None, None, False),
    ("Maria Santos, who chairs the board of the charity, spoke first.", "Maria Santos", None, None, False),
    ("The investigation, led by Sarah Connolly, found no fault.", "Sarah Connolly", None, None, False),
    # A national security adviser serves the state, as a minister does.
    ("The Philippines protested on Sunday. Foreign Affairs Secretary Teodoro Locsin Jr. said he has talked to "
     "National Security Adviser Hermogenes Esperon about the issue.", "Hermogenes Esperon",
     "National Security Adviser", "Philippines", True),
    # A style set off by a comma after the office is the name's, not the title's; alone it stays the title.
    ("The UK government was communicating with the Chief of Staff, Prof. Ibrahim Gambari, and others.",
     "Ibrahim Gambari", "Chief of Staff", None, True),
    ("The government spoke with the Chief of Staff, Dr. John Smith, on Monday.", "John Smith", "Chief of Staff", None,
     True),
    ("Prof. Jane Doe of Harvard said it would fail.", "Jane Doe", "Prof.", None, False),
    # An office to come is a title but no office held (docs/annotation.md: a prime minister-designate is not).
    ("Vilnius will remain unyielding on sanctions against Belarus, Prime Minister-designate Inga Ruginiene has said.",
     "Inga Ruginiene", "Prime Minister-designate", None, False),
]


def test_an_office_is_never_its_own_organisation(nlp):
    person = people_of(nlp, "Prime Minister (PM) Sher Bahadur Deuba met Blinken.")["Sher Bahadur Deuba"]
    assert person.organization != "Prime Minister" and person.is_official


@pytest.mark.parametrize(("text", "name", "not_name"), [
    ("In an interview, the Minister for Information Communication Technology (ICT) and National Guidance, Dr. Chris "
     "Baryomunsi says the former ministers are being sanctioned.", "Chris Baryomunsi", "Communication Technology"),
    ("The Secretary General of the East African Community (EAC), Mr. Peter Mathuki, has stepped between the "
     "warring countries.", "Peter Mathuki", "African Community"),
])
def test_words_an_acronym_restates_are_no_name(nlp, text, name, not_name):
    people = people_of(nlp, text)
    assert name in people and not_name not in people


def test_a_name_before_a_bracketed_party_stays_a_name(nlp):
    assert "Imran Khan" in people_of(nlp, "Chairman Imran Khan (PTI) spoke in Lahore.")


def test_the_head_of_an_overthrown_government_held_the_office_in_the_past(nlp):
    person = people_of(nlp, "Two years ago the military overthrew the civilian government led by Aung San Suu Kyi "
                            "in a coup.")["Aung San Suu Kyi"]
    assert (person.is_official, person.former) == (True, True)


@pytest.mark.parametrize(("text", "name", "title", "official", "former"), [
    # Two titles joined by "and" before one name: the office held now counts over what is no office or a past one.
    ("The US imposed sanctions on Nicaragua's vice president and first lady Rosario Murillo on Tuesday.",
     "Rosario Murillo", "Nicaragua's vice president", True, False),
    ("He met Egypt's foreign minister and former ambassador Sameh Shoukry in Cairo.", "Sameh Shoukry",
     "Egypt's foreign minister", True, False),
    ("The prime minister and ruling party leader Kyriakos Mitsotakis spoke.", "Kyriakos Mitsotakis", "prime minister",
     True, False),
    # Negatives: an office already right before the name stays; a past one stays before what is no office; a firm's
    # president is no office to prefer.
    ("Prime Minister and Foreign Minister Winston Peters said so.", "Winston Peters", "Foreign Minister", True, False),
    ("PTI Chairman and former prime minister Imran Khan was arrested.", "Imran Khan", "former prime minister", True,
     True),
    ("He met the club president and first lady Jane Smith.", "Jane Smith", None, False, False),
    # "King" ends another's name, not an office (PolNeAR dev, nyt 2016-09-19).
    ("Larry King and Ed Schultz are on a Russian state-financed television outlet.", "Ed Schultz", None, False,
     False),

    # A state body headed in the simple past is a past office; a government another verb in the past takes is no past
    # office of its leader's.
    ("Also acquitted was Silvia Majdalani, who headed the Federal Intelligence Agency under Macri.",
     "Silvia Majdalani", None, True, True),
    ("The minister joined Ana Brnabic's government in 2022.", "Ana Brnabic", None, True, False),
])
def test_an_office_joined_before_another_title_or_headed_counts(nlp, text, name, title, official, former):
    person = people_of(nlp, text)[name]
    assert (person.title, person.is_official, person.former) == (title, official, former)


def test_an_office_given_another_by_as_is_not_joined_to_the_next_name(nlp):
    people = people_of(nlp, "The junta named Colonel Assimi Goita as vice president and former foreign minister Moctar "
                            "Ouane as prime minister.")
    assert "vice president" not in (people["Moctar Ouane"].title or "")


@pytest.mark.parametrize(("text", "name", "title", "organization", "official"), OFFICIALS_S29)
def test_officials_of_unseen_news(nlp, text, name, title, organization, official):
    person = people_of(nlp, text)[name]
    assert (person.title, person.organization, person.is_official) == (title, organization, official)


@pytest.mark.parametrize("text", [
    "Foreign Minister bin Zayed said the talks would go on.",
    "Mr President, the Senate is waiting, said the clerk.",
])
def test_no_title_or_courtesy_joins_a_name(nlp, text):
    assert not any(word in name for name in people_of(nlp, text) for word in ("Minister", "President", "Mr"))


@pytest.mark.parametrize(("text", "name", "title", "official"), [
    # An editor's brackets inside a quotation cut a name in two: one person, written without them (hurriyet,
    # infobalkans, defesanet, timesofisrael).
    ("“Those conditions are well known. President [Donald] Trump himself has admitted it,” the ministry said.",
     "Donald Trump", "President", True),
    ('"I have had calls for sanctions. Not with [French President Emmanuel] Macron, I talked to him."',
     "Emmanuel Macron", "President", True),
    ("“Since President [Michel] Temer took office there was no vice-president,” he said.", "Michel Temer", "President",
     True),
    ("“Thanks to my insistence and Minister [of Strategic Affairs Ron] Dermer, we have a letter,” he said.",
     "Ron Dermer", None, False),
    ("“[Foreign Minister Sergei] Lavrov called me on Monday,” he said.", "Sergei Lavrov", "Foreign Minister", True),
])
def test_a_name_an_editors_bracket_cuts_is_one_person(nlp, text, name, title, official):
    person = people_of(nlp, text)[name]
    assert (person.title, person.is_official) == (title, official)


@pytest.mark.parametrize(("text", "names"), [
    # Negatives: a bracket that restates a place, a body or a pronoun's referent joins no name.
    ("Colombo [Sri Lanka], January 7 (ANI): Minister Subrahmanyam Jaishankar met the president.",
     {"Subrahmanyam Jaishankar"}),
    ("The share of trade governed by WTO [World Trade Organisation] rules has dropped, Tau said.", {"Tau"}),
    ('"He [Matthews] is the one who brought the confidence," Hathurusingha said.', {"Hathurusingha", "Matthews"}),
    ("It has rights under the treaty [NPT]. Araghchi said so.", {"Araghchi"}),
])
def test_a_bracket_that_restates_no_name_joins_none(nlp, text, names):
    assert set(people_of(nlp, text)) <= names


def test_a_persons_possessive_opens_no_office_before_a_name(nlp):
    # Negative of the body's possessive in a title's complement: a person owns the party after it, no office.
    people = people_of(nlp, "He joined former vice president Adeeb's Maldives Third-Way Democrats party.")
    assert not any(person.is_official for name, person in people.items() if name != "Adeeb")
