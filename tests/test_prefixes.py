"""The abbreviation list segmentation reads is sacremoses' own, without importing sacremoses."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_packaged_prefixes_equal_sacremoses():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from generate_prefixes import TARGET, generate
    finally:
        sys.path.pop(0)
    assert TARGET.read_text(encoding="utf-8") == generate(), "run scripts/generate_prefixes.py"


def test_prefixes_parsed_into_always_and_numeric_only():
    from kztr.text.segment import latin_prefixes, split_sentences

    always, numeric_only = latin_prefixes()
    assert {"Mr", "Dr", "St"} <= always and {"No", "Art", "pp"} <= numeric_only
    assert "No" not in always
    assert split_sentences("التقى Mr. Smith بالوفد. ثم غادر.") == ["التقى Mr. Smith بالوفد.", "ثم غادر."]


def test_segmentation_does_not_import_sacremoses():
    code = ("import sys; from kztr.text.segment import split_sentences; "
            "split_sentences('قال Dr. Smith إن القمة No. 5 ناجحة. وأضاف.'); "
            "print('sacremoses' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
