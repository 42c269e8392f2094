"""What FLORES-200's Ukrainian showed (issue 17, round 13: measured once with the code frozen, then tuned on;
benchmarks/RESULTS.md).

The units are tests/data/checks/flores-uk-names.tsv's: FLORES-200 devtest's Arabic and Ukrainian (CC BY-SA 4.0), a
catalog of one language, in groups that share a name or a place's word. All of them are real translations that agree
with their source: before round 13 each group but Iraq's had a false finding (Ukrainian's case endings read as another
spelling: Азією, Америці; Nome found inside сном; a coconut read as India), and Iraq's had one (Іраці) once
Ukrainian's own letters were read. Its number words are tests/data/numbers/flores-words.tsv's.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from conftest import DATA
from kztr.checks.names import check_names
from kztr.model import Catalog, Entry
from kztr.text.spellings import near
from kztr.text.transliteration import cyrillic_stem

GROUPS: dict[str, list[tuple[str, str]]] = defaultdict(list)
for row in (DATA / "checks" / "flores-uk-names.tsv").read_text(encoding="utf-8").splitlines():
    if row and not row.startswith("#"):
        group, _, arabic, ukrainian = row.split("\t")
        GROUPS[group].append((arabic, ukrainian))


def findings(pairs):
    entries = [Entry(source, target, references=(f"source/a.txt:{index}",), line=index)
               for index, (source, target) in enumerate(pairs, start=1)]
    return [(item.line, item.message) for item in check_names([("a", "uk", "locales/a.po",
                                                                Catalog(entries=tuple(entries)))])]


def test_the_groups_are_there():
    assert sorted(GROUPS) == ["america", "asia", "britain", "india", "iraq", "sleep"]


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_real_ukrainian_translations_have_no_name_finding(group):
    assert findings(GROUPS[group]) == []


def test_a_ukrainian_case_ending_is_the_same_spelling():
    """Азія, Азії, Азією; Ірак, в Іраці; Прага, у Празі: one name (the locative changes a stem's last consonant)."""
    assert len({cyrillic_stem(word) for word in ("Азія", "Азії", "Азією", "Азію")}) == 1
    assert not near(cyrillic_stem("Іраці"), cyrillic_stem("Ірак"))
    assert not near(cyrillic_stem("Празі"), cyrillic_stem("Прага"))
    assert near(cyrillic_stem("Британію"), cyrillic_stem("Биртанію"))  # a slip stays one
