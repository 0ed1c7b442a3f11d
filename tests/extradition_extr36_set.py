"""The invented set of the twenty-seventh session (issue 9, helper extr36): traps that must give no
extradition dispute (migrants deported, prisoners transferred, asylum, arrests at home, treaties
and laws, old cases in visit stories, sports transfers, documents, power and territory handed over,
artefacts returned, requests for evidence, Interpol notices with no request between states) and
positives in forms the rules may miss. Every sentence is written for the tests (invented people,
real countries)."""

from __future__ import annotations

TRAPS: list[str] = [
    (
        "Migrants flown out\n\nGermany deported 42 Afghan migrants to Kabul on Tuesday "
        "after their asylum claims were rejected, the interior ministry said."
    ),
    (
        "Charter flight\n\nItaly sent back 120 Tunisian migrants on a charter flight from "
        "Palermo on Monday, police said."
    ),
    (
        "Worker deported\n\nMalaysia deported Rahim Sulaiman, a Bangladeshi construction "
        "worker whose visa had expired, to Dhaka on Sunday."
    ),
    (
        "Overstayers\n\nThailand deported Nguyen Van Hoa and Tran Minh, two Vietnamese "
        "nationals who had overstayed their visas, immigration police said."
    ),
    (
        "Removal\n\nBritain deported Jamal Reid to Jamaica on Wednesday after he finished a "
        "prison term for burglary, the Home Office said."
    ),
    (
        "Prisoner transfer\n\nBritain transferred Lars Petersen, a Danish prisoner serving "
        "eight years for drug smuggling, to Denmark under a prisoner transfer agreement "
        "so that he can serve the rest of his sentence at home."
    ),
    (
        "Treaty signed\n\nThailand and France signed a treaty on the transfer of sentenced "
        "prisoners on Monday, allowing convicts to serve their terms in their home "
        "countries."
    ),
    (
        "Sent home to serve\n\nPeru handed over three Bolivian inmates, including Mario "
        "Flores, to Bolivia to complete their sentences under a bilateral agreement, the "
        "justice ministry said."
    ),
    (
        "Asylum granted\n\nSweden granted asylum to Dmitri Volkov, a Belarusian journalist "
        "who fled Minsk last year."
    ),
    (
        "Claim rejected\n\nA court in Oslo rejected the asylum application of Tariq Hamdan, "
        "a Syrian man, and ordered him to leave Norway."
    ),
    (
        "Embassy refuge\n\nOpposition leader Luis Mena has taken refuge in the Mexican "
        "embassy in Managua and asked for political asylum."
    ),
    (
        "Mayor held\n\nPedro Salinas, a former mayor, was arrested in Cusco on Monday and "
        "flown to Lima to face corruption charges."
    ),
    (
        "Businessman held\n\nPolice arrested businessman Ahmed Qureshi in Karachi and flew "
        "him to Islamabad to face fraud charges, officials said."
    ),
    (
        "Governor flown\n\nNigerian police flew former governor Bello Danjuma from Kano to "
        "Abuja on Friday to face charges of embezzlement."
    ),
    (
        "Treaty\n\nIndia and Brazil signed an extradition treaty on Monday during a visit "
        "by the Brazilian foreign minister to New Delhi."
    ),
    (
        "Law passed\n\nUkraine's parliament passed a law allowing the extradition of its "
        "own citizens accused of terrorism."
    ),
    (
        "Procedures\n\nMexico and Spain agreed to speed up extradition procedures, the two "
        "foreign ministers told reporters in Madrid."
    ),
    (
        "Into force\n\nThe agreement, which covers extradition and mutual legal assistance, "
        "will come into force next year, the Kenyan foreign ministry said."
    ),
    (
        "Bill protest\n\nThousands marched against a bill critics say would allow "
        "extradition of activists to China."
    ),
    (
        "Court and law\n\nCanada's Supreme Court heard arguments on Tuesday on whether "
        "parts of the Extradition Act are constitutional."
    ),
    (
        "President visits\n\nPresident Grace Mwangi arrived in Pretoria on Monday for a "
        "three-day state visit. Relations have improved greatly since a row over "
        "extraditions in the 1990s."
    ),
    (
        "Minister in Bogota\n\nThe US attorney general arrived in Bogota on Tuesday and "
        "thanked Colombia for extraditing more than 200 drug suspects over the past "
        "decade."
    ),
    (
        "Visit resumes ties\n\nChile's foreign minister arrived in Lima on Thursday, the "
        "first such visit since 2004, the year Peru extradited a former spy chief to "
        "Chile in a case that strained ties for years."
    ),
    (
        "Transfer\n\nStriker Marco Bellini completed his transfer from Juventus to Chelsea "
        "for 40 million euros on Tuesday."
    ),
    (
        "Loan ends\n\nBenfica agreed to send back defender Joao Pires to Santos at the end "
        "of the season, the Brazilian club said."
    ),
    (
        "Coach\n\nThe Croatian federation released coach Ivan Horvat from his contract and "
        "he returned to Spain to manage Sevilla."
    ),
    (
        "Documents\n\nIran handed over documents on its nuclear programme to the IAEA on "
        "Monday, the agency said."
    ),
    (
        "Handover anniversary\n\nHong Kong marked the anniversary of Britain's handover of "
        "the territory to China in 1997."
    ),
    (
        "Power transferred\n\nThe outgoing president handed over power to Nana Asante at a "
        "ceremony in Accra on Saturday."
    ),
    ("Town handed over\n\nIsrael handed over security control of the town to Palestinian police on Tuesday."),
    (
        "Chairmanship\n\nGhana handed over the rotating chairmanship of the regional bloc "
        "to Senegal at a summit in Dakar."
    ),
    (
        "Records\n\nFrance asked Switzerland to hand over bank records of Jean Morel, a "
        "businessman under investigation for fraud in Paris."
    ),
    (
        "Files\n\nPoland handed over to Lithuania the files of the investigation into the "
        "death of Jonas Petraitis."
    ),
    (
        "Bronzes\n\nGermany returned 20 bronze sculptures to Nigeria on Tuesday, more than "
        "a century after they were looted."
    ),
    ("Mask\n\nThe United States returned a stolen Mayan mask to Guatemala at a ceremony in Washington."),
    ("Marbles\n\nGreece renewed its call on Britain to return the ancient marbles held in a London museum."),
    (
        "Bust\n\nEgypt is seeking the return of a famous painted bust from Germany, its "
        "antiquities minister said."
    ),
    "Bell\n\nJapan asked China to return a temple bell stolen in the 19th century.",
    ("Manuscript\n\nEthiopia demanded that Britain send back a royal manuscript taken by soldiers in 1868."),
    (
        "Evidence\n\nProsecutors in Madrid asked Portugal for evidence in the case against "
        "businessman Rui Almeida, who is accused of fraud."
    ),
    (
        "Information\n\nItaly requested information from Albania about Arben Hoxha, who is "
        "suspected of people trafficking."
    ),
    (
        "Testimony\n\nA Brazilian judge asked the United States to let prosecutors question "
        "Frank Miller, a witness in the bribery case."
    ),
    ("Assets\n\nNigeria asked Switzerland to return funds stolen by the late dictator Sani Okoro."),
    (
        "Notice\n\nInterpol issued a red notice on Monday for Viktor Balan, a fugitive "
        "wanted for fraud, its website showed."
    ),
    ("Missing\n\nInterpol issued a yellow notice for Anna Kovacs, a teenager missing since June."),
    (
        "Most wanted\n\nInterpol added Kofi Boateng to its list of most wanted fugitives; "
        "his whereabouts are unknown."
    ),
    ("Passport\n\nA judge ordered Karl Brenner to hand over his passport and report to police every week."),
    (
        "Custody\n\nA Spanish court ordered Elena Ruiz to send her son back to his father "
        "in Sweden under an international custody convention."
    ),
    (
        "Hostages\n\nRebels handed over two kidnapped Chinese engineers, Li Wei and Zhang "
        "Hao, to the Red Cross on Friday."
    ),
    (
        "Swap\n\nRussia and the United States exchanged prisoners on Thursday, freeing Paul "
        "Dorsey in exchange for Ivan Sokolov."
    ),
    ("Expelled\n\nPoland expelled Russian diplomat Oleg Morozov on Monday, accusing him of spying."),
    (
        "Exile ends\n\nExiled opposition leader Jean-Pierre Mbala returned to Kinshasa on "
        "Sunday after ten years abroad."
    ),
    (
        "Fishermen\n\nIndia repatriated 50 Pakistani fishermen who had been arrested for "
        "straying into its waters."
    ),
    (
        "Soldiers\n\nTurkey returned two Greek soldiers, Nikos Papas and Yannis Kostas, who "
        "had strayed across the border."
    ),
    (
        "Surrendered to police\n\nThomas Becker surrendered to police in Munich on Tuesday, "
        "a day after the shooting."
    ),
    ("Case moved\n\nAustria transferred the investigation into the bank collapse to German prosecutors."),
    ("Visa\n\nThe United States refused a visa to Iranian minister Ali Rezaei ahead of the UN assembly."),
    ("Escape\n\nPolice are hunting Marek Nowak, who escaped from a prison in Gdansk on Sunday."),
    (
        'Quote\n\n"Extradition is a political matter in the end," said law professor Anne '
        "Keller of the University of Vienna."
    ),
    ("Ambassador\n\nFrance recalled its ambassador from Rome for consultations, the foreign ministry said."),
    (
        "Rebel surrenders\n\nRebel commander Joseph Tshala Mutombo surrendered to UN "
        "peacekeepers in eastern Congo with 200 fighters."
    ),
    (
        "Defector\n\nA North Korean soldier, Kim Sung-ho, crossed the border and was handed "
        "over to South Korean intelligence officials."
    ),
    (
        "Held\n\nGerman police arrested Omar Selim, a Syrian, in Hamburg, and he was "
        "remanded in custody pending deportation to Syria."
    ),
    (
        "Trial\n\nA Spanish judge remanded Luca Bianchi, an Italian tourist, in custody "
        "pending trial for assault in Ibiza."
    ),
    (
        "Asylum pending\n\nAhmad Karimi, an Afghan, has been held in a Greek camp pending a "
        "decision on his asylum application."
    ),
    (
        "Pending review\n\nThe Dutch court freed Ali Ozturk, a Turkish national, pending a "
        "review of his residence permit."
    ),
    (
        "Migrants handed over\n\nFifty migrants, including Eritrean Daniel Tesfaye, were "
        "handed over to the Libyan coast guard on Tuesday."
    ),
    (
        "Soldier freed\n\nCaptured soldier Ivan Petrenko was handed over to Ukraine in a "
        "prisoner exchange on Sunday."
    ),
    (
        "Bodies\n\nThe bodies of two climbers, Pierre Martin and Jan Novak, were handed "
        "over to the French embassy in Kathmandu."
    ),
    (
        "Child\n\nThe boy, Adam Kowalski, was handed over to his mother in Poland after a "
        "Norwegian court ruling."
    ),
    (
        "Returned to Russia\n\nCosmonaut Pavel Orlov returned to Russia on Friday after six "
        "months on the space station."
    ),
    (
        "Sent to Turkey\n\nGreece sent back Syrian refugee Khaled Darwish to Turkey under "
        "the deal with the EU."
    ),
    (
        "Arrested at home\n\nGerman police arrested Klaus Weber in Berlin on a warrant "
        "issued by a Munich court for tax fraud."
    ),
    (
        "Ex-minister held\n\nFormer minister Adrian Popa was arrested in Bucharest at the "
        "request of Romanian anti-corruption prosecutors."
    ),
    (
        "Warrant\n\nA Kenyan court issued an arrest warrant for businessman Peter Njoroge, "
        "who is accused of fraud."
    ),
    (
        "In absentia\n\nA Moscow court on Tuesday ordered the arrest in absentia of Anton "
        "Belov, a critic who lives abroad."
    ),
    ("Could face\n\nAny Russian found guilty could face extradition under the new treaty, officials said."),
    ("Warning\n\nThe minister warned that tax dodgers who fled abroad would be extradited."),
    (
        "Mulls\n\nPortugal is considering whether to join a European scheme for faster "
        "extradition of suspects."
    ),
    (
        "Sought for talks\n\nThe United States sought a meeting with Venezuelan minister "
        "Rafael Ortega on the sidelines of the summit."
    ),
    (
        "Witness\n\nItalian prosecutors want to question Swiss banker Urs Meier as a "
        "witness in the bribery inquiry."
    ),
    (
        "Coach wanted\n\nEngland want Argentine coach Diego Ramirez to take charge of the "
        "team after the World Cup."
    ),
    ("Ashes returned\n\nThe ashes of poet Pablo Herrera were returned to Chile from France on Saturday."),
    ("Painting\n\nPoland asked Germany to return a painting by Jan Matejko that was looted during the war."),
    ("Embassy\n\nThe United States handed over its embassy compound in Havana to Swiss diplomats."),
    ("Medal\n\nCollector Hans Vogel returned a stolen Olympic medal to Hungary on Monday."),
    (
        "Visit\n\nThe Turkish justice minister arrived in Berlin on Monday for talks on "
        "extradition requests and the fight against terrorism."
    ),
    (
        "Raised\n\nThe Indian prime minister raised the extradition of fugitive businessmen "
        "during talks in London, but named no one."
    ),
    (
        "Pardon\n\nBelarus pardoned and freed Lithuanian citizen Tomas Jankus, who was "
        "flown to Vilnius on Sunday."
    ),
    (
        "Freed\n\nIran released French researcher Claire Dubois, who was flown home to "
        "Paris after two years in jail."
    ),
    (
        "Film\n\nThe documentary tells the story of a hacker's ten-year fight against "
        "extradition, its director said."
    ),
    (
        "Gave up\n\nThe rebel leader Paul Ndayishimiye surrendered his weapons to the "
        "African Union force in Burundi."
    ),
    "Release\n\nRussia rejected the US request for Alexei Ivanov's release on Tuesday.",
    (
        "Access\n\nSpain approved Morocco's request for consular access to Ahmed Bennani, "
        "who is held in Madrid on drug charges."
    ),
    ("Bail\n\nBritain accepted a Ghanaian request for Kofi Mensah to be released on bail."),
    (
        "Video link\n\nItaly granted the Polish request for Anna Nowak, a witness in a "
        "fraud trial, to testify by video link."
    ),
    ("Meeting\n\nThe Vatican accepted Argentina's request for a meeting with Cardinal Jorge Ruiz."),
    (
        "Information\n\nWashington rejected Moscow's request for information on Ivan "
        "Petrov, a jailed businessman."
    ),
    "Apology\n\nJapan rejected China's demand for Yuki Sato's apology.",
    (
        "Accreditation\n\nGermany approved France's request for Pierre Blanc, a diplomat, "
        "to be accredited in Berlin."
    ),
    (
        "Visit request\n\nThe White House turned down Venezuela's request for Foreign "
        "Minister Rafael Ortega to attend the summit."
    ),
    (
        "Pardon plea\n\nPresident Mwangi rejected the Ugandan demand for clemency for "
        "Joseph Okello, sentenced to death for murder."
    ),
    (
        "Reversal\n\nAn appeals court in Paris reversed the ruling and granted Jean Morel a "
        "new trial for fraud."
    ),
    (
        "Overturned\n\nThe supreme court overturned the conviction and granted bail to Ali "
        "Hassan, a Kenyan charged with fraud."
    ),
    (
        "Former mayor\n\nJuan Soto spoke at the rally. Chile's request for the former "
        "mayor's testimony was rejected by the court."
    ),
    ("Candidate\n\nThe African Union accepted Kenya's request for Amina Yusuf to head the commission."),
    (
        "Transfer of prisoner\n\nPortugal approved Brazil's request for the transfer of "
        "Marcos Silva, a prisoner serving a drug sentence, so he can serve it at home."
    ),
    (
        "Lula in Rome\n\nBrazil's president arrived in Rome on Monday for a two-day visit, "
        "his first since ties soured in 2010 when Brazil refused to extradite a former "
        "militant, Marco Ferri, to Italy."
    ),
    (
        "Visit to Ankara\n\nThe Swedish prime minister arrived in Ankara on Tuesday. "
        "Relations have thawed since Sweden extradited Kurdish activist Aziz Demir to "
        "Turkey in 2024."
    ),
    (
        "State visit\n\nKing Harald began a state visit to Mexico on Monday. Norway's "
        "extradition of Jorge Ibarra to Mexico in 2019 is remembered as a turning point "
        "in cooperation."
    ),
    (
        "Relic\n\nSri Lanka is seeking the return of a sacred tooth relic from Britain, the "
        "culture minister said on Monday."
    ),
    ("Relic 2\n\nPeru asked Yale University to return artefacts taken from Machu Picchu a century ago."),
    (
        "Home arrest\n\nColombian police arrested Jhon Mario Ruiz in Medellin on Friday and "
        "flew him to Bogota to face charges of drug trafficking."
    ),
    (
        "Home arrest 2\n\nMexican marshals detained former governor Tomas Garza in Cancun "
        "and flew him to Mexico City, where he faces corruption charges."
    ),
    (
        "Interpol\n\nInterpol has published a red notice for Hamid Nazari, wanted for "
        "murder; he is thought to be hiding somewhere in Europe."
    ),
    (
        "Interpol 2\n\nInterpol said on Monday it had cancelled the red notice for "
        "businessman Ivan Rudenko after reviewing his case."
    ),
    (
        "Evidence\n\nThe Netherlands asked Belgium to hand over evidence seized from Johan "
        "de Vries, a suspect in a drug case."
    ),
    (
        "Documents 2\n\nThe United States handed over to Mexico documents on Joaquin Perez, "
        "a suspect in a 2015 massacre."
    ),
    (
        "Body\n\nThailand handed over the body of Australian tourist Sarah Jones to "
        "Australian officials on Monday; police suspect she was murdered."
    ),
    (
        "Asylum 2\n\nGermany granted asylum to Turkish journalist Can Yilmaz, whom Ankara "
        "accuses of terrorism."
    ),
    (
        "Asylum 3\n\nBelgium rejected the asylum request of Moroccan activist Nasser Ziani, "
        "who faces charges at home."
    ),
    ("Sport\n\nBarcelona sent back Brazilian striker Vitor Lemos to Palmeiras on loan, the club said."),
]

POSITIVES: list[tuple[str, tuple[str, str, str, str]]] = [
    (
        (
            "Court asks\n\nA court in Lima asked Argentina on Monday to extradite Hector Ramos, "
            "a former police officer accused of murder."
        ),
        ("Hector Ramos", "PER", "ARG", "requested"),
    ),
    (
        (
            "Minister asks\n\nBrazil's justice minister has formally requested the extradition "
            "of banker Paulo Mendes from Italy."
        ),
        ("Paulo Mendes", "BRA", "ITA", "requested"),
    ),
    (
        (
            "Prosecutors ask\n\nProsecutors in Warsaw have asked Germany to surrender Piotr "
            "Zielinski, who is wanted for fraud."
        ),
        ("Piotr Zielinski", "POL", "DEU", "requested"),
    ),
    (
        (
            "Swiss refusal\n\nA Swiss court refused to extradite Andrei Popescu to Romania, "
            "citing poor prison conditions."
        ),
        ("Andrei Popescu", "ROU", "CHE", "refused"),
    ),
    (
        (
            "Kenya blocks\n\nKenya's High Court blocked the extradition of businessman Daniel "
            "Kamau to the United States on Tuesday."
        ),
        ("Daniel Kamau", "USA", "KEN", "refused"),
    ),
    (
        (
            "Hacker loses\n\nAlan Fisher, a British computer hacker, lost his appeal at the "
            "High Court in London against extradition to the United States."
        ),
        ("Alan Fisher", "USA", "GBR", "granted"),
    ),
    (
        (
            "Hearing\n\nSergei Antonov appeared at an extradition hearing in Madrid on Monday. "
            "Russia accuses him of embezzlement."
        ),
        ("Sergei Antonov", "RUS", "ESP", "pending"),
    ),
    (
        (
            "Fighting\n\nNadia Haddad is fighting extradition from France to Algeria, where she "
            "faces terrorism charges."
        ),
        ("Nadia Haddad", "DZA", "FRA", "pending"),
    ),
    (
        ("Surrendered\n\nMexico surrendered Jorge Ibarra, a cartel accountant, to US marshals on Friday."),
        ("Jorge Ibarra", "USA", "MEX", "completed"),
    ),
    (
        (
            "Sent back\n\nColombian drug suspect Luis Arango was sent back to Colombia from "
            "Spain on Friday to face trial for murder."
        ),
        ("Luis Arango", "COL", "ESP", "completed"),
    ),
    (
        (
            "Tribunal\n\nSerbia handed over former commander Dragan Petrovic to the UN war "
            "crimes tribunal in The Hague."
        ),
        ("Dragan Petrovic", "ICTY", "SRB", "completed"),
    ),
    (
        (
            "Named later\n\nPrague police detained a man on a US warrant on Monday. The man, "
            "later named as Viktor Holub, is wanted in Texas for wire fraud. A Czech court "
            "will decide whether to extradite him."
        ),
        ("Viktor Holub", "USA", "CZE", "pending"),
    ),
    (
        (
            "Will ask\n\nArgentina's foreign ministry said on Tuesday it would ask Uruguay for "
            "the extradition of former colonel Ernesto Vidal."
        ),
        ("Ernesto Vidal", "ARG", "URY", "requested"),
    ),
    (
        (
            "Approved\n\nIndia's Supreme Court approved the extradition of arms dealer Rakesh "
            "Mehta to Belgium on Wednesday."
        ),
        ("Rakesh Mehta", "BEL", "IND", "granted"),
    ),
    (
        (
            "Cabinet agrees\n\nThailand's cabinet agreed on Tuesday to extradite Russian "
            "businessman Oleg Kuznetsov to the United States."
        ),
        ("Oleg Kuznetsov", "USA", "THA", "granted"),
    ),
    (
        (
            "Dutch reject\n\nA Dutch court rejected Turkey's request for the surrender of "
            "Kurdish activist Aziz Demir."
        ),
        ("Aziz Demir", "TUR", "NLD", "refused"),
    ),
    (
        (
            "Return sought\n\nUzbekistan asked Kazakhstan to return opposition figure Rustam "
            "Aliev, whom it accuses of organising riots."
        ),
        ("Rustam Aliev", "UZB", "KAZ", "requested"),
    ),
    (
        (
            "Court orders\n\nSpain's National Court ordered the extradition of Venezuelan "
            "former general Carlos Rangel to the United States."
        ),
        ("Carlos Rangel", "USA", "ESP", "granted"),
    ),
    (
        (
            "Refuses to send back\n\nGermany has refused to send back Turkish journalist Emre "
            "Kaya, who is wanted in Ankara on terrorism charges."
        ),
        ("Emre Kaya", "TUR", "DEU", "refused"),
    ),
    (
        (
            "ICC demands\n\nThe International Criminal Court has demanded that Libya surrender "
            "Khalid Mansour, a former security chief wanted for crimes against humanity."
        ),
        ("Khalid Mansour", "ICC", "LBY", "requested"),
    ),
    (
        (
            "Extradited\n\nIndonesia extradited Australian Mark Hollis to Australia on Monday, "
            "where he faces drug charges."
        ),
        ("Mark Hollis", "AUS", "IDN", "completed"),
    ),
    (
        (
            "Order signed\n\nCanada's justice minister signed an order surrendering Harjit "
            "Sandhu to India, where he is wanted for murder."
        ),
        ("Harjit Sandhu", "IND", "CAN", "granted"),
    ),
    (
        (
            "Will appeal\n\nLawyers for Ricardo Souza, who is wanted in Brazil for fraud, said "
            "he would appeal a Portuguese court ruling allowing his extradition."
        ),
        ("Ricardo Souza", "BRA", "PRT", "granted"),
    ),
    (
        (
            "Requested that\n\nBolivia has requested that Chile extradite former minister Jaime "
            "Quiroga, who is accused of corruption."
        ),
        ("Jaime Quiroga", "BOL", "CHL", "requested"),
    ),
    (
        (
            "Wants\n\nRwanda wants Belgium to hand over genocide suspect Emmanuel Habimana, the "
            "justice minister said."
        ),
        ("Emmanuel Habimana", "RWA", "BEL", "requested"),
    ),
    (
        (
            "Can be extradited\n\nAn appeals court in Athens ruled on Thursday that Yuri Sokol, "
            "a Ukrainian businessman, can be extradited to Ukraine."
        ),
        ("Yuri Sokol", "UKR", "GRC", "granted"),
    ),
    (
        (
            "Deported wanted\n\nThe Philippines deported fugitive gang leader Kenji Tanaka to "
            "Tokyo on Monday, where he is wanted for robbery."
        ),
        ("Kenji Tanaka", "JPN", "PHL", "completed"),
    ),
    (
        (
            "Tribunal asks\n\nThe Rwanda tribunal asked Kenya to arrest and transfer genocide "
            "suspect Felicien Habineza."
        ),
        ("Felicien Habineza", "ICTR", "KEN", "requested"),
    ),
    (
        (
            "Home secretary\n\nBritain's home secretary approved the extradition of Nikolai "
            "Orlov to Russia on Friday."
        ),
        ("Nikolai Orlov", "RUS", "GBR", "granted"),
    ),
    (
        (
            "Judge denies\n\nA Buenos Aires judge on Tuesday denied a request from Paraguay to "
            "extradite Oscar Benitez, a former senator."
        ),
        ("Oscar Benitez", "PRY", "ARG", "refused"),
    ),
    (
        "Flown\n\nAhmed Farouk was extradited to Egypt from Kuwait on Sunday.",
        ("Ahmed Farouk", "EGY", "KWT", "completed"),
    ),
    (
        (
            "Named after\n\nA Swedish man wanted for fraud in Stockholm was arrested in Bangkok "
            "on Tuesday, and Sweden has asked Thailand to extradite him. Police named him as "
            "Erik Lindqvist, 44."
        ),
        ("Erik Lindqvist", "SWE", "THA", "requested"),
    ),
    (
        (
            "Sent request\n\nPoland's prosecutor general has sent Ireland a request to "
            "extradite Marek Wozniak, who is wanted for robbery."
        ),
        ("Marek Wozniak", "POL", "IRL", "requested"),
    ),
    (
        (
            "Belgium refuses\n\nBelgium's highest court refused the extradition of Basque "
            "activist Inaki Goiri to Spain."
        ),
        ("Inaki Goiri", "ESP", "BEL", "refused"),
    ),
    (
        (
            "Appeal dismissed\n\nSouth Africa's Constitutional Court dismissed an appeal by "
            "former minister Armando Cossa against his extradition to the United States."
        ),
        ("Armando Cossa", "USA", "ZAF", "granted"),
    ),
    (
        (
            "Handed to China\n\nVietnam handed over to China a suspect, Wang Jun, wanted for "
            "murder in Guangdong."
        ),
        ("Wang Jun", "CHN", "VNM", "completed"),
    ),
    (
        (
            "Jumped bail\n\nJapan asked Lebanon to hand over Pierre Haddad, a businessman who "
            "jumped bail in Tokyo while awaiting trial."
        ),
        ("Pierre Haddad", "JPN", "LBN", "requested"),
    ),
    (
        ("Faces\n\nMoldovan banker Ion Rusu, detained in Kyiv last week, faces extradition to Moldova."),
        ("Ion Rusu", "MDA", "UKR", "pending"),
    ),
    (
        (
            "Filed\n\nThe US Justice Department filed an extradition request with Peru for "
            "Walter Quispe on Monday."
        ),
        ("Walter Quispe", "USA", "PER", "requested"),
    ),
    (
        (
            "Surrendered to\n\nAlbanian police surrendered Gjon Leka to Italian authorities at "
            "the Durres port on Sunday; he is wanted in Italy for a double murder."
        ),
        ("Gjon Leka", "ITA", "ALB", "completed"),
    ),
    (
        (
            "Fights\n\nA former Russian central banker, Boris Gromov, is fighting a Russian "
            "request for his extradition from Cyprus."
        ),
        ("Boris Gromov", "RUS", "CYP", "pending"),
    ),
    (
        (
            "Magistrates\n\nNigerian businessman Chike Obi appeared at Leeds Magistrates' "
            "Court on Wednesday for an extradition hearing. Nigeria accuses him of fraud."
        ),
        ("Chike Obi", "NGA", "GBR", "pending"),
    ),
    (
        (
            "Return sought\n\nA murder suspect, Rafiq Hasan, has been detained in Penang, "
            "and Bangladesh police are seeking his return to face trial, officials said."
        ),
        ("Rafiq Hasan", "BGD", "MYS", "requested"),
    ),
    (
        (
            "Appeals court\n\nOn Monday the Court of Appeals in Montevideo reversed the ruling "
            "and granted the extradition of Jorge Lema to Argentina."
        ),
        ("Jorge Lema", "ARG", "URY", "granted"),
    ),
    (
        (
            "Rwanda tribunal\n\nThe UN tribunal for Rwanda asked Kenya to arrest and hand over "
            "genocide suspect Felicien Habineza."
        ),
        ("Felicien Habineza", "ICTR", "KEN", "requested"),
    ),
    (
        (
            "Return asked\n\nUzbekistan has asked Kazakhstan to return Rustam Aliev, a "
            "dissident it accuses of organising riots."
        ),
        ("Rustam Aliev", "UZB", "KAZ", "requested"),
    ),
    (
        (
            "Fights request\n\nBoris Gromov, a former Russian banker, is fighting a Russian "
            "request for his extradition from Cyprus."
        ),
        ("Boris Gromov", "RUS", "CYP", "pending"),
    ),
    (
        (
            "Waived\n\nAmerican fugitive Dale Brooks waived extradition at a court in Toronto "
            "on Monday and will be sent to Ohio to face murder charges."
        ),
        ("Dale Brooks", "USA", "CAN", "granted"),
    ),
    (
        (
            "Consented\n\nBritish suspect Gary Hart consented to his extradition from Spain to "
            "Britain, a Madrid court said on Friday."
        ),
        ("Gary Hart", "GBR", "ESP", "granted"),
    ),
    (
        (
            "Delivered\n\nGuatemala delivered former police chief Erwin Sosa to Spain on "
            "Thursday, where he faces charges of killing prisoners."
        ),
        ("Erwin Sosa", "ESP", "GTM", "completed"),
    ),
    (
        (
            "Minister refuses\n\nRussia's prosecutor general said on Monday Moscow would not "
            "hand over Alexei Lebedev to Britain, where he is wanted over a poisoning."
        ),
        ("Alexei Lebedev", "GBR", "RUS", "refused"),
    ),
    (
        (
            "Turned down\n\nIreland's High Court turned down a Polish request to surrender Adam "
            "Nowicki on Tuesday."
        ),
        ("Adam Nowicki", "POL", "IRL", "refused"),
    ),
    (
        (
            "Objection\n\nGeorgia has formally asked Ukraine to extradite former president aide "
            "Levan Gelashvili, who faces abuse-of-power charges in Tbilisi."
        ),
        ("Levan Gelashvili", "GEO", "UKR", "requested"),
    ),
    (
        (
            "Trial abroad\n\nThe High Court in Dublin ordered that Kevin Byrne be surrendered "
            "to the Netherlands to stand trial for drug smuggling."
        ),
        ("Kevin Byrne", "NLD", "IRL", "granted"),
    ),
    (
        (
            "Minister orders\n\nFrance's prime minister signed a decree on Wednesday "
            "authorising the extradition of Rwandan doctor Eugene Mugabo to Rwanda."
        ),
        ("Eugene Mugabo", "RWA", "FRA", "granted"),
    ),
    (
        (
            "Flown to stand trial\n\nTanzania flew Kenyan suspect Joseph Mwangi to Nairobi on "
            "Friday to stand trial for the bank robbery, after his arrest in Arusha."
        ),
        ("Joseph Mwangi", "KEN", "TZA", "completed"),
    ),
]
