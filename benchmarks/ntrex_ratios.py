"""Measure the omission check's prior: how long a translation of Arabic is, per target language.

For every language of NTREX-128, over the TUNING half of the corpus only (see
ntrex_corpus.py: the held-out half was unseen when the prior was first
measured, and stays out of it), each Arabic sentence of 20 characters or
more is paired with its translation and the log of their length ratio
taken, lengths as the omission check counts them
(``kztr.checks.length.counted_length``: characters other than spaces,
bracketed text left out, an acronym counted as spelled out). The prior is the
median of those log ratios and their robust spread (1.4826 x the median
absolute deviation), written to ``translate/kztr/data/length-ratios.tsv`` with
the number of pairs.

    python benchmarks/ntrex_ratios.py [--ntrex DIR]
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
from pathlib import Path

from ntrex_corpus import ARABIC, ATTRIBUTION, DEFAULT_NTREX, read_file
from parallel_corpus import split_documents

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "translate" / "kztr" / "data" / "length-ratios.tsv"
# NTREX's variant codes that Babel's aliases do not give
_CODES = {"eng-GB": "en_GB", "eng-IN": "en_IN", "eng-US": "en_US", "fra-CA": "fr_CA", "por-BR": "pt_BR",
          "spa-MX": "es_MX", "zho-CN": "zh_CN", "zho-TW": "zh_TW", "srp-Cyrl": "sr", "srp-Latn": "sr_Latn",
          "fil": "fil", "prs": "fa_AF", "fuc": "ff", "mey": "ar_MR", "shi": "shi", "tgk-Cyrl": "tg",
          "sna-Latn": "sn", "snd-Arab": "sd", "aze-Latn": "az", "ckb-Arab": "ckb", "kmr": "ku", "hmn": "hmn"}


def language_code(ntrex: str) -> str:
    from babel.core import get_global

    if ntrex in _CODES:
        return _CODES[ntrex]
    return get_global("language_aliases").get(ntrex, ntrex)


def measure(ntrex: Path) -> list[tuple[str, float, float, int]]:
    from kztr.checks.length import MIN_CHARS, counted_length

    documents = [line.split("\t")[0] for line in read_file(ntrex, "DOCUMENT_IDS.tsv")]
    arabic = read_file(ntrex, ARABIC)

    class _Line:  # what split_documents needs
        def __init__(self, document):
            self.document = document

    tuning = set(split_documents([_Line(document) for document in documents])["tuning"])
    names = subprocess.run(["git", "--git-dir", str(ntrex), "ls-tree", "--name-only", "HEAD", "NTREX-128/"],
                           capture_output=True, text=True, check=True).stdout.split() if not (
        ntrex / "NTREX-128").is_dir() else [f"NTREX-128/{path.name}" for path in (ntrex / "NTREX-128").iterdir()]
    rows = []
    for name in sorted(names):
        code = name.rsplit("/", 1)[1].removeprefix("newstest2019-").removesuffix(".txt")
        kind, _, ntrex_code = code.partition(".")
        if ntrex_code == "arb" or kind not in ("ref", "src"):
            continue
        target = read_file(ntrex, name)
        ratios = []
        for index, source in enumerate(arabic):
            if documents[index] in tuning and counted_length(source) >= MIN_CHARS and target[index].strip():
                ratios.append(math.log(max(counted_length(target[index]), 1) / counted_length(source)))
        centre = statistics.median(ratios)
        spread = 1.4826 * statistics.median(abs(ratio - centre) for ratio in ratios)
        code = "en" if kind == "src" else language_code(ntrex_code)
        rows.append((code, centre, spread, len(ratios)))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ntrex", type=Path, default=DEFAULT_NTREX)
    args = parser.parse_args()
    rows = measure(args.ntrex)
    lines = ["# The omission check's prior: log(translation length / Arabic length) per target language.",
             "# Measured by benchmarks/ntrex_ratios.py on the tuning half of NTREX-128 (Arabic `arb` and each",
             "# language's translation of the same 1,007 news sentences; lengths as kztr.checks.length counts them).",
             f"# {ATTRIBUTION}",
             "# language<TAB>median log ratio<TAB>robust spread (1.4826 MAD)<TAB>pairs"]
    lines += [f"{code}\t{centre:.4f}\t{spread:.4f}\t{pairs}" for code, centre, spread, pairs in rows]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: {len(rows)} languages")


if __name__ == "__main__":
    main()
