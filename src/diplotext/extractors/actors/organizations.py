"""Organisations: a lexicon of international bodies, agencies and news services, and the head
nouns that make a capitalised phrase an organisation ("Foreign Ministry", "Prosecutor's Office").

:data:`ORGS` maps lower-cased token tuples to ``(key, default name, country)``. Forms of one body
share a key ("UN Security Council", "U.N. Security Council", "the Security Council"), so they join
one actor, named by the fullest form the article writes.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from diplotext import lexicon
from diplotext.extractors.actors.tokens import tokenize_form


class OrgEntry(NamedTuple):
    key: str
    name: str
    country: str | None


# key, default name, country, forms (";"-separated; exact case for short all-caps forms)
_LEXICON: Final[list[tuple[str, str, str | None, str]]] = [
    ("un", "United Nations", None, "United Nations;UN;U.N.;the U.N.;UNO"),
    (
        "unsc",
        "U.N. Security Council",
        None,
        "Security Council;UN Security Council;U.N. Security Council;United Nations Security Council;UNSC",
    ),
    (
        "unga",
        "U.N. General Assembly",
        None,
        "General Assembly;UN General Assembly;U.N. General Assembly;United Nations General Assembly",
    ),
    ("unhrc", "U.N. Human Rights Council", None, "Human Rights Council;UN Human Rights Council;UNHRC"),
    ("unhcr", "UNHCR", None, "UNHCR;UN refugee agency;U.N. refugee agency"),
    ("unesco", "UNESCO", None, "UNESCO;Unesco"),
    ("unicef", "UNICEF", None, "UNICEF;Unicef"),
    ("who", "World Health Organization", None, "World Health Organization;World Health Organisation;WHO"),
    ("wto", "World Trade Organization", None, "World Trade Organization;World Trade Organisation;WTO"),
    ("iaea", "IAEA", None, "IAEA;International Atomic Energy Agency"),
    ("imf", "International Monetary Fund", None, "International Monetary Fund;IMF"),
    ("worldbank", "World Bank", None, "World Bank"),
    ("icc", "International Criminal Court", None, "International Criminal Court;ICC"),
    ("icj", "International Court of Justice", None, "International Court of Justice;ICJ;World Court"),
    ("icty", "ICTY", None, "ICTY;International Criminal Tribunal for the former Yugoslavia"),
    ("ictr", "ICTR", None, "ICTR;International Criminal Tribunal for Rwanda"),
    ("nato", "NATO", None, "NATO;Nato;N.A.T.O.;North Atlantic Treaty Organization;North Atlantic Alliance"),
    ("eu", "European Union", None, "European Union;EU;E.U."),
    ("ec", "European Commission", None, "European Commission"),
    ("ep", "European Parliament", None, "European Parliament"),
    ("ecb", "European Central Bank", None, "European Central Bank;ECB"),
    ("coe", "Council of Europe", None, "Council of Europe"),
    ("echr", "European Court of Human Rights", None, "European Court of Human Rights"),
    ("osce", "OSCE", None, "OSCE;Organization for Security and Co-operation in Europe"),
    ("asean", "ASEAN", None, "ASEAN;Asean;Association of Southeast Asian Nations"),
    ("au", "African Union", None, "African Union;AU"),
    ("arableague", "Arab League", None, "Arab League;League of Arab States"),
    ("gcc", "Gulf Cooperation Council", None, "Gulf Cooperation Council;GCC"),
    ("opec", "OPEC", None, "OPEC;Opec"),
    ("sco", "Shanghai Cooperation Organization", None, "Shanghai Cooperation Organization;SCO"),
    ("apec", "APEC", None, "APEC;Apec;Asia-Pacific Economic Cooperation"),
    ("g8", "G8", None, "G8;G-8;Group of Eight"),
    ("g20", "G20", None, "G20;G-20;Group of 20;Group of Twenty"),
    ("g7", "G7", None, "G7;G-7;Group of Seven"),
    ("cis", "Commonwealth of Independent States", None, "Commonwealth of Independent States;CIS"),
    ("oas", "Organization of American States", None, "Organization of American States;OAS"),
    ("oic", "Organisation of Islamic Cooperation", None, "Organisation of Islamic Cooperation;OIC"),
    ("interpol", "Interpol", None, "Interpol;INTERPOL"),
    ("europol", "Europol", None, "Europol"),
    ("redcross", "Red Cross", None, "Red Cross;ICRC;International Committee of the Red Cross"),
    ("amnesty", "Amnesty International", None, "Amnesty International;Amnesty"),
    ("hrw", "Human Rights Watch", None, "Human Rights Watch"),
    ("scotlandyard", "Scotland Yard", "GBR", "Scotland Yard;New Scotland Yard"),
    ("metpolice", "Metropolitan Police", "GBR", "Metropolitan Police;Met Police"),
    ("cps", "Crown Prosecution Service", "GBR", "Crown Prosecution Service;CPS"),
    ("fco", "Foreign Office", "GBR", "Foreign Office;Foreign and Commonwealth Office;FCO"),
    ("homeoffice", "Home Office", "GBR", "Home Office"),
    ("mi5", "MI5", "GBR", "MI5"),
    ("mi6", "MI6", "GBR", "MI6"),
    ("statedept", "State Department", "USA", "State Department;U.S. State Department;US State Department"),
    ("fbi", "FBI", "USA", "FBI;Federal Bureau of Investigation"),
    ("cia", "CIA", "USA", "CIA;Central Intelligence Agency"),
    ("doj", "Justice Department", "USA", "Justice Department;Department of Justice"),
    ("kgb", "KGB", "SUN", "KGB"),
    ("fsb", "FSB", "RUS", "FSB;Federal Security Service"),
    ("duma", "State Duma", "RUS", "State Duma;Duma"),
    ("mossad", "Mossad", "ISR", "Mossad"),
    ("knesset", "Knesset", "ISR", "Knesset"),
    ("bundestag", "Bundestag", "DEU", "Bundestag"),
    ("npc", "National People's Congress", "CHN", "National People's Congress;NPC"),
    ("cpc", "Communist Party of China", "CHN", "Communist Party of China;Chinese Communist Party;CPC;CCP"),
    ("xinhua", "Xinhua", "CHN", "Xinhua;Xinhua News Agency"),
    ("kyodo", "Kyodo News", "JPN", "Kyodo;Kyodo News;Kyodo News Agency"),
    ("tass", "ITAR-TASS", "RUS", "ITAR-TASS;Itar-Tass;TASS;Tass"),
    ("interfax", "Interfax", "RUS", "Interfax"),
    ("ria", "RIA Novosti", "RUS", "RIA Novosti;RIA;Ria Novosti"),
    ("irna", "IRNA", "IRN", "IRNA;Islamic Republic News Agency"),
    ("fars", "Fars", "IRN", "Fars;Fars News Agency"),
    ("isna", "ISNA", "IRN", "ISNA;Iranian Students News Agency"),
    ("yonhap", "Yonhap", "KOR", "Yonhap;Yonhap News Agency"),
    ("kcna", "KCNA", "PRK", "KCNA;Korean Central News Agency"),
    ("afp", "AFP", "FRA", "AFP;Agence France-Presse;Agence France Presse"),
    ("mena", "MENA", "EGY", "MENA;Middle East News Agency"),
    ("pap", "PAP", "POL", "PAP;Polish Press Agency"),
    ("spa", "SPA", "SAU", "SPA;Saudi Press Agency"),
    ("wam", "WAM", "ARE", "WAM;Emirates News Agency"),
    ("petra", "Petra", "JOR", "Petra news agency;Petra News Agency"),
    ("tanjug", "Tanjug", "SRB", "Tanjug"),
    ("bernama", "Bernama", "MYS", "Bernama"),
    ("antara", "Antara", "IDN", "Antara;ANTARA"),
    ("kuna", "KUNA", "KWT", "KUNA;Kuwait News Agency"),
    ("qna", "QNA", "QAT", "QNA;Qatar News Agency"),
    ("pti", "PTI", "IND", "PTI;Press Trust of India"),
    ("ians", "IANS", "IND", "IANS"),
    ("app", "APP", "PAK", "APP;Associated Press of Pakistan"),
    ("sana", "SANA", "SYR", "SANA;Syrian Arab News Agency"),
    ("suna", "SUNA", "SDN", "SUNA;Sudan News Agency"),
    ("anadolu", "Anadolu", "TUR", "Anadolu;Anadolu Agency"),
    ("ansa", "ANSA", "ITA", "ANSA"),
    ("efe", "EFE", "ESP", "EFE"),
    ("dpa", "DPA", "DEU", "DPA;dpa;Deutsche Presse-Agentur"),
    ("jiji", "Jiji Press", "JPN", "Jiji;Jiji Press"),
    ("ctk", "CTK", "CZE", "CTK"),
    ("mti", "MTI", "HUN", "MTI"),
    ("bta", "BTA", "BGR", "BTA"),
    ("prensalatina", "Prensa Latina", "CUB", "Prensa Latina"),
    ("lusa", "Lusa", "PRT", "Lusa"),
    ("notimex", "Notimex", "MEX", "Notimex"),
    ("belga", "Belga", "BEL", "Belga"),
    ("anp", "ANP", "NLD", "ANP"),
    ("hina", "HINA", "HRV", "HINA"),
    ("map", "MAP", "MAR", "MAP;Maghreb Arabe Presse"),
    ("aps", "APS", "DZA", "APS;Algerie Presse Service"),
    ("tap", "TAP", "TUN", "TAP;Tunis Afrique Presse"),
    ("saba", "SABA", "YEM", "SABA"),
    ("vna", "VNA", "VNM", "VNA;Vietnam News Agency"),
    ("kpl", "KPL", "LAO", "KPL"),
    ("sapa", "SAPA", "ZAF", "SAPA;Sapa"),
    ("bakhtar", "Bakhtar", "AFG", "Bakhtar"),
    ("saarc", "SAARC", None, "SAARC;South Asian Association for Regional Cooperation"),
    ("ap", "Associated Press", "USA", "AP;Associated Press;The Associated Press"),
    ("reuters", "Reuters", "GBR", "Reuters"),
    ("bbc", "BBC", "GBR", "BBC"),
    ("cnn", "CNN", "USA", "CNN"),
    ("hamas", "Hamas", None, "Hamas"),
    ("hezbollah", "Hezbollah", None, "Hezbollah;Hizbollah;Hizbullah"),
    ("taliban", "Taliban", None, "Taliban"),
    ("alqaeda", "al-Qaeda", None, "al-Qaeda;al Qaeda;Al-Qaeda;Al Qaeda;al-Qaida;Al-Qaida"),
    ("plo", "PLO", None, "PLO;Palestine Liberation Organization"),
    ("fatah", "Fatah", None, "Fatah"),
]

ORG_MAX_TOKENS: Final = 8

# Head nouns: a capitalised phrase ending with one is an organisation.
ORG_HEADS: Final = lexicon.words("actors", "organisation heads")
# Words that may come before a head noun inside an organisation's name ("Foreign Ministry").
MINISTRY_WORDS: Final = lexicon.words("actors", "ministry words")


def _build() -> tuple[dict[tuple[str, ...], OrgEntry], dict[str, OrgEntry]]:
    """(case-insensitive forms, exact-case forms): all-caps short forms only match as written."""
    folded: dict[tuple[str, ...], OrgEntry] = {}
    exact: dict[str, OrgEntry] = {}
    for key, name, country, forms in _LEXICON:
        entry = OrgEntry(key, name, country)
        for raw in forms.split(";"):
            form = raw.removeprefix("the ").removeprefix("The ")
            toks = tokenize_form(form)
            bare = form.replace(".", "").replace("-", "")
            if len(toks) == 1 and bare.isupper() and len(bare) <= 6:
                exact[form] = entry
            else:
                folded[toks] = entry
    return folded, exact


ORGS, ORGS_EXACT = _build()
ORG_FIRST: Final = frozenset(k[0] for k in ORGS)
ORG_PREFIXES: Final = frozenset(k[:m] for k in ORGS for m in range(1, len(k) + 1))
"""Every start of a key of :data:`ORGS`: a token tuple outside it neither is a key nor grows into one."""
