"""Person-name evidence without a model: given names, East Asian surnames, words that are never
names, and spelling-variant matching ("Alexander"/"Aleksander").
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.roles import Gender
from diplotext.extractors.actors.tokens import words

# Chinese, Korean and Vietnamese family names: written first, so "Wen Jiabao" is Mr. Wen.
CJK_SURNAMES: Final = frozenset(
    words(
        """
    Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng
    Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei
    Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui
    Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Wen Qiao Xi Bo Zhan Geng Chi Kim Lee
    Park Choi Chung Jung Roh Ban Moon Yoon Yun Kang Cho Jo Yoo Shin Oh Hwang Ahn Lim Nam Hong Kwon Seo
    Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Nong Truong Dinh Mai Trinh
    Kwak Baek Yeo Lo Chan Wong Leung Cheung Lau Ng Tsang Ho Lam Tse Chow Kwok Yip
    """
    )
)

# One pinyin syllable; a Chinese given name is one or two of them ("Jiabao", "Jintao", "Jun").
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|"
    r"ue|er|a|o|e|i|u|v)"
)
_GIVEN_CJK = regex.compile(rf"(?i){_PINYIN}(?:{_PINYIN})?(?:-{_PINYIN}(?:{_PINYIN})?)?")
_GIVEN_KOREAN = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")

# Lowercase particles that may sit inside a name ("Dominique de Villepin", "Ban Ki-moon").
PARTICLES: Final = frozenset(
    {
        "de",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "ter",
        "ten",
        "af",
        "zu",
        "bint",
        "ould",
        "ag",
        "abu",
        "binti",
    }
)
ARABIC_PREFIX: Final = regex.compile(
    r"^(?:al|el|ad|ash|as|an|ar|at|az|bin|ibn|abu|abd|ben|bani|ul)-(?=\p{Lu})"
)

# Capitalised words that are never part of a person's name.
NON_NAME: Final = frozenset(
    words(
        """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
    i the a an and or but if in on at of for to by with from as into over after before under about
    this that these those it its he she his her they their we our you your there here who what when
    where why how which while although though however meanwhile moreover also yet so then now later
    earlier today yesterday tomorrow tonight last next first second third final new old former
    according speaking asked despite during since until unless because all both each every some many
    most more much several other another such no not only even still just very well mr mrs ms dr
    god allah internet islam islamic muslim muslims christian christians jewish jews arab arabs
    western eastern northern southern western central east west north south middle upper lower
    asian african european latin pacific atlantic arctic gulf sea ocean island islands river lake
    mount mountain mountains valley desert peninsula strait bay coast border zone region province
    territory state states city town village district county prefecture capital republic kingdom
    empire emirates federation union league association society council committee commission assembly
    parliament congress senate court tribunal police ministry department office bureau service
    authority administration cabinet government regime party front movement army navy forces force
    guard corps board agency group company corporation corp inc ltd co bank fund exchange market index
    airlines airways airport station street road avenue square palace hall house tower centre center
    hotel hospital school college university institute museum library stadium park bridge church
    mosque temple cathedral press times post news daily journal herald tribune gazette television tv
    radio network online photo photos pool copyright reporting editing writing agencies cup olympic
    olympics games war cold world summit conference forum day year christmas ramadan easter prize
    nobel award act bill law treaty convention charter declaration protocol pact accord agreement plan
    roadmap initiative programme program project mission operation crisis revolution spring uprising
    intifada constitution resolution security nuclear foreign defence defense interior justice
    finance trade economic economy human rights international national general united nations
    federal democratic people's peoples popular socialist communist liberal conservative labour labor
    green independent royal imperial presidential prime minister president premier secretary
    spokesman spokeswoman ambassador chairman king queen prince emperor pope leader chief director
    embassy consulate foundation corporation airlines group global euro dollar dollars
    eurozone english french spanish german russian chinese reuters
    facility facilities prison jail highway patrol research correctional inn lab laboratory
    laboratories clinic labs systems technologies media studios records pictures entertainment motors
    holdings partners trust llc plc ag sa gmbh airport railway railways
    election elections telegraph guardian observer mirror express mail campaign lords commons
    justices lib dems qc mp mps
    protestants catholics shiites sunnis secrets
    democrats republicans democrat republican conservatives socialists tories tory people high low
    xinhua ap afp bbc cnn sputnik eu nato un u.n. g8 g20 ad bc am pm gmt utc est edt pst et
    """
    )
)


@functools.cache
def _first_names() -> dict[str, Gender]:
    """Folded given name -> ``"m"``, ``"f"`` or ``None`` (either) from ``lexicon/first_names.txt``."""
    out: dict[str, Gender] = {}
    for section, lines in lexicon.sections("first_names").items():
        gender: Gender = "m" if section == "m" else "f" if section == "f" else None
        for line in lines:
            for word in line.split():
                key = fold(word)
                out[key] = None if key in out and out[key] != gender else gender
    return out


def fold(word: str) -> str:
    """Lower-case, accents removed, typographic apostrophes plain."""
    word = word.replace("\u2019", "'")
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word.lower()


def is_first_name(word: str) -> bool:
    """A known given name, or a compound of one ("Jean-Louis")."""
    key = fold(word)
    if key in _first_names():
        return True
    head, _, tail = key.partition("-")
    return bool(tail) and word[len(head) + 1 : len(head) + 2].isupper() and head in _first_names()


def first_name_gender(word: str) -> Gender:
    return _first_names().get(fold(word))


def is_cjk_surname(word: str) -> bool:
    return word in CJK_SURNAMES


def looks_cjk_given(word: str) -> bool:
    """Could ``word`` be a Chinese given name in pinyin ("Jiabao") or a Korean one ("Ki-moon")?"""
    if len(word) > 14 or not word[:1].isupper():
        return False
    return bool(_GIVEN_CJK.fullmatch(word) or _GIVEN_KOREAN.fullmatch(word))


def is_non_name(word: str) -> bool:
    return fold(word) in NON_NAME


def core(word: str) -> str:
    """The comparable core of a name token: folded, without an Arabic article ("al-Assad" -> "assad")."""
    return fold(ARABIC_PREFIX.sub("", word))


@functools.lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A rough transliteration key: "Aleksander" and "Alexander" share one."""
    w = core(word)
    for a, b in (
        ("ks", "x"),
        ("kh", "h"),
        ("ph", "f"),
        ("ie", "i"),
        ("yi", "i"),
        ("y", "i"),
        ("j", "i"),
        ("w", "v"),
        ("ou", "u"),
        ("ck", "k"),
        ("c", "k"),
        ("ei", "i"),
        ("ee", "i"),
        ("oo", "u"),
        ("dh", "d"),
        ("th", "t"),
        ("sch", "sh"),
        ("ss", "s"),
        ("ll", "l"),
        ("mm", "m"),
        ("tt", "t"),
        ("e", "i"),
    ):
        w = w.replace(a, b)
    return w


@functools.lru_cache(maxsize=8192)
def same_token(a: str, b: str) -> bool:
    """Are two name tokens the same name, allowing transliteration variants?"""
    ca, cb = core(a), core(b)
    if ca == cb:
        return True
    if not ca or not cb or ca[0] != cb[0]:
        return False
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    if min(len(ca), len(cb)) < 5:
        return False
    return difflib.SequenceMatcher(None, sa, sb).ratio() >= 0.85


def initial_of(a: str, b: str) -> bool:
    """Is ``a`` an initial ("W.", "W") standing for ``b``?"""
    a = a.rstrip(".")
    return len(a) == 1 and a.isupper() and b[:1] == a
