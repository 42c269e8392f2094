"""``kztr align``: catalogs filled from a translation that already exists."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest
from conftest import ARTICLE, DATA, ROOT, msgcat_no_wrap, msgfmt_check

ALIGN = DATA / "align"
PO = f"locales/{{lang}}/LC_MESSAGES/{ARTICLE}.po"


def shipped(lang: str) -> dict[str, str]:
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(ROOT / PO.format(lang=lang))) if entry.msgstr}


def empty_catalog(project: Path, run, lang: str) -> Path:
    """The project's catalog for ``lang`` started again, every translation empty."""
    import shutil

    shutil.rmtree(project / "locales" / lang)
    run("init", "--lang", lang)
    return project / PO.format(lang=lang)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_shipped_edition_re_paragraphed_restores_every_unit(project, run, lang):
    po = empty_catalog(project, run, lang)
    translation = ALIGN / f"{ARTICLE}.{lang}.txt"
    result = run("align", "--lang", lang, "--doc", ARTICLE, str(translation))
    expected = shipped(lang)
    catalog = polib.pofile(str(po))
    assert len(catalog) == len(expected) == 45
    for entry in catalog:
        assert entry.msgstr == expected[entry.msgid], entry.msgid
        assert entry.fuzzy
        [comment] = entry.tcomment.splitlines()
        assert comment.startswith(f"kztr: aligned from {translation.name} (score ")
    assert f"filled 45 of 45 units from {translation.name}" in result.output
    msgfmt_check(po)
    assert msgcat_no_wrap(po) == po.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("width", [72, 100])
def test_an_edition_wrapped_at_a_fixed_width_restores_every_unit(project, run, tmp_path, lang, width):
    """An e-mail's edition (``fmt -w 72``): each paragraph's lines are joined, not taken as paragraphs."""
    import textwrap

    po = empty_catalog(project, run, lang)
    paragraphs = (ALIGN / f"{ARTICLE}.{lang}.txt").read_text(encoding="utf-8").split("\n\n")
    wrapped = tmp_path / f"{ARTICLE}.{lang}.wrapped.txt"
    wrapped.write_text("\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs), encoding="utf-8")
    assert max(map(len, wrapped.read_text(encoding="utf-8").splitlines())) <= width
    result = run("align", "--lang", lang, "--doc", ARTICLE, str(wrapped))
    assert "filled 45 of 45 units" in result.output
    expected = shipped(lang)
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(po))} == expected


def test_a_markdown_edition_of_a_plain_text_document_gives_plain_text(project, run, tmp_path):
    """``**CICA**`` and a link in a Markdown edition: the units of a ``.txt`` source have no markup to keep.
    The suffix may be written in capitals."""
    po = empty_catalog(project, run, "en")
    text = (ALIGN / f"{ARTICLE}.en.txt").read_text(encoding="utf-8")
    assert text.count("CICA") >= 3
    marked = text.replace("CICA", "**CICA**").replace("The Astana Times", "[The Astana Times](https://astanatimes.com)")
    edition = tmp_path / "EDITION.MD"
    edition.write_text(marked, encoding="utf-8")
    run("align", "--lang", "en", "--doc", ARTICLE, str(edition))
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(po))} == shipped("en")
    assert "**" not in po.read_text(encoding="utf-8")


def test_a_plain_text_edition_is_not_read_as_markdown(small):
    """Only a Markdown edition loses its markup: a .txt one's asterisks and underscores are its text."""
    project, run = small
    edition = project / "visit.en.txt"
    edition.write_text("Visit\n\nThe delegation arrived in Astana on 14 October 2022 for the summit. "
                       "27 member states took part.\n\nTrade reached $12.5 billion *before tax* in 2021. The "
                       "minister said the visit was a success.\n", encoding="utf-8")
    run("align", "-l", "en", "-d", "visit", str(edition))
    filled = [entry.msgstr for entry in catalog_of(project).values()]
    assert "Trade reached $12.5 billion *before tax* in 2021." in filled


def test_a_translated_unit_is_never_touched(project, run):
    po = project / PO.format(lang="en")
    catalog = polib.pofile(str(po))
    entries = list(catalog)
    # Some units confirmed with a translation of the translator's own (unlike the file's),
    # one fuzzy from an earlier merge, the rest empty.
    entries[3].msgstr = "A translator's own wording, kept whatever the file says."
    entries[7].msgstr = "Another translation the alignment must not replace."
    entries[7].flags = ["fuzzy"]
    for entry in entries[10:]:
        entry.msgstr = ""
    catalog.save(str(po))
    before = {entry.msgid: (entry.msgstr, entry.flags, entry.tcomment) for entry in polib.pofile(str(po))}
    run("align", "-l", "en", "-d", ARTICLE, str(ALIGN / f"{ARTICLE}.en.txt"))
    after = polib.pofile(str(po))
    expected = shipped("en")
    changed = 0
    for entry in after:
        msgstr, flags, comment = before[entry.msgid]
        if msgstr:
            assert (entry.msgstr, entry.flags, entry.tcomment) == (msgstr, flags, comment)
        else:
            assert entry.msgstr == expected[entry.msgid] and entry.fuzzy
            changed += 1
    assert changed == 35
    msgfmt_check(po)


def test_aligning_twice_changes_nothing_and_a_dry_run_writes_nothing(project, run):
    po = empty_catalog(project, run, "en")
    translation = str(ALIGN / f"{ARTICLE}.en.txt")
    empty = po.read_bytes()
    first = run("align", "-l", "en", "-d", ARTICLE, "--dry-run", translation).output
    assert po.read_bytes() == empty
    assert first == run("align", "-l", "en", "-d", ARTICLE, "--dry-run", translation).output
    assert "dry run: nothing written" in first
    run("align", "-l", "en", "-d", ARTICLE, translation)
    filled = po.read_bytes()
    again = run("align", "-l", "en", "-d", ARTICLE, translation).output
    assert po.read_bytes() == filled
    assert "filled 0 of 45 units" in again and "45  already translated: kept" in again


def test_json_report(project, run):
    empty_catalog(project, run, "ru")
    result = run("align", "-l", "ru", "-d", ARTICLE, "--format", "json", str(ALIGN / f"{ARTICLE}.ru.txt"))
    data = json.loads(result.output)
    assert data["counts"] == {"filled": 45, "low": 0, "none": 0, "note": 0, "kept": 0, "absent": 0}
    assert data["written"] is True and data["dry_run"] is False
    assert len(data["least_certain"]) == 5
    assert data["units"][0]["reference"] == f"source/{ARTICLE}.txt:1"


# ---------------------------------------------------------------- a document written for the cases


SOURCE = """\
زيارة الوفد

وصل الوفد إلى أستانا في ١٤ أكتوبر ٢٠٢٢ لحضور القمة. وشارك في القمة ٢٧ دولة عضوًا.
وبلغ حجم التجارة ١٢٫٥ مليار دولار في عام ٢٠٢١. وقال الوزير إن الزيارة ناجحة.
"""


@pytest.fixture
def small(tmp_path: Path, run):
    """A project with one short Arabic document (Arabic-Indic digits) and an empty English catalog."""
    from click.testing import CliRunner
    from kztr.cli import main

    project = tmp_path / "small"
    (project / "source").mkdir(parents=True)
    (project / "kztr.toml").write_text('source-language = "ar"\nproject = "t"\n', encoding="utf-8")
    (project / "source" / "visit.txt").write_text(SOURCE, encoding="utf-8")

    def invoke(*args: str, expect: int = 0):
        result = CliRunner().invoke(main, [args[0], "--project", str(project), *args[1:]])
        assert result.exit_code == expect, (result.output, result.exception)
        return result

    invoke("init", "--lang", "en")
    return project, invoke


def catalog_of(project: Path) -> dict[str, polib.POEntry]:
    return {entry.msgid: entry for entry in polib.pofile(str(project / "locales/en/LC_MESSAGES/visit.po"))}


def test_arabic_indic_digits_are_anchors(small):
    """The translation leaves one sentence out, and its paragraphs are not the source's: the
    numbers (١٤ ٢٠٢٢ ٢٧ ١٢٫٥ ٢٠٢١, in Arabic-Indic digits) say which sentence is missing."""
    project, run = small
    translation = project / "visit.en.txt"
    translation.write_text(
        "The delegation's visit\n\n"
        "The delegation arrived in Astana on 14 October 2022 for the summit.\n\n"
        "Trade reached $12.5 billion in 2021. The minister called the visit a success.\n",
        encoding="utf-8")
    result = run("align", "-l", "en", "-d", "visit", "--format", "json", str(translation))
    units = {unit["source"]: unit for unit in json.loads(result.output)["units"]}
    catalog = catalog_of(project)
    assert catalog["وصل الوفد إلى أستانا في ١٤ أكتوبر ٢٠٢٢ لحضور القمة."].msgstr == \
        "The delegation arrived in Astana on 14 October 2022 for the summit."
    assert catalog["وبلغ حجم التجارة ١٢٫٥ مليار دولار في عام ٢٠٢١."].msgstr == "Trade reached $12.5 billion in 2021."
    # The sentence about 27 member states has no translation in the file: left empty, listed.
    missing = "وشارك في القمة ٢٧ دولة عضوًا."
    assert catalog[missing].msgstr == ""
    assert units[missing]["outcome"] in ("none", "low", "note")  # never filled
    msgfmt_check(project / "locales/en/LC_MESSAGES/visit.po")


def test_numbers_in_any_digits_are_one_anchor():
    from kztr.reuse.anchors import AnchorReader, anchor_cost
    from kztr.workflow.align import anchor_readers

    source, target = "وبلغ حجم التجارة ١٢٫٥ مليار دولار في عام ٢٠٢١.", "Trade reached $12.5 billion in 2021."
    reader = AnchorReader(anchor_readers(), "ar", "en", None, [source], [target])
    keys, _ = reader.source(source)
    assert keys == reader.target(target) == {"n:12500000000": 1, "n:2021": 1}  # مليار = billion
    assert anchor_cost(keys, frozenset(), reader.target(target)) < anchor_cost(keys, frozenset(), reader.target(
        "Trade reached $13.5 billion in 2020."))


def test_a_measure_the_translation_converts_is_the_sources_number():
    """NTREX's Russian writes miles as kilometres and inches as centimetres: 40 ميلاً is 65 км."""
    from kztr.reuse.anchors import AnchorReader, anchor_cost
    from kztr.workflow.align import anchor_readers

    sources = ["وتتوقع الأرصاد سقوط أمطار بين ٢ و٤ بوصات.", "ويقع الإعصار على بعد ٤٠ ميلاً من الحدود."]
    targets = ["Синоптики ожидают от 5 до 10 см осадков.", "Ураган находится в 65 км от границы."]
    reader = AnchorReader(anchor_readers(), "ar", "ru", None, sources, targets)
    assert [reader.target(text) for text in targets] == [{"n:2": 1, "n:4": 1}, {"n:40": 1}]
    first, _ = reader.source(sources[0])
    assert anchor_cost(first, frozenset(), reader.target(targets[0])) < 0 < anchor_cost(
        first, frozenset(), reader.target(targets[1]))


def test_read_numbers_reads_arabic_indic_digits_and_separators():
    from kztr.workflow.align import read_numbers

    assert read_numbers("بلغ ١٢٫٥ مليار و١٠٬٠٠٠ زائر في ١٤.١٠.٢٠٢٢", "ar") == \
        ("12500000000", "10000", "14", "10", "2022")
    assert read_numbers("12,5 млрд и 10 000 посетителей", "ru") == ("12500000000", "10000")


def test_two_units_in_one_sentence_take_its_clauses_or_the_first_takes_it_whole(small):
    project, run = small
    translation = project / "visit.en.txt"
    translation.write_text(
        "The delegation's visit\n\n"
        "The delegation, which 27 member states welcomed, arrived in Astana on 14 October 2022 for the summit. "
        "Trade reached $12.5 billion in 2021; the minister said the visit was a success.\n",
        encoding="utf-8")
    run("align", "-l", "en", "-d", "visit", str(translation))
    catalog = catalog_of(project)
    # Cut at the semicolon: each unit its clause.
    assert catalog["وبلغ حجم التجارة ١٢٫٥ مليار دولار في عام ٢٠٢١."].msgstr == "Trade reached $12.5 billion in 2021;"
    assert catalog["وقال الوزير إن الزيارة ناجحة."].msgstr == "the minister said the visit was a success."
    # No clause boundary in proportion: the whole sentence to the first, a note to the second.
    first = catalog["وصل الوفد إلى أستانا في ١٤ أكتوبر ٢٠٢٢ لحضور القمة."]
    second = catalog["وشارك في القمة ٢٧ دولة عضوًا."]
    assert first.msgstr == "The delegation, which 27 member states welcomed, arrived in Astana on 14 October 2022 " \
                           "for the summit."
    assert second.msgstr == "" and second.tcomment.startswith("kztr: aligned from visit.en.txt: translated with")


def test_dry_run_html_escapes_and_writes_nothing(small, tmp_path):
    project, run = small
    before = (project / "locales/en/LC_MESSAGES/visit.po").read_bytes()
    translation = project / "visit.en.txt"
    translation.write_text("Visit\n\nThe delegation arrived on 14 October 2022 <script>alert(1)</script>.\n",
                           encoding="utf-8")
    page = run("align", "-l", "en", "-d", "visit", "-n", "--format", "html", str(translation)).output
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'class="cell source" lang="ar" dir="rtl"' in page, page
    assert "default-src &#39;none&#39;" in page
    assert (project / "locales/en/LC_MESSAGES/visit.po").read_bytes() == before


@pytest.mark.parametrize("case", ["missing", "utf16", "cp1252", "suffix", "doc", "lang", "other-script",
                                  "the-arabic", "empty", "link-loop", "catalog-folder"])
def test_bad_input_is_one_line_and_leaves_the_catalog_alone(small, case):
    project, run = small
    po = project / "locales/en/LC_MESSAGES/visit.po"
    before = po.read_bytes()
    good = project / "visit.en.txt"
    good.write_text("Visit\n\nThe delegation arrived.\n", encoding="utf-8")
    args = ["-l", "en", "-d", "visit", str(good)]
    expected = ""
    if case == "missing":
        args[-1], expected = str(project / "nowhere.txt"), "nowhere.txt: no such file"
    elif case == "utf16":
        good.write_bytes("Visit\n\nThe delegation arrived.\n".encode("utf-16"))
        expected = "UTF-16, not UTF-8"
    elif case == "cp1252":
        good.write_bytes("Visit\n\nThe delegation met at the café.\n".encode("cp1252"))
        expected = "not UTF-8"
    elif case == "suffix":
        other = project / "visit.docx"
        other.write_bytes(b"PK\x03\x04")
        args[-1], expected = str(other), "must be a .txt or .md file"
    elif case == "doc":
        args[3], expected = "nope", "no source document 'nope' (have: visit)"
    elif case == "lang":
        args[1], expected = "fr", "no catalogs for language 'fr'"
    elif case == "other-script":
        good.write_text("Визит\n\nДелегация прибыла.\n", encoding="utf-8")
        expected = "no Latin text to align"
    elif case == "the-arabic":  # the source itself, whose Latin letters (UN, web chrome) are not a translation
        good.write_text(SOURCE + "UN\nBack to top button\n", encoding="utf-8")
        expected = "no Latin text to align: 87 % of its letters are Arabic"
    elif case == "empty":
        good.write_bytes(b"")
        expected = "visit.en.txt: no text to align: the file has no letters"
    elif case == "link-loop":
        loop = project / "loop.txt"
        loop.symlink_to(loop)
        args[-1], expected = str(loop), "loop.txt: a symbolic link to no file (broken, or a loop)"
    else:
        po.rename(project / "kept.po")
        po.mkdir()
        expected = "locales/en/LC_MESSAGES/visit.po: not a regular file, where this document's catalog should be"
    result = run("align", *args, expect=1)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.output
    assert "Traceback" not in result.output
    if case == "catalog-folder":
        po.rmdir()
        (project / "kept.po").rename(po)
    assert po.read_bytes() == before


def test_the_terminal_lists_twenty_sentences_no_unit_took_and_json_every_one(small):
    project, run = small
    extra = " ".join(f"Paragraph {number} of another report entirely, with its own words." for number in range(40))
    edition = project / "visit.en.txt"
    edition.write_text(f"The delegation arrived.\n\n{extra}\n", encoding="utf-8")
    args = ("align", "-l", "en", "-d", "visit", "--dry-run", str(edition))
    unused = json.loads(run(*args, "--format", "json").output)["unused"]
    assert len(unused) > 20
    report = run(*args, "--format", "text").output.splitlines()
    at = next(number for number, line in enumerate(report) if line.endswith("of the translation no unit took:"))
    listed = report[at + 1:at + 21]
    assert [line.strip() for line in listed] == [sentence for sentence in unused[:20]]
    assert report[at + 21].strip() == f"… and {len(unused) - 20} more (--format json lists every one)"


def test_format_html_needs_dry_run(small):
    project, run = small
    (project / "t.txt").write_text("Visit\n", encoding="utf-8")
    result = run("align", "-l", "en", "-d", "visit", "--format", "html", str(project / "t.txt"), expect=2)
    assert "--dry-run" in result.output


def test_target_sentences_are_cut_inside_quotations():
    from kztr.text.target import split_target_sentences

    text = 'Boots said: "We refreshed the aisles. We trained colleagues." Then he left. Mr. Smith stayed.'
    assert split_target_sentences(text, "en") == [
        'Boots said: "We refreshed the aisles.', 'We trained colleagues."', "Then he left.", "Mr. Smith stayed."]
    assert split_target_sentences("Он сказал: «Мы пришли. Мы ушли». Потом т. е. позже.", "ru")[:2] == [
        "Он сказал: «Мы пришли.", "Мы ушли»."]


def test_a_translation_is_not_cut_before_a_lower_case_word_or_after_a_title():
    """Real sentences (UN Parallel Corpus) sentencex cuts wrongly: ``1,5 млн. | евро``, ``3. | отмечает``,
    ``Distr. | : General``, ``Ms. | Sandra Raca``; a numbered paragraph before a capital stays cut."""
    from kztr.text.target import split_target_sentences

    rows = [line.split("\t") for line in (ALIGN / "un-sentences.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    cut = {int(number): split_target_sentences(text, lang) for number, _, lang, text in rows}
    whole = {int(number): text for number, _, _, text in rows}
    for number in (53, 332, 1962):
        assert cut[number] == [whole[number]]
    for number, after in ((37, 3), (552, 4), (3873, 3)):  # ``6. | Каким образом … ГХФУ? и``: the ``и`` stays
        assert cut[number] == [whole[number][:after - 1], whole[number][after:]]


def test_names_agree_across_scripts():
    from kztr.text.skeleton import arabic_skeletons, target_skeleton

    for arabic, latin, cyrillic in (("توكاييف", "Tokayev", "Токаев"), ("وبريستول", "Bristol", "Бристоль"),
                                    ("سايبوف", "Saipov", "Сайпов")):
        assert target_skeleton(latin) in arabic_skeletons(arabic)
        assert target_skeleton(cyrillic) in arabic_skeletons(arabic)


def test_the_command_has_help_with_an_example():
    from click.testing import CliRunner
    from kztr.cli import main

    result = CliRunner().invoke(main, ["align", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "kztr align --lang en" in result.output
    assert "align" in CliRunner().invoke(main, ["--help"]).output


# ---------------------------------------------------------------- words learnt from the project


def shipped_pairs(lang: str) -> list[tuple[str, str]]:
    return [(entry.msgid, entry.msgstr) for entry in polib.pofile(str(ROOT / PO.format(lang=lang))) if entry.msgstr]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_words_learnt_from_a_catalog_tell_a_units_translation_from_its_neighbours(lang):
    """Learnt from the first 30 translated units of the shipped catalog, the lexicon scores each of
    the other 15 units' own translation above both its neighbours' (all but one at most)."""
    from kztr.reuse.lexicon import learn_lexicon, stem_pairs

    pairs = stem_pairs(shipped_pairs(lang), lang)
    assert len(pairs) == 45
    lexicon = learn_lexicon(pairs[:30])
    held = pairs[30:]
    right = 0
    for number, (source, target) in enumerate(held):
        neighbours = [held[other][1] for other in (number - 1, number + 1) if 0 <= other < len(held)]
        right += all(lexicon.evidence(source, target) > lexicon.evidence(source, other) for other in neighbours)
    assert right >= 14


def test_stems_ignore_clitics_diacritics_and_inflection():
    from kztr.reuse.lexicon import source_stems, target_stems

    assert source_stems("وَالرئيس") == source_stems("الرئيس") == source_stems("للرئيس")
    assert target_stems("Presidents", "en") == target_stems("president", "en")
    assert target_stems("президента", "ru") == target_stems("Президент", "ru")
    # A language without a Snowball stemmer: the first letters of each word.
    assert target_stems("Cumhurbaşkanları", "az") == frozenset({"cumhu"})


def test_a_link_seen_once_is_not_learnt_and_one_found_everywhere_is_worth_nothing():
    from kztr.reuse.lexicon import learn_lexicon, stem_pairs

    pairs = stem_pairs([("قال الوزير", "the minister said"), ("قال الرئيس", "the president said"),
                        ("زار الرئيس أستانا", "the president visited Astana"), ("قال السفير", "an ambassador said"),
                        ("زار الوزير موسكو", "the minister visited Moscow"), ("انتهت القمة", "the summit ended"),
                        ("بدأت القمة", "the summit began"), ("وصل الوفد", "the delegation arrived"),
                        ("غادر الوفد", "the delegation left")], "en")
    lexicon = learn_lexicon(pairs)
    assert lexicon.forward.links["قال"] == frozenset({"said"})
    assert lexicon.forward.links["زار"] == frozenset({"visit"})
    assert "سفير" not in lexicon.forward.links  # seen once: no link
    # "the" is in nearly every translation: a stem linked only to it would be no evidence.
    assert all(linked != frozenset({"the"}) for linked in lexicon.forward.links.values())
    assert lexicon.evidence(pairs[0][0], pairs[0][1]) > lexicon.evidence(pairs[0][0], pairs[2][1])


def dropped_and_added(project: Path, run, lang: str = "en") -> tuple[Path, dict[str, str], list[str]]:
    """The catalog with units 38-43 emptied (the rest translated: the project's words), and the
    English edition with unit 42's sentence left out and a sentence of another text added after
    unit 43's: no number and no name says which unit has no translation."""
    po = project / PO.format(lang=lang)
    catalog = polib.pofile(str(po))
    entries = list(catalog)
    expected = {entry.msgid: entry.msgstr for entry in entries}
    for entry in entries[38:44]:
        entry.msgstr = ""
    catalog.save(str(po))
    text = (ALIGN / f"{ARTICLE}.{lang}.txt").read_text(encoding="utf-8")
    dropped, after = entries[42].msgid, entries[43].msgid
    assert text.count(expected[dropped]) == text.count(expected[after]) == 1
    added = ("Kazakhstan enters the new year with a busy diplomatic agenda, after a year full of summits "
             "and initiatives.")
    text = text.replace(expected[dropped] + " ", "").replace(expected[after], f"{expected[after]} {added}")
    translation = project / "edition.txt"
    translation.write_text(text, encoding="utf-8")
    return translation, expected, [entry.msgid for entry in entries[38:44]]


def test_a_dropped_sentence_beside_an_added_one_is_left_empty(project, run):
    translation, expected, emptied = dropped_and_added(project, run)
    result = json.loads(run("align", "-l", "en", "-d", ARTICLE, "--format", "json", str(translation)).output)
    units = {unit["source"]: unit for unit in result["units"]}
    dropped = emptied[4]
    assert units[dropped]["outcome"] == "none"
    for msgid in emptied:
        if msgid != dropped:
            assert (units[msgid]["outcome"], units[msgid]["translation"]) == ("filled", expected[msgid])
    assert result["unused"] == ["Kazakhstan enters the new year with a busy diplomatic agenda, after a year full of "
                                "summits and initiatives."]
    catalog = {entry.msgid: entry for entry in polib.pofile(str(project / PO.format(lang="en")))}
    assert catalog[dropped].msgstr == ""


def test_the_words_come_from_the_projects_catalogs_memory_and_glossary(project, run):
    """``learnt_from``: every translated unit of the language (this catalog's, a TMX's) and every
    glossary term, counted independently here."""
    import shutil

    tm = project / "tm"
    tm.mkdir()
    shutil.copyfile(DATA / "memory" / "translator-en.tmx", tm / "translator-en.tmx")
    translation, _expected, _emptied = dropped_and_added(project, run)
    import re

    # Terms whose source has an Arabic word (CICA, written in Latin letters in the source, has none).
    glossary = [line for line in (project / "glossary" / "en.tsv").read_text(encoding="utf-8").splitlines()[1:]
                if line.strip() and not line.startswith("#") and re.search("[\u0621-\u064a]", line.split("\t")[0])]
    translated = [entry for entry in polib.pofile(str(project / PO.format(lang="en")))
                  if entry.msgstr and not entry.fuzzy]
    result = json.loads(run("align", "-l", "en", "-d", ARTICLE, "--format", "json", str(translation)).output)
    assert result["learnt_from"] == len(translated) + 2 + len(glossary) == 39 + 2 + len(glossary)
    report = run("align", "-l", "en", "-d", ARTICLE, "--dry-run", str(translation)).output
    assert f"words learnt from {result['learnt_from']} translated units of the project" in report


def test_two_units_around_a_dropped_one_share_the_sentence_that_joins_them(small):
    """The translator left the 27 member states out and joined its neighbours with a semicolon:
    each neighbour takes its clause, the unit between them is left empty."""
    project, run = small
    translation = project / "visit.en.txt"
    translation.write_text(
        "The delegation's visit\n\n"
        "The delegation arrived in Astana on 14 October 2022 for the summit; trade reached $12.5 billion in 2021. "
        "The minister said the visit was a success.\n",
        encoding="utf-8")
    result = json.loads(run("align", "-l", "en", "-d", "visit", "--format", "json", str(translation)).output)
    units = {unit["source"]: (unit["outcome"], unit["translation"]) for unit in result["units"]}
    assert units["وصل الوفد إلى أستانا في ١٤ أكتوبر ٢٠٢٢ لحضور القمة."] == (
        "filled", "The delegation arrived in Astana on 14 October 2022 for the summit;")
    assert units["وشارك في القمة ٢٧ دولة عضوًا."] == ("none", "")
    assert units["وبلغ حجم التجارة ١٢٫٥ مليار دولار في عام ٢٠٢١."] == ("filled", "trade reached $12.5 billion in 2021.")
    assert units["وقال الوزير إن الزيارة ناجحة."] == ("filled", "The minister said the visit was a success.")


def test_a_unit_left_out_costs_its_prior_whatever_it_holds():
    """A unit with no translation (and a sentence the translator added) costs the bead's prior
    alone: the numbers it holds are found in no translation, so they say nothing against leaving it
    out; they count against pairing it with a sentence that lacks them."""
    from kztr.reuse.align import PRIOR, Item, _Costs
    from kztr.reuse.anchors import AnchorReader
    from kztr.workflow.align import anchor_readers

    units = ["وشارك في القمة ٢٧ دولة عضوًا.", "وقال الوزير إن الزيارة ناجحة."]
    sentences = ["The minister said the visit was a success.", "Snow had fallen on the capital in 2019."]
    reader = AnchorReader(anchor_readers(), "ar", "en", None, units, sentences)
    costs = _Costs([Item(text, 0, "paragraph", False, False) for text in units],
                   [Item(text, 0, "paragraph", False, False) for text in sentences], reader, {})
    assert costs(1, 0, 1, 0) == PRIOR[(1, 0)]  # ٢٧ left out with its unit
    assert costs(0, 2, 0, 1) == PRIOR[(0, 1)]  # 2019 added with its sentence
    assert costs(1, 2, 1, 1) > PRIOR[(1, 1)] + 2  # ٢٧ against 2019: both missed


def test_the_length_fit_and_null_prior_are_the_languages():
    """Gale and Church's variance is the target language's (NTREX-128's Russian strays further from the
    Arabic's length than its English: s² measured on the tuning documents' pairs 6.4 and 3.0); a
    language with no measure gets the default."""
    from kztr.reuse.align import NULL_PRIORS, PRIOR, VARIANCE, Item, _Costs, _length_cost
    from kztr.reuse.anchors import AnchorReader
    from kztr.workflow.align import anchor_readers

    unit = "وقال الوزير إن الزيارة ناجحة."
    variances, nulls = {}, {}
    for lang, sentence in (("en", "The minister said the visit was a success."),
                           ("ru", "Министр сказал, что визит прошёл успешно."), ("tlh", "Qapla'.")):
        reader = AnchorReader(anchor_readers(), "ar", lang, None, [unit], [sentence])
        costs = _Costs([Item(unit, 0, "paragraph", True, True)], [Item(sentence, 0, "paragraph", True, True)],
                       reader, {})
        variances[lang], nulls[lang] = costs.variance, costs(1, 0, 1, 0)
    assert 3 < variances["en"] < 6 < variances["ru"] < 10 and variances["tlh"] == VARIANCE
    # A unit left out costs the same in every language unless NULL_PRIORS says otherwise (none does now)
    assert nulls["en"] == nulls["tlh"] == nulls["ru"] == NULL_PRIORS.get("ru", PRIOR[(1, 0)])
    assert _length_cost(100, 180, 1.2, variances["ru"]) < _length_cost(100, 180, 1.2, variances["en"])


def test_a_sentence_added_between_the_halves_of_a_split_one_is_left_out(small):
    """The translator cut the first unit in two sentences and put one of their own between them:
    the unit takes both halves, the added sentence stays unused."""
    project, run = small
    translation = project / "visit.en.txt"
    added = "Snow had fallen on the capital overnight."
    translation.write_text(
        "The delegation's visit\n\n"
        f"The delegation arrived in Astana on 14 October. {added} It came in 2022 for the summit. "
        "27 member states took part in the summit.\n\n"
        "Trade reached $12.5 billion in 2021. The minister said the visit was a success.\n",
        encoding="utf-8")
    result = json.loads(run("align", "-l", "en", "-d", "visit", "--format", "json", str(translation)).output)
    units = {unit["source"]: (unit["outcome"], unit["translation"], unit["bead"]) for unit in result["units"]}
    assert units["وصل الوفد إلى أستانا في ١٤ أكتوبر ٢٠٢٢ لحضور القمة."] == (
        "filled", "The delegation arrived in Astana on 14 October. It came in 2022 for the summit.", "1-2")
    assert units["وشارك في القمة ٢٧ دولة عضوًا."][:2] == ("filled", "27 member states took part in the summit.")
    assert result["unused"] == [added]


def test_decoding_takes_the_beads_most_likely_right_not_the_single_best_path():
    """Two units against two sentences: the most likely single path may pair each with nothing,
    while the bead pairing them is more probable than either; the decoder follows the posteriors."""
    from kztr.reuse.align import STEPS
    from kztr.reuse.align_paths import most_likely_right

    points = {(i, j): 0.0 for i in range(2) for j in range(2)}

    def posteriors(table):
        return lambda i, j, di, dj: table.get((di, dj), 0.0)

    pair_likely = most_likely_right(1, 1, points, posteriors({(1, 1): 0.67, (1, 0): 0.33, (0, 1): 0.33}), STEPS)
    assert pair_likely[(1, 1)] == (1, 1)
    apart_likely = most_likely_right(1, 1, points, posteriors({(1, 1): 0.3, (1, 0): 0.7, (0, 1): 0.7}), STEPS)
    assert apart_likely[(1, 1)] != (1, 1)


def test_the_default_cut_off_is_the_languages(project, run, monkeypatch):
    """Without --min-score, each language's own cut-off (Russian 50, others 40) decides what is left
    empty; --min-score overrides it."""
    from kztr.reuse import align_fill

    assert (align_fill.default_min_score("ru"), align_fill.default_min_score("en")) == (50.0, 40.0)
    monkeypatch.setitem(align_fill.MIN_SCORES, "ru", 100.5)  # no pair is that sure
    outcomes = {}
    for lang in ("ru", "en"):
        empty_catalog(project, run, lang)
        translation = str(ALIGN / f"{ARTICLE}.{lang}.txt")
        result = json.loads(run("align", "-l", lang, "-d", ARTICLE, "-n", "--format", "json", translation).output)
        outcomes[lang] = result["counts"]
    assert (outcomes["ru"]["filled"], outcomes["ru"]["low"]) == (0, 45)
    assert (outcomes["en"]["filled"], outcomes["en"]["low"]) == (45, 0)
    given = json.loads(run("align", "-l", "ru", "-d", ARTICLE, "-n", "--min-score", "40", "--format", "json",
                           str(ALIGN / f"{ARTICLE}.ru.txt")).output)
    assert given["counts"]["filled"] == 45


def test_min_score_leaves_less_certain_pairs_empty(project, run):
    empty_catalog(project, run, "en")
    translation = str(ALIGN / f"{ARTICLE}.en.txt")
    default = json.loads(run("align", "-l", "en", "-d", ARTICLE, "-n", "--format", "json", translation).output)
    scores = [unit["score"] for unit in default["units"]]
    assert min(scores) < 95 <= max(scores)  # the cut-off below splits them
    strict = json.loads(run("align", "-l", "en", "-d", ARTICLE, "-n", "--min-score", "95", "--format", "json",
                            translation).output)
    assert [unit["outcome"] for unit in strict["units"]] == ["filled" if score >= 95 else "low" for score in scores]
    assert "0<=x<=100" in run("align", "-l", "en", "-d", ARTICLE, "--min-score", "101", translation,
                              expect=2).output


# ---------------------------------------------------------------- through another language's catalog


def test_the_english_catalog_tells_a_dropped_sentence_from_an_added_one():
    """The last 15 units of the shipped article against their Russian, one sentence left out and one of
    another part of the article put in its place, for each place in turn. No Russian of the project
    to learn from (nor the FLORES words kztr ships), but the English of each unit and 30 units the
    project has in both languages: through the English, the unit left out is found more often, and
    more surely."""
    from kztr.reuse.align import Item, Pivot, align_document_items
    from kztr.reuse.anchors import AnchorReader
    from kztr.reuse.lexicon import stem_pairs
    from kztr.workflow.align import anchor_readers

    russian, english = dict(shipped_pairs("ru")), dict(shipped_pairs("en"))
    units = [msgid for msgid, _ in shipped_pairs("ru")]
    both = stem_pairs([(english[msgid], russian[msgid]) for msgid in units[:30]], "ru", "en")
    assert len(both) == 30
    held = units[30:]
    sources = [Item(msgid, 0, "paragraph", number == 0, number == len(held) - 1) for number, msgid in enumerate(held)]
    found = {"alone": [], "through English": []}
    for left_out in range(1, len(held) - 1):
        texts = [russian[msgid] for number, msgid in enumerate(held) if number != left_out]
        texts.insert(left_out, russian[units[5]])
        targets = [Item(text, 0, "paragraph", number == 0, number == len(texts) - 1)
                   for number, text in enumerate(texts)]
        reader = AnchorReader(anchor_readers(), "ar", "ru", None, held, texts)
        through_english = Pivot("en", dict(enumerate(map(english.get, held))), both)
        for name, pivot in (("alone", None), ("through English", through_english)):
            beads = align_document_items(sources, targets, reader, pivot=pivot, shipped=False)
            found[name] += [bead.score for bead in beads if bead.sources == (left_out,) and not bead.targets]
    assert len(found["through English"]) > len(found["alone"])
    assert sum(found["through English"]) > sum(found["alone"]) + 50
    # A pivot with no unit's translation changes nothing.
    reader = AnchorReader(anchor_readers(), "ar", "ru", None, held, [russian[msgid] for msgid in held])
    targets = [Item(russian[msgid], 0, "paragraph", False, False) for msgid in held]
    assert align_document_items(sources, targets, reader, pivot=Pivot("en", {}, both)) == \
        align_document_items(sources, targets, reader)


def test_align_compares_through_the_documents_other_catalogs(project, run):
    """The Russian catalog has its first 30 units (the rest empty), the English one all 45: the
    alignment of the Russian edition goes through the English too, and says so."""
    po = project / PO.format(lang="ru")
    catalog = polib.pofile(str(po))
    expected = {entry.msgid: entry.msgstr for entry in catalog}
    for entry in list(catalog)[30:]:
        entry.msgstr = ""
    catalog.save(str(po))
    english = {entry.msgid for entry in polib.pofile(str(project / PO.format(lang="en"))) if entry.translated()}
    both = [entry for entry in polib.pofile(str(po)) if entry.translated() and entry.msgid in english]
    translation = str(ALIGN / f"{ARTICLE}.ru.txt")
    result = json.loads(run("align", "-l", "ru", "-d", ARTICLE, "--format", "json", translation).output)
    assert (result["pivot"], result["pivot_units"], result["pivot_learnt_from"]) == ("en", 45, len(both)) == \
        ("en", 45, 30)
    assert result["counts"]["filled"] == 15
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(po))} == expected
    report = run("align", "-l", "ru", "-d", ARTICLE, "--dry-run", translation).output
    assert "compared through the en translations of 45 units too (words learnt from 30 units" in report
    # Without another catalog of the document, nothing is compared through it.
    import shutil

    shutil.rmtree(project / "locales" / "en")
    alone = json.loads(run("align", "-l", "ru", "-d", ARTICLE, "-n", "--format", "json", translation).output)
    assert (alone["pivot"], alone["pivot_units"]) == ("", 0)
    assert "compared through" not in run("align", "-l", "ru", "-d", ARTICLE, "-n", translation).output


def un_paragraphs() -> dict[str, list[str]]:
    """Three numbered paragraphs (3, 7, 12) of one UN document, in Arabic and Russian (tests/data/align/README)."""
    texts: dict[str, list[str]] = {"ar": [], "ru": []}
    for line in (ALIGN / "un-paragraphs.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            _, _, lang, text = line.split("\t")
            texts[lang].append(text)
    return texts


@pytest.mark.parametrize("order", [(0, 2, 1), (1, 0, 2)])
def test_two_paragraphs_the_translation_swapped_each_get_their_own(order):
    """A UN document's paragraphs 3, 7 and 12 against a Russian that has two neighbours the other way
    round: the programme takes them as one 2-2 bead (it keeps the order); what each pair shares (the
    paragraph's number, its words) gives each paragraph its own translation, the later one marked moved."""
    from kztr.reuse.align import Item, align_document_items
    from kztr.reuse.align_fill import FILLED, place_beads
    from kztr.reuse.anchors import AnchorReader
    from kztr.workflow.align import anchor_readers

    texts = un_paragraphs()
    arabic, russian = texts["ar"], [texts["ru"][number] for number in order]
    sources = [Item(text, number, "paragraph", True, True) for number, text in enumerate(arabic)]
    targets = [Item(text, number, "paragraph", True, True) for number, text in enumerate(russian)]
    reader = AnchorReader(anchor_readers(), "ar", "ru", None, arabic, russian)
    beads = align_document_items(sources, targets, reader)
    placements = place_beads(beads, arabic, russian, set())
    assert [(placement.outcome, placement.translation) for placement in placements] == \
        [(FILLED, text) for text in texts["ru"]]
    assert sum(bead.moved for bead in beads) == 1
