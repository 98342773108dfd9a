"""The part-name files' marks are read in one place (vocabulary.part_names) for the tasks and
targets stages alike: `$` ends the caption, `^` opens it, `+` counts only after a year."""

from policyparse.stages import target_vocab
from policyparse.stages.targets import _background_heading
from policyparse.stages.tasks import part_kind
from policyparse.vocabulary import part_names


def test_each_mark_is_read_and_stripped_from_the_word():
    parts = {part.word: part for part in part_names("background_parts.txt")}
    assert parts["发展基础"].must_end and not parts["发展基础"].after_year
    assert parts["工作总结"].after_year and parts["工作总结"].must_end
    assert not any(mark in part.word for part in parts.values() for mark in "^$+")
    framing = {part.word: part for part in part_names("framing_parts.txt")}
    assert any(part.must_open for part in framing.values())


def test_background_parts_are_tried_longest_word_first():
    words = [part.word for part in target_vocab.background_parts()]
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)


def test_a_year_only_name_needs_its_year_in_both_stages():
    assert _background_heading("2024年工作总结") and not _background_heading("工作总结")
    assert part_kind("2024年工作总结") == "framing" and part_kind("工作总结") is None
    assert _background_heading("发展基础") and not _background_heading("发展基础设施建设")
