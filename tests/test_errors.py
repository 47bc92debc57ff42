"""Errors say what was wrong and what to do: model names, paths, languages.

(Wrong types of text are in test_bad_input.py, wrong component order in
test_components.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

import polittext

spacy = pytest.importorskip("spacy")


def test_load_rejects_a_path_object_and_says_to_pass_a_str(tmp_path: Path) -> None:
    with pytest.raises(TypeError) as info:
        polittext.load(tmp_path)  # type: ignore[arg-type]
    message = str(info.value)
    assert "PosixPath" in message or "WindowsPath" in message
    assert "must be str" in message
    assert "'blank'" in message


def test_unknown_german_package_names_the_install_command() -> None:
    with pytest.raises(ValueError, match="not installed") as info:
        polittext.load("de_core_news_nonexistent")
    assert "python -m spacy download de_core_news_nonexistent" in str(info.value)


def test_a_package_of_another_language_is_not_recommended_for_download() -> None:
    with pytest.raises(ValueError, match="not installed") as info:
        polittext.load("en_core_web_nonexistent")
    message = str(info.value)
    assert "not a German pipeline" in message
    assert "download en_core_web_nonexistent" not in message
    assert "de_core_news_sm" in message
    assert "'blank'" in message


@pytest.mark.parametrize("name", ["", " ", "de", "blank ", "Blank", "/no/such/directory"])
def test_a_name_that_is_no_pipeline_suggests_blank(name: str) -> None:
    with pytest.raises(ValueError, match="neither") as info:
        polittext.load(name)
    message = str(info.value)
    assert repr(name) in message
    assert "neither a spaCy pipeline package nor a pipeline directory" in message
    assert "'blank'" in message
    assert "de_core_news_sm" in message


def test_a_saved_pipeline_of_another_language_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "english"
    spacy.blank("en").to_disk(path)
    with pytest.raises(ValueError, match="German") as info:
        polittext.load(str(path))
    message = str(info.value)
    assert "for language 'en'" in message
    assert "German ('de') pipeline" in message
    assert "'blank'" in message


def test_a_saved_german_pipeline_is_loaded_by_path(tmp_path: Path) -> None:
    path = tmp_path / "deutsch"
    spacy.blank("de").to_disk(path)
    pipeline = polittext.load(str(path))
    assert pipeline.base == str(path)
    assert pipeline.nlp.pipe_names[-4:] == [
        "polittext_sentences",
        "polittext_speakers",
        "polittext_quotes",
        "polittext_measures",
    ]
    text = "Kallas betonte, dass Europa stark sei."
    assert pipeline.analyze(text) == polittext.analyze(text)


@pytest.mark.parametrize(
    "component",
    ["polittext_sentences", "polittext_speakers", "polittext_quotes", "polittext_measures"],
)
def test_components_refuse_a_pipeline_of_another_language(component: str) -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="German") as info:
        nlp.add_pipe(component)
    message = str(info.value)
    assert component in message
    assert "language 'en'" in message
    assert "spacy.blank('de')" in message


def test_components_accept_the_multi_language_class() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("polittext_sentences")
    assert [s.text for s in nlp("Am 3. Oktober kam er. Dann ging er.").sents] == [
        "Am 3. Oktober kam er.",
        "Dann ging er.",
    ]


def test_pipeline_doc_names_the_components_for_a_bad_last() -> None:
    with pytest.raises(ValueError, match="last must name") as info:
        polittext.load().doc("Gut.", last="polittext_parser")
    message = str(info.value)
    assert "'polittext_parser'" in message
    assert "polittext_sentences" in message
