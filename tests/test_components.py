"""spaCy components (polittext.components) and the engine (polittext.load)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

import polittext  # noqa: E402
from polittext.engine import COMPONENTS  # noqa: E402

TEXT = (
    "Politik\n\n"
    "EU-Chefdiplomatin Kallas: Europa muss handeln\n\n"
    "Außenministerin Annalena Baerbock sagte, die EU müsse neue Sanktionen gegen Russland "
    "verhängen. „Wir sind bereit“, sagte sie. Der Kreml wies die Forderung zurück."
)


def full_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("de")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def test_components_are_registered_factories() -> None:
    nlp = spacy.blank("de")
    for name in (
        "polittext_sentences",
        "polittext_speakers",
        "polittext_quotes",
        "polittext_measures",
    ):
        assert name in nlp.factory_names


def test_sentence_component_sets_sentence_starts() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("polittext_sentences")
    doc = nlp("Am 3. Oktober z. B. sprach Dr. Weber. Er sagte: „Gut.“ Danach ging er.")
    assert [s.text for s in doc.sents] == [
        "Am 3. Oktober z. B. sprach Dr. Weber.",
        "Er sagte: „Gut.“",
        "Danach ging er.",
    ]
    assert [(s.label_, s.text) for s in doc.spans["polittext_sentences"]] == [
        ("body", "Am 3. Oktober z. B. sprach Dr. Weber."),
        ("body", "Er sagte: „Gut.“"),
        ("body", "Danach ging er."),
    ]


def test_full_pipeline_span_keys() -> None:
    doc = full_pipeline()(TEXT)
    for key in (
        "polittext_sentences",
        "polittext_mentions",
        "polittext_quotes",
        "polittext_speakers",
        "polittext_measures",
    ):
        assert key in doc.spans
    assert [s.label_ for s in doc.spans["polittext_sentences"]] == [
        "section",
        "headline",
        "body",
        "body",
        "body",
    ]
    quotes = [(s.label_, s.text) for s in doc.spans["polittext_quotes"]]
    assert ("direct", "Wir sind bereit") in quotes
    assert ("headline", "Europa muss handeln") in quotes
    assert "SANCTION_GENERAL" in [s.label_ for s in doc.spans["polittext_measures"]]
    speaker_labels = {s.label_ for s in doc.spans["polittext_speakers"]}
    assert speaker_labels <= {f"S{i}" for i in range(1, 10)}
    assert speaker_labels


def test_doc_extension_equals_analyze() -> None:
    doc = full_pipeline()(TEXT)
    assert doc._.polittext == polittext.analyze(TEXT)


def test_doc_extension_on_the_seed_text() -> None:
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_919184c9a5fb0886.txt"
    text = seed.read_text(encoding="utf-8")
    assert full_pipeline()(text)._.polittext == polittext.analyze(text)


def test_pipe_gives_the_same_analyses() -> None:
    nlp = full_pipeline()
    texts = [TEXT, "", "Experten warnten, dass es teuer werde."]
    assert [doc._.polittext for doc in nlp.pipe(texts)] == [polittext.analyze(t) for t in texts]


def test_quotes_without_prerequisites_raises() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("polittext_quotes")
    with pytest.raises(ValueError, match="polittext_sentences") as info:
        nlp("Kallas sagte, dass Europa stark sei.")
    message = str(info.value)
    assert "polittext_quotes" in message
    assert "polittext_sentences" in message
    assert "add_pipe" in message


def test_quotes_with_only_sentences_names_the_speaker_component() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("polittext_sentences")
    nlp.add_pipe("polittext_quotes")
    with pytest.raises(ValueError, match="polittext_speakers"):
        nlp("Kallas sagte, dass Europa stark sei.")


def test_measures_without_prerequisites_raises() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("polittext_measures")
    with pytest.raises(ValueError, match="add_pipe"):
        nlp("Die EU verhängte ein Ölembargo.")


def test_load_unknown_pipeline_names_install_command() -> None:
    with pytest.raises(ValueError, match="de_not_installed") as info:
        polittext.load("de_not_installed")
    assert "python -m spacy download de_not_installed" in str(info.value)


def test_load_is_cached_and_blank_by_default() -> None:
    pipeline = polittext.load()
    assert pipeline is polittext.load("blank")
    assert pipeline.base == "blank"
    assert list(pipeline.nlp.pipe_names) == list(COMPONENTS)


def test_pipeline_pipe_in_order() -> None:
    texts = ["Eins. Zwei.", "Drei.", "", "Vier. Fünf. Sechs."]
    assert [len(a.sentences) for a in polittext.load().pipe(texts)] == [2, 1, 0, 3]
