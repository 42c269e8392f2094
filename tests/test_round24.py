"""Issue 17, round 24: what a new user's trial of ``kztr check`` found, on the shipped catalogs (the Russian
edition's units pasted into the English catalog, a date's month changed, the English's 11 dropped) and on cases
of its own brief: another alphabet, Arabic punctuation, raw HTML, accepting comments, orphaned catalogs, findings
that no longer depend on the languages asked about."""

from __future__ import annotations

import polib
import pytest
from conftest import ARTICLE, ROOT
from test_align import PO, shipped
from test_checks import messages, run_checks


def test_the_russian_edition_in_the_english_catalog_is_an_error_in_every_unit():
    """Each of the 45 units, the byline «Асель Сатубалдина, старший редактор The Astana Times» with it."""
    russian = shipped("ru")
    for msgid, msgstr in russian.items():
        found = run_checks(msgid, msgstr, "en", only="script")
        assert ("script", "error", False) in found, (msgid, msgstr)
    byline = next(msgstr for msgstr in russian.values() if "The Astana Times" in msgstr)
    [message] = [text for text in messages(next(k for k, v in russian.items() if v == byline), byline, "en")
                 if "letters" in text]
    assert message == "the translation is written in Cyrillic letters, not Latin (another language's text?)"


def test_the_shipped_translations_in_their_own_catalogs_raise_nothing():
    for lang in ("en", "ru"):
        for msgid, msgstr in shipped(lang).items():
            assert run_checks(msgid, msgstr, lang, only="script") == [], (lang, msgstr)


@pytest.mark.parametrize("msgid, msgstr, lang", [
    # Latin brands outnumber the Cyrillic letters of a Russian sentence: news writes them so
    ("وقدمت شركة آبل ساعة آبل الجديدة.", "Apple представила Apple Watch Series 8.", "ru"),
    # Serbian is written in both alphabets: a Latin translation in the sr catalog is Serbian
    ("زار الرئيس توكاييف بلغراد.", "Predsednik Tokajev posetio je Beograd.", "sr"),
    ("زار الرئيس توكاييف بلغراد.", "Председник Токајев посетио је Београд.", "sr@latin"),
    # a Russian title the Arabic writes in Cyrillic too
    ("نشرت صحيفة «Известия» المقال.", "The article appeared in «Известия».", "en"),
])
def test_another_alphabet_where_it_belongs_is_no_error(msgid, msgstr, lang):
    assert ("script", "error", False) not in run_checks(msgid, msgstr, lang, only="script")


def test_a_latin_term_kept_as_it_is_and_dropped_is_one_finding_not_two():
    """The shipped glossary's CICA = CICA: the latin check's error, and the glossary's warning only when the latin
    check does not run."""
    from kztr.glossary import read_glossary

    glossary = read_glossary(ROOT / "glossary" / "en.tsv", "en")
    source = "مددت كازاخستان رئاستها في CICA حتى عام 2024."
    translation = "Kazakhstan extended its chairmanship until 2024."
    assert run_checks(source, translation, "en", glossary=glossary) == [("latin", "error", False)]
    assert run_checks(source, translation, "en", glossary=glossary, only="glossary") == [
        ("glossary", "warning", False)]
    # a term with a translation of its own is still the glossary's
    source = "وتحدث توكاييف في CICA."
    assert run_checks(source, "He spoke at CICA.", "en", glossary=glossary) == [("glossary", "warning", False)]


@pytest.mark.parametrize("cache", [True, False])
def test_a_catalogs_findings_do_not_depend_on_the_languages_asked_about(project, run, cache):
    """«وحضر القمة أحد عشر رئيس دولة»: the English without its 11 is a finding because the Russian writes 11 in
    digits; ``check --lang en``, ``status --lang en`` and the English review read the Russian catalog too."""
    import json

    po = project / PO.format(lang="en")
    text = po.read_text(encoding="utf-8")
    assert text.count("attended by 11 heads of state") == 1
    po.write_text(text.replace("attended by 11 heads of state", "attended by heads of state"), encoding="utf-8")
    flags = () if cache else ("--no-cache",)

    def english(*args: str) -> list[tuple[int, str, str]]:
        found = json.loads(run("check", "--format", "json", "--fail-on", "never", *flags, *args).output)
        return [(item["line"], item["check"], item["message"]) for item in found if item["language"] == "en"]

    everything = english()
    assert any(check == "numbers" and "أحد عشر (11)" in message for _, check, message in everything)
    assert english("--lang", "en") == everything
    assert english("--lang", "en", "--doc", ARTICLE) == everything
    [status] = json.loads(run("status", "--lang", "en", "--format", "json", *flags).output)
    assert [(item["line"], item["check"], item["message"]) for item in status["findings"]] == everything


@pytest.mark.parametrize("translation, message", [
    ("Will these plans succeed in attracting investors؟",
     "Arabic punctuation in a Latin-script translation: ؟"),
    ("The forum was held between Almaty، and Astana؛ it ended on time.",
     "Arabic punctuation in a Latin-script translation: ، ؛"),
    ("The forum opened on 15 March ٢٠٢٢.", "Arabic digits in a Latin-script translation: ٢٠٢٢"),
    ("The forum (منتدى) opened on 15 March 2022.", "Arabic letters in a Latin-script translation: منتدى"),
])
def test_arabic_punctuation_and_digits_left_in_a_translation_are_named_so(translation, message):
    source = "افتتح المنتدى في ألماتي يوم ١٥ مارس ٢٠٢٢، فهل ستنجح هذه الخطط؟"
    assert message in messages(source, translation, "en")
    assert ("script", "error", False) in run_checks(source, translation, "en", only="script")


def test_arabic_punctuation_in_a_russian_translation_is_an_error_too():
    source = "هل ستنجح هذه الخطط في جذب المستثمرين؟"
    assert "Arabic punctuation in a Cyrillic-script translation: ؟" in messages(
        source, "Удастся ли этим планам привлечь инвесторов؟", "ru")
    assert run_checks(source, "Удастся ли этим планам привлечь инвесторов?", "ru", only="script") == []


@pytest.mark.parametrize("source, translation, tag", [
    ("ناقش المشاركون المواضيع التالية:",
     'The participants discussed the <a href="https://evil.example/x">following topics</a>:', "a"),
    ("هل ستنجح هذه الخطط في جذب المستثمرين؟",
     "Will these plans succeed in attracting investors<img src=x onerror=alert(1)>?", "img"),
])
def test_raw_html_a_translation_adds_to_a_markdown_unit_is_a_markup_error(source, translation, tag):
    """CommonMark with HTML off shows a tag as typed: the edition flags the unit "markup differs", and check says
    why, as for an added link."""
    from kztr.text.markup import markup_differs

    assert markup_differs(source, translation)
    assert (f"markup differs (the edition shows this translation as text): an HTML tag the source does not have "
            f"(shown as typed): <{tag}>") in messages(source, translation, "en", markup=True)
    # the markup check is a Markdown document's alone: a plain-text unit with a tag is left to the edition's escaping
    assert run_checks(source, translation, "en", only="markup") == []


def test_a_less_than_sign_is_no_tag():
    from kztr.text.markup import markup_differs

    assert not markup_differs("نما بنسبة أقل من ٥٪", "grew by < 5 % and 3<4")


def test_an_accepting_comment_that_names_no_check_is_said_so(project, run):
    """``# kztr: ok punctation`` accepts nothing: the finding stays, and check says why, with the check it may
    mean."""
    po = project / PO.format(lang="en")
    catalog = polib.pofile(str(po))
    entry = next(entry for entry in catalog if entry.msgid.endswith(".") and entry.msgstr.endswith(".")
                 and "paragraph" in entry.comment)
    entry.msgstr = entry.msgstr.rstrip(".")
    entry.tcomment = "kztr: ok punctation — the full stop is the house style"
    catalog.save(str(po))
    line = next(number for number, text in enumerate(po.read_text(encoding="utf-8").splitlines(), start=1)
                if text == "# kztr: ok punctation — the full stop is the house style")
    result = run("check", "--lang", "en", "--fail-on", "never")
    assert (f"kztr: locales/en/LC_MESSAGES/{ARTICLE}.po:{line}: “# kztr: ok punctation” names no check "
            f"(did you mean punctuation?): nothing is accepted by it") in result.output
    assert f"{ARTICLE}.po:{line}: warning: punctuation:" in result.output  # the finding stays open


@pytest.mark.parametrize("lang, right, wrong", [
    ("en", "on 14 October", "on 14 September"),
    ("ru", "14 октября", "14 сентября"),
])
def test_a_date_whose_month_the_translation_changes_is_an_error(lang, right, wrong):
    """The shipped article's «في 14 أكتوبر» (the CIS summit) with its month changed; the shipped translation passes."""
    units = shipped(lang)
    msgid, msgstr = next((msgid, msgstr) for msgid, msgstr in units.items() if right in msgstr)
    assert "14 أكتوبر" in msgid
    assert not [text for text in messages(msgid, msgstr, lang) if "month" in text]
    assert "the month of a date changed: أكتوبر (October) in the source, September in the translation" in messages(
        msgid, msgstr.replace(right, wrong), lang)


@pytest.mark.parametrize("source, translation, lang", [
    ("اشترت الشركة ٣ سيارات نيسان جديدة.", "The company bought 3 new Nissan cars in May 2022.", "en"),  # نيسان: no date
    ("افتتح المنتدى يوم ١٥ مارس ٢٠٢٢.", "The forum opened on 15.03.2022.", "en"),  # the month as a number
    ("افتتح المنتدى يوم ١٥ آذار ٢٠٢٢.", "Le forum s'est ouvert le 15 mars 2022.", "fr"),  # the Levant's name
    ("بين مارس ومايو 2022", "between March and May 2022", "en"),
])
def test_a_month_said_otherwise_or_a_word_a_month_spells_is_no_finding(source, translation, lang):
    assert not [text for text in messages(source, translation, lang) if "month" in text]


def test_a_changed_link_target_is_the_markup_checks_finding_alone():
    source = "انظر [الموقع](https://a.kz) وقمة CICA."
    translation = "See [the site](https://evil.example/phish) and the CICA summit."
    # in a plain-text document the brackets are text: the address is a Latin run the translation lost
    assert run_checks(source, translation, "en") == [("latin", "error", False)]
    found = messages(source, translation, "en", markup=True)
    assert found == ["markup differs (the edition shows this translation as text): a link the source does not have: "
                     "https://evil.example/phish; a link of the source is missing: https://a.kz"]
    assert messages(source, translation, "en", markup=True, only=("latin",)) == [
        "“https://a.kz” (Latin script in the source) is missing from the translation"]


def test_check_names_the_catalogs_of_no_source_document(project, run):
    """A catalog left behind by a deleted or renamed document is not checked, and check says so, as status does."""
    import shutil

    shutil.copyfile(project / PO.format(lang="en"), project / "locales/en/LC_MESSAGES/ghost.po")
    result = run("check")
    assert ("kztr: orphaned, not checked: 1 catalog (en): no source document 'ghost' any more; renamed? kztr rename "
            "ghost NEW; deleted? rm locales/*/LC_MESSAGES/ghost.po") in result.output
    assert "orphaned" not in run("check", "--doc", ARTICLE).output  # a check of one document looks at no other


def test_an_accepted_finding_without_a_reason_reads_the_same_in_every_format(project, run):
    import json

    po = project / PO.format(lang="en")
    catalog = polib.pofile(str(po))
    entry = next(entry for entry in catalog if "attended by 11 heads of state" in entry.msgstr)
    entry.msgstr = entry.msgstr.replace("attended by 11 heads of state", "attended by 12 heads of state")
    entry.tcomment = "kztr: ok numbers"
    catalog.save(str(po))
    sarif = json.loads(run("check", "--lang", "en", "--format", "sarif", "--fail-on", "never").output)
    [result] = [item for item in sarif["runs"][0]["results"] if item.get("suppressions")]
    assert result["suppressions"][0]["justification"] == "no reason given"
    assert "(accepted: no reason given)" in run("check", "--lang", "en", "--format", "markdown").output
