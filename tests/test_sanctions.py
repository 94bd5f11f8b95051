"""find_sanctions: measures with status, authority and targets; other senses of 'sanction'; the seed's five mentions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import STATUSES, find_sanctions
from quotelens.model import Entity, Quote

# (sentence, [(mention text, status, authority, targets)]). Sentences from PolNeAR news (2016) where it has the
# case, otherwise written in the same register for measures it lacks (export controls, price caps, designations).
MEASURES = [
    # seizing power or control takes no property: not a seizure
    ("The army seized power in Myanmar in February. The EU has imposed sanctions on ten conglomerates.",
     [("imposed sanctions on ten conglomerates", "imposed", "European Union", ("ten conglomerates",))]),
    ("In 2009 the United Nations Security Council imposed sanctions on Eritrea, including an arms embargo and a "
     "travel ban and a freeze on the assets of top Eritrean officials, for providing weapons to the Shabab.",
     [("imposed sanctions on Eritrea", "imposed", "UN Security Council", ("Eritrea",)),
      ("an arms embargo", "imposed", "UN Security Council", ("Eritrea",)),
      ("a travel ban", "imposed", "UN Security Council", ("Eritrea",)),
      ("a freeze on the assets of top Eritrean officials", "imposed", "UN Security Council", ("top Eritrean officials",))]),
    ("The Security Council has imposed sanctions on individual terrorists, freezing their assets and banning travel.",
     [("imposed sanctions on individual terrorists", "imposed", "UN Security Council", ("individual terrorists",)),
      ("freezing their assets", "imposed", "UN Security Council", ("individual terrorists",)),
      ("banning travel", "imposed", "UN Security Council", ("individual terrorists",))]),
    ("The United Nations Security Council on Friday made a strong condemnation of North Korea's latest nuclear test "
     "and pledged to impose further sanctions as a deterrence.",
     [("impose further sanctions", "threatened", "UN Security Council", ("North Korea",))]),
    ("The deal came on the same weekend that Iran fulfilled the terms of last year's nuclear agreement and the "
     "United States lifted sanctions, giving Iran access to its funds.",
     [("lifted sanctions", "lifted", "United States", ("Iran",))]),
    ("Mr. Obama freed seven Iranian and Iranian-American men charged with or convicted of violating sanctions "
     "against the Islamic republic.",
     [("violating sanctions against the Islamic republic", "violated", None, ("the Islamic republic",))]),
    ("A small group is introducing a new bill to impose sanctions on Iran.",
     [("impose sanctions on Iran", "considered", None, ("Iran",))]),
    ("In the House, lawmakers this week passed a set of measures to step up sanctions against Iran over its "
     "ballistic missile program.",
     [("step up sanctions against Iran", "extended", None, ("Iran",))]),
    ("The chairman's bill would prohibit the president from waiving any sanctions against Iran.",
     [("waiving any sanctions against Iran", "other", None, ("Iran",))]),
    ("The White House announced that the United States would end a long-standing national emergency against Burma "
     "and further ease trade sanctions.",
     [("ease trade sanctions", "lifted", "United States", ("Burma",))]),
    ("Obama repeatedly insisted that lifting the embargo on Vietnam was not a response to China.",
     [("lifting the embargo on Vietnam", "lifted", None, ("Vietnam",))]),
    ("The U.N., which in March imposed some of the harshest economic sanctions ever against North Korea, called an "
     "emergency meeting.",
     [("imposed some of the harshest economic sanctions ever against North Korea", "imposed", "UN Security Council",
       ("North Korea",))]),
    ("That could include indicting the hackers and imposing sanctions against Russian institutions or individuals.",
     [("imposing sanctions against Russian institutions or individuals", "considered", None,
       ("Russian institutions", "individuals"))]),
    ("The Treasury Department sanctioned three Iranian companies for supplying drones to Russia.",
     [("sanctioned three Iranian companies", "imposed", "United States", ("three Iranian companies",))]),
    ("The European Union imposed sanctions on Russian banks on Monday.",
     [("imposed sanctions on Russian banks", "imposed", "European Union", ("Russian banks",))]),
    ("The EU extended its sanctions against Russia for another six months.",
     [("extended its sanctions against Russia", "extended", "European Union", ("Russia",))]),
    ("Washington is considering new export controls on advanced chips to China.",
     [("new export controls on advanced chips to China", "considered", "United States", ("China",))]),
    # the goods a measure takes are the country's its adjective names (banned goods are no target)
    ("G7 countries agreed a price cap on Russian oil.",
     [("a price cap on Russian oil", "imposed", "G7", ("Russia",))]),
    ("Britain froze the assets of two oligarchs.",
     [("froze the assets of two oligarchs", "imposed", "United Kingdom", ("two oligarchs",))]),
    # a future measure announced without a condition is a decision (docs/annotation.md), not a threat
    ("Canada will impose a travel ban on senior Iranian officials.",
     [("impose a travel ban on senior Iranian officials", "imposed", "Canada", ("senior Iranian officials",))]),
    ("Japan threatened to impose sanctions on North Korea if it carries out another test.",
     [("impose sanctions on North Korea", "threatened", "Japan", ("North Korea",))]),
    ("The US did not impose sanctions on Saudi Arabia.",
     [("impose sanctions on Saudi Arabia", "other", "United States", ("Saudi Arabia",))]),
    ("The Act, under consideration by the US Senate on Monday, would impose economic sanctions on officials deemed "
     "responsible for human rights abuses.",
     [("impose economic sanctions on officials", "considered", None, ("officials",))]),  # parse stops the target there
    ("North Korea is violating U.N. Security Council resolutions, he said.",
     [("violating U.N. Security Council resolutions", "violated", "UN Security Council", ("North Korea",))]),  # S14
    ("Canada's sanctions on Russian banks took effect.",
     [("Canada's sanctions on Russian banks", "imposed", "Canada", ("Russian banks",))]),
    ("The US banned arms sales to Vietnam for decades.",
     [("banned arms sales", "imposed", "United States", ("Vietnam",))]),
    ("The EU blacklisted the Wagner Group.",
     [("blacklisted the Wagner Group", "imposed", "European Union", ("the Wagner Group",))]),
    ("The State Department designated the group a terrorist organization.",
     [("designated the group a terrorist organization", "imposed", "United States", ("the group",))]),
    ("The designation of the Houthis as a terrorist organization was revoked.",
     [("The designation of the Houthis as a terrorist organization", "lifted", None, ("the Houthis",))]),
    ("Mr. Obama deemed the release of a few sanctions-busters against Iran a reasonable trade-off.",
     [("a few sanctions-busters against Iran", "violated", None, ("Iran",))]),
    ("Nor is it clear that further sanctions against North Korea would be a deterrent.",
     [("further sanctions against North Korea", "considered", None, ("North Korea",))]),
    ("The current sanctions against North Korea are not working.",
     [("The current sanctions against North Korea", "imposed", None, ("North Korea",))]),
]

# Measures other than the word "sanction", their kind (the response's `measure`) and the sectors they hit. Sentences
# from the news corpus's tune half (bench/data/news/, marked "tune") or written in the same register.
KINDS = [
    # entry banned in the passive, and a ban on entering as a ban on entry; not a ban on entering a stadium alone
    ("The EU extended its sanctions on Belarus. Entry into the European Union is banned for Uladzimir Naumau.",
     [("extended its sanctions on Belarus", "extended", "sanctions", ("Belarus",)),
      ("Entry into the European Union is banned for Uladzimir Naumau", "imposed", "travel_ban", ())]),
    ("The EU imposed sanctions on Belarus. The officials were barred from entry into the EU.",
     [("imposed sanctions on Belarus", "imposed", "sanctions", ("Belarus",)),
      ("The officials were barred from entry into the EU", "imposed", "travel_ban", ("The officials",))]),
    ("Beijing imposed a ban on entering China on the lawmaker.",
     [("imposed a ban on entering China on the lawmaker", "imposed", "travel_ban", ())]),
    # asset freezes in the forms the parser misreads: the last of a list tagged a verb, a causative 'have ... frozen',
    # the freezing of funds
    ("The EU imposed sanctions on Russia. The measure involves travel bans and asset freezes on people linked to the "
     "annexation of Crimea.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("The measure", "imposed", "sanctions", ()),  # a back-reference (docs/annotation.md S1)
      ("travel bans", "imposed", "travel_ban", ()),
      ("asset freezes on people linked to the annexation of Crimea", "imposed", "asset_freeze", ())]),
    ("The US imposed sanctions on Iran. The individuals will have their assets frozen.",
     [("imposed sanctions on Iran", "imposed", "sanctions", ("Iran",)),
      # S50: the parties the clause names by a description ('The individuals will have …'), as written
      ("their assets frozen", "imposed", "asset_freeze", ("The individuals",))]),
    ("The UN committee ordered the freezing of funds belonging to the family of the former leader of Libya.",
     [("the freezing of funds belonging to the family of the former leader of Libya", "imposed", "asset_freeze", ())]),
    # a measure word naming the kind of 'measures' makes the whole phrase the measure, and its verb acts on it
    ("China on Wednesday suspended its export control measures on multiple US entities.",
     [("suspended its export control measures on multiple US entities", "lifted", "export_control",
       ("multiple US entities",))]),
    # restricting exports or imports is an export control or trade ban; a definite repeat kept in place is in force
    ("Japan restricted exports of 23 types of chipmaking equipment to China.",
     [("restricted exports of 23 types of chipmaking equipment to China", "imposed", "export_control", ("China",))]),
    ("The US has maintained a trade embargo against Cuba since 1962, and Biden has kept the restrictions in place.",
     [("a trade embargo against Cuba", "imposed", "embargo", ("Cuba",)),
      ("kept the restrictions", "imposed", "embargo", ("Cuba",))]),
    ("Washington kept Cuba on the list of state sponsors of terrorism.",
     [("kept Cuba on the list of state sponsors of terrorism", "imposed", "designation", ("Cuba",))]),
    ("The EU imposed sanctions on Russia in 2014. The EU will keep its sanctions on Russia until the war ends.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("its sanctions on Russia", "imposed", "sanctions", ("Russia",))]),
    ("The US imposed sanctions on Iran. The Treasury said the men were designated for their role in the scheme.",
     [("imposed sanctions on Iran", "imposed", "sanctions", ("Iran",)),
      ("the men were designated", "imposed", "designation", ("the men",))]),
    # a pronoun a verb sanctions is a party named elsewhere: a mention beside a clear one, with no target of its own
    ("Russia banned 36 New Zealanders from entering Russia. Gilbert said he did not care that he had been "
     "sanctioned.",
     [("banned 36 New Zealanders from entering Russia", "imposed", "travel_ban", ("36 New Zealanders",)),
      ("he had been sanctioned", "imposed", "sanctions", ())]),
    # 'those sanctioned' names parties (docs/annotation.md S2); 'Also sanctioned were' is the verb
    ("Canada imposed sanctions on Russia. Among those sanctioned is the head of RT's international department.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",))]),
    # frozen as a predicate after 'have been'; an immobilisation of reserves
    ("The EU imposed sanctions on Russia. The assets of the two banks have been frozen.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("The assets of the two banks have been frozen", "imposed", "asset_freeze", ())]),
    ("The EU imposed sanctions on Russia. It ordered the immobilisation of the central bank's reserves.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("the immobilisation of the central bank's reserves", "imposed", "asset_freeze", ())]),
    # a designation verb that lists parties is a designation next to another mention
    ("South Korea imposed sanctions on North Korea. It also designated Hwang Kil-su and Pak Hwa-song, two bankers.",
     [("imposed sanctions on North Korea", "imposed", "sanctions", ("North Korea",)),
      ("designated Hwang Kil-su and Pak Hwa-song", "imposed", "designation", ())]),
    ("The EU imposed sanctions on Russia and a ban on visas for Russians.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("a ban on visas for Russians", "imposed", "travel_ban", ())]),
    # a designation, or a definite vague repeat, whose verb says whom it hits is a mention of its own
    ("The US sanctioned a group for blocking aid convoys. The designation targets Tzav 9, the State Department said.",
     [("sanctioned a group", "imposed", "sanctions", ("a group",)),
      ("The designation", "imposed", "designation", ("Tzav 9",))]),
    ("The EU renewed its sanctions on Iranian parties. The restrictions apply to 12 people and nine entities.",
     [("renewed its sanctions on Iranian parties", "extended", "sanctions", ("Iranian parties",)),
      ("The restrictions", "imposed", "sanctions", ())]),
    # restrictions against a named party are sanctions; restrictions on abortion are not (OTHER_SENSES)
    ("The US imposed sanctions on a Kyrgyz bank for circumventing Western restrictions against Russia.",
     [("imposed sanctions on a Kyrgyz bank", "imposed", "sanctions", ("a Kyrgyz bank",)),
      ("circumventing Western restrictions against Russia", "violated", "sanctions", ("Russia",))]),
    # what a verb sanctions is a party through a conjunct, the party it is part of, or an object split off
    ("The US imposed sanctions on Russia, while eight citizens and companies were sanctioned over their ties with "
     "Crimea.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("eight citizens and companies were sanctioned", "imposed", "sanctions", ())]),
    ("South Korea blacklisted several top aides of the North Korean leader on Friday.",
     [("blacklisted several top aides of the North Korean leader", "imposed", "designation", ())]),
    # travel bans in other words (tune, batch 2): prohibited from entering, a 'from' the parser hangs on the object,
    # a visa barred deeper in the clause, an entry or a visa as the banned thing itself
    ("Japan sanctioned Russia. Three of its officials are prohibited from entering Japan.",
     [("sanctioned Russia", "imposed", "sanctions", ("Russia",)),
      ("Three of its officials are prohibited from entering Japan", "imposed", "travel_ban", ())]),
    ("The Baltic states expanded sanctions against Georgian officials, barring dozens of individuals from entering "
     "their countries.",
     [("expanded sanctions against Georgian officials", "extended", "sanctions", ("Georgian officials",)),
      # the participle tells what the widening does: the extension itself (S29)
      ("barring dozens of individuals from entering their countries", "extended", "travel_ban", ())]),
    ("Canada sanctioned Russia. Twelve Russian officials were banned from obtaining visas to enter Canada.",
     [("sanctioned Russia", "imposed", "sanctions", ("Russia",)),
      ("Twelve Russian officials were banned from obtaining visas to enter Canada", "imposed", "travel_ban", ())]),
    ("Estonia sanctioned Georgia. The minister signed an order prohibiting the entry into the country of 55 "
     "Georgian citizens.",
     [("sanctioned Georgia", "imposed", "sanctions", ("Georgia",)),
      ("prohibiting the entry into the country of 55 Georgian citizens", "imposed", "travel_ban", ())]),
    ("The US sanctioned Nicaragua. The State Department restricted visas to more than 100 Nicaraguan officials.",
     [("sanctioned Nicaragua", "imposed", "sanctions", ("Nicaragua",)),
      ("restricted visas to more than 100 Nicaraguan officials", "imposed", "travel_ban", ())]),
    # tune: chinamil-2024-05-23 (the ministry's name shortened to the country)
    ("The measures, which include freezing assets in China and banning senior executives from entering the country, "
     "took effect from Wednesday, China said.",
     [("The measures", "imposed", "sanctions", ()),  # an umbrella that takes effect: a mention of its own
      ("freezing assets in China", "imposed", "asset_freeze", ()),
      ("banning senior executives from entering the country", "imposed", "travel_ban", ("senior executives",))]),
    # tune: ny1-2024-05-10
    ("The Commerce Department added 37 institutions and firms to its Entity List on Friday.",
     [("added 37 institutions and firms to its Entity List", "imposed", "designation", ("37 institutions", "firms"))]),
    # tune: polskieradio (two sentences of the article)
    ("Poland imposed sanctions on 50 Russian oligarchs and companies. In addition, oligarchs will be barred from "
     "entering our country, the minister announced.",
     [("imposed sanctions on 50 Russian oligarchs and companies", "imposed", "sanctions", ()),
      ("oligarchs will be barred from entering our country", "imposed", "travel_ban", ("oligarchs",))]),
    ("The US sanctioned Suleiman Kerimov in 2018. The FBI seized the Amadea in Fiji.",
     [("sanctioned Suleiman Kerimov", "imposed", "sanctions", ("Suleiman Kerimov",)),
      ("seized the Amadea", "imposed", "seizure", ("the Amadea",))]),
    ("The US imposed an arms embargo on Iran and a travel ban on its officials.",
     [("imposed an arms embargo on Iran", "imposed", "embargo", ("Iran",)),
      ("a travel ban on its officials", "imposed", "travel_ban", ("its officials",))]),
    ("Washington unfroze $6 billion in Iranian funds.",
     [("unfroze $6 billion in Iranian funds", "lifted", "asset_freeze", ("Iran",))]),
    ("Switzerland has frozen 7.4 billion francs of Russian money.",
     [("frozen 7.4 billion francs of Russian money", "imposed", "asset_freeze", ("Russia",))]),
    ("The bank accounts of the officials were frozen by the EU.",
     [("The bank accounts of the officials were frozen", "imposed", "asset_freeze", ("the officials",))]),
    ("Japan tightened export controls on chipmaking equipment to China.",
     [("tightened export controls on chipmaking equipment to China", "extended", "export_control", ("China",))]),
    ("The US slapped visa bans on 12 officials.",
     [("slapped visa bans on 12 officials", "imposed", "travel_ban", ("12 officials",))]),
    # a sum of money frozen; designating by a sanctioning state; measures against a named country; whom a
    # relative clause says was sanctioned
    ("Switzerland has frozen 7.4 billion francs. About €21.5 billion was frozen across the EU.",
     [("frozen 7.4 billion francs", "imposed", "asset_freeze", ()),
      ("About €21.5 billion was frozen", "imposed", "asset_freeze", ())]),
    # a sum a participle says was frozen, also where the parser hangs it as a clause of its own
    ("Switzerland has frozen 7.4 billion francs, compared with the €21.5 billion (CHF21.2 billion) frozen across the EU.",
     [("frozen 7.4 billion francs", "imposed", "asset_freeze", ()),
      ("the €21.5 billion (CHF21.2 billion) frozen", "imposed", "asset_freeze", ())]),
    ("Switzerland has frozen more than €7.5 billion, compared with €21.5 billion (CHF21.2 billion) frozen across the EU.",
     [("frozen more than €7.5 billion", "imposed", "asset_freeze", ()),
      ("€21.5 billion (CHF21.2 billion) frozen", "imposed", "asset_freeze", ())]),
    ("The Treasury Department designated five individuals linked to Hezbollah.",
     [("designated five individuals", "imposed", "designation", ("five individuals",))]),
    ("The EU imposed sanctions on Russia. Russia's central bank reserves remain immobilised in Europe.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("Russia's central bank reserves remain immobilised", "imposed", "asset_freeze", ("Russia",))]),
    # what the verb does decides a verb's kind, the phrase's head a noun's; a decided seizure is imposed
    ("The EU imposed sanctions on Russia. Moscow may retaliate for Estonia's decision to seize Russian assets.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("seize Russian assets", "imposed", "seizure", ())]),
    ("The US added 12 Chinese entities to its export control list.",
     [("added 12 Chinese entities to its export control list", "imposed", "designation", ("12 Chinese entities",))]),
    # adding names to a measure in force extends it; adding them to a list designates them; a stop list bars entry
    ("The EU imposed a visa ban on Belarusian officials in 2020. In May it added 24 names to the visa ban.",
     [("imposed a visa ban on Belarusian officials", "imposed", "travel_ban", ("Belarusian officials",)),
      ("added 24 names to the visa ban", "extended", "travel_ban", ("24 names",))]),
    ("Russia added 500 Americans to its stop list.",
     [("added 500 Americans to its stop list", "imposed", "travel_ban", ("500 Americans",))]),
    ("Switzerland has blocked 7.5 billion francs in Russian assets.",
     [("blocked 7.5 billion francs", "imposed", "asset_freeze", ())]),
    ("The UN listed the group as a terrorist organisation in 2021.",
     [("listed the group as a terrorist organisation", "imposed", "designation", ("the group",))]),
    ("The US imposed sanctions on Russia. The arms embargo on Iran expired in 2020.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("The arms embargo on Iran expired", "lifted", "embargo", ("Iran",))]),
    ("ECOWAS took strong economic and diplomatic measures against Mali.",
     [("strong economic and diplomatic measures against Mali", "imposed", "sanctions", ("Mali",))]),
    ("The US imposed sanctions on Russia. Deripaska, who was sanctioned in 2018, denied wrongdoing.",
     [("imposed sanctions on Russia", "imposed", "sanctions", ("Russia",)),
      ("Deripaska, who was sanctioned", "imposed", "sanctions", ("Deripaska",))]),
]

# (sentence, mention, authority, targets, sectors): whom a measure hits, as docs/annotation.md words it.
TARGETS = [
    # what a verb bans is no target; whom its preposition names is, and a verb's party object still is one
    ("The US restricted visas on Friday to more than 100 Nicaraguan municipal officials.",
     "restricted visas on Friday to more than 100 Nicaraguan municipal officials", "United States",
     ("more than 100 Nicaraguan municipal officials",), ()),
    ("The US sanctioned 14 people and eight companies on Friday.", "sanctioned 14 people and eight companies",
     "United States", ("14 people", "eight companies"), ()),
    ("The EU imposed sanctions on Russia's energy sector.",
     "imposed sanctions on Russia's energy sector", "European Union", ("Russia",), ("energy sector",)),
    # a sector in a list leaves its owner and the other targets of the list ('energy sector' in sectors)
    ("The EU imposed sanctions on Russia's energy sector and its central bank.",
     "imposed sanctions on Russia's energy sector and its central bank", "European Union",
     ("Russia", "its central bank"), ("energy sector",)),
    ("The EU imposed sanctions on Russian banks, Gazprom Neft, Rosneft, Transneft and nine defence firms.",
     "imposed sanctions on Russian banks, Gazprom Neft, Rosneft, Transneft and nine defence firms", "European Union",
     ("Russian banks", "Gazprom Neft", "Rosneft", "Transneft", "nine defence firms"), ()),
    ("Canada announced sanctions against Moscow.", "announced sanctions against Moscow", "Canada", ("Russia",), ()),
    # beside the party a ban goes 'to', what it is 'on' is the goods; a measure that is the means of an action hits
    # whom the action does
    ("Japan imposed an export ban on semiconductors to Russia.",
     "imposed an export ban on semiconductors to Russia", "Japan", ("Russia",), ()),
    ("The EU punished Belarus with sanctions after the election.", "sanctions", "European Union", ("Belarus",), ()),
    ("Australia will hit Russia with a new package of sanctions.", "sanctions", "Australia", ("Russia",), ()),
    ("Britain announced sanctions targeting Hamas financiers on Tuesday.",
     "announced sanctions", "United Kingdom", ("Hamas financiers",), ()),
    ("Iran has been struggling under US sanctions for years.", "US sanctions", "United States", ("Iran",), ()),
    ("Rosneft, which is under US sanctions, denied the report.", "US sanctions", "United States", ("Rosneft",), ()),
    # the state that owns the decision, a whole named body, the object that is urged, the subject nearest the verb
    ("Türkiye welcomed the US decision to lift sanctions imposed on Syria.",
     "lift sanctions", "United States", ("Syria",), ()),
    ("The department's Bureau of Industry and Security added 12 firms to its Entity List.",
     "added 12 firms to its Entity List", "United States", ("12 firms",), ()),
    ("Lithuania urged Japan to extend its sanctions on Russia.", "extend its sanctions on Russia", "Japan", ("Russia",), ()),
    ("The Foreign Office sanctioned 12 officials on Monday.", "sanctioned 12 officials", "United Kingdom",
     ("12 officials",), ()),
    ("The EU said it will impose sanctions on Belarus.", "impose sanctions on Belarus", "European Union", ("Belarus",),
     ()),
    # 'the country' with no words of its own is the reporter, as 'it' is (euroweeklynews, batch 20; S10)
    ("The government of Switzerland said today that the country would adopt all EU sanctions against Russia.",
     "adopt all EU sanctions against Russia", "Switzerland", ("Russia",), ()),
    ("Russia said the sanctions had hurt the country's economy.", "the sanctions", None, ("Russia",), ()),
    ("KYIV, May 2 (Reuters) – Western countries imposed new sanctions on Belarus, the ministry said.",
     "imposed new sanctions on Belarus", "the West", ("Belarus",), ()),
    # every group a verb sanctions, its modifiers not an authority, an aside left out, a programme not a target
    ("Britain sanctioned 14 people and 8 companies over their role in the war.",
     "sanctioned 14 people and 8 companies", "United Kingdom", ("14 people", "8 companies"), ()),
    ("The US sanctioned Iran's central bank and its oil minister.",
     "sanctioned Iran's central bank and its oil minister", "United States", ("Iran's central bank", "its oil minister"),
     ()),
    ("The EU froze the assets of 12 people, including three ministers.",
     "froze the assets of 12 people, including three ministers", "European Union", ("12 people", "three ministers"),
     ()),
    ("Iran has been accused of using shipping lanes to circumnavigate Western sanctions on its nuclear programme.",
     "circumnavigate Western sanctions on its nuclear programme", "the West", ("Iran",), ()),
    ("The US Treasury sanctioned Hamas financiers based in Turkey and Qatar.",
     "sanctioned Hamas financiers based in Turkey and Qatar", "United States", ("Hamas financiers",), ()),
    ("Australia sanctioned 12 individuals for human rights abuses.",
     "sanctioned 12 individuals for human rights abuses", "Australia", ("12 individuals",), ()),
    ("Treasury also blocked the assets of three banks.", "blocked the assets of three banks", "United States",
     ("three banks",), ()),
    # a verb spaCy reads as a participle ("ECOWAS" tagged a verb); a definite repeat takes the authority and target
    # of the measure it refers back to, not those of the party reacting to it; "ahead of a vote" is not its phrase
    ("ECOWAS imposed sanctions on Mali on Sunday.", "imposed sanctions on Mali",
     "Economic Community of West African States", ("Mali",), ()),
    ("Western countries introduced anti-Russian sanctions in 2014.", "introduced anti-Russian sanctions", "the West",
     ("Russia",), ()),
    # "West African" names a region, not the West (trtworld, batch 20)
    ("The West African regional bloc ECOWAS said it was ending sanctions imposed against Mali.",
     "ending sanctions", "Economic Community of West African States", ("Mali",), ()),
    # banned goods are not targets; the country they go to is, and a capital is written as its state
    ("The EU imposed an embargo on arms sales.", "imposed an embargo on arms sales", "European Union", (), ()),
    ("China imposed export control measures on rare earths and related items.",
     "imposed export control measures on rare earths and related items", "China", (), ()),
    ("The US imposed sanctions on the junta.", "imposed sanctions on the junta", "United States", ("the junta",), ()),
    ("The US banned the export of various goods to Iran.", "banned the export of various goods", "United States",
     ("Iran",), ()),
    ("Ankara will respond after evaluating the sanctions imposed by the United States.",
     "the sanctions imposed", "United States", ("Turkey",), ()),
]

# (text, mention, targets): members are targets of their own, a named apposition stands for the phrase it names
# ("gas firm Novatek" is Novatek); a measure "intended to target" names them too.
MEMBERS = [
    # "such as" names members; "including on" names them through its preposition; "as well as" adds none
    ("The EU imposed sanctions on 39 senior Crimean officials, such as Crimea's acting Prime Minister Sergei Aksyonov "
     "and Alexei Chaly.", "imposed sanctions on 39 senior Crimean officials, such as Crimea's acting Prime Minister "
     "Sergei Aksyonov and Alexei Chaly", ("39 senior Crimean officials", "Crimea's acting Prime Minister Sergei Aksyonov",
                                         "Alexei Chaly")),
    ("The US imposed sanctions on Russian banks, including on Sberbank and VTB.", "imposed sanctions on Russian banks",
     ("Russian banks", "Sberbank", "VTB")),
    ("The EU imposed sanctions on Russian officials, as well as on Belarus.", "imposed sanctions on Russian officials",
     ("Russian officials", "Belarus")),
    ("The US imposed sanctions on senior party officials, including President Emmerson Mnangagwa.",
     "imposed sanctions on senior party officials, including President Emmerson Mnangagwa",
     ("senior party officials", "President Emmerson Mnangagwa")),
    ("Poland imposed sanctions on Russia. The sanctions were also intended to target gas firm Novatek and "
     "fertiliser maker PhosAgro.", "The sanctions", ("Novatek", "fertiliser maker", "PhosAgro")),
    # a counted group named member by member is a target as written too (docs/annotation.md), beside its members
    ("The US imposed sanctions on two Chinese firms, Sinopec and CNPC, on Monday.",
     "imposed sanctions on two Chinese firms, Sinopec and CNPC", ("two Chinese firms", "Sinopec", "CNPC")),
    # 'namely' announces the names and is no part of the first
    ("China decided to sanction three US defense companies, namely AeroVironment, ViaSat and Alliant Techsystems.",
     "sanction three US defense companies, namely AeroVironment, ViaSat and Alliant Techsystems",
     ("three US defense companies", "AeroVironment", "ViaSat", "Alliant Techsystems")),
    ("China will impose countermeasures against two U.S. military contractors, Raytheon Technologies and Lockheed "
     "Martin.", "impose countermeasures against two U.S. military contractors, Raytheon Technologies and Lockheed "
     "Martin", ("two U.S. military contractors", "Raytheon Technologies", "Lockheed Martin")),
    # the parse hangs "including" on the measure: members still, and a measure it includes no target
    ("Japan has imposed sanctions on Russian citizens, including Russian President Vladimir Putin, as well as 12 "
     "Belarusians, including his counterpart Alexandr Lukashenko.", "imposed sanctions on Russian citizens",
     ("Russian citizens", "Russian President Vladimir Putin", "12 Belarusians", "Alexandr Lukashenko")),
    ("The UN imposed sanctions on Eritrea, including an arms embargo and a travel ban.", "imposed sanctions on Eritrea",
     ("Eritrea",)),
]

# a capital subject to a measure is its state, the target, not its authority
SUBJECTS = [
    ("The US imposed sanctions on Russia. Moscow is subject to sweeping sanctions.", "sweeping sanctions",
     "United States", ("Russia",)),
]

# (text, mention, targets): the targets a measure's sentence leaves to the next one, whose pronoun subject is the
# measure again; a pronoun of the other number, a measure that is not the subject, or a noun subject leave it be
NEXT_SENTENCE = [
    ("The new EU sanctions are to tighten Russian firms' access to capital markets. They are to target Rosneft and "
     "Transneft.", "The new EU sanctions", ("Rosneft", "Transneft")),
    ("The EU's new sanctions took effect on Monday. They target three banks in Minsk.", "The EU's new sanctions",
     ("three banks",)),
    ("The EU's new sanctions took effect on Monday. It targets three banks in Minsk.", "The EU's new sanctions", ()),
    ("The EU approved new sanctions on Monday. They target three banks in Minsk.", "new sanctions", ()),
    ("The EU's new sanctions took effect on Monday. Officials target three banks in Minsk.", "The EU's new sanctions",
     ()),
]


@pytest.mark.parametrize("text, mention, targets", NEXT_SENTENCE, ids=[case[0][-48:] for case in NEXT_SENTENCE])
def test_targets_the_next_sentence_names_for_the_measure(nlp, text, mention, targets):
    assert (mention, targets) in [(s.text, s.targets) for s in found(nlp, text)]


# (text, mention, authority, targets): a definite repeat takes the authority and targets of the measure it refers
# back to, not those of the party reacting to it; "ahead of a vote" is not part of its phrase.
REPEATS = [
    # S37: a member state that implements or applies a body's measure is that clause's authority, the next reference
    # the body's again; a mention naming the body's measure keeps the body, and a call to object is no such act
    ("ECOWAS imposed sanctions on Niger. President Tinubu directed the Governor of the Central Bank of Nigeria, to "
     "implement the fresh sanctions. The sanctions are a collective response.", "the fresh sanctions", "Nigeria",
     ("Niger",)),
    ("ECOWAS imposed sanctions on Niger. President Tinubu directed the Governor of the Central Bank of Nigeria, to "
     "implement the fresh sanctions. The sanctions are a collective response.", "The sanctions",
     "Economic Community of West African States", ("Niger",)),
    ("ECOWAS imposed sanctions on Niger. Nigeria's central bank applied the sanctions.", "applied the sanctions",
     "Nigeria", ("Niger",)),
    ("ECOWAS imposed sanctions on Niger. Nigeria enforced the ECOWAS sanctions.", "enforced the ECOWAS sanctions",
     "Economic Community of West African States", ("Niger",)),
    ("The EU imposed sanctions on Russia. Activists called on Finland to object to enforcing the sanctions.",
     "enforcing the sanctions", "European Union", ("Russia",)),
    ("The US imposed an embargo on Cuba in 1962. Havana presented its annual report on the embargo ahead of a vote.",
     "the embargo", "United States", ("Cuba",)),
    ("ECOWAS imposed sanctions on Mali on Sunday. The government of Mali strongly condemns these sanctions.",
     "these sanctions", "Economic Community of West African States", ("Mali",)),
    # a definite repeat refers back to the measure of its own noun, whatever measures came between
    ("The US imposed an embargo on Cuba in 1962. The EU imposed sanctions on Russia in 2014.\nThe US still "
     "enforces the embargo.", "enforces the embargo", "United States", ("Cuba",)),
    # 'the sanctions' after a verb that sanctions: the measure that verb imposed
    ("Britain imposed sanctions on officials in Tehran in March. On Monday, the United Kingdom said it would sanction "
     "seven individuals and one organisation. The Foreign Office said the sanctions had been coordinated with the "
     "United States.", "the sanctions", "United Kingdom", ("seven individuals", "one organisation")),
    # a repeat of a measure in force refers back to one in force, not to one only considered; a considered one may
    ("Australia imposed sanctions on Russia on Tuesday. Canberra is considering sanctions against more individuals. "
     "The ambassador met officials following announcement of the sanctions.", "the sanctions", "Australia",
     ("Russia",)),
    ("Australia imposed sanctions on Russia on Tuesday. Canberra is considering sanctions against more individuals. "
     "It may announce the sanctions next week.", "announce the sanctions", "Australia", ("more individuals",)),
    # a vague repeat takes the parties of the measure it points to, not those of the party asking for its end
    ("The EU imposed an arms embargo on China in 1989. Beijing has long demanded that the EU end the ban.",
     "end the ban", "European Union", ("China",)),
    ("It said the US had imposed sanctions on Chinese entities. China announced countermeasures against 12 US "
     "defence firms on Tuesday. The measures, which include freezing assets, took effect on Wednesday.",
     "The measures", "China", ("12 US defence firms",)),
    # many states' measure names no one authority, and takes none from its neighbours
    ("The EU imposed sanctions on Russia in 2014. Iran has long been under international sanctions.",
     "international sanctions", None, ("Iran",)),
    # evading sanctions as a kind names no one state's measure; evading those of a target or "the" ones does
    ("The US Treasury sanctioned 14 Russian firms on Monday. Shell companies in third countries help buyers evade "
     "sanctions.", "evade sanctions", None, ("buyers",)),
    ("Canada imposed sanctions on Iran's oil sector in May. Traders still find ways to circumvent sanctions, officials "
     "said.", "circumvent sanctions", None, ()),
    ("The US imposed sanctions on Iran in 2018. Two traders were charged with violating sanctions against the Islamic "
     "republic.", "violating sanctions against the Islamic republic", "United States", ("the Islamic republic",)),
    ("The EU imposed sanctions on Russia in 2014. Firms that evade the sanctions face fines.",
     "evade the sanctions", "European Union", ("Firms",)),
    # sanctions as a kind with a target, no imposing party named (arabnewsjp, batch 20)
    ("The US imposed sanctions on 300 firms in China. It is important to respond to attempts to circumvent sanctions "
     "against Russia.", "circumvent sanctions against Russia", None, ("Russia",)),
    ("The US imposed sanctions on 300 firms in China. Traders still find ways to circumvent US sanctions against Russia.",
     "circumvent US sanctions against Russia", "United States", ("Russia",)),
]

# (text, mention, status, measure, targets): taken off a measure is a lifting of it for whom is taken off
TAKEN_OFF = [
    ("The EU imposed sanctions on Russia in 2014. The companies were removed from the sanctions list last year.",
     "removed from the sanctions list", "lifted", "designation", ("The companies",)),
    ("The EU imposed sanctions on Russia in 2014. Two Russian banks were exempted from the sanctions.",
     "exempted from the sanctions", "lifted", "sanctions", ("Two Russian banks",)),
]


@pytest.mark.parametrize("text, mention, status, measure, targets", TAKEN_OFF, ids=[case[0][-40:] for case in TAKEN_OFF])
def test_taken_off_a_measure_is_lifted_for_whom_it_names(nlp, text, mention, status, measure, targets):
    assert (mention, status, measure, targets) in [(s.text, s.status, s.measure, s.targets) for s in found(nlp, text)]


# (text, [(mention, status)]): measures listed with, in apposition to or included in one a verb lifts or extends share
# its status; a measure with its own verb, or included in one kept in force, does not (batch 9)
SHARED_CHANGES = [
    ("The UN Security Council has renewed an arms embargo and sanctions imposed on South Sudan for an additional year, "
     "including asset freezes and travel bans on some individuals.",
     [("renewed an arms embargo", "extended"), ("sanctions imposed on South Sudan", "extended"),
      ("asset freezes", "extended"), ("travel bans", "extended")]),
    ("The EU Council has extended its Zimbabwe sanctions (an arms embargo and targeted asset freeze against Zimbabwe "
     "Defence Industries) for 1 year until 20 February 2021.",
     [("extended its Zimbabwe sanctions", "extended"), ("an arms embargo", "extended"),
      ("targeted asset freeze against Zimbabwe Defence Industries", "extended")]),
    ("The EU has eased sanctions on Syria, including an oil embargo, and imposed an asset freeze on Assad.",
     [("eased sanctions on Syria", "lifted"), ("an oil embargo", "lifted"), ("imposed an asset freeze on Assad", "imposed")]),
    ("The EU lifted the embargo and imposed sanctions on Iran.",
     [("lifted the embargo", "lifted"), ("imposed sanctions on Iran", "imposed")]),
    ("The council lifted the travel ban but kept sanctions imposed on Iran, including an asset freeze.",
     [("lifted the travel ban", "lifted"), ("sanctions imposed on Iran", "imposed"), ("an asset freeze", "imposed")]),
    # a measure a participle names inside the noun a verb changes: the order is suspended, so is the freezing
    ("The British Government suspended a European Union order freezing assets of Grace Mugabe, following an EU decision.",
     [("freezing assets of Grace Mugabe", "lifted")]),
    ("The EU extended the measures freezing the assets of Russian oligarchs.",
     [("extended the measures", "extended"), ("freezing the assets of Russian oligarchs", "extended")]),
    ("The EU published a decree freezing the assets of Russian oligarchs.",
     [("freezing the assets of Russian oligarchs", "imposed")]),
]


@pytest.mark.parametrize("text, expected", SHARED_CHANGES, ids=[case[0][:48] for case in SHARED_CHANGES])
def test_measures_listed_with_a_changed_one_share_its_change(nlp, text, expected):
    assert [(s.text, s.status) for s in found(nlp, text)] == expected


def test_a_state_measure_in_a_sports_story_is_still_a_measure(nlp):
    text = ("The league barred Russian players, athletes and coaches from the tournament, and the club's football team "
            "left the match. The EU imposed sanctions on Russia over the war.")
    assert [(s.text, s.authority) for s in found(nlp, text)] == [("imposed sanctions on Russia over the war", "European Union")]


def test_a_passive_listing_verb_without_a_list_puts_more_parties_on_the_list_before_it(nlp):
    listed = "The Commerce Department added 37 firms to its Entity List on Thursday. "
    text = listed + "Eleven were added for being involved with the balloon program."
    assert ("Eleven were added", "imposed", "designation", ("Eleven",)) in [
        (s.text, s.status, s.measure, s.targets) for s in found(nlp, text)]
    for other in ("The proposal was put to a vote.", "Two people were placed under arrest.",
                  "A new clause was added to the contract."):
        assert [s.text for s in found(nlp, listed + other)] == ["added 37 firms to its Entity List"], other
    assert found(nlp, "Eleven were added for being involved with the program.") == []  # no list named before


@pytest.mark.parametrize("text, mention, authority", [
    ("The US imposed sanctions on Russia. The measures, which include freezing assets in China and banning senior "
     "executives from entering the country, took effect on Wednesday.", "freezing assets in China", "China"),
    ("Estonia decided to seize Russian assets under EU sanctions. Estonian citizens whose assets in Russia might be "
     "seized have been warned.", "whose assets in Russia might be seized", "Russia"),
    ("The US imposed sanctions on Russia. The Treasury froze assets in Switzerland.", "froze assets", "United States"),
])
def test_property_is_frozen_or_seized_by_the_state_it_is_held_in(nlp, text, mention, authority):
    """Unless the clause names who acts ("the Treasury froze assets in Switzerland")."""
    assert (mention, authority) in [(s.text, s.authority) for s in found(nlp, text)]


@pytest.mark.parametrize("text, mention", [
    # being on a sanctions list named before is being kept on it; adding to or removing from the list of the sanctions
    # its sentence names (docs/annotation.md S3; adapted from tune articles)
    ("South Korea put 38 North Koreans on its sanctions list. Among those on the list is Hong Sung-mu, a deputy "
     "director.", "the list"),
    ("Scores of North Korean firms were added to the blacklist. Among those on the list is Hong Sung-mu.", "the list"),
    ("The EU added 40 Belarusian officials to its sanctions list. Nikolai Lazovik, who appeared on the list as head "
     "of the commission, called it groundless.", "the list"),
    ("The sanctions already imposed by the EU are a welcome step, and Aleksandr Lukashenko would be added to the "
     "list.", "added to the list"),
])
def test_a_party_on_or_added_to_a_sanctions_list_is_a_designation(nlp, text, mention):
    assert (mention, "designation") in [(s.text, s.measure) for s in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Russia. Energy security is high on the list of priorities.",
    "The EU imposed sanctions on Russia. He was added to the list of speakers.",
])
def test_another_list_is_no_designation(nlp, text):
    assert [s.text for s in found(nlp, text)] == ["imposed sanctions on Russia"]


@pytest.mark.parametrize("text, dealing", [
    # a ban on dealings describes what the measure beside it does, no mention of its own (docs/annotation.md S4;
    # adapted from tune articles)
    ("The EU imposed sanctions on Myanmar. EU citizens and companies are forbidden from making funds available to the "
     "listed individuals.", "making funds"),
    ("The EU imposed sanctions on Russia. The measures include a ban on making funds or other economic resources "
     "available to the listed entities.", "making funds"),
    ("Singapore imposed sanctions on four Russian banks. Financial institutions will be prohibited from entering into "
     "transactions or establishing business relationships with these banks.", "transactions"),
    ("The EU extended its sanctions on Iran, which include an asset freeze and a prohibition on the provision of "
     "funds.", "provision"),
])
def test_a_ban_on_dealings_is_no_mention(nlp, text, dealing):
    assert [s.text for s in found(nlp, text) if dealing in s.text] == []


@pytest.mark.parametrize("text, mention", [
    ("China imposed sanctions on Hsiao. Her family members are prohibited from entering China.",
     "prohibited from entering China"),
])
def test_a_ban_on_trade_or_entry_is_a_mention(nlp, text, mention):
    assert any(mention in s.text for s in found(nlp, text))


def test_a_definite_list_naming_its_members_next_to_a_measure_is_the_designation_list(nlp):
    text = ("Poland imposed sanctions on Russian oligarchs and firms on Tuesday. Kaminski said: The initial list "
            "comprises 50 names of Russian oligarchs and companies.")
    assert ("The initial list", "imposed", "designation", ("50 names of Russian oligarchs and companies",)) in [
        (s.text, s.status, s.measure, s.targets) for s in found(nlp, text)]
    for other in ("The menu list includes 50 dishes.",  # a list of another field
                  "The list is long."):  # no members named
        assert [s.text for s in found(nlp, "Poland imposed sanctions on Russia. " + other)] == [
            "imposed sanctions on Russia"], other
    assert found(nlp, "The initial list comprises 50 names of Russian oligarchs and companies.") == []


def test_designated_parties_are_a_designation_only_next_to_a_measure(nlp):
    text = "The US imposed sanctions on Iran in 2018. Several shipping companies have been designated."
    assert ("Several shipping companies have been designated", "designation") in [
        (s.text, s.measure) for s in found(nlp, text)]
    assert found(nlp, "Several shipping companies have been designated as partners.") == []


def test_a_seizures_target_is_the_owner_the_text_names(nlp):
    text = "The EU imposed sanctions on Russia in 2014. France impounded a superyacht linked to Igor Sechin."
    assert ("impounded a superyacht linked to Igor Sechin", ("Igor Sechin",)) in [
        (s.text, s.targets) for s in found(nlp, text)]


def test_an_owner_clause_on_the_last_of_coordinated_property_owns_all_of_it(nlp):
    text = ("Governments have seized luxury vessels and villas owned by Russian billionaires in response to sanctions "
            "imposed on Russia.")
    seized = [s for s in found(nlp, text) if s.text.startswith("seized")]
    assert [s.targets for s in seized] == [("Russian billionaires",)]


# (text, mention, targets): the owner the sentence before names for property of the same noun, through the company
# that owns it; another noun, or an owner named two sentences back, leaves the property as written
OWNERS_BEFORE = [
    ("The yacht belonged to a company linked to Igor Sechin. French customs officers seized the yacht to enforce EU "
     "sanctions against Russia.", "seized the yacht", ("Igor Sechin",)),
    ("A yacht linked to Igor Sechin docked in May. French customs officers seized the yacht to enforce EU sanctions "
     "against Russia.", "seized the yacht", ("Igor Sechin",)),
    ("The yacht belonged to a company linked to Igor Sechin. French customs officers seized the vessel in La Ciotat "
     "to enforce EU sanctions against Russia.", "seized the vessel in La Ciotat", ("the vessel in La Ciotat",)),
    ("The yacht belonged to a company linked to Igor Sechin. It docked in May. French customs officers seized the "
     "yacht to enforce EU sanctions against Russia.", "seized the yacht", ("the yacht",)),
]


@pytest.mark.parametrize("text, mention, targets", OWNERS_BEFORE, ids=[case[0][-48:] for case in OWNERS_BEFORE])
def test_a_seizures_target_is_the_owner_the_sentence_before_names(nlp, text, mention, targets):
    assert (mention, targets) in [(s.text, s.targets) for s in found(nlp, text)]


def test_the_blocking_of_assets_is_an_asset_freeze(nlp):
    text = "The US imposed sanctions on Russia. The sanctions result in the blocking of any U.S. assets they hold."
    assert "asset_freeze" in [s.measure for s in found(nlp, text)]
    assert [s.measure for s in found(nlp, "The blocking of the road angered drivers.")] == []


def test_third_party_sanctions_are_a_state_measure(nlp):
    text = "The US imposed sanctions on Iran in 2018. Third-party sanctions have hurt European firms."
    assert "Third-party sanctions" in [s.text for s in found(nlp, text)]


def test_a_measure_noun_misread_as_a_verb_is_still_the_measure(nlp):
    text = "The EU imposed sanctions on Russia in 2014. The asset freezes apply to 1,200 people."
    assert ("The asset freezes", "asset_freeze") in [(s.text, s.measure) for s in found(nlp, text)]
    assert [s.text for s in found(nlp, "The company freezes hiring.")] == []  # a verb with its own subject


# (text, mention, status, measure, targets): a definite vague noun a status verb acts on is the measure named before
# it, of its kind and on its targets; a demand that it be lifted is considered.
VAGUE_REPEATS = [
    ("The US imposed an embargo on Cuba in 1962. Obama asked Congress to lift the restrictions.",
     "lift the restrictions", "considered", "embargo", ("Cuba",)),
    ("The US imposed an embargo on Cuba in 1962. China has long demanded that the EU end the ban.",
     "end the ban", "considered", "embargo", ("Cuba",)),
    ("The UN imposed sanctions on Eritrea in 2009. The council lifted the measures in 2018.",
     "lifted the measures", "lifted", "sanctions", ("Eritrea",)),
    # one that takes effect or ends, as its clause's subject; "measures" refers back to "countermeasures"
    ("It said the US had imposed sanctions on Chinese entities. China announced countermeasures against 12 US "
     "defence firms on Tuesday. The measures, which include freezing assets, took effect on Wednesday.",
     "The measures", "imposed", "sanctions", ("12 US defence firms",)),
    ("The UN imposed sanctions on Eritrea in 2009. The restrictions expired in 2018.",
     "The restrictions", "lifted", "sanctions", ("Eritrea",)),
    # a demonstrative repeating the noun of a measure named before is that measure, wherever its clause puts it
    ("Venezuela rejected the unilateral coercive measures imposed by the United States against its officials. "
     "Faced with these measures, Venezuela will strengthen its ties with other nations.",
     "these measures", "imposed", "sanctions", ("its officials",)),
]


@pytest.mark.parametrize("text, mention, status, measure, targets", VAGUE_REPEATS,
                         ids=[case[0][-40:] for case in VAGUE_REPEATS])
def test_a_vague_definite_repeat_is_the_measure_before_it(nlp, text, mention, status, measure, targets):
    assert (mention, status, measure, targets) in [(s.text, s.status, s.measure, s.targets) for s in found(nlp, text)]


# (text, mention, status, authority, targets): a plural 'measures', 'restrictions' or a 'penalty' with 'the', 'such'
# or a demonstrative refers back to the measure named before it whatever its noun (docs/annotation.md, batches 11 and
# 12), and takes that measure's party and targets. Adapted from the tune half (batches 10 to 12).
BACK_REFERENCES = [
    ("China imposed sanctions on nine US defence firms on Wednesday, the foreign ministry said, describing the "
     "measures as retaliation for arms sales to Taiwan.",
     "the measures", "imposed", "China", ("nine US defence firms",)),
    ("Washington sanctioned Rosneft and Lukoil last week. Indian refiners will keep buying Russian crude so long as "
     "their purchases remain compliant with the new restrictions.",
     "the new restrictions", "imposed", "United States", ("Rosneft", "Lukoil")),
    ("The US imposed an embargo on Venezuela. Faced with these measures, Caracas will strengthen its ties.",
     "these measures", "imposed", "United States", ("Venezuela",)),
    ("The U.S. Treasury is sanctioning five top Venezuelan officials. The latest financial penalty comes three weeks "
     "after Washington recognised Guaido.",
     "The latest financial penalty", "imposed", "United States", ("five top Venezuelan officials",)),
    # the singular and 'the ban' too (docs/annotation.md S1: 8 of 10 'the measure', 18 of 20 'the ban' in tune)
    ("The UN Security Council imposed an arms embargo on South Sudan. The measure was not supported by three "
     "members.", "The measure", "imposed", "UN Security Council", ("South Sudan",)),
    ("Belarus imposed sanctions on Lithuania. The ban comes into effect on Feb. 7, the ministry said.",
     "The ban", "imposed", "Belarus", ("Lithuania",)),
    # a back noun the parser tagged a verb: its determiner makes it a noun
    ("The EU imposed sanctions on 11 Iranians. The spokesman described the EU measures a violation of international "
     "law.", "the EU measures", "imposed", "European Union", ("11 Iranians",)),
    # however far after the measure it refers back to (docs/annotation.md S1)
    ("The EU imposed sanctions on Belarusian officials on Monday. The officials were named in a list. The opposition "
     "welcomed the news. Its leader spoke in Vilnius. Faced with these measures, Minsk will strengthen its ties.",
     "these measures", "imposed", "European Union", ("Belarusian officials",)),
]


@pytest.mark.parametrize("text, mention, status, authority, targets", BACK_REFERENCES,
                         ids=[case[0][-40:] for case in BACK_REFERENCES])
def test_a_vague_plural_refers_back_to_the_measure_of_any_noun_before_it(nlp, text, mention, status, authority,
                                                                          targets):
    assert (mention, status, authority, targets) in [(s.text, s.status, s.authority, s.targets)
                                                     for s in found(nlp, text)]


# (text, mention, authority, targets): the article's measures (discourse.py). A party the article's measures hit
# more often than it imposes lends no authority to a mention that names none. Adapted from the tune half.
ARTICLE_MEASURES = [
    ("The EU imposed sanctions on Russia in March. Russia responded with a ban on food imports from the EU. The EU "
     "extended its sanctions against Moscow in June. Russia then widened its own ban. The EU sanctions have hurt "
     "Russian banks, officials said.",  # its own words name the EU's: the nearest is Russia's ban (S13)
     "The EU sanctions", "European Union", ("Russia",)),
    ("The EU imposed sanctions on Russia in March. Russia responded with a ban on food imports from the EU. The EU "
     "extended its sanctions against Moscow in June. Russia then widened its own ban. New sanctions are planned for "
     "the autumn.",
     "New sanctions", "European Union", ()),
    # negative: the hitting side keeps its own measure ('its own ban' names Russia's)
    ("The EU imposed sanctions on Russia in March. Russia responded with a ban on food imports from the EU. The EU "
     "extended its sanctions against Moscow in June. Russia then widened its own ban.",
     "widened its own ban", "Russia", ("the EU",)),
]


@pytest.mark.parametrize("text, mention, authority, targets", ARTICLE_MEASURES,
                         ids=[case[0][-40:] for case in ARTICLE_MEASURES])
def test_a_mention_takes_the_parties_of_the_measure_it_refers_to(nlp, text, mention, authority, targets):
    assert (mention, authority, targets) in [(s.text, s.authority, s.targets) for s in found(nlp, text)]


@pytest.mark.parametrize("text", [
    # the last 'measures' the article used were bills, so 'The measures' repeats them
    "In the House, lawmakers passed a set of measures to step up sanctions against Iran. The measures would also "
    "block the administration from buying heavy water.",
    # 'the measures' of another field after a sanctions mention
    "The EU imposed sanctions on Russia in 2014. The government said the measures against inflation would work.",
    # a singular 'measure' after a bill is the bill (PolNeAR)
    "A senator is introducing a new bill to impose sanctions on Iran. So far only two Democrats are backing the "
    "measure.",
])
def test_a_vague_noun_that_repeats_no_measure_is_none(nlp, text):
    assert [s.text for s in found(nlp, text) if "anction" not in s.text] == []


@pytest.mark.parametrize("text, party", [
    # a participle describing a party names the party, not a measure, before or after its noun, an adjective or a
    # verb in the parse (docs/annotation.md S2; adapted from tune articles)
    ("The Amadea is believed to belong to sanctioned Russian oligarch Sulieman Kerimov. The FBI seized the yacht.",
     "sanctioned Russian oligarch"),
    ("The US sanctioned 13 officials on Monday. Three adult children of previously sanctioned high-ranking SAC "
     "members were among them.", "sanctioned high-ranking"),
    ("Poland imposed sanctions on 50 Russian firms. Of the sanctioned companies, 18 had moved money to Russia.",
     "sanctioned companies"),
    ("The US imposed sanctions on four entities. Sanctioned entities, under the order, cannot deal with US firms.",
     "Sanctioned entities"),
    ("The US will lift sanctions in the event of a change in the status or behaviour of the sanctioned persons.",
     "sanctioned persons"),
    ("The US imposed sanctions on Nicaragua. The individuals sanctioned include the Minister of Labor.",
     "individuals sanctioned"),
    ("The US imposed sanctions on Pakistan. The four entities sanctioned by the U.S. make missile parts.",
     "entities sanctioned"),
    ("South Korea imposed sanctions on 11 vessels. The vessels designated this time carried oil to North Korea.",
     "vessels designated"),
    ("Lithuania imposed sanctions on Georgia. The newly blacklisted individuals include judges and prosecutors.",
     "blacklisted individuals"),
    ("Britain imposed sanctions on Russia. Those newly-sanctioned by the UK include Roman Abramovich.",
     "sanctioned by"),
    ("The EU renewed its sanctions on Venezuela. Among those sanctioned are Vice-President Delcy Rodríguez.",
     "those sanctioned"),
    ("Armenia's trade with Russia, the world's most sanctioned country, doubled last year.", "sanctioned country"),
    ("The U.S.-sanctioned oligarch owns the yacht.", "sanctioned oligarch"),
])
def test_a_party_described_as_sanctioned_is_no_mention(nlp, text, party):
    assert [s.text for s in found(nlp, text) if party in s.text] == []


@pytest.mark.parametrize("text, mention", [
    # the verb is a mention, in the passive, inverted or in a relative clause (docs/annotation.md S2)
    ("The US imposed sanctions on Iran. The bank was sanctioned in May.", "The bank was sanctioned"),
    ("The US imposed sanctions on Russia. Deripaska, who was sanctioned in 2018, denied wrongdoing.",
     "Deripaska, who was sanctioned"),
    ("Washington sanctioned two commanders on Friday.", "sanctioned two commanders"),
    # a proper name designated, even one the entity recogniser missed after a quotation mark
    ("The US imposed sanctions on Bosnian Serb leaders. “Dodik was designated for his role in defying the court,” "
     "the Treasury said.", "Dodik was designated"),
])
def test_a_sanctioning_verb_is_a_mention(nlp, text, mention):
    assert mention in [s.text for s in found(nlp, text)]


# (text, mention, status, measure): each measure of 'asset freezes and travel bans' is its own mention, however the
# parser hangs 'asset' (a clause of 'asset' holding 'freezes and travel'; 'asset' the object of 'subject to').
LISTED_MEASURES = [
    ("The rounds of sanctions have hit banks. More than 1,000 officials are subject to asset freezes and travel bans.",
     "travel bans", "imposed", "travel_ban"),
    ("The rounds of sanctions have hit banks. More than 1,000 officials are subject to asset freezes and travel bans.",
     "asset freezes", "imposed", "asset_freeze"),
    ("In light of events, we decided to expand the list of those subject to asset freezes and visa bans, Ashton "
     "said. The EU imposed sanctions on Russia.", "visa bans", "extended", "travel_ban"),
]


@pytest.mark.parametrize("text, mention, status, measure", LISTED_MEASURES, ids=[c[1] for c in LISTED_MEASURES])
def test_each_measure_of_a_misparsed_list_is_its_own_mention(nlp, text, mention, status, measure):
    assert (mention, status, measure) in [(s.text, s.status, s.measure) for s in found(nlp, text)]


def test_an_asset_freeze_whose_modifier_the_parser_made_an_object_is_one(nlp):
    text = ("In light of events, we decided to expand the list of those subject to asset freezes and visa bans, Ashton "
            "said. The EU imposed sanctions on Russia.")
    assert any(s.text.endswith("asset freezes") and s.measure == "asset_freeze" and s.status == "extended"
               for s in found(nlp, text))


# (text, the one mention): an office named for sanctions as its field, and a campaign against sanctions, are no
# measure beside the one the article names (adapted from tune articles of batches 11, V, W and F).
OFFICES_AND_CAMPAIGNS = [
    ("The ministry said the words of U.S. State Department Head of Sanctions, Jim O'Brien, were misinterpreted. "
     "The US imposed sanctions on Georgia.", "imposed sanctions on Georgia"),
    ("David Reed, Director for Sanctions at the U.K. Foreign Office, said the US can impose secondary sanctions.",
     "impose secondary sanctions"),
    ("Mnangagwa led an anti-sanctions march in Harare as the US imposed sanctions on Zimbabwe.",
     "imposed sanctions on Zimbabwe"),
    ("The Sadc allies commemorated the Anti-Sanctions Day. The US imposed sanctions on Zimbabwe in 2001.",
     "imposed sanctions on Zimbabwe"),
]


@pytest.mark.parametrize("text, mention", OFFICES_AND_CAMPAIGNS, ids=[c[0][:40] for c in OFFICES_AND_CAMPAIGNS])
def test_an_office_or_campaign_named_for_sanctions_is_no_measure(nlp, text, mention):
    assert [s.text for s in found(nlp, text)] == [mention]


def test_a_named_list_after_an_offices_name_is_still_a_list(nlp):
    text = ("The HKSAR government condemned US sanctions against 11 officials. Imposed under the Office of Foreign "
            "Assets Control's Specially Designated Nationals List, the measure is interference, it said.")
    assert any("Specially Designated Nationals List" in s.text for s in found(nlp, text))


def test_a_sports_ministers_portfolio_is_no_sports_story(nlp):
    text = ("Lithuania, Latvia and Estonia expanded their sanctions on Friday. Belarus's information and sports "
            "ministers were sanctioned. The sports minister, who persecuted athletes, and the deputy sports minister "
            "are on the list, as is the director of the Ministry of Sport.")
    assert ("Belarus's information and sports ministers were sanctioned", "Lithuania") in [
        (s.text, s.authority) for s in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The city lifted the restrictions on parking on Monday.",  # no sanctions mention in the article
    "The US imposed an embargo on Cuba in 1962. The mayor lifted some restrictions on parking.",  # indefinite
    "The US imposed an embargo on Cuba in 1962. The city's new parking measures took effect on Monday.",  # parking's
    "The city's measures took effect on Monday.",  # no sanctions mention in the article
    # a demonstrative whose noun is of another field ('these measures' alone refers back: BACK_REFERENCES)
    "The US imposed an embargo on Venezuela. Faced with these parking measures, Caracas will strengthen its ties.",
])
def test_a_vague_noun_alone_is_no_measure(nlp, text):
    assert [s.text for s in found(nlp, text) if "embargo" not in s.text] == []


@pytest.mark.parametrize("text, mention, measure", [
    # a passive infinitive's patient is the subject it shares; a nation's people named for its state sanction
    ("The US imposed sanctions on Iran. And I am proud to be sanctioned by America, he added.",
     "I am proud to be sanctioned", "sanctions"),
    ("The US imposed sanctions on Iran. The Americans have sanctioned those industry sectors, he added.",
     "sanctioned those industry sectors", "sanctions"),
    # the object a relative clause lacks; 'have ... frozen' with a place between
    ("The US imposed sanctions on Iran. Suga did not say how many assets Japan will freeze.",
     "how many assets Japan will freeze", "asset_freeze"),
    ("The US imposed sanctions on Iran. The companies will have their assets in China frozen, the statement said.",
     "their assets in China frozen", "asset_freeze"),
    ("The US imposed sanctions on Iran. These oligarchs will have their assets in the UK frozen.",
     "their assets in the UK frozen", "asset_freeze"),
    # a qualifying noun right before the measure noun however the parser attached it
    ("The US imposed sanctions on Russia last year. The sanctions include asset freezes and travel bans.",
     "asset freezes", "asset_freeze"),
    ("The US imposed sanctions on Russia last year. The sanctions include asset freezes and travel bans.",
     "travel bans", "travel_ban"),
    ("The EU imposed sanctions on Russia. The sanctions, which include asset freezes and travel bans, have been wielded "
     "by the Council of the EU.", "asset freezes", "asset_freeze"),
    # the target's words for sanctions on it, and retaliation in one word
    ("The US imposed sanctions on Russia last year. Venezuela condemned the measures as unilateral coercion against "
     "the country.", "unilateral coercion against the country", "sanctions"),
    ("The US imposed sanctions on Russia last year. Moscow responded with countersanctions.", "countersanctions",
     "sanctions"),
    # a listing of parties is a designation, unproven alone
    ("The EU imposed sanctions on Russia. The Council decided not to renew the listings of three individuals.",
     "the listings", "designation"),
    # ships barred from ports are a travel ban, frozen transactions an asset freeze (docs/annotation.md)
    ("The UN imposed sanctions on North Korea. Four North Korean ships were blocked from international ports by the "
     "UN Security Council.", "Four North Korean ships were blocked from international ports by the UN Security Council",
     "travel_ban"),
    ("The US imposed sanctions on Iran. The Treasury froze transactions with Iranian banks.",
     "froze transactions with Iranian banks", "asset_freeze"),
    # a state's boycott of another state is an embargo; travel restrictions are a travel ban (docs/annotation.md)
    ("The countries imposed a trade and diplomatic boycott on Qatar, which rejects the charges.",
     "diplomatic boycott", "embargo"),
    ("The United States first imposed sanctions, including financial and travel restrictions, in 2003 against "
     "Robert Mugabe.", "financial and travel restrictions", "travel_ban"),
])
def test_a_measure_verb_whose_patient_or_doer_stands_elsewhere(nlp, text, mention, measure):
    assert (mention, measure) in [(s.text, s.measure) for s in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The players are likely to be sanctioned by the league.",
    "The US imposed sanctions on Iran. The Americans sanctioned the match.",
    "The US imposed sanctions on Iran. They will have their food in the fridge frozen.",
    "The US imposed sanctions on Iran. The lake the children skated on was frozen.",
    "The US imposed sanctions on Iran. The state-sanctioned rally went ahead.",
    "The US imposed sanctions on Iran. Its staff include asset managers and travel agents.",
    "The US imposed sanctions on Iran. Parents should avoid coercion.",
    "The US imposed sanctions on Iran. China accused the US of economic coercion.",
    "The US imposed sanctions on Iran. The road was blocked from the ports by protesters.",
    "The US imposed sanctions on Iran. Children are forbidden from making noise in class.",
])
def test_a_measure_verb_without_a_state_or_property_is_none(nlp, text):
    assert [s.text for s in found(nlp, text)] == ["imposed sanctions on Iran"]


def test_a_demonstrative_before_the_measure_it_would_repeat_is_none(nlp):
    text = "Faced with these measures, Caracas said it would respond. The US imposed measures against Venezuela."
    assert [s.text for s in found(nlp, text)] == ["imposed measures against Venezuela"]


# (text, mention, status): status from the clause and its frame.
STATUS = [
    # the effects of a definite measure are weighed, not the measure proposed; an indefinite one is still a proposal
    ("India said it was studying the implications of the fresh US sanctions on two Russian oil companies.",
     "the fresh US sanctions on two Russian oil companies", "imposed"),
    ("The US imposed sanctions on Rosneft. \u201cWe are studying the implications of these sanctions,\u201d the spokesperson "
     "said.", "these sanctions", "imposed"),
    ("The EU is considering new sanctions on Russia's oil exports.", "new sanctions on Russia's oil exports", "considered"),
    # a negated stance on a measure in force leaves it in force; a negated joining says the subject has none
    ("Cavusoglu said: \u201cWe do not agree with the EU sanctions on Russia.\u201d", "the EU sanctions on Russia", "imposed"),
    ("Turkey has not joined the Western sanctions on Russia.", "the Western sanctions on Russia", "other"),
    # stopping short of a measure declines it
    ("The US stopped short of imposing sanctions on Turkey.", "imposing sanctions on Turkey", "other"),
    ("The EU has imposed sanctions on Russia. However, the foreign ministers stopped short of agreeing to impose "
     "tougher, new measures, apparently so as not to endanger talks on Ukraine.", "impose tougher, new measures", "other"),
    # a bare plural a demand verb's 'for' governs is demanded; what a law allows for is only a topic
    ("The US sanctioned the junta in 2021. Activists called for sanctions on Myanmar's generals.",
     "sanctions on Myanmar's generals", "considered"),
    ("The US sanctioned the junta in 2021. The law allows for sanctions on the generals.",
     "sanctions on the generals", "other"),
    # an extension 'should' asks for is called for, as a lifting is; one decided extends
    ("The EU imposed sanctions on Russia. Sanctions against Russia should be expanded, the minister said.",
     "Sanctions against Russia should be expanded", "considered"),
    ("The EU imposed sanctions on Russia. Sanctions against Russia were expanded on Monday.",
     "Sanctions against Russia were expanded", "extended"),
    # a lifting only supposed (what it would take, what conditions are for) is other; one decided is lifted
    ("The EU renewed its sanctions on Venezuela. The EU said that lifting the sanctions would require meaningful "
     "improvements in human rights.", "lifting the sanctions", "other"),
    ("The US removed three officials from its list. The delisting reflects the government's commitment to lifting "
     "sanctions in the event of a change in behavior, it said.", "lifting sanctions", "other"),
    ("ECOWAS imposed sanctions on Niger. The committee set conditions for lifting sanctions.", "lifting sanctions",
     "other"),
    ("ECOWAS imposed sanctions on Niger in 2023. In February ECOWAS lifted sanctions on Niger.",
     "lifted sanctions on Niger", "lifted"),
    # a measure its clause calls needed is called for, one the article named before is judged; a measure a proposal
    # noun's clause is about is proposed, and "taking place" is no "taking effect"
    ("The US sanctioned the junta. Additional sanctions are necessary to cut the junta's revenue, he added.",
     "Additional sanctions", "considered"),
    ("Canada imposed sanctions on Russia. She said the sanctions are necessary to pressure the Russian government.",
     "the sanctions", "imposed"),
    ("The EU imposed sanctions on Russia in March. Coveney said discussions were taking place in the EU this week "
     "regarding the fifth sanctions package.", "the fifth sanctions package", "considered"),
    ("The EU imposed sanctions on Russia in March. The fifth sanctions package will take effect on Monday.",
     "The fifth sanctions package", "imposed"),
    # a status noun whose 'of' hangs on its particle still governs the measure
    ("The EU imposed sanctions on Russia. Ireland will push hard for a significant ratcheting up of sanctions.",
     "a significant ratcheting up of sanctions", "considered"),
    # a measure prevented or avoided is not in force
    ("The US imposed sanctions on a Kyrgyz bank. To prevent all other banks from falling under sanctions, the "
     "government chose one bank to work with the ruble.", "sanctions", "other"),
    # 'no' above a lifting or a violation undoes it
    ("The US sanctioned Russia. There is no evidence that the banks participated in circumventing Western sanctions "
     "against Russia.", "circumventing Western sanctions against Russia", "other"),
    ("The US imposed sanctions on Cuba in 1962. The State Department has no plans to lift the sanctions.",
     "lift the sanctions", "other"),
    # a sanctions waiver or exemption is the measure lifted
    ("The US reimposed sanctions on Iran in 2018. On Friday Blinken signed several sanctions waivers for Iran.",
     "several sanctions waivers", "lifted"),
    # extending a measure in other words: ratchet up, beef up, reinforce; demanded, considered
    ("The US imposed sanctions on Russia. Seoul will reinforce export controls on North Korea.",
     "reinforce export controls on North Korea", "extended"),
    ("The US imposed sanctions on Russia. Two senators called on Sunday for beefing up western sanctions against "
     "Russia.", "beefing up western sanctions against Russia", "considered"),
    # a declining word in its noun or adjective form: unable to agree, a refusal to agree
    ("The EU imposed sanctions on Russia in March. In May the EU was unable to agree on a sixth package of sanctions.",
     "sanctions", "other"),
    ("The EU imposed sanctions on Russia. Hungary was criticised over its refusal to agree an oil embargo against "
     "Russia.", "an oil embargo against Russia", "other"),
    # the measure's own 'no' negates its verb
    ("The UN sanctioned the Taliban in 1999. No further sanctions have been imposed on the Taliban since 2021.",
     "No further sanctions have been imposed on the Taliban", "other"),
    # a proposal on a condition threatens; the proposal alone is considered
    ("Seoul sanctioned North Korea. The ministry said it would consider slapping more sanctions on Pyongyang in case "
     "it stages further provocations.", "slapping more sanctions on Pyongyang", "threatened"),
    ("The EU imposed sanctions on Belarus. The EU is considering sanctions on Russia if it invades Ukraine.",
     "sanctions on Russia", "threatened"),
    ("The EU imposed sanctions on Belarus. The EU is considering sanctions on Russia.", "sanctions on Russia",
     "considered"),
    # 'such' makes the measure a kind: described generally
    ("Poland imposed sanctions on Russia. The move follows a law that makes such sanctions possible.",
     "such sanctions", "other"),
    ("The US imposed an embargo on Iran. The minister said such embargoes will even have positive effects.",
     "such embargoes", "other"),
    # a bare plural a topic word governs is described generally, unless it names the party it hits
    ("The US sanctioned Iran. To ensure strict enforcement of sanctions against Iran, Washington restricted the flow "
     "of dollars.", "sanctions against Iran", "imposed"),
    ("The US sanctioned Iran. Tehran said the US inclination for sanctions on other countries had become its approach.",
     "sanctions on other countries", "other"),
    # the so-called measure is the target's name for one in force; a lifting hoped for, potential or demanded with
    # 'should' is considered, one a decision names was decided; a measure that acts is in force
    ("The US imposed sanctions on 11 officials. Beijing condemned the so-called sanctions.", "the so-called sanctions",
     "imposed"),
    ("The US lifted sanctions on Syria. The ministry expressed its hope for a complete removal of sanctions.",
     "a complete removal of sanctions", "considered"),
    ("The US lifted sanctions on Syria. Damascus welcomed the potential lifting of sanctions on its banks.",
     "the potential lifting of sanctions on its banks", "considered"),
    ("The US imposed sanctions on China. Beijing said the United States should revoke the sanctions at once.",
     "revoke the sanctions", "considered"),
    # a lifting a demand modal asks for in the measure's own clause, a coordinated verb or its relative (S7); a gerund
    # clause a passive of discussing has as its subject is discussed; a lifting done or a keeping asked for is not
    ("The US imposed an embargo on Cuba in 1962. Rodriguez said the embargo is a unilateral action and should be "
     "lifted unilaterally.", "the embargo", "considered"),
    ("The US imposed sanctions on Cuba. Cuba and Venezuela have been subjected for years to brutal sanctions that he "
     "said must be lifted.", "brutal sanctions", "considered"),
    ("The US imposed an embargo on Cuba in 1962. The embargo hurts Cuba and should be maintained.", "The embargo",
     "imposed"),
    ("The EU imposed sanctions on Iran. Lifting the sanctions on Iran will be discussed next week.",
     "Lifting the sanctions on Iran", "considered"),
    ("The EU imposed sanctions on Iran. Imposing new sanctions on Iran was debated by the ministers.",
     "Imposing new sanctions on Iran", "considered"),
    ("The EU imposed sanctions on Iran. Lifting the sanctions on Iran was approved by the ministers on Monday.",
     "Lifting the sanctions on Iran", "lifted"),
    ("Reporters asked him to comment on the decision of the Treasury to lift the sanctions against three companies.",
     "lift the sanctions against three companies", "lifted"),
    ("The US imposed an embargo on Cuba. Havana accused Washington of attempting to hide the damage caused by the "
     "embargo.", "the embargo", "imposed"),
    # a 'would' a past verb reports is the speaker's 'will': a decision, unless the reporting verb or a condition
    # threatens, or the verb or an adverb proposes; 'would' on its own is a hypothesis
    ("The EU said on Monday it would impose sanctions on Russia.", "impose sanctions on Russia", "imposed"),
    ("The minister told reporters that the main measure would be a freeze of the assets of the listed oligarchs.",
     "a freeze of the assets of the listed oligarchs", "imposed"),
    ("The EU warned that it would impose sanctions on Russia.", "impose sanctions on Russia", "threatened"),
    ("The EU said it would impose sanctions on Russia if it invaded.", "impose sanctions on Russia", "threatened"),
    ("Analysts said the EU would likely impose sanctions on Russia.", "impose sanctions on Russia", "considered"),
    ("The EU would impose sanctions on Russia.", "impose sanctions on Russia", "considered"),
    # a decision a modal leaves open is not taken; a proposal verb's noun proposes; 'willing' is 'ready'
    ("The EU imposed sanctions on Russia. The Commission could decide to put a fresh sanctions package on the table.",
     "a fresh sanctions package", "considered"),
    ("The EU imposed sanctions on Russia. The Commission decided to put a fresh sanctions package in place.",
     "a fresh sanctions package", "imposed"),
    ("The EU imposed sanctions on Russia. Discussions on a new sanctions package remained in the early stages.",
     "a new sanctions package", "considered"),
    ("The EU says it is willing to impose more sanctions on Belarus.", "impose more sanctions on Belarus",
     "threatened"),
    # a measure on anyone of a kind is described generally; on someone named it is imposed
    ("The 2019 act allowed the US to impose sanctions on anyone who aids the regime's military.",
     "impose sanctions on anyone who aids the regime's military", "other"),
    ("The US imposes sanctions on any company that trades with Iran.",
     "imposes sanctions on any company that trades with Iran", "other"),
    ("The US imposed sanctions on a company that trades with Iran.",
     "imposed sanctions on a company that trades with Iran", "imposed"),
    ("The EU said it would not impose sanctions on Russia.", "impose sanctions on Russia", "other"),
    ("The US has imposed sanctions on Russia. There are no sanctions on Russian fertiliser.",
     "no sanctions on Russian fertiliser", "other"),
    ("The US has imposed sanctions on Russia. Brazil refused to join the sanctions against Russia.",
     "the sanctions against Russia", "other"),
    ("The US has imposed sanctions on Russia. The talks on new sanctions against Iran continued.",
     "new sanctions against Iran", "considered"),
    ("The EU imposed sanctions on Russia. Hungary has no need to impose new sanctions on Russia.",
     "impose new sanctions on Russia", "other"),
    ("The EU imposed sanctions on Russia. It is unclear whether the US will lift sanctions on Syria.",
     "lift sanctions on Syria", "considered"),
    # a definite measure its participle says is in force, whatever the clause above it does
    ("Ankara will respond after evaluating the sanctions imposed by the United States.", "the sanctions imposed",
     "imposed"),
    ("The EU imposed sanctions on Russia in 2014. The bloc stands ready to review the agreed sanctions in whole or in "
     "part.", "the agreed sanctions", "imposed"),
    ("Tokyo urged the EU to keep its embargo on arms sales to China.", "its embargo on arms sales", "imposed"),
    # S41: keeping a measure is extended only with the new term the text states
    ("The UN Security Council unanimously adopted a draft resolution maintaining the sanctions regime on Sudan, "
     "including measures such as an asset freeze, until 12 September 2025.", "the sanctions regime on Sudan",
     "extended"),
    ("The ministers agreed to extend the sanctions, keeping 69 individuals on the bloc's blacklist until January 10, "
     "2027.", "keeping 69 individuals on the bloc's blacklist", "extended"),
    ("The US imposed sanctions on Zimbabwe. The US has maintained the sanctions since 2003.", "the sanctions",
     "imposed"),
    ("ECOWAS decided to maintain individual sanctions until the return to constitutional rule.", "individual sanctions",
     "imposed"),
    ("Russia has remained India's largest crude supplier since Western sanctions on Moscow pushed discounted Russian "
     "oil toward Asian markets.", "Western sanctions on Moscow", "imposed"),
    ("Zimbabwe will send ministers to hold talks with EU officials over sanctions slapped on President Robert Mugabe "
     "a decade ago.", "sanctions slapped on President Robert Mugabe", "imposed"),
    # an effort or a demand to lift is considered, also where the parser hangs the infinitive elsewhere; a vote is not
    ("Brussels was working to lift the arms embargo on China.", "lift the arms embargo on China", "considered"),
    ("The minister praised the efforts by the president to lift the embargo on Cuba.", "lift the embargo on Cuba",
     "considered"),
    ("The EU lifted the embargo on Cuba after years of effort.", "lifted the embargo on Cuba", "lifted"),
    ("The UN imposed an arms embargo on Somalia in 1992. The council backed the African Union's call for the Somali "
     "government to lift the arms embargo.", "lift the arms embargo", "considered"),
    ("The UN imposed an arms embargo on Somalia in 1992. In 2023 the council voted to lift the arms embargo.",
     "lift the arms embargo", "lifted"),
    # getting round a measure is a violation
    ("The US has sanctioned Russia. Old tankers try to bypass sanctions on Russian oil.",
     "bypass sanctions on Russian oil", "violated"),
    ("The US has sanctioned Russia. Investigators looked into reports of sanctions-busting.", "sanctions-busting",
     "violated"),
    # what a target will face, or may possibly face, is a threat hanging over it; obstacles faced from a ban are not
    ("The six powers offered incentives. In the absence of a positive response, Iran will then have to face new "
     "sanctions, it said.", "new sanctions", "threatened"),
    ("The US imposed sanctions on Russia. We understand our friends' concerns about the possibility of facing "
     "sanctions for trading with Russia.", "sanctions", "threatened"),
    ("The EU imposed sanctions on Russia. The EU will impose new sanctions on Monday.", "impose new sanctions",
     "imposed"),
    # a measure imposed and then lifted or tightened by a verb sharing its subject is what the later verb makes it
    ("The EU imposed sanctions on Zimbabwe in 2002. The sanctions were first imposed on the four 20 years ago but "
     "were suspended two years ago.", "The sanctions were first imposed on the four 20 years ago", "lifted"),
    ("Sanctions were imposed on Iran in 2006 and tightened in 2010.", "Sanctions were imposed on Iran", "extended"),
    # what a state can impose on a condition is a threat; on its own wish, only what it is able to do
    ("The US can impose secondary sanctions against Kazakhstan if they decide the country illegally assists Russia.",
     "impose secondary sanctions against Kazakhstan", "threatened"),
    ("The US imposed sanctions on Cambodia. I have nothing there, so they can sanction me and can freeze my assets "
     "if they like, he said.", "sanction me", "other"),
    # avoiding a measure in force gets round it; avoiding a new one averts a threat
    ("The US imposed sanctions on Iran. The advisories warn shippers against the practice of storing Iranian oil and "
     "avoiding U.S. sanctions on Iran.", "avoiding U.S. sanctions on Iran", "violated"),
    ("The US imposed sanctions on Russia. Turkey seeks to avoid new sanctions.", "avoid new sanctions", "threatened"),
    # a target that could face a measure is threatened with it; a state that could impose one warns (S6)
    ("The US imposed sanctions on Iran. Foreign banks could face sanctions.", "sanctions", "threatened"),
    ("The US imposed sanctions on Russia. The US could impose sanctions on Turkey.", "impose sanctions on Turkey",
     "threatened"),
    # 'could', 'might' on the measure's own verb or with the measure as subject warn (S6); on another action
    # ('could complicate the adoption') they do not; 'may' is read as someone's forecast (tune: every case)
    ("The EU imposed sanctions on Russia. The ministers indicated that new sanctions could be ahead for Russia.",
     "new sanctions", "threatened"),
    ("The US imposed sanctions on Russia. The US told Kazakhstan about possible cases where secondary sanctions "
     "could be applied.", "secondary sanctions could be applied", "threatened"),
    ("The EU imposed sanctions on Russia. According to media reports, the package may also include sanctions "
     "against North Korea.", "sanctions against North Korea", "considered"),
    # a new measure in the clause an expectation or a hope reports is a forecast or a wish (S6: considered); the
    # imposer's own 'will' announces it
    ("Japan imposed sanctions on North Korea. Japan hopes the council will swiftly adopt a new resolution to impose "
     "strong sanctions on North Korea.", "impose strong sanctions on North Korea", "considered"),
    ("The EU imposed sanctions on Iran. Analysts expect the EU to impose new sanctions on Russia.",
     "impose new sanctions on Russia", "considered"),
    ("The EU imposed sanctions on Iran. The EU said it will impose new sanctions on Russia.",
     "impose new sanctions on Russia", "imposed"),
    # a proposal or threat modifier on the noun a measure is the content of (S7)
    ("The EU imposed sanctions on Russia. The proposed new batch of listings consists of seven individuals.",
     "listings", "considered"),
    ("The EU imposed sanctions on Russia. The threatened wave of sanctions never came.", "sanctions", "threatened"),
    # what the measure's own adjective says; a question asks about it; blocking a new measure undoes it
    ("The US imposed sanctions on Russia. The proposed sanctions target Russian banks.", "The proposed sanctions",
     "considered"),
    ("The US imposed sanctions on Russia. Potential sanctions against Iran were on the agenda.",
     "Potential sanctions against Iran", "considered"),
    ("The US imposed sanctions on Russia. Will the EU impose sanctions on Israel?", "impose sanctions on Israel",
     "considered"),
    ("The US imposed sanctions on Russia. Hungary blocked new sanctions against Russia.",
     "new sanctions against Russia", "other"),
    ("The US imposed sanctions on Russia. Treasury also blocked the assets of three banks.",
     "blocked the assets of three banks", "imposed"),
    # preparing a measure of one's own proposes it; 'prepared to' (ready to) and preparing 'for' one threaten
    ("The US imposed sanctions on Russia. The EU is preparing a new package of sanctions against Russia.",
     "sanctions against Russia", "considered"),
    ("Britain is preparing to reimpose sanctions on Grace Mugabe at the end of the year.",
     "reimpose sanctions on Grace Mugabe", "considered"),
    ("The US said it was prepared to reimpose sanctions on Iran if no solution is reached.",
     "reimpose sanctions on Iran", "threatened"),
    ("The US imposed sanctions on Russia. India is unlikely to impose sanctions on Russia.",
     "impose sanctions on Russia", "other"),
    ("The US imposed sanctions on Russia. The EU must impose sanctions on Belarus, Poland said.",
     "impose sanctions on Belarus", "considered"),
    # ruling a measure out is other, not ruling it out a threat
    ("The US imposed sanctions on Russia. Japan ruled out new sanctions against China.",
     "new sanctions against China", "other"),
    ("The US imposed sanctions on Russia. Japan did not rule out new sanctions against China.",
     "new sanctions against China", "threatened"),
    # a bid or request for a measure is considered; a measure meant to hit someone is not a proposal
    ("Kenya made a bid to have al-Shabab sanctioned by the UN Security Council.", "al-Shabab sanctioned", "considered"),
    ("Poland imposed sanctions on Russia. The sanctions were also intended to target gas firm Novatek.",
     "The sanctions", "imposed"),
    # a measure that takes effect or stays in force is decided, whatever the tense
    ("The US imposed sanctions on Russia. Sanctions against Iran will remain in force.", "Sanctions against Iran",
     "imposed"),
    ("The US imposed sanctions on Russia. Sanctions against Iran will be discussed next week.",
     "Sanctions against Iran", "considered"),
    # a future measure announced is decided; under a condition it is a threat; inside the condition, a supposition
    ("The EU imposed sanctions on Russia. The EU will impose new sanctions on Russian banks on Monday, the "
     "Commission said.", "impose new sanctions on Russian banks", "imposed"),
    ("The EU imposed sanctions on Russia. If Moscow escalates, the EU will impose further sanctions.",
     "impose further sanctions", "threatened"),
    ("The EU imposed sanctions on Russia. If the EU imposes sanctions on Belarus, Minsk will retaliate.",
     "imposes sanctions on Belarus", "considered"),
    # a negated proposal proposes nothing; opposing a measure is declining it; a question asks about it; what is
    # expected is not yet decided
    ("The EU imposed sanctions on Russia. Brussels is not considering new sanctions against Moscow.",
     "new sanctions against Moscow", "other"),
    ("The EU imposed sanctions on Russia. The ministers did not discuss sanctions at the meeting.", "sanctions",
     "other"),
    ("The EU imposed sanctions on Russia. Turkey has not joined the Western sanctions against Russia.",
     "the Western sanctions against Russia", "other"),
    ("The EU imposed sanctions on Russia. The sanctions have not stopped the war.", "The sanctions", "imposed"),
    ("The EU imposed sanctions on Russia. Slovakia opposes any sanctions on Russian gas.",
     "any sanctions on Russian gas", "other"),
    ("The EU imposed sanctions on Russia. Are sanctions the right answer to the crisis?", "sanctions", "considered"),
    ("The EU imposed sanctions on Russia. The EU is expected to adopt sanctions on Iranian drone makers next week.",
     "adopt sanctions on Iranian drone makers", "considered"),
    ("The EU imposed sanctions on Russia. Macron floated the idea of sanctions on Russian gas.",
     "sanctions on Russian gas", "considered"),
    # a package of measures is a measure its verb acts on, not sanctions spoken of in general
    ("The EU imposed sanctions on Russia. A new package of sanctions will be agreed this week.", "sanctions",
     "imposed"),
    # a measure that has failed is judged, not declined; a bare plural whose effect or circumstance the sentence tells
    # is in force; a noun of adopting governs the measure as the verb does
    ("The EU imposed sanctions on Russia. The Kremlin said Western sanctions had failed.", "Western sanctions",
     "imposed"),
    ("The US imposed sanctions on Iran in 2018. The economy shrank because of sanctions.", "sanctions", "imposed"),
    ("The US imposed sanctions on Iran in 2018. Sanctions have cut Iran's oil revenue by half.", "Sanctions",
     "imposed"),
    ("The EU imposed sanctions on Russia. Gas ties could complicate the adoption of sanctions.",
     "the adoption of sanctions", "considered"),
    # a bare plural spoken of in general is other; a threat of it is not
    ("The US has sanctioned Russia. Parliament is divided in its views on sanctions.", "sanctions", "other"),
    ("The US has sanctioned Russia. The minister dismissed the threat of sanctions.", "sanctions", "threatened"),
    # what must come is called for ('need to' as 'must', a step called necessary); what is needed for a purpose, or
    # needs doing to a measure in force, is not
    ("Japan imposed sanctions on Russia. Stronger sanctions need to be imposed so that the invasion ceases, the "
     "spokesman said.", "Stronger sanctions", "considered"),
    ("The EU imposed sanctions on Russia. \"Imposing a global arms embargo on Myanmar is the minimum necessary step "
     "the Security Council should take,\" the groups said.", "Imposing a global arms embargo on Myanmar", "considered"),
    ("The EU imposed sanctions on Russia. The sanctions need to be enforced more strictly.", "The sanctions", "imposed"),
    ("The UN kept Somalia under an arms embargo because sanctions are needed to weaken the militants.", "sanctions",
     "other"),
    # a predicate the parser hangs under a call does not stop the call ("called in vain for"); naming a measure does
    ("The EU imposed sanctions on Russia. Several groups have called in vain for an arms embargo on Myanmar.",
     "an arms embargo on Myanmar", "considered"),
    # what a party or property is held under is in force, whatever the clause above does with it; coming under a
    # measure, or what could be, is not
    ("Japan imposed sanctions on Russia. Regulators ordered exchanges to block transactions with entities subject to "
     "sanctions against Russia and Belarus.", "sanctions against Russia and Belarus", "imposed"),
    ("The US imposed sanctions on Russia. To prevent all banks from falling under sanctions, the government chose "
     "one bank.", "sanctions", "other"),
    # an instalment of sanctions counts them, as a package does: its verb, or none, acts on the measure
    ("The US imposed sanctions on NDC. The foreign office believes that the latest installment of sanctions defies "
     "the objective of peace.", "sanctions", "imposed"),
    # what one can do is neither decided nor proposed; a future measure a threat verb reports is a threat, one a
    # plain report announces is decided
    ("The US imposed sanctions on Cambodia. \"They can sanction me and can freeze my assets if they like,\" Hun Sen "
     "said.", "freeze my assets", "other"),
    ("The US imposed sanctions on Cambodia. \"They can sanction me and can freeze my assets if they like,\" Hun Sen "
     "said.", "sanction me", "other"),
    ("The EU imposed sanctions on Russia. The minister warned that the EU will impose sanctions on Belarus.",
     "impose sanctions on Belarus", "threatened"),
    ("The EU imposed sanctions on Russia. The minister said that the EU will impose sanctions on Belarus.",
     "impose sanctions on Belarus", "imposed"),
    # a lifting that acts in a negated verb happened; one insisted on, or awaited under 'until', is demanded; one
    # in the past under 'until' happened
    ("The EU lifted some sanctions on Zimbabwe. Zimbabweans will not be deceived by the partial lifting of the "
     "sanctions, the minister said.", "the partial lifting of the sanctions", "lifted"),
    ("The EU imposed sanctions on Zimbabwe. Zimbabwe has always insisted on the unconditional removal of the "
     "sanctions.", "the unconditional removal of the sanctions", "considered"),
    ("The US imposed sanctions on Zimbabwe. Until all sanctions are removed, Zimbabwe will be relentless, he said.",
     "all sanctions are removed", "considered"),
    ("The US imposed sanctions on Zimbabwe. The US kept its embargo until all sanctions were removed in 2016.",
     "all sanctions were removed", "lifted"),
    # what happens to the noun a measure's relative clause describes happens to the measure; a list a removal takes
    # parties from is lifted for them even when the parser hangs 'from' on the last party
    ("China imposed sanctions on US firms. A measure which added 11 US firms to China's unreliable entity list has "
     "been suspended for 90 days.", "added 11 US firms to China's unreliable entity list", "lifted"),
    ("China imposed sanctions on US firms. A measure which added 11 US firms to China's unreliable entity list was "
     "announced on April 4.", "added 11 US firms to China's unreliable entity list", "imposed"),
    ("The EU imposed sanctions on Zimbabwe in 2002. The EU has announced the delisting of the 51 Zimbabwean "
     "individuals and 20 companies from the European Union sanctions list.",
     "the delisting of the 51 Zimbabwean individuals and 20 companies from the European Union sanctions list",
     "lifted"),
    # a change a modal only holds possible is considered; a reported 'would' is the speaker's 'will'
    ("The UK imposed sanctions on Russia. British sanctions against Russia may soon be widened, the minister said.",
     "British sanctions against Russia may soon be widened", "considered"),
    ("The US imposed an embargo on Cuba. If he wanted to help Cubans, he would have to lift the blockade.",
     "lift the blockade", "considered"),
    ("The EU imposed sanctions on Russia. The minister said the EU would extend the sanctions on Monday.",
     "extend the sanctions", "extended"),
    ("The EU imposed sanctions on Syria. The EU has lifted the sanctions that could have hurt Syria.",
     "lifted the sanctions", "lifted"),
    # a 'would' completing a copula ('which was why') is no reported 'will'
    ("The EU imposed sanctions on Russia. Sanctions were not working, which was why Ireland would be supporting a "
     "fifth package of sanctions.", "sanctions", "considered"),
    ("The EU imposed sanctions on Russia. The minister said the EU would impose sanctions on Monday.",
     "impose sanctions", "imposed"),
    # a new measure in the present of a clause a threat verb reports is threatened; one already imposed, or the
    # measure's own present verb, is not
    ("The EU has imposed sanctions on Iran. She warned that new sanctions are coming.", "new sanctions", "threatened"),
    ("The EU has imposed sanctions on Iran. \"This is just the start, with more sanctions coming over the next few "
     "weeks,\" she warned.", "more sanctions", "threatened"),
    ("The EU has imposed sanctions on Iran. She warned that the EU has imposed new sanctions on Iran.",
     "imposed new sanctions on Iran", "imposed"),
    ("The EU has imposed sanctions on Iran. She warned that the EU imposes new sanctions on Iran every year.",
     "imposes new sanctions on Iran", "imposed"),
    ("The EU has imposed sanctions on Iran. She said that new sanctions are coming.", "new sanctions", "imposed"),
    # a new measure a stance is taken against is argued over; one in force ('the ban') is not
    ("The US imposed sanctions on Russia. He spoke out against a ban on energy imports from Russia.",
     "a ban on energy imports from Russia", "considered"),
    ("The US imposed sanctions on Russia. He spoke out against the ban on energy imports from Russia.",
     "the ban on energy imports from Russia", "imposed"),
    # the guideline's threats (docs/annotation.md: "warned of", conditional): a threat verb's 'of' is no topic, a
    # measure a target risks or that looms hangs over it, a future or a facing verb on a condition threatens
    ("The US imposed sanctions on Iran last year. The EU warned of sanctions.", "sanctions", "threatened"),
    ("The US imposed sanctions on Iran last year. The EU talked about sanctions.", "sanctions", "other"),
    ("The US imposed sanctions on Iran last year. Tehran risks new sanctions over its nuclear programme.",
     "new sanctions over its nuclear programme", "threatened"),
    ("The US imposed sanctions on Iran last year. New sanctions loom over Russia.", "New sanctions", "threatened"),
    ("The US imposed sanctions on Iran last year. If Russia invades, sanctions will follow.", "sanctions",
     "threatened"),
    ("The US imposed sanctions on Iran last year. Russia faces new sanctions if it invades Ukraine.", "new sanctions",
     "threatened"),
    ("The US imposed sanctions on Iran last year. The EU said sanctions will stay in place if Russia does not "
     "withdraw.", "sanctions", "imposed"),
    # the change a measure is the object of, not its own participle, says what happens to it
    ("The US imposed sanctions on Syria in 2011. Syria welcomed remarks regarding the potential lifting of sanctions "
     "imposed on the country.", "the potential lifting of sanctions", "considered"),
    ("The US imposed sanctions on Syria in 2011. The EU announced the extension of sanctions imposed on Syria in "
     "2011.", "the extension of sanctions", "extended"),
    ("The US imposed sanctions on Syria in 2011. The EU announced new sanctions imposed on Syria's banks.",
     "announced new sanctions", "imposed"),
    # what a threat verb says could happen threatens; 'prepared to' is 'ready to'; bracing for a measure in force
    # threatens nothing; floating a measure proposes it
    ("The US imposed sanctions on Iran last year. The US warned that firms could be sanctioned.",
     "firms could be sanctioned", "threatened"),
    ("The US imposed sanctions on Iran last year. The US said that firms could be sanctioned.",
     "firms could be sanctioned", "threatened"),
    ("The US imposed sanctions on Iran last year. Washington is prepared to impose more sanctions.",  # an intent
     "impose more sanctions", "considered"),  # (S62), not a threat
    ("The US imposed sanctions on Iran last year. The team was well prepared for the sanctions.", "the sanctions",
     "imposed"),
    ("The US imposed sanctions on Iran last year. Russia is preparing for new sanctions.", "new sanctions",
     "threatened"),
    ("The US imposed sanctions on Iran last year. Trump floated sanctions on Russian oil buyers.",
     "Trump floated sanctions on Russian oil buyers", "considered"),
    # a condition on the measure's own verb under a plan; the alternative to a demand ('or face'); what a measure
    # could yet do to its target ('could be hit by', 'may be exposed to'); a plan its doer announces is a decision
    # (S6: 'plans to impose' is imposed), not one that is not planned nor the noun ('plans for sanctions')
    ("The US imposed sanctions on Iran last year. The US plans to impose sanctions unless Russia withdraws.",
     "impose sanctions", "threatened"),
    ("The US imposed sanctions on Iran last year. The US plans to impose sanctions on Monday.", "impose sanctions",
     "imposed"),
    ("Australia imposed sanctions on Russia. Australia plans to introduce more sanctions against Russian officials.",
     "introduce more sanctions against Russian officials", "imposed"),
    ("The EU imposed sanctions on Russia. The EU is set to impose sanctions on ten banks.",
     "impose sanctions on ten banks", "imposed"),
    ("The US imposed sanctions on Iran last year. The US does not plan to impose sanctions on Russia.",
     "impose sanctions on Russia", "other"),
    ("The US imposed sanctions on Iran last year. Trump gave Russia 50 days to agree to a ceasefire or face "
     "sanctions.", "sanctions", "threatened"),
    ("The US imposed sanctions on Iran last year. Russia faced sanctions and lost markets.", "sanctions", "imposed"),
    ("The US imposed sanctions on Iran last year. Turkey could be hit by US sanctions over the purchase.",
     "US sanctions", "threatened"),
    ("The US imposed sanctions on Iran last year. Turkey may be exposed to US sanctions.", "US sanctions",
     "threatened"),
    ("The US imposed sanctions on Iran last year. The damage caused by the embargo is huge.", "the embargo",
     "imposed"),
    # a negated copula or a subject 'no'/'neither' denies the measure; opposing one in force leaves it in force
    ("The US imposed sanctions on Iran last year. Turkey is not part of the Western sanctions.",
     "the Western sanctions", "other"),
    ("The US imposed sanctions on Iran last year. Turkey is part of the Western sanctions.",
     "the Western sanctions", "imposed"),
    ("The US imposed sanctions on Iran last year. Neither side has imposed sanctions.", "imposed sanctions", "other"),
    ("The US imposed sanctions on Iran last year. No country has joined the sanctions.", "the sanctions", "other"),
    ("The US imposed sanctions on Iran last year. The sanctions are not working.", "The sanctions", "imposed"),
    ("The US imposed sanctions on Iran last year. Goods that because of the sanctions cannot pass customs are stored.",
     "the sanctions", "imposed"),
    ("The US imposed sanctions on Iran last year. Iran is not under sanctions anymore.", "sanctions", "other"),
    ("The US imposed sanctions on Iran last year. Iran is under sanctions.", "sanctions", "imposed"),
    ("The US imposed sanctions on Iran last year. China firmly opposes the US sanctions on Chinese firms.",
     "the US sanctions on Chinese firms", "imposed"),
    ("The US imposed sanctions on Iran last year. Germany opposed an oil embargo.", "an oil embargo", "other"),
    # a measure whose phrase names the state imposing it is decided: rejecting it is the target's stance
    ("The US imposed sanctions on Turkey. Turkey roundly rejected new U.S. sanctions on the country over its "
     "procurement of Russian-made missiles.", "new U.S. sanctions on the country", "imposed"),
    ("The US imposed sanctions on Russia. Hungary rejected new sanctions against Russia.",
     "new sanctions against Russia", "other"),
    ("The US imposed sanctions on Iran last year. The threatened sanctions would hit Russian banks.",
     "The threatened sanctions", "threatened"),
    # the clause of a noun 'no' denies
    ("The US imposed sanctions on Russia. The West has no need for any reality to introduce sanctions.",
     "introduce sanctions", "other"),
    ("The US imposed sanctions on Russia. The West has every reason for Europe to introduce sanctions.",
     "introduce sanctions", "imposed"),
    # an evasion blocked or countered was tried all the same; a negated one did not happen
    ("The US imposed sanctions on Iran. The seizure blocked two diplomatic adversaries from evading US economic "
     "sanctions.", "evading US economic sanctions", "violated"),
    ("The EU imposed sanctions on Russia. Specific measures enable the EU to counter sanctions circumvention.",
     "sanctions circumvention", "violated"),
    ("The EU imposed sanctions on Russia. The firm was fined for sanctions violations.", "sanctions violations",
     "violated"),
    ("The EU imposed sanctions on Russia. The banks did not evade the sanctions.", "evade the sanctions", "other"),
    ("The US imposed sanctions on Russia. There is no Kazakh company that has been targeted by secondary sanctions.",
     "secondary sanctions", "other"),
    ("The US imposed sanctions on Russia. There is a Kazakh company that has been targeted by secondary sanctions.",
     "secondary sanctions", "imposed"),
    # a lifting or extension expected, likely or hoped for, or named as a noun that a preposition of aim governs, is
    # not yet decided (docs/annotation.md: "will likely lift", "is expected to extend"); one that happened stays
    ("The EU imposed sanctions on Russia in 2014. The EU is expected to extend the sanctions on Russia next week.",
     "extend the sanctions on Russia", "considered"),
    ("The US imposed sanctions on Cuba. The US will likely lift the sanctions on Cuba.", "lift the sanctions on Cuba",
     "considered"),
    ("The US imposed sanctions on Cuba. Cuba hopes that talks will pave the way to the lifting of the sanctions.",
     "the lifting of the sanctions", "considered"),
    ("The US imposed sanctions on Sudan. Officials expressed optimism over the lift of U.S. sanctions on Sudan.",
     "the lift of U.S. sanctions on Sudan", "considered"),
    ("The EU imposed sanctions on Russia. Ministers held talks on the extension of the sanctions on Russia.",
     "the extension of the sanctions on Russia", "considered"),
    ("The US imposed sanctions on Cuba. The decision on the lifting of sanctions on Cuba was taken on Monday.",
     "the lifting of sanctions on Cuba", "lifted"),
    ("The US imposed sanctions on Cuba. Cuba reacted to the lifting of the sanctions on Cuba with joy.",
     "the lifting of the sanctions on Cuba", "lifted"),
    ("The EU imposed sanctions on Russia. The EU extended its sanctions on Russia, as expected.",
     "extended its sanctions on Russia", "extended"),
    # a lifting inside a condition is only supposed, as an imposition there is
    ("The US imposed sanctions on Iran. Tehran said no deal could be closed unless the United States lifts its "
     "sanctions on Iran.", "lifts its sanctions on Iran", "considered"),
    ("The US imposed sanctions on Iran. After the US lifted its sanctions on Iran, trade rose.",
     "lifted its sanctions on Iran", "lifted"),
    # a court or council that cancels, annuls or quashes a measure lifts it; 'unfrozen' keeps its own lemma
    ("The EU court has annulled sanctions against two Russian businessmen, Peter Aven and Mikhail Fridman.",
     "annulled sanctions against two Russian businessmen, Peter Aven and Mikhail Fridman", "lifted"),
    ("The EU imposed sanctions on Belarus in 2004. On February 15th 2016, the EU canceled most of the sanctions that "
     "were imposed in 2004.", "canceled most of the sanctions", "lifted"),
    ("The EU imposed sanctions on Belarus in 2004. Assets were unfrozen for 170 citizens of Belarus.",
     "Assets were unfrozen", "lifted"),
    ("The EU imposed sanctions on Belarus in 2004. Assets were frozen for 170 citizens of Belarus.",
     "Assets were frozen", "imposed"),
    # a lifting participle the parser read as an active verb; an active one with an object is not the measure's verb
    ("The EU imposed sanctions on Belarus in 2004. Assets were unfrozen and visa bans lifted for 170 citizens of "
     "Belarus.", "visa bans lifted", "lifted"),
    # a second object the parser hangs on the verb itself shares the verb; a measure coordinated with another object
    # of the verb does not ("suspended Mali's membership and threatened sanctions")
    ("ECOWAS lifted some financial and economic sanctions on Guinea and some targeted sanctions on Mali.",
     "some targeted sanctions on Mali", "lifted"),
    ("The African Union has suspended Mali's membership and threatened sanctions if a civilian-led government is not "
     "restored.", "threatened sanctions", "threatened"),
    ("There are joint committees, and part of these economic sanctions on Sudan was lifted in June.",
     "these economic sanctions on Sudan was lifted", "lifted"),
    # a lifting that is ended or taken away puts the measure back in force (docs/annotation.md, batch 8); one granted
    # lifts it
    ("The US imposed sanctions on Iran. The US revoked the sanctions waivers granted to eight countries.",
     "revoked the sanctions waivers", "imposed"),
    ("The US imposed sanctions on Iran. The US granted sanctions waivers to eight countries.",
     "sanctions waivers", "lifted"),
    # a power to impose a measure: considered while the law is to come, other once it is passed; an act that enables
    # something else done with frozen assets leaves the freeze in force
    ("The long-awaited reforms will allow Australia to impose targeted sanctions against perpetrators of human rights "
     "abuses.", "impose targeted sanctions against perpetrators of human rights abuses", "considered"),
    ("The Australian Government will reform and modernise its laws to enable the imposition of targeted financial "
     "sanctions against human rights abusers.", "the imposition of targeted financial sanctions against human rights abusers",
     "considered"),
    ("The EU imposed sanctions on Russia. Last week, the New Zealand Parliament passed legislation that empowered the "
     "government to target Russia with new sanctions.", "new sanctions", "other"),
    ("The EU imposed sanctions on Russia. Estonian MPs passed an act that enables the use of Russian assets frozen "
     "under international sanctions to compensate Ukraine.", "Russian assets frozen", "imposed"),
    # an instrument that allows or authorizes the measure itself puts it in force; a bill's allowing proposes it
    ("The UN Security Council imposed sanctions on Sudan. The resolution allows for the seizure of assets and a travel "
     "ban against individuals who commit atrocities.", "the seizure of assets", "imposed"),
    ("The UN Security Council imposed sanctions on Sudan. The resolution allows for the seizure of assets and a travel "
     "ban against individuals who commit atrocities.", "a travel ban against individuals who commit atrocities",
     "imposed"),
    ("The Caesar Act authorizes sanctions against the Syrian government and its allies for war crimes.",
     "sanctions against the Syrian government and its allies for war crimes", "imposed"),
    ("A bill allowing for sanctions against Russia was tabled in parliament.", "sanctions against Russia",
     "considered"),
    # the bare infinitive after 'help', which the parser reads as a noun or another clause's subject, breaks the
    # measure; an evasion its doer opposes did not happen, one another stops was tried
    ("The EU imposed sanctions on Russia. Three firms are suspected of helping circumvent previously imposed "
     "restrictions.", "imposed restrictions", "violated"),
    ("The United States has singled out Armenia as one of five countries helping Russia bust sanctions.",
     "Russia bust sanctions", "violated"),
    ("The EU imposed sanctions on Russia. Deputy Minister Roman Vasilenko opposed using the territory of the republic "
     "to circumvent sanctions.", "circumvent sanctions", "other"),
    ("The US blocked two adversaries from evading US sanctions.", "evading US sanctions", "violated"),
    # a stance for a new measure, in the present or after a copula, backs a proposal; a past act of support can be
    # the decision itself
    ("However, he said Ireland supports further sanctions against Russia.", "further sanctions against Russia",
     "considered"),
    ("Micheal Martin said Ireland is in favour of significantly stronger sanctions.",
     "significantly stronger sanctions", "considered"),
    ("That was why he was in favour of imposing sanctions against Russia.", "imposing sanctions against Russia",
     "considered"),
    ("The foreign ministers of the EU supported targeted sanctions on Russian officials.",
     "targeted sanctions on Russian officials", "imposed"),
    # a party's 'no' denies a measure in force only as the doer of what is done to it: the subject of another act
    # leaves it in force
    ("The US imposed sanctions on Iran. The sanctions mean that no foreign bank heeding the sanctions would remit "
     "monies.", "the sanctions", "imposed"),
    ("Anwar said no countermeasures are forthcoming from Putrajaya on the US sanctions.", "the US sanctions",
     "imposed"),
    ("The US imposed sanctions on Iran. No country has joined the sanctions.", "the sanctions", "other"),
    ("No serious government will take a decision such as imposing sanctions.", "imposing sanctions", "other"),
    # a hypothetical lifting: what it would take or be is only supposed (other), what it could bring about is argued
    # over (considered), and a speaker's backshifted 'will' that it takes effect is decided
    ("The US imposed sanctions on Sudan. Rights groups raised concerns, saying lifting sanctions could lead to further "
     "abuses.", "lifting sanctions", "considered"),
    ("The EU imposed an arms embargo on China. We are concerned about the implications that a lifting of the arms "
     "embargo would have on East Asia.", "a lifting of the arms embargo", "considered"),
    ("The US imposed sanctions on Sudan. Any lifting of the sanctions would be a major turnaround for the government.",
     "Any lifting of the sanctions", "other"),
    ("ECOWAS imposed sanctions on Mali. The ECOWAS President explained that the lifting of the sanctions placed on "
     "Mali in January would take immediate effect.", "the lifting of the sanctions", "lifted"),
    # a measure pressed for is not decided; the pressure a measure in force exerts is no proposal
    ("Serbia is already facing pressure to impose sanctions on Russia, as the US and EU are expected to do.",
     "impose sanctions on Russia", "considered"),
    ("The EU imposed sanctions on Russia. The sanctions put pressure on the Russian economy.",
     "The sanctions", "imposed"),
    # a sanctions waiver lifts the measure, announced or described: what it allows or is called proposes nothing
    ("The US imposed sanctions on Russia. The US announced a sanctions waiver for Indian refiners.",
     "announced a sanctions waiver", "lifted"),
    ("The US imposed sanctions on Russia. The sanctions waiver, issued by OFAC, allows Indian companies to receive "
     "Russian crude.", "The sanctions waiver", "lifted"),
    ("The US reimposed sanctions on Iran. The sanctions waivers are considered temporary.", "The sanctions waivers",
     "lifted"),
    # more parties put under a measure in force extend it (docs/annotation.md); not "more than", not a sentence's
    # "Additionally", and not "additional sanctions", which qualifies the measure (annotators split on it)
    ("Lithuania has sanctioned an additional 74 individuals.", "sanctioned an additional 74 individuals", "extended"),
    ("Australia imposed a travel ban on 364 additional Russian officials.",
     "imposed a travel ban on 364 additional Russian officials", "extended"),
    ("The US sanctioned more than 100 people.", "sanctioned more than 100 people", "imposed"),
    # the word may hang on the number the parse gives the parties ('more' under '370')
    ("The UK will impose sanctions on 370 more Russian individuals.",
     "impose sanctions on 370 more Russian individuals", "extended"),
    # S34: the word on any party of the decision, its determiner ('another'), a party listed after the first, the
    # passive subject, the subject joining a list; not on the measure, not on an active subject, which imposes
    ("Japan placed sanctions on Russia's finance ministry and 11 additional banks.",
     "sanctions on Russia's finance ministry", "extended"),
    ("The US added 37 firms to its Entity List. Four additional entities joined the list.", "the list", "extended"),
    ("The EU is listing another major Russian bank, Sberbank.", "listing another major Russian bank", "extended"),
    ("Japan blocked the assets of another thirty senior officials.",
     "blocked the assets of another thirty senior officials", "extended"),
    ("More countries imposed sanctions on Russia.", "imposed sanctions on Russia", "imposed"),
    ("The EU imposed sanctions and additional tariffs on Russia.", "imposed sanctions", "imposed"),
    ("Three Russian banks were placed under sanctions.", "sanctions", "imposed"),
    ("Additional financial sanctions and travel bans will be imposed on 28 Russian officials.",
     "travel bans will be imposed on 28 Russian officials", "imposed"),
    # the nouns of easing and delisting lift; "one of" the lists counts one as "some of" does
    ("The US imposed sanctions on Venezuela in 2019. The move was the biggest relaxation of sanctions on Venezuela "
     "since January.", "the biggest relaxation of sanctions on Venezuela", "lifted"),
    ("The US sanctioned three Iranian officials. OFAC announced the deletions from the sanctions list.",
     "the deletions from the sanctions list", "lifted"),
    ("Japan imposed one of the toughest sanctions on North Korea.", "imposed one of the toughest sanctions on North "
     "Korea", "imposed"),
    # the scope of a measure is its reach: widening it extends the measure
    ("In May 2024, the council expanded the scope of the EU sanctions for Iran's military support for Russia.",
     "expanded the scope of the EU sanctions", "extended"),
    # more parties put on a list by its listing verb; a list's first parties are the designation itself
    ("Russia expanded its sanctions on Australia. Another 39 Australian citizens have been added to the stop list.",
     "added to the stop list", "extended"),
    ("The US on Friday added 105 Russian and Chinese firms to a trade restriction list.",
     "added 105 Russian and Chinese firms to a trade restriction list", "imposed"),
    ("China imposed sanctions on the firms. Additionally, the senior executives will be denied visas and entry into "
     "China.", "denied visas and entry into China", "imposed"),
    ("Japan announced the imposition of additional sanctions on Russia.",
     "the imposition of additional sanctions on Russia", "imposed"),
    # a possible measure warned of or acted against is a threat; only discussed, it is considered
    ("ECOWAS suspended Burkina from its ranks and warned of possible sanctions pending the outcome of meetings.",
     "possible sanctions", "threatened"),
    ("The US imposed sanctions on Iran. Tehran is coordinating with China and Russia to prevent potential European "
     "sanctions.", "potential European sanctions", "threatened"),
    ("The EU is discussing possible sanctions on Russia.", "possible sanctions on Russia", "considered"),
    # a verb of calling that gives the measure a quoted name judges it, the parser hanging the name elsewhere; "called
    # for" still calls for one
    ("The US imposed sanctions on Russia. Russian Foreign Ministry called new U.S. sanctions against two Russian "
     "companies and an individual \u201cclumsy\u201d and \u201croutine\u201d.", "new U.S. sanctions", "imposed"),
    ("The US sanctioned the junta. Activists called for sanctions on the generals, calling the junta \"brutal\".",
     "sanctions on the generals", "considered"),
    # "such" makes a measure no verb acts on a kind; a verb imposing "such sanctions" acts on one
    ("Zelensky called it logical that Ukraine is also introducing such sanctions.", "introducing such sanctions",
     "imposed"),
    ("The US imposed sanctions on Iran. Officials said such sanctions will even have positive effects.",
     "such sanctions", "other"),
    # what a proposed law would bring is considered; a measure under a law in force is not
    ("Australia imposed sanctions on Russia. Human rights abusers would face financial sanctions in Australia under "
     "new reforms proposed by the federal government.", "financial sanctions", "considered"),
    ("Australia imposed sanctions on Russia. Iran could face sanctions if it continues to arm Russia.", "sanctions",
     "threatened"),
    # the likelihood of a lifting, or an opportunity for one, is not one decided
    ("The US imposed an embargo on Cuba. Obama has a historical opportunity to lead a change of policy toward Cuba and "
     "the lifting of the blockade, Rodriguez said.", "the lifting of the blockade", "considered"),
    ("The US imposed sanctions on Iran. The minister dismissed the likelihood of a quick removal of the sanctions "
     "against Iran.", "a quick removal of the sanctions against Iran", "considered"),
    # taken out of a measure: a lifting word over "from", or "no longer" under it, lifts it for those parties; a
    # measure suffered from, shrugged off or still in force is not lifted
    ("The UN imposed a travel ban on Taliban officials. Thirteen Taliban officials were given exemptions from the "
     "travel ban to take part in negotiations.", "exemptions from the travel ban", "lifted"),
    ("The UN imposed an arms embargo on Somalia. Somalia was exempted from the arms embargo for weapons for its army.",
     "exempted from the arms embargo", "lifted"),
    ("The US imposed sanctions on Zimbabwe in 2003. Among the state companies now no longer under sanctions is ZMDC.",
     "sanctions", "lifted"),
    ("The US imposed sanctions on Zimbabwe in 2003. The state companies are no longer subject to the sanctions.",
     "the sanctions", "lifted"),
    ("The US imposed sanctions on Zimbabwe in 2003. The state companies are still under sanctions.", "sanctions",
     "imposed"),
    ("The US imposed sanctions on Iran. Iran's economy has suffered from the sanctions.", "the sanctions", "imposed"),
    ("The UN imposed sanctions on three Houthi leaders. The Houthis have shrugged off sanctions in the past.",
     "sanctions", "other"),
    # a change a verb announces as its object is decided, whatever the sentence goes on to ask; an announcement
    # still asked for is not
    ("ECOWAS lifted its sanctions on Mali. In the statement announcing the lifting of sanctions, the Chair called on "
     "the Mali government to release all detained officials.", "the lifting of sanctions", "lifted"),
    ("The EU imposed sanctions on Syria. Activists called on the EU to announce the lifting of sanctions.",
     "the lifting of sanctions", "considered"),
    # persuading or convincing someone to lift a measure asks for it, as urging does; a lifting itself is lifted
    ("The UN renewed the sanctions on South Sudan. The government of South Sudan tried to persuade the members of the "
     "UNSC to drop the sanctions.", "drop the sanctions", "considered"),
    ("The EU imposed sanctions on Iran. Iran is trying to convince Europe to lift the sanctions.", "lift the sanctions",
     "considered"),
    ("The EU imposed sanctions on Iran in 2012. The EU lifted the sanctions in 2016.", "lifted the sanctions", "lifted"),
    # "in addition to" a measure takes it as in force, whatever proposal stands above it; a listing noun ("for
    # addition to the list") and a frame that presupposes something else ("given the variety of views") do not
    ("The US imposed sanctions on South Sudan. Cohen said there are many factors in addition to sanctions that have "
     "contributed to the shift toward peace.", "sanctions", "imposed"),
    ("Seoul placed 15 North Korean individuals on a blacklist last month. The government is considering additional "
     "unilateral sanctions in addition to placing 15 North Korean individuals and 16 institutions on a blacklist last "
     "month.", "placing 15 North Korean individuals and 16 institutions on a blacklist", "imposed"),
    ("Seoul placed 15 North Korean individuals on a blacklist last month. The government is considering additional "
     "unilateral sanctions in addition to placing 15 North Korean individuals and 16 institutions on a blacklist last "
     "month.", "additional unilateral sanctions", "considered"),
    ("North Korea was sanctioned by the UN. Seven were recommended for addition to the U.N. sanctions list.",
     "the U.N. sanctions list", "considered"),
    ("The US imposed sanctions on Iran. She said the variety of views on sanctions in parliament made it hard, given the "
     "variety of views on sanctions.", "sanctions", "other"),
    # a bare plural whose own imposing verb the parse left unlinked is in force, not a topic; a bare topic stays one
    ("Australia sanctioned five Iranians. The Islamic Revolutionary Guard Corps Navy and an Iranian communication "
     "technology company also had sanctions applied.", "sanctions", "imposed"),
    ("Australia sanctioned five Iranians. The minister shared her views on sanctions.", "sanctions", "other"),
    # a participle of extending on the measure says the text extends it (S5); 'new' and 'additional' do not
    ("The Department of the Treasury announced expanded sanctions against North Korea on Tuesday.",
     "announced expanded sanctions against North Korea", "extended"),
    ("The Department of the Treasury announced new sanctions against North Korea on Tuesday.",
     "announced new sanctions against North Korea", "imposed"),
    # a measure judged as it would be is supposed, whoever reports the judgment; a kept one stays in force
    ("He said the government believed the imposition of sanctions against Fiji would only be counter-productive.",
     "the imposition of sanctions against Fiji", "considered"),
    ("EU leaders agreed in March that economic sanctions on Russia would stay until the ceasefire is implemented.",
     "economic sanctions on Russia", "imposed"),
    # one 'if' for two coordinated verbs; 'if need be', the parser's dep, is a condition too (batch 15)
    ("So if the UN, for instance, adopts and imposes sanctions on Russia, we will comply.",
     "imposes sanctions on Russia", "considered"),
    ("The UN adopts and imposes sanctions on Russia, and we comply.", "imposes sanctions on Russia", "imposed"),
    ("The minister has said Nigeria will impose sanctions against Russia if need be, within the UN framework.",
     "impose sanctions against Russia", "threatened"),
]

# Every sanction-like word here is another sense: approval, discipline, trade policy, public health, a campaign.
OTHER_SENSES = [
    "Entry to the stadium is banned for fans without tickets, and a ban on entering the pitch applies to all.",
    "Under the school law, sanctions for states ramped up each year a school missed its targets.",
    "Fans were barred from entry to the stadium after the match.",
    "Japan eased travel restrictions for tourists as the pandemic waned.",
    "Aramco announced the listing of Aramco shares on the stock exchange.",
    "Fans called for a boycott of the team's matches after the scandal.",
    "Discrimination against LGBT people should never be sanctioned by the state.",
    "The white vote sanctioned his identity as a new kind of black candidate.",
    "The city is only increasing the likelihood that unsanctioned protests will erupt.",
    "Even though skateboarding is sanctioned within the park, the women say officers still scrutinize the area.",
    "Goodlatte said the expansion was a continuation of the government-sanctioned border surge.",
    "The computer hacking can be traced to the Russian government or hackers sanctioned by it.",
    "People involved in the Clinton case could still be subject to administrative sanctions.",
    "Waivers were designed to give states a reprieve from the sanctions associated with No Child Left Behind.",
    "The league sanctioned the match between the two clubs.",
    "FIFA imposed disciplinary sanctions on the club.",
    "The success of the Boycott Divestment and Sanction (BDS) movement in Europe bodes poorly for Israel.",
    "Trump vowed to impose a 35 percent tariff on imports of Fords.",
    "Clinton opposes across-the-board arbitrary pay freezes.",
    "Carson said of a potential travel ban that he did not support quarantines.",
    "Why not a blacklist for conservatives who sold out the movement?",
    "Russia is imposing new import restrictions under the Eurasian Economic Union.",
    "The driver was designated by the team.",
    "Democrats took steps to impose restrictions on firearms.",
    "The Security Council will take appropriate action, he said.",
    "Bloomberg is the gun control advocate who tried to ban sales of sodas over 16ounces.",
    "She has called for the reinstatement of an assault weapons ban, favors a California proposal regulating ammunition.",
    "The decision breaks with Security Council resolutions declaring settlements to be illegal.",
    "The board sanctioned the merger and the budget.",
    "The city council voted for restrictions against noise at night.",
    "The designation of the bathroom as a quiet zone applies to all staff.",
    "The mayor sanctioned the plan of the city council.",
    "The city restricted imports of plastic bags to cut waste.",
    "The league said he had been sanctioned for a late tackle.",
    "Nobody knows whether they were sanctioned by the school.",
    # tune: stuff-2022-07-05 (a control: a news embargo on the Budget briefing)
    "The Treasury has banned the Wall Street Journal from attending lockups until 2025 after its reporter broke the "
    "strict embargo in this year's Budget briefing.",
    "The lockup has a 2pm embargo.",
    # tune: brecorder-2011-12-15 (a control: a football federation's penalties)
    "The federation sanctioned two top officials of the rebel league.",
    "The board gave its sanction to the budget.",
    "The customs officers seized 20 kilograms of cocaine.",
    "The state-sanctioned rally went ahead.",
    "The government took measures against inflation.",
    "The hospital took strict measures against the flu.",
    "The mayor sanctioned the new bus route.",
    "The Treasury designated Tuesday a day of mourning.",
    "The shop listed the items on its website.",
    "Prices were frozen for a year by the shop.",
    "The council prohibited the president from waiving any fees to enter into new agreements with the club.",
    "The airline denied entry to the lounge for passengers without a ticket.",
    # a story told in a sport's words: its sanctions are a league's or a tribunal's penalties (tune: batch-2 controls)
    "A rugby player has been suspended for six weeks while two other players and a club official face sanctions "
    "after a brawl at the league match. \"These sanctions are imposed by our judiciary,\" the team's coach said.",
    "The anti-doping tribunal handed down the sanctions to the two athletes yesterday. The sanctions took effect at "
    "once, and the athletics federation said the tournament would go ahead. That sanction was imposed after a doping "
    "report on the national team.",
]


def found(nlp, text, quotes=(), entities=()):
    return find_sanctions(build_context(nlp(text)), quotes, entities)


@pytest.mark.parametrize("text, expected", MEASURES, ids=[case[0][:48] for case in MEASURES])
def test_measures_with_status_authority_and_targets(nlp, text, expected):
    sanctions = found(nlp, text)
    assert [(s.text, s.status, s.authority) for s in sanctions] == [(e[0], e[1], e[2]) for e in expected]
    for sanction, (_, _, _, targets) in zip(sanctions, expected):
        assert set(targets) <= set(sanction.targets), sanction


@pytest.mark.parametrize("text", OTHER_SENSES, ids=[text[:48] for text in OTHER_SENSES])
def test_other_senses_are_not_sanctions(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", KINDS, ids=[case[0][:48] for case in KINDS])
def test_measures_say_which_kind_they_are(nlp, text, expected):
    sanctions = found(nlp, text)
    assert [(s.text, s.status, s.measure) for s in sanctions] == [(e[0], e[1], e[2]) for e in expected]
    for sanction, (_, _, _, targets) in zip(sanctions, expected):
        assert set(targets) <= set(sanction.targets), sanction


@pytest.mark.parametrize("text, mention, authority, targets, sectors", TARGETS, ids=[case[0][:48] for case in TARGETS])
def test_targets_sectors_and_authority(nlp, text, mention, authority, targets, sectors):
    (sanction,) = found(nlp, text)
    assert (sanction.text, sanction.authority, sanction.targets, sanction.sectors) == (mention, authority, targets, sectors)


# (sentence, mention, authority): the imposing party named by a demonym, a capital, an "of" after the measure, the
# owner of a decision, the reporter nearest "it"; a subject judging a measure is not its authority.
AUTHORITIES = [
    # a body the measure comes 'from' imposes it; what a lifting takes sanctions 'from' is freed by it
    ("MOSCOW. Possible new sanctions from the US raise concerns in Moscow, the Kremlin spokesman said.",
     "Possible new sanctions", "United States"),
    # every UN measure is the Security Council's, however the text names the UN (docs/annotation.md S8)
    ("The UN removed sanctions from Eritrea.", "removed sanctions", "UN Security Council"),
    # the subject of a relative clause whose verb imposes the measure; not a clause in which the measure acts
    ("China opposes the sanctions that Washington imposed on Chinese firms.", "the sanctions", "United States"),
    ("The arms sales and the illegal unilateral sanctions the United States has imposed on Chinese companies harm "
     "China's interests, said the spokesperson.", "the illegal unilateral sanctions", "United States"),
    ("China said the sanctions that hit its banks were illegal.", "the sanctions", None),
    ("The vessel was subject to international sanctions from the United Nations.",
     "international sanctions", "UN Security Council"),
    ("The United Nations imposed a travel ban on three Houthi leaders.",
     "imposed a travel ban on three Houthi leaders", "UN Security Council"),
    # of two parties named before the measure the first leads; a longer name at the same place is still one
    ("Talks on the future of US and United Kingdom (UK) sanctions on Zimbabwe resumed.",
     "US and United Kingdom (UK) sanctions on Zimbabwe", "United States"),
    ("The UN Security Council sanctions on North Korea remain.", "The UN Security Council sanctions on North Korea",
     "UN Security Council"),
    ("TOKYO, March 3 (Kyodo) -- Canada said Friday it has imposed sanctions on ten Russian officials.",
     "imposed sanctions on ten Russian officials", "Canada"),
    ("The South Korean government slapped sanctions on the North.", "slapped sanctions on the North", "South Korea"),
    ("Chinese authorities imposed sanctions on five American lawmakers.",
     "imposed sanctions on five American lawmakers", "China"),
    ("Wellington imposed travel bans on 20 Russian officials.", "imposed travel bans on 20 Russian officials",
     "New Zealand"),
    ("The economic sanctions of the European Union against Belarus come into force on Friday.",
     "The economic sanctions of the European Union against Belarus", "European Union"),
    ("The minister praised the decision of the US Treasury to lift sanctions on Rusal.", "lift sanctions on Rusal",
     "United States"),
    ("Caracas rejected the European Union's decision to renew sanctions.", "renew sanctions", "European Union"),
    ("Venezuela denounced the renewal of sanctions.", "the renewal of sanctions", None),
    ("Iran denounced US sanctions on its oil sales.", "US sanctions on its oil sales", "United States"),
    ("The Taiwan Affairs Office of the Chinese Communist Party imposed sanctions on seven officials.",
     "imposed sanctions on seven officials", "China"),
    # a member state backing a measure does not impose it: the measure named before it says who does
    ("The EU imposed sanctions on Russia in March. Ireland is supporting a fifth package of sanctions.", "sanctions",
     "European Union"),
    # a definite body noun is the body named before it; one with words of its own is another body
    ("EU foreign ministers met on Monday. The bloc's blacklist now holds 69 names.", "The bloc's blacklist",
     "European Union"),
    ("The African Union met on Sunday. The council imposed sanctions on Mali.", "imposed sanctions on Mali",
     "African Union"),
    ("The African Union met on Sunday. The council of elders imposed sanctions on Mali.", "imposed sanctions on Mali",
     None),
    # a capital the parser tagged as a body ('the Minsk agreements') is no council a later 'the Council' means
    ("The European Council tied the sanctions to the Minsk agreements. Since Minsk has not implemented them, the "
     "Council has extended the sanctions by six months.", "extended the sanctions", "European Union"),
    # who trades under sanctions is hit by them (the subject of the verb the infinitive completes)
    ("Iran managed to expand its trade under severe sanctions.", "severe sanctions", None),
    # a bloc that acts jointly, by its name or its members' ('ASEAN countries', 'the Baltic states'; batch 13)
    ("Indonesia confirmed that ASEAN countries would not impose sanctions against Myanmar.",
     "impose sanctions against Myanmar", "Association of Southeast Asian Nations"),
    # a body of states under its full name where the text writes its acronym (S9); the EU's Council adopts the
    # Union's measures, which the gold keeps as the Union's
    ("The AU imposed sanctions on Mali.", "imposed sanctions on Mali", "African Union"),
    ("SADC lifted the sanctions on Madagascar.", "lifted the sanctions on Madagascar",
     "Southern African Development Community"),
    ("The EU Council has imposed additional sanctions on Belarus.", "imposed additional sanctions on Belarus",
     "European Union"),
    ("The Council of the EU extended the sanctions on Russia.", "extended the sanctions on Russia", "European Union"),
    # a state's department is the state, named before it or after it ('of Belarus', tagged part of the body's name)
    ("The Ministry of Foreign Affairs of Belarus introduced its own sanctions list against EU officials.",
     "introduced its own sanctions list against EU officials", "Belarus"),
    ("The Foreign Ministry of Russia imposed sanctions on 20 Britons.", "imposed sanctions on 20 Britons", "Russia"),
    ("The Office of Foreign Assets Control designated four Iranian firms.", "designated four Iranian firms",
     "United States"),
    ("Seco froze the assets of 20 Russian businessmen.", "froze the assets of 20 Russian businessmen", "Switzerland"),
    ("The Islamic Republic imposed sanctions on European individuals and entities.",
     "imposed sanctions on European individuals and entities", "Iran"),
    ("On Monday, the Baltic states announced sanctions on Belarusian officials.",
     "announced sanctions on Belarusian officials", "Baltic states"),
    ("The Belarusian government is responding to Baltic sanctions with measures of its own.", "Baltic sanctions",
     "Baltic states"),
    # a state that adopts, joins or aligns with another body's measures is their authority in that clause (S10);
    # a call on it to join them is no taking up, and the body's measure as such stays the body's
    ("Switzerland adopted the EU's sanctions on Russia.", "adopted the EU's sanctions on Russia", "Switzerland"),
    ("President Maia Sandu announced that Norway subscribed to the EU’s sanctions.", "the EU’s sanctions", "Norway"),
    ("Popescu said that Moldova has begun to join European sanctions against Russia gradually.",
     "European sanctions against Russia", "Moldova"),
    ("The Norwegian government has formally adopted the sanctions imposed against Russia by the US and the EU.",
     "adopted the sanctions", "Norway"),
    ("At the beginning of March, the EU called on Chisinau to join the personal sanctions applied by the European "
     "Union.", "the personal sanctions applied", "European Union"),
    ("EU sanctions on Russia remain in force.", "EU sanctions on Russia", "European Union"),
    # a member of a body acting is the member, not the body its modifier names; a decision is its owner's
    ("Japan was the last G7 member to apply sanctions against Russia.", "apply sanctions against Russia", "Japan"),
    ("The US decision to lift sanctions surprised Moscow.", "lift sanctions", "United States"),
    ("The EU adopted new sanctions against Russia.", "adopted new sanctions against Russia", "European Union"),
    # a coordination the parser made two subjects: the first named leads, as in a phrase ('US and UK sanctions')
    ("The European Union (EU) and Canada announced yesterday they would adopt new sanctions on Iran.",
     "adopt new sanctions on Iran", "European Union"),
    ("Canada and the European Union announced they would adopt new sanctions on Iran.",
     "adopt new sanctions on Iran", "Canada"),
    # the first named leads, not a body an appositive's conjunct names (batch 15)
    ("Saudi Arabia, the UAE and other members of the Gulf Cooperation Council placed 10 leaders of Hezbollah on their "
     "terrorism lists on Wednesday.", "placed 10 leaders of Hezbollah on their terrorism lists", "Saudi Arabia"),
    # a measure the subject only discusses ('talks over', 'concerns about') is not the subject's; the article's is
    ("Zimbabwe will send ministers to hold talks with European Union officials over sanctions slapped on President "
     "Robert Mugabe. The EU sanctions were imposed in 2002.", "sanctions slapped on President Robert Mugabe",
     "European Union"),
    ("Zimbabwe will send ministers to Brussels. The EU imposed sanctions on President Robert Mugabe in 2002.",
     "imposed sanctions on President Robert Mugabe", "European Union"),
    # a state does not sanction its own people: the subject's state is not the authority of a measure on them
    ("Cambodian prime minister Hun Sen on Thursday denied concern over foreign sanctions imposed against senior "
     "Cambodian officials.", "foreign sanctions imposed against senior Cambodian officials", None),
    ("The Cambodian government imposed sanctions on senior Thai officials.", "imposed sanctions on senior Thai officials",
     "Cambodia"),
    # a dateline's place the parser made the subject, or part of it, files the story and imposes nothing (batch 15)
    ("London | Australia has launched a fresh round of sanctions against Myanmar and Iran.",
     "sanctions against Myanmar and Iran", "Australia"),
    ("LONDON - Australia has launched a fresh round of sanctions against Myanmar and Iran.",
     "sanctions against Myanmar and Iran", "Australia"),
    ("London — Australia has launched a fresh round of sanctions against Myanmar and Iran.",
     "sanctions against Myanmar and Iran", "Australia"),
    # the 'by' party of an action noun is its agent, though spaCy hangs it on the measure; not of an evasion
    ("The country will continue its fight despite the partial lifting of sanctions by the United States earlier this "
     "year, the minister said.", "the partial lifting of sanctions", "United States"),
    ("Zimbabwe welcomed the imposition of sanctions by the EU on Russia.", "the imposition of sanctions",
     "European Union"),
    ("The US imposed sanctions on Iran. The evasion of sanctions by Iran continued.", "The evasion of sanctions", None),
    # after its targets, where spaCy hangs it on the last one; a participle's 'by' describes the target instead
    ("Pakistan condemned the imposition of sanctions on its National Development Complex and three commercial "
     "entities by the United States.", "the imposition of sanctions on its National Development Complex and three "
     "commercial entities by the United States", "United States"),
    ("Critics condemned the imposition of sanctions on three firms owned by the Chinese state.",
     "the imposition of sanctions on three firms owned by the Chinese state", None),
    # 'his government' in what a state's official reports is that state's; an official owned by no state names none
    ("Colombia's foreign minister announced Tuesday that his government would impose sanctions on top officials from "
     "neighboring Venezuela.", "impose sanctions on top officials", "Colombia"),
    ("The foreign minister announced Tuesday that his government would impose sanctions on top officials.",
     "impose sanctions on top officials", None),
    # 'foreign sanctions' say only that they are other states': no party lent from the mention before
    ("The US imposed sanctions on two Cambodian officials. Hun Sen dismissed foreign sanctions as meaningless.",
     "foreign sanctions", None),
    # a conditional's last state the parser made the subject, the real one its appositive (batch 16); not a list
    ("If Russia invades Ukraine, the UK may impose a series of sanctions against certain individuals.",
     "impose a series of sanctions against certain individuals", "United Kingdom"),
    ("The United States, France, the UK and Canada have all announced sanctions against Israeli settlers.",
     "announced sanctions against Israeli settlers", "United States"),
    # a measure under a preposition of cause, concession or topic on the subject's verb is what the subject undergoes
    # or talks of (theuniverse, openzambia, kursiv); not when a verb of the subject's own comes between
    ("Venezuela holds about 3.59 billion SDRs, but currently cannot access them due to sanctions.", "sanctions", None),
    ("Pakistan always prioritized its security despite sanctions.", "sanctions", None),
    ("Russia has spoken about the threat of secondary sanctions against Kazakhstan.",
     "secondary sanctions against Kazakhstan", None),
    ("Despite imposing sanctions on Iran, the EU kept buying its oil.", "imposing sanctions on Iran", "European Union"),
]


@pytest.mark.parametrize("text, mention, authority", AUTHORITIES, ids=[case[0][:48] for case in AUTHORITIES])
def test_the_imposing_party_in_its_many_namings(nlp, text, mention, authority):
    assert (mention, authority) in [(s.text, s.authority) for s in found(nlp, text)]


# (text, mention, authority): a party named where no subject of the measure's clause stands (imposers.py), read
# before a neighbouring mention lends its own; and a country reacting to a measure, which does not impose it.
UNSUBJECTED_PARTIES = [
    # an imposing participle's 'by' party
    ("The EU imposed sanctions on Russia in 2014. Ziyambi said sanctions, imposed in 2001 by the United States over "
     "human rights abuses, must be lifted.", "sanctions", "United States"),
    # a to-infinitive spaCy hangs from a verb as a ccomp: its object does it
    ("The UN imposed sanctions in 2017. The act provides a framework which enables New Zealand to impose economic "
     "sanctions.", "impose economic sanctions", "New Zealand"),
    # a country the parser tagged as an organisation is still a state
    ("Moldova is preparing personal sanctions against several individuals.",
     "personal sanctions against several individuals", "Moldova"),
    # an entry ban is the ban of the state it keeps people out of; a territory is no state
    ("The ministry announced sanctions against the lawmaker, including a ban on entering China.",
     "a ban on entering China", "China"),
    ("Henceforth, these four individuals are prohibited from entering China.",
     "these four individuals are prohibited from entering China", "China"),
    ("Tzav 9 tried to block humanitarian aid from entering Gaza. The US imposed sanctions on Tzav 9.",
     "block humanitarian aid from entering Gaza", "United States"),
    # a vague definite repeat still has its own modifier's party, not the measure's before it
    ("The US imposed sanctions on Iran in May. Tehran condemned the EU measures.", "the EU measures", "European Union"),
    # who reacts to a measure does not impose it
    ("ECOWAS imposed an embargo on Mali. Mali announced the closure of its borders in reaction to its embargo by West "
     "African leaders.", "its embargo", "Economic Community of West African States"),
    # a vague definite repeat's imposing participle names its party
    ("The US imposed sanctions on Russia. The cabinet decided that the new measures adopted by the European bloc on "
     "June 23 would take effect.", "the new measures", "European Union"),
    # the 'by' party spaCy hangs on the measure a passive verb governs; not whom a passive measure is felt by
    ("Japan imposed sanctions on Iran in May. The firms have been listed in sanctions by the U.S. Department of "
     "Treasury before.", "sanctions", "United States"),
    ("Russia imposed sanctions on Ukraine. The sanctions were felt by Ukraine.", "The sanctions", "Russia"),
    # the passive subject of the verb an infinitive completes
    ("In response, Russia is expected to extend its ban on the import of many agricultural products from the EU.",
     "extend its ban on the import of many agricultural products from the EU", "Russia"),
    ("The US imposed sanctions on Iran in May. EU foreign ministers are expected to rubber stamp an agreement to "
     "impose sanctions on people and entities.", "impose sanctions on people and entities", "European Union"),
    # whom a verb calls on does what its infinitive says (not a date 'on Wednesday')
    ("Earlier on Wednesday, about 200 non-governmental organizations, including Amnesty International and Human "
     "Rights Watch, on Wednesday called on the UN Security Council to impose an arms embargo on the military junta in "
     "Myanmar.",
     "impose an arms embargo on the military junta in Myanmar", "UN Security Council"),
    # ... and a time is no one called on: the subject calls for the measure
    ("EU leaders called on the eve of the summit to impose sanctions on Belarus.", "impose sanctions on Belarus",
     "European Union"),
    ("The Kenyan government called on the eve of the talks to impose sanctions on the rebels.",
     "impose sanctions on the rebels", "Kenya"),
    # who owns frozen property is hit by the freeze, even named by its capital
    ("Japan decided to freeze Moscow's assets on Friday.", "freeze Moscow's assets", "Japan"),
    # a measure as the subject of another names its party only in its own modifier, not in an aside
    ("Japan imposed sanctions on North Korea. The sanctions, mentioned by Prime Minister Shinzo Abe in a joint news "
     "conference with US President Donald Trump on Monday, will freeze the assets of nine organisations.",
     "freeze the assets of nine organisations", "Japan"),
    # a state's formal name
    ("The Islamic Republic of Iran will impose sanctions against European individuals.",
     "impose sanctions against European individuals", "Iran"),
    # a state does not sanction itself: past its own counter-measure, the party before it
    ("The European Union has extended economic sanctions against Russia until January. In response, Russia is "
     "expected to extend its ban on the import of many agricultural products from the EU. EU leaders agreed in March "
     "that economic sanctions on Russia would stay.", "economic sanctions on Russia", "European Union"),
]


@pytest.mark.parametrize("text, mention, authority", UNSUBJECTED_PARTIES,
                         ids=[case[0][-48:] for case in UNSUBJECTED_PARTIES])
def test_a_party_named_without_being_the_subject(nlp, text, mention, authority):
    assert (mention, authority) in [(s.text, s.authority) for s in found(nlp, text)]


# (sentence, mention, targets): "the country" is a target as written (docs/annotation.md S26), and a measure it
# describes gives it as written too; whom a listing verb puts on a list, also where the parse hangs the list on the
# last of them
COUNTRY_AND_LISTED = [
    # S35: 'the country' as the subject under sanctions is a target as written, as the object is (S26)
    ("Zimbabwe held talks with the US. The country is under US and United Kingdom (UK) sanctions.",
     "US and United Kingdom (UK) sanctions", ("The country",)),
    ("The US seized a tanker bound for North Korea. The country is subject to international sanctions from the "
     "United Nations.", "international sanctions", ("The country",)),
    ("The country will continue its fight despite the partial lifting of sanctions on Zimbabwe.",
     "the partial lifting of sanctions on Zimbabwe", ("Zimbabwe",)),
    ("Russia said the sanctions imposed on the country by the EU were illegal.",
     "the sanctions imposed on the country", ("the country",)),
    ("Syria has welcomed remarks by US President Donald Trump on lifting the sanctions imposed on the country.",
     "lifting the sanctions", ("the country",)),
    ("South Korea said it has put 15 North Korean individuals and 16 institutions on its blacklist.", "its blacklist",
     ("15 North Korean individuals", "16 institutions")),
    ("Japan put three firms on its list of sanctions on Monday.", "put three firms on its list of sanctions",
     ("three firms",)),
    # whom a clause after the measure targets; every party 'subject to' a measure; the party goods come 'from';
    # two subjects of one ban
    ("The EU Council expanded sanctions against Russia, targeting 10 more entities and 54 individuals.",
     "expanded sanctions against Russia", ("10 more entities", "54 individuals", "Russia")),
    ("Seoul designated 36 officials and 35 entities subject to an asset freeze.", "an asset freeze",
     ("36 officials", "35 entities")),
    ("Germany opposes an EU ban on energy imports from Russia.", "an EU ban on energy imports from Russia", ("Russia",)),
    # a reason in a target's phrase stays out of it
    ("South Korea imposed sanctions on three entities in response to the North's missile launch.",
     "imposed sanctions on three entities in response to the North's missile launch", ("three entities",)),
    # the parse hangs the targets on the group of measures
    ("Last month, Canada announced a new tranche of sanctions against 28 individuals and 14 entities.",
     "announced a new tranche of sanctions", ("28 individuals", "14 entities")),
    # what a measure rests on is no target; a programme a party owns names the party
    ("The US imposed sanctions on the basis of false data, the minister said.",
     "imposed sanctions on the basis of false data", ()),
    ("The EU imposed sanctions on Iran's nuclear programme.", "imposed sanctions on Iran's nuclear programme", ("Iran",)),
    ("China imposed sanctions on Hsiao. The people on the list and their family members are banned from entering China.",
     "The people on the list and their family members are banned from entering China",
     ("The people on the list", "their family members")),
    # whom a noun puts on a list or takes off it; a noun that only measures the list puts no one on it
    ("The EU has announced the delisting of the 51 Zimbabwean individuals and 20 companies from the European Union "
     "sanctions list.", "the delisting of the 51 Zimbabwean individuals and 20 companies from the European Union "
     "sanctions list", ("the 51 Zimbabwean individuals", "20 companies")),
    ("China condemned the addition of 12 Chinese firms to the Entity List.", "the Entity List", ("12 Chinese firms",)),
    ("Reporters asked about the reaction of 12 Chinese firms to the Entity List.", "the Entity List", ()),
    # a list or its expansion said to include parties names them; a package that includes a measure names no party:
    # the measure is a part of the package ('The package' refers back to it, S1) and hits whom it hits (S16)
    ("The US added 37 firms to its Entity List. Friday’s expansion of the list includes 22 institutes and firms that "
     "work with the Chinese government.", "Friday’s expansion of the list", ("22 institutes", "firms")),
    ("The EU imposed new sanctions on Russia. The sanctions list includes Sberbank and Gazprom.", "The sanctions list",
     ("Sberbank", "Gazprom")),
    ("The EU agreed a new package of sanctions on Russia. The package includes an oil embargo.", "an oil embargo",
     ("Russia",)),
    # one more party the parse coordinated above the target, a counted group in apposition, a verb read as a noun
    ("The EU imposed sanctions on two conglomerates linked to Myanmar’s military and ten of its officials who were "
     "involved in the coup.", "imposed sanctions on two conglomerates linked to Myanmar’s military",
     ("two conglomerates", "ten of its officials")),
    ("The EU imposed sanctions on Russia and the US said it would follow.", "imposed sanctions on Russia", ("Russia",)),
    ("New Zealand places sanctions on Vladimir Putin and the 12 members of his Security Council, one bank, and 18 other "
     "entities.", "sanctions on Vladimir Putin and the 12 members of his Security Council, one bank, and 18 other entities",
     ("Vladimir Putin", "the 12 members of his Security Council", "one bank", "18 other entities")),
    ("China decided to take countermeasures and sanction four U.S. individuals.", "sanction", ("four U.S. individuals",)),
    # what a coordination shares hangs on its first conjunct in the parse; not what comes before the measure
    ("Peters has announced new chemical weapons and missiles sanctions against Russia.", "missiles sanctions",
     ("Russia",)),
    ("The US imposed sanctions on Iran and an embargo on Syria.", "an embargo on Syria", ("Syria",)),
    # a name the parse hung on the measure that speaks right after it is the speaker; one a relative clause follows
    # is still a target
    ("The United States will continue to impose further sanctions against Myanmar’s junta, Counselor of the US "
     "Department of State Derek Chollet said on Wednesday.", "impose further sanctions against Myanmar’s junta, "
     "Counselor of the US Department of State Derek Chollet", ("Myanmar’s junta",)),
    ("The EU imposed sanctions on Alexander Lukashenko, who said the measures were illegal.",
     "imposed sanctions on Alexander Lukashenko", ("Alexander Lukashenko",)),
    # a person's name closing the clause after a described target names it; a speaker after it does not
    ("Sudan welcomed US sanctions imposed on the commander of the Rapid Support Forces (RSF) group, Mohammad Hamdan "
     "Daglao.", "US sanctions imposed on the commander of the Rapid Support Forces (RSF) group", ("Mohammad Hamdan Daglao",)),
    ("The US imposed sanctions on the ministers, Lavrov said.", "imposed sanctions on the ministers", ("the ministers",)),
    # 'he' in what a named person says is that person; with no named speaker the pronoun names no one
    ("Russia imposed sanctions on 36 New Zealanders. Lecturer and columnist Jarrod Gilbert said he doesn't care that he "
     "has been sanctioned.", "he has been sanctioned", ("Jarrod Gilbert",)),
    ("Russia imposed sanctions on 36 New Zealanders. The ministry said he has been sanctioned.", "he has been sanctioned",
     ()),
    # a definite group of measures refers back like 'the sanctions'; a new one does not
    ("The US imposed sanctions on two banks in March. Officials said the latest round of sanctions would hurt them.",
     "sanctions", ("two banks",)),
    ("The US imposed sanctions on two banks in March. Officials said a new round of sanctions would follow.",
     "sanctions", ()),
    # a measure noun's held property names its owner; property alone names none
    ("Japan announced the freezing of the assets of 76 individuals.",
     "announced the freezing of the assets of 76 individuals", ("76 individuals",)),
    ("The EU discussed the freezing of assets.", "the freezing of assets", ()),
    # a relative pronoun stands for the noun its clause modifies
    ("Japan froze the assets of 17 Russians. That brings to 61 the number of Russian citizens whose assets Japan has "
     "frozen.", "whose assets Japan has frozen", ("Russian citizens",)),
    # whom a targeting verb acts on when the measure is its agent, and the members named for it; not goods
    ("The EU imposed sanctions on Russia. Among the banks hit by the sanctions are Sberbank and VTB.", "the sanctions",
     ("Sberbank", "VTB")),
    # a participle's 'with' names the measure as 'by' does
    ("The EU imposed sanctions on Moldova's oligarchs. Among those hit with EU sanctions are Vlad Plahotniuc and Ilan "
     "Shor.", "EU sanctions", ("Vlad Plahotniuc", "Ilan Shor")),
    # and so do its 'in' and 'under'; not a goods phrase, nor a participle whose 'in' names a date
    ("The EU imposed sanctions on Myanmar. Arms dealers targeted in this round of sanctions include Aung Min Oo and "
     "Kyaw Thein.", "sanctions", ("Aung Min Oo", "Kyaw Thein")),
    ("The US imposed sanctions on Russia. The goods covered under the sanctions include oil and gas.", "the sanctions",
     ("Russia",)),
    ("The US imposed sanctions on Russia. Officials targeted in March said the sanctions were unfair.", "the sanctions",
     ("Russia",)),
    ("The EU imposed sanctions on Russia. The goods covered by the sanctions include oil and gas.", "the sanctions",
     ("Russia",)),
    # a party under a measure is its target; trade under it is not
    ("The EU imposed sanctions on Russia. Officials said 30 ships under EU sanctions docked in Malta.", "EU sanctions",
     ("30 ships",)),
    ("Iran managed to register trade under severe US sanctions.", "severe US sanctions", ("Iran",)),
    ("The US imposed sanctions on Russia. Rutte warned India, China, and Brazil to reconsider oil purchases from "
     "Russia or risk facing \"100 per cent secondary sanctions.\"", "100 per cent secondary sanctions", ()),
    # a measure naming no target of its own is about the country the article's measures name most; not sanctions
    # talked about as a kind, nor in an article naming two countries as often
    ("The EU imposed sanctions on Iran in January. Britain then threatened sanctions against Iran. On Sunday the "
     "leaders lifted economic and financial sanctions.", "lifted economic and financial sanctions", ("Iran",)),
    ("The EU imposed sanctions on Iran. Britain threatened sanctions against Iran. Analysts doubt the effectiveness "
     "of sanctions.", "sanctions", ()),
    ("The EU imposed sanctions on Iran. Britain threatened sanctions against Syria. On Sunday the leaders lifted "
     "economic and financial sanctions.", "lifted economic and financial sanctions", ()),
    # a country the small model tags as a person ("Mali") is still the country; a person's full name is not
    ("The EU imposed sanctions on Mali in January. ECOWAS then threatened sanctions against Mali. On Sunday the "
     "leaders lifted economic and financial sanctions.", "lifted economic and financial sanctions", ("Mali",)),
    ("Michael Jordan said the EU lifted economic and financial sanctions.", "lifted economic and financial sanctions",
     ()),
]


@pytest.mark.parametrize("text, mention, targets", COUNTRY_AND_LISTED, ids=[c[0][:48] for c in COUNTRY_AND_LISTED])
def test_the_country_meant_and_the_parties_listed(nlp, text, mention, targets):
    assert (mention, targets) in [(s.text, s.targets) for s in found(nlp, text)]


@pytest.mark.parametrize("text, mention, targets", MEMBERS, ids=[case[0][-48:] for case in MEMBERS])
def test_members_of_a_target_are_targets_of_their_own(nlp, text, mention, targets):
    # in any order: a list the parse broke is read from the text after the parse's own members
    assert (mention, set(targets)) in [(s.text, set(s.targets)) for s in found(nlp, text)]


@pytest.mark.parametrize("text, mention, authority, targets", REPEATS + SUBJECTS,
                         ids=[case[0][-48:] for case in REPEATS + SUBJECTS])
def test_a_definite_repeat_takes_the_party_of_the_measure_before_it(nlp, text, mention, authority, targets):
    assert (mention, authority, targets) in [(s.text, s.authority, s.targets) for s in found(nlp, text)]


@pytest.mark.parametrize("text, mention, status", STATUS, ids=[case[0][-48:] for case in STATUS])
def test_status_from_the_clause_and_its_frame(nlp, text, mention, status):
    assert (mention, status) in [(s.text, s.status) for s in found(nlp, text)]


def test_offsets_ids_and_statuses_are_well_formed(nlp):
    text = ("The US has warned further sanctions against Russia. The EU lifted its embargo on Belarus, "
            "and Japan froze the assets of two banks.")
    sanctions = found(nlp, text)
    assert [s.id for s in sanctions] == [f"sanction{n}" for n in range(1, len(sanctions) + 1)] and sanctions
    for sanction in sanctions:
        assert text[sanction.start:sanction.end] == sanction.text
        assert sanction.status in STATUSES
    assert [s.start for s in sanctions] == sorted(s.start for s in sanctions)


@pytest.mark.parametrize("text", ["", "   \n\n", "sanctions", "Sanctions!!! “embargo", "to sanction", "\u201c" * 50,
                                  "impose impose impose actions actions", "of of of sanctions against against"])
def test_odd_input_never_raises(nlp, text):
    for sanction in found(nlp, text):
        assert text[sanction.start:sanction.end] == sanction.text


def _quote_around(text: str, inside: str, speaker: str) -> Quote:
    start = text.index(inside)
    return Quote(id="quote1", kind="direct", start=start, end=start + len(inside), text=inside, speaker=speaker)


@pytest.mark.parametrize("organization, title, authority", [
    ("US Department of State", "spokesperson", "United States"),
    ("European Commission", "spokeswoman", "European Union"),
    (None, "British foreign secretary", "United Kingdom"),
])
def test_we_in_a_quote_is_the_speakers_government(nlp, organization, title, authority):
    text = 'The spokesperson said: "We will not hesitate to impose sanctions on those responsible."'
    speaker = Entity(id="entity1", type="person", name="Jane Roe", title=title, organization=organization)
    quote = _quote_around(text, "We will not hesitate to impose sanctions on those responsible.", "entity1")
    (sanction,) = found(nlp, text, [quote], [speaker])
    assert (sanction.text, sanction.status, sanction.authority) == (
        "impose sanctions on those responsible", "threatened", authority)


@pytest.mark.parametrize("dateline, authority", [
    ("SEOUL, March 8 (Yonhap) -- ", "South Korea"),  # an office that names no state: the dateline's
    ("GENEVA - ", None),  # a city that is no capital names no state
    ("", None),
])
def test_we_of_an_office_naming_no_state_is_the_datelines(nlp, dateline, authority):
    inside = "We will not hesitate to impose sanctions on those responsible."
    text = f'{dateline}The official said: "{inside}"'
    speaker = Entity(id="entity1", type="person", name="Lee Suk-joon", title="top official",
                     organization="Prime Minister's Office")
    (sanction,) = found(nlp, text, [_quote_around(text, inside, "entity1")], [speaker])
    assert sanction.authority == authority


def test_we_without_a_quote_has_no_authority(nlp):
    (sanction,) = found(nlp, "We will impose sanctions on Iran.")
    assert sanction.authority is None and sanction.targets == ("Iran",)


def test_seed_gives_exactly_the_five_gold_mentions(nlp, seed_text, seed_gold):
    # Quotes and the speaker as the quote and people stages give them (hand-built here: those stages are tested
    # on their own); "we" in Miller's quotes is the US.
    miller = Entity(id="entity1", type="person", name="Matthew Miller", aliases=("Miller",),
                    title="official spokesperson of the US Department of State",
                    organization="US Department of State", is_official=True)
    quotes = [_quote_around(seed_text, gold["quote"], "entity1") for gold in seed_gold["quotes"]
              if gold["speaker"] == "Matthew Miller"]
    sanctions = found(nlp, seed_text, quotes, [miller])
    assert [(s.text, s.status) for s in sanctions] == [(g["mention"], g["status"]) for g in seed_gold["sanctions"]]
    for sanction, gold in zip(sanctions, seed_gold["sanctions"]):
        assert (sanction.authority, list(sanction.targets)) == (gold["authority"], gold["targets"]), sanction


def test_seed_without_quotes_still_finds_the_five_mentions(nlp, seed_text, seed_gold):
    sanctions = found(nlp, seed_text)
    assert [(s.text, s.status) for s in sanctions] == [(g["mention"], g["status"]) for g in seed_gold["sanctions"]]


def test_a_repeated_measure_keeps_the_authority_and_targets_said_before(nlp):
    text = ("In 2009 the Security Council imposed sanctions on Eritrea for arming the Shabab.\n"
            "The sanctions have done little to change its course.")
    first, second = found(nlp, text)
    assert (second.text, second.status, second.authority, second.targets) == (
        "The sanctions", "imposed", "UN Security Council", ("Eritrea",))
    assert first.targets == ("Eritrea",)


def test_an_acronym_given_to_a_sanctions_act_is_followed(nlp):
    text = ("The bill would renew the expiring Iran Sanctions Act, or ISA, which expires this year.\n"
            "Congress can still pass a simple reauthorization of the ISA down the line.")
    sanctions = found(nlp, text)
    assert [(s.text, s.status) for s in sanctions] == [
        ("renew the expiring Iran Sanctions Act", "extended"), ("a simple reauthorization of the ISA", "extended")]


def test_a_subject_that_only_argues_about_a_list_is_not_its_authority(nlp):
    text = ("The Security Council has imposed sanctions on individual terrorists.\n"
            "India and Pakistan spar over whether a leader of Lashkar-e-Taiba belongs on the sanctions list.")
    _, listed = found(nlp, text)
    assert (listed.text, listed.status, listed.authority) == ("the sanctions list", "considered", "UN Security Council")


WORDS = ["sanctions", "sanction", "embargo", "the", "US", "EU", "impose", "imposed", "lifted", "on", "against", "Iran",
         "will", "not", "to", "of", "freeze", "assets", "ban", "travel", "we", "violate", "UN", "Security", "Council",
         "resolutions", ",", ".", "\n", "“", "”", "-", "or", "ISA", "(", ")", "actions", "designated", "terrorist"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_word_salad_never_raises_and_spans_index_the_text(nlp, words):
    text = " ".join(words)
    for sanction in found(nlp, text):
        assert text[sanction.start:sanction.end] == sanction.text and sanction.status in STATUSES


def test_a_named_leader_acts_for_the_country_of_his_organisation(nlp):
    text = "Putin imposed sanctions on Turkish fruit after the jet was shot down, Russia said."
    putin = Entity(id="entity1", type="person", name="Vladimir Putin", aliases=("Putin",), title="President",
                   organization="Russia", is_official=True, mentions=((0, 5),))
    (sanction,) = found(nlp, text, (), [putin])
    assert (sanction.text, sanction.status, sanction.authority) == (
        "imposed sanctions on Turkish fruit", "imposed", "Russia")


def test_a_measures_phrase_ends_before_a_relative_clause_on_its_object(nlp):
    text = ("Japan imposed sanctions on Russia. Kovalchuk was previously included in the sanctions of the Japanese "
            "authorities, which thus bring to 61 the number of Russian citizens whose assets they have frozen.")
    texts = [s.text for s in found(nlp, text)]
    assert "the sanctions of the Japanese authorities" in texts and "whose assets they have frozen" in texts


@pytest.mark.parametrize("text, mentions", [
    # a kind only a state's measure comes in stands without an authority or another mention
    ("NATO's chief warned India to reconsider oil purchases from Russia or risk facing 100 per cent secondary "
     "sanctions.", ["100 per cent secondary sanctions"]),
    ("The coach said the tough sanctions handed to his players were unfair.", []),
    ("The club said financial sanctions for the brawl were unfair.", []),
])
def test_a_kind_only_states_impose_stands_on_its_own(nlp, text, mentions):
    assert [s.text for s in found(nlp, text)] == mentions


# (sentence, mention, targets): how English news coordinates and describes the parties a measure hits. Adapted from
# tune articles (batch 12 first).
COORDINATED_TARGETS = [
    # 'as well as' adds parties as 'and' does, even where the parse hangs them on the verb
    ("The UK imposed new sanctions on oligarchs and elites, as well as businesses, politicians and organisations.",
     "imposed new sanctions on oligarchs and elites",
     ("oligarchs", "elites", "businesses", "politicians", "organisations")),
    # what a clause describing the parties is 'linked to' is no party of its own
    ("The United States and Britain imposed sanctions on several individuals and businesses linked to global gold "
     "smuggling and money laundering networks.",
     "imposed sanctions on several individuals and businesses linked to global gold smuggling and money laundering "
     "networks", ("several individuals", "businesses")),
    ("The EU imposed sanctions on two conglomerates linked to the military and ten of its officials.",
     "imposed sanctions on two conglomerates linked to the military", ("two conglomerates", "ten of its officials")),
    # a counted group, owned or definite, after named parties describes them; its owner is no party either
    ("The United States imposed sweeping sanctions against Rosneft and Lukoil, Russia’s two biggest oil producers, "
     "on Wednesday.", "imposed sweeping sanctions against Rosneft and Lukoil, Russia’s two biggest oil producers",
     ("Rosneft", "Lukoil")),
    ("The US sanctioned Sinopec and CNPC, the two Chinese firms, on Friday.",
     "sanctioned Sinopec and CNPC, the two Chinese firms,", ("Sinopec", "CNPC")),
    ("The US imposed sanctions on Putin, one bank, and 18 other entities.",
     "imposed sanctions on Putin, one bank, and 18 other entities", ("Putin", "one bank", "18 other entities")),
    # sanctioned 'along with', 'alongside': hit beside the patient; not 'together with', often the one acting
    ("The company itself was sanctioned along with Chilsong Trading Corp. and Korea Paekho Trading Corp. in 2017.",
     "The company itself was sanctioned", ("The company itself", "Chilsong Trading Corp", "Korea Paekho Trading Corp")),
    ("The Treasury said it had blacklisted Ibrahim Ali Daher as a specially designated global terrorist alongside six "
     "people it accused of using personal accounts.", "blacklisted Ibrahim Ali Daher", ("Ibrahim Ali Daher", "six people")),
    ("The US sanctioned the firm together with the EU.", "sanctioned the firm", ("the firm",)),
    ("The US designated Hwang Kil-su and Pak Hwa-song, along with their business Congo Aconde SARL.",
     "designated Hwang Kil-su and Pak Hwa-song", ("Hwang Kil-su and Pak Hwa-song", "Congo Aconde SARL")),
    # an import ban hits where the imports come from, not where they go; an export ban, where they go
    ("They also cover a ban on the import of seaborne crude oil from Russia to the EU.",
     "a ban on the import of seaborne crude oil from Russia to the EU", ("Russia",)),
    ("The EU imposed an export ban on semiconductors to Russia.",
     "imposed an export ban on semiconductors to Russia", ("Russia",)),
    # the parties held property is 'of' own it, before a clause the parse hangs on the property
    ("Japan approved additional sanction measures against North Korea, freezing the assets of 35 organizations and "
     "individuals linked to the country.",
     "freezing the assets of 35 organizations and individuals linked to the country", ("35 organizations", "individuals")),
    # what a batch of listings 'consists of' are its parties
    ("The EU imposed sanctions on Moldova. The proposed new batch of listings, seen by RFE/RL, consists of seven "
     "individuals and three entities -- all in one way or another linked to Shor.", "listings",
     ("seven individuals", "three entities")),
    # a relative clause inside a counted group's 'of' phrase describes it; it is not part of how it is written
    ("The UK sanctioned seven of Russia’s wealthiest oligarchs, whose business empires are closely linked to the "
     "Kremlin, Thursday.", "sanctioned seven of Russia’s wealthiest oligarchs, whose business empires are closely "
     "linked to the Kremlin, Thursday", ("seven of Russia’s wealthiest oligarchs",)),
    # a day is when a measure came, not whom it hits
    ("The EU imposed sanctions on Independence Day.", "imposed sanctions", ()),
    ("The sanctions, announced on International Anti-Corruption Day, hit the junta's firms.",
     "The sanctions, announced", ("the junta's firms",)),
]


@pytest.mark.parametrize("text, mention, targets", COORDINATED_TARGETS, ids=[c[0][:48] for c in COORDINATED_TARGETS])
def test_coordinated_and_described_targets(nlp, text, mention, targets):
    assert (mention, set(targets)) in [(s.text, set(s.targets)) for s in found(nlp, text)]


TOLENTINO = Entity(id="p1", type="person", name="Francis Tolentino", mentions=((17, 34), (47, 56)))


@pytest.mark.parametrize("text, quotes, mention, targets", [
    # 'him': the person named last before it
    ("China sanctioned Francis Tolentino on Tuesday. Tolentino acknowledged the sanctions imposed on him by China.",
     (), "the sanctions imposed on him", ("Francis Tolentino",)),
    # 'me' said in a quote: its speaker; outside a quote it names no one, and the measure takes the one before it
    ("China sanctioned Francis Tolentino on Tuesday. Tolentino: “I acknowledge the sanctions imposed on me.”",
     (Quote(id="q1", kind="direct", start=58, end=102, text="I acknowledge the sanctions imposed on me.",
            speaker="p1"),), "the sanctions imposed on me", ("Francis Tolentino",)),
    ("China sanctioned Francis Tolentino on Tuesday. Tolentino: I acknowledge the sanctions imposed on me.",
     (), "the sanctions imposed on me", ("Francis Tolentino",)),
])
def test_a_personal_pronoun_target_is_the_person_meant(nlp, text, quotes, mention, targets):
    assert (mention, targets) in [(s.text, s.targets) for s in found(nlp, text, quotes, (TOLENTINO,))]


# (text, mention, authority): an article that names no party for its measures is its dateline state's, unless its
# measures hit that state or the dateline is a city that is no capital (datelines.py; batch 13).
DATELINE_PARTIES = [
    ("SINGAPORE - Banks here will be banned from doing business with four Russian banks, as part of sanctions the "
     "Republic is imposing. The sanctions will also involve a ban on the export of certain goods to Russia.",
     "The sanctions", "Singapore"),
    ("MOSCOW - Banks said on Monday that new sanctions against Russia hurt them. The sanctions will stay, analysts "
     "said.",
     "The sanctions", None),
    ("GENEVA - Banks here will be banned from doing business with four Russian banks, as part of sanctions on "
     "Russia. The sanctions will also involve a ban on the export of certain goods to Russia.", "The sanctions", None),
    ("SINGAPORE - The United States imposed sanctions on four Russian banks. The sanctions took effect on Monday.",
     "The sanctions", "United States"),
]


@pytest.mark.parametrize("text, mention, authority", DATELINE_PARTIES, ids=[c[0][:48] for c in DATELINE_PARTIES])
def test_measures_no_sentence_attributes_are_the_dateline_states(nlp, text, mention, authority):
    assert (mention, authority) in [(s.text, s.authority) for s in found(nlp, text)]
