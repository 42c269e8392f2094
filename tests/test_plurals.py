"""Plural-Forms: what GNU gettext's msginit writes for every language it knows, CLDR for the others."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLE, ROOT, msgfmt_check
from kztr.locales import gettext_plural_forms, plural_forms


def _generator():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate_plurals
    finally:
        sys.path.pop(0)
    return generate_plurals


def test_packaged_table_is_what_the_installed_msginit_writes():
    generator = _generator()
    assert generator.TARGET.read_text(encoding="utf-8") == generator.generate(), "run scripts/generate_plurals.py"


def test_every_language_babel_knows_gets_msginit_s_rule_or_else_cldr_s(tmp_path: Path):
    from babel.messages.plurals import get_plural

    generator = _generator()
    template = tmp_path / "t.pot"
    template.write_text(generator.TEMPLATE, encoding="utf-8")
    codes = generator.candidates()
    answers = generator.msginit_table(codes)
    assert len(answers) >= 30 and "fr" in answers  # msginit really answered
    for code in codes:
        from kztr.errors import LocaleError

        try:
            ours = plural_forms(code)
        except LocaleError:
            continue  # a Babel identifier kztr does not take as a language (none today)
        expected = answers.get(code) or answers.get(code.split("_")[0]) or get_plural(code.split("_")[0]).plural_forms
        assert ours == expected, code


@pytest.mark.parametrize("code, expected", [
    ("fr", "nplurals=2; plural=(n > 1);"),  # CLDR says 3 forms (one, many, other): gettext and Poedit say 2
    ("pt_BR", "nplurals=2; plural=(n > 1);"),
    ("pt_PT", "nplurals=2; plural=(n != 1);"),
    ("sr@latin", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                 "(n%100<10 || n%100>=20) ? 1 : 2);"),
])
def test_msginit_s_rule_by_language_and_region(code, expected, tmp_path):
    assert plural_forms(code) == expected
    template = tmp_path / "t.pot"
    template.write_text(_generator().TEMPLATE, encoding="utf-8")
    assert _generator().msginit_plural_forms(code, template) == expected  # the real msginit agrees


def test_languages_gettext_does_not_know_keep_cldr():
    assert "ar" not in gettext_plural_forms() and plural_forms("ar").startswith("nplurals=6;")
    assert plural_forms("kk") == "nplurals=2; plural=(n != 1);"


def test_init_writes_msginit_s_plural_forms_and_msgfmt_accepts_them(project, run):
    for code in ("fr", "pl", "ga", "sl"):
        run("init", "--lang", code)
        po = project / "locales" / code / "LC_MESSAGES" / f"{ARTICLE}.po"
        assert f'"Plural-Forms: {gettext_plural_forms()[code]}\\n"' in po.read_text(encoding="utf-8")
        msgfmt_check(po)
    # msgfmt checks the expression against nplurals too
    result = subprocess.run(["msgfmt", "--check-header", "-o", "/dev/null",
                             str(project / "locales" / "sl" / "LC_MESSAGES" / f"{ARTICLE}.po")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
