"""Every input ends with a valid document, or (command line) exit status 2 and one line naming the
input and the reason: the decoding policy, hostile files, non-English articles, HTML with scripts."""

from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import jsonschema
import pytest

import diplotext
from diplotext.cli import main
from diplotext.inputs import InputError, decode_with_note, read_records
from diplotext.language import detect_language
from diplotext.model import output_schema

ENGLISH = (
    "Prime Minister Ana Duarte of Portugal arrived in Ottawa on Monday for a three-day visit. "
    "\u201cWe have a great deal to talk about,\u201d Ms. Duarte told reporters at the airport.\n"
)

# ----------------------------------------------------------------------------- decoding policy


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"", ""),
        (codecs.BOM_UTF8 + "Caf\u00e9 talks".encode(), "Caf\u00e9 talks"),
        (codecs.BOM_UTF16_LE + "Caf\u00e9 \U0001f600".encode("utf-16-le"), "Caf\u00e9 \U0001f600"),
        (codecs.BOM_UTF16_BE + "Caf\u00e9 talks".encode("utf-16-be"), "Caf\u00e9 talks"),
        (codecs.BOM_UTF32_LE + "Caf\u00e9 talks".encode("utf-32-le"), "Caf\u00e9 talks"),
        (codecs.BOM_UTF32_BE + "Caf\u00e9 talks".encode("utf-32-be"), "Caf\u00e9 talks"),
        ("Caf\u00e9 \u2014 \u201ctalks\u201d \ufffd".encode(), "Caf\u00e9 \u2014 \u201ctalks\u201d \ufffd"),
        ("Caf\u00e9 \u2019talks\u2019".encode("cp1252"), "Caf\u00e9 \u2019talks\u2019"),  # Windows-1252
        ("S\u00e3o Paulo \u00bd".encode("latin-1"), "S\u00e3o Paulo \u00bd"),  # Latin-1
        (b"Unassigned \x81\x8d in cp1252", "Unassigned \x81\x8d in cp1252"),  # read as Latin-1
        (b"A tab\tand a form feed\x0c are text" + b" long text" * 20 + b"\x1b", None),
    ],
)
def test_decoding_policy(data: bytes, text: str | None) -> None:
    got, note = decode_with_note(data, "in.txt")
    assert note is None
    assert got == (text if text is not None else data.decode("ascii"))


def test_damaged_utf8_keeps_its_good_characters_and_says_how_many_bytes_were_bad() -> None:
    data = "\u201cWe agree,\u201d the caf\u00e9 owner said.".encode() + b" \xff\xfe and \xc3 end"
    text, note = decode_with_note(data, "in.txt")
    assert text.startswith("\u201cWe agree,\u201d the caf\u00e9 owner said.")
    assert text.count("\ufffd") == 3
    assert note == "in.txt: not valid UTF-8: 3 bad byte(s) read as U+FFFD"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Talks\x00 began.", "binary data, not a text file"),
        (b"Talks \x01\x02\x03\x04\x05 began." * 3, "binary data, not a text file"),
        (random.Random(3).randbytes(4000), "binary data, not a text file"),
        ("Talks began on Monday.".encode("utf-16-le"), "UTF-16 without a byte-order mark?"),
        (codecs.BOM_UTF16_LE + b"abc", "not UTF-16 text despite its byte-order mark"),
        (codecs.BOM_UTF8 + b"caf\xe9", "not UTF-8 text despite its byte-order mark"),
    ],
)
def test_undecodable_input_is_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_with_note(data, "in.txt")
    message = str(caught.value)
    assert message.startswith("in.txt: ") and reason in message and "\n" not in message


# ----------------------------------------------------------------------------- the command line

HOSTILE: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n  \n",
    "nul.txt": b"Talks\x00 began on Monday.",
    "controls.txt": b"Talks \x01\x02\x03 began.\x04\x05",
    "random.txt": random.Random(5).randbytes(20_000),
    "damaged.txt": ENGLISH.encode() + b"\xff\xfe\xc3 " + ENGLISH.encode(),
    "utf16.txt": ENGLISH.encode("utf-16"),
    "utf16-no-bom.txt": ENGLISH.encode("utf-16-le"),
    "latin1.txt": "Le pr\u00e9sident met the envoy in S\u00e3o Paulo on Monday.".encode("latin-1"),
    "no-space.txt": b"a" * 300_000,
    "quotes.txt": b'"' * 50_000,
    "parentheses.txt": b"(" * 50_000 + b")" * 50_000,
    "rtl-emoji.txt": (
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001f600\U0001f1fa\U0001f1f8 \u200f\u202e"
        + ENGLISH
    ).encode(),
    "deep.json": b"[" * 100_000,
    "deep-record.json": b'{"text": "x", "extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "deep-line.jsonl": b"[" * 100_000 + b"\n" + json.dumps({"text": ENGLISH}).encode() + b"\n",
    "separators.jsonl": (
        json.dumps({"id": "r1", "text": "Talks\u2028began\u0085 on\u2029Monday."}, ensure_ascii=False) + "\n"
    ).encode(),
    "surrogate.json": b'{"id": "s\\udc00", "text": "Talks \\ud800 began on Monday."}',
    "wrong.json": b'{"text": 5}',
    "empty-bad-date.json": b'{"text": "", "published": "garbage"}',
    "scripts.html": (
        b"<html><head><script>document.write('<p>injected</p>'); alert(1)</script>"
        b"<style>p { color: red }</style><link rel=stylesheet href='http://192.0.2.1/x.css'></head>"
        b"<body><img src='http://192.0.2.1/a.png'><iframe src='http://192.0.2.1/'></iframe>"
        b"<p>Putin &amp; Macron met in Paris &eacute;t&eacute; &#x1F600; &#0; &#xD800; &#99999999;"
        b" &bogus;</p>"
        b"<script>var s = '</p><p>more'</script></body></html>"
    ),
}
REFUSED = {
    "nul.txt",
    "controls.txt",
    "random.txt",
    "utf16-no-bom.txt",
    "deep.json",
    "deep-record.json",
    "wrong.json",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_gives_a_document_or_one_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    code = main(["extract", "--format", "jsonl", str(path)])
    out, err = capsys.readouterr()
    if name in REFUSED:
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith(f"diplotext: {path}: "), err
        return
    assert code == 0 and err == ""
    docs = [json.loads(line) for line in out.split("\n") if line]  # not splitlines(): U+2028 is no break
    assert docs
    for doc in docs:
        jsonschema.validate(doc, output_schema())
    if name == "damaged.txt":
        assert docs[0]["errors"][0]["message"].endswith("3 bad byte(s) read as U+FFFD")
        assert docs[0]["quotes"]  # the good text was read
    if name == "utf16.txt":
        assert docs[0]["quotes"][0]["text"] == "We have a great deal to talk about,"
    if name == "separators.jsonl":  # U+2028 and U+0085 are inside the record, not line breaks
        assert [d["id"] for d in docs] == ["r1"] and docs[0]["errors"] == []
    if name == "deep-line.jsonl":
        assert docs[0]["errors"][0]["message"].endswith(":1: invalid JSON (nested too deeply)")
        assert docs[1]["quotes"]
    if name == "empty-bad-date.json":  # raised ValueError when the text was empty
        assert [e["stage"] for e in docs[0]["errors"]] == ["input", "read_article"]
    if name == "surrogate.json":
        assert docs[0]["id"] == "s\ufffd"
        assert "lone surrogate" in docs[0]["errors"][0]["message"]
    if name == "scripts.html":
        body = docs[0]["article"]["body"]
        assert "Macron" in body and "&amp;" not in body
        assert "alert" not in body and "injected" not in body and "color" not in body


def test_surrogates_keep_offsets(tmp_path: Path) -> None:
    """A lone surrogate becomes one U+FFFD: offsets still point at the record's text."""
    text = "Talks \ud800 began. " + ENGLISH
    (rec,) = read_records(str(tmp_path / "x.json"), stream=_bytes(json.dumps({"text": text})))
    assert len(rec["text"]) == len(text) and rec["text"][6] == "\ufffd"
    doc = diplotext.extract(rec["text"])
    assert [doc.text[q.start : q.end] for q in doc.quotes] == [q.text for q in doc.quotes]


def _bytes(text: str) -> object:
    import io

    return io.BytesIO(text.encode())


# ----------------------------------------------------------------------------- language

NOT_ENGLISH = {  # the same news in other languages, written for the tests
    "fr": (
        "Le ministre des Affaires étrangères est arrivé lundi à Lisbonne pour une visite de trois "
        "jours. Il a rencontré le président de la République et les deux pays ont signé un accord "
        "sur la coopération dans le domaine de l'énergie, selon un communiqué publié par le "
        "gouvernement."
    ),
    "de": (
        "Der Außenminister ist am Montag zu einem dreitägigen Besuch in Lissabon eingetroffen. Er "
        "traf den Präsidenten der Republik, und die beiden Länder haben ein Abkommen über die "
        "Zusammenarbeit im Energiebereich unterzeichnet, wie die Regierung in einer Mitteilung "
        "bekannt gab."
    ),
    "es": (
        "El ministro de Asuntos Exteriores llegó el lunes a Lisboa para una visita de tres días. Se"
        " reunió con el presidente de la República y los dos países firmaron un acuerdo sobre la "
        "cooperación en el sector de la energía, según un comunicado del gobierno."
    ),
    "it": (
        "Il ministro degli Esteri è arrivato lunedì a Lisbona per una visita di tre giorni. Ha "
        "incontrato il presidente della Repubblica e i due paesi hanno firmato un accordo sulla "
        "cooperazione nel settore dell'energia, secondo un comunicato del governo."
    ),
    "pt": (
        "O ministro dos Negócios Estrangeiros chegou na segunda-feira a Lisboa para uma visita de "
        "três dias. Ele se reuniu com o presidente da República e os dois países assinaram um "
        "acordo sobre a cooperação no setor da energia, segundo um comunicado do governo."
    ),
    "nl": (
        "De minister van Buitenlandse Zaken is maandag in Lissabon aangekomen voor een bezoek van "
        "drie dagen. Hij heeft de president van de republiek ontmoet en de twee landen hebben een "
        "akkoord over de samenwerking op het gebied van energie getekend, zo meldt de regering."
    ),
    "tr": (
        "Dışişleri Bakanı pazartesi günü üç günlük bir ziyaret için Lizbon'a geldi. Bakan "
        "cumhurbaşkanı ile görüştü ve iki ülke enerji alanında işbirliği için bir anlaşma imzaladı,"
        " hükümet tarafından yapılan açıklamaya göre bu ziyaret çok önemli."
    ),
    "und": (
        "Bộ trưởng Ngoại giao đã đến Lisbon vào thứ Hai để thăm ba ngày. Ông đã gặp Tổng thống và "
        "hai nước đã ký một thỏa thuận hợp tác trong lĩnh vực năng lượng, theo thông báo của chính "
        "phủ."
    ),
    "und-Cyrl": (
        "Министр иностранных дел прибыл в понедельник в Лиссабон с трёхдневным визитом. Он "
        "встретился с президентом республики, и две страны подписали соглашение о сотрудничестве в "
        "области энергетики, говорится в заявлении правительства."
    ),
    "und-Arab": (
        "وصل وزير الخارجية يوم الاثنين إلى لشبونة في زيارة تستمر ثلاثة أيام. والتقى رئيس الجمهورية "
        "ووقع البلدان اتفاقا للتعاون في مجال الطاقة، بحسب بيان صادر عن الحكومة. Putin Macron Moscow"
        " 2011."
    ),
    "zh": (
        "外交部长星期一抵达里斯本，进行为期三天的访问。他会见了共和国总统，两国签署了能源领域合作协议，政府在一份声明中说。俄罗斯总统普京也参加了会谈。"
    ),
    "ja": (
        "外務大臣は月曜日、三日間の訪問のためリスボンに到着した。大臣は大統領と会談し、両国はエネルギー分野での協力に関する協定に署名したと政府が発表した。"
    ),
}


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_non_english_article_is_named_and_nothing_is_extracted(language: str) -> None:
    text = "Lisbon\n\n" + NOT_ENGLISH[language] + "\n\n" + NOT_ENGLISH[language].replace(".", " !")
    doc = diplotext.extract(text, published="2023-03-14")
    assert doc.article.language == language
    assert (doc.actors, doc.dates, doc.quotes, doc.events) == ((), (), (), ())
    (error,) = doc.errors
    assert error.stage == "input" and f"reads as {language!r}, not English" in error.message
    jsonschema.validate(doc.to_dict(), output_schema())


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH * 3,
        ENGLISH * 3 + "The minister added in French: \u00ab Nous sommes d'accord sur tout. \u00bb\n",
        ENGLISH + " ".join(["Putin met Macron."] * 20),  # "met" is a Dutch word too
        "Results on Tuesday:\n\n" + "\n\n".join(f"Chelsea {i} Reading {i + 1} (Lita {i})" for i in range(30)),
        "Short: \u00e7a va.",
        "\u041f\u0443\u0442\u0438\u043d said. " + ENGLISH,
    ],
)
def test_english_stays_english(text: str) -> None:
    assert diplotext.extract(text).article.language == "en"


def test_a_record_can_say_its_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    records = [
        {"id": "fr", "text": NOT_ENGLISH["fr"]},
        {"id": "forced", "text": ENGLISH * 2, "language": "en"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["article"]["language"] for d in docs] == ["fr", "en"]
    assert docs[1]["quotes"] and not docs[0]["quotes"]


def test_language_check_reads_a_bounded_sample() -> None:
    """A huge text is placed from its first words (the check stays cheap and linear)."""
    assert detect_language([NOT_ENGLISH["de"] * 5000]) == "de"
    assert detect_language([ENGLISH * 2000 + NOT_ENGLISH["de"] * 2000]) == "en"
