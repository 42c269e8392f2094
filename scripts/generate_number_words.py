"""Write every inflected form of the Russian number words into kztr's package data.

Russian declines its numerals (тридцать, тридцати, тридцатью) and its
ordinals in every gender, number and case (девятнадцатый, девятнадцатого,
девятнадцатом, девятнадцатая, …). pymorphy3 (with the OpenCorpora dictionary,
pymorphy3-dicts-ru) knows them all; the number reader needs only this closed
list, so it is generated once here and read from a file: kztr itself does not
depend on pymorphy3 and its 16 MB dictionary.

    python -m venv /tmp/morph && /tmp/morph/bin/pip install pymorphy3 pymorphy3-dicts-ru
    /tmp/morph/bin/python scripts/generate_number_words.py
"""

from __future__ import annotations

from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "translate" / "kztr" / "data" / "number-words.ru"

UNITS = "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать " \
        "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()
TENS = "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
HUNDREDS = "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()
SCALES = {"тысяча": 1000, "миллион": 10 ** 6, "миллиард": 10 ** 9, "триллион": 10 ** 12}
ORDINAL_UNITS = "нулевой первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый " \
                "одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый шестнадцатый семнадцатый " \
                "восемнадцатый девятнадцатый".split()
ORDINAL_TENS = "двадцатый тридцатый сороковой пятидесятый шестидесятый семидесятый восьмидесятый " \
               "девяностый".split()
ORDINAL_BIG = {"сотый": 100, "тысячный": 1000, "миллионный": 10 ** 6}
OTHERS = {  # lemma: (value, kind)
    "полтора": ("1.5", "count"), "полтораста": ("150", "count"),
    "двое": ("2", "count"), "трое": ("3", "count"), "четверо": ("4", "count"), "пятеро": ("5", "count"),
    "шестеро": ("6", "count"), "семеро": ("7", "count"), "оба": ("2", "count"),
    "половина": ("0.5", "fraction"), "четверть": ("0.25", "fraction"), "треть": ("0.333", "fraction"),
    "десятилетие": ("10", "count"), "дюжина": ("12", "count"),
}


def forms(morph, lemma: str) -> set[str]:
    """Every form of ``lemma`` in the dictionary (ё also written е)."""
    found = set()
    for parse in morph.parse(lemma):
        if parse.normal_form.replace("ё", "е") != lemma.replace("ё", "е"):
            continue
        for form in parse.lexeme:
            found.add(form.word)
            found.add(form.word.replace("ё", "е"))
    return found or {lemma}


def generate() -> str:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    rows: dict[str, tuple[str, str]] = {}

    def add(lemma: str, value: int | str, kind: str) -> None:
        for form in sorted(forms(morph, lemma)):
            rows.setdefault(form, (str(value), kind))

    for value, lemma in enumerate(UNITS):
        add(lemma, value, "count")
    for index, lemma in enumerate(TENS):
        add(lemma, 20 + 10 * index, "count")
    for index, lemma in enumerate(HUNDREDS):
        add(lemma, 100 * (index + 1), "count")
    for lemma, value in SCALES.items():
        add(lemma, value, "scale")
    for value, lemma in enumerate(ORDINAL_UNITS):
        add(lemma, value, "ordinal")
    for index, lemma in enumerate(ORDINAL_TENS):
        add(lemma, 20 + 10 * index, "ordinal")
    for lemma, value in ORDINAL_BIG.items():
        add(lemma, value, "ordinal")
    for lemma, (value, kind) in OTHERS.items():
        add(lemma, value, kind)
    lines = ["# Russian number words, every form: form<TAB>value<TAB>kind (count, ordinal, scale, fraction).",
             f"# pymorphy3 {pymorphy3.__version__} with the OpenCorpora dictionary: lexemes of the lemmas in",
             "# scripts/generate_number_words.py. Generated; do not edit."]
    lines += [f"{form}\t{value}\t{kind}" for form, (value, kind) in sorted(rows.items())]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
    print(f"wrote {TARGET}")
