"""Golden test: the seed article, against expectations written from reading it.

Every expected phrase below was written down by reading
``seeds/000_919184c9a5fb0886.txt``; offsets are found by searching the phrase
in the source (each phrase is unique there, which the helper checks), never by
copying the program's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import polittext
from polittext import Analysis, Modality, QuoteKind, SentenceKind, SpeakerKind

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_919184c9a5fb0886.txt"
TEXT = SEED.read_text(encoding="utf-8")


def at(phrase: str, after: str = "") -> tuple[int, int]:
    """Offsets of the only occurrence of ``phrase`` (after the unique ``after``)."""
    base = TEXT.index(after) if after else 0
    start = TEXT.index(phrase, base)
    if not after:
        assert TEXT.count(phrase) == 1, f"phrase is not unique: {phrase!r}"
    return start, start + len(phrase)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return polittext.analyze(TEXT)


# --- sentences ---------------------------------------------------------------

# The 19 segments, written down by reading the article (shared with benchmarks/anchors.py).
SEGMENTS = json.loads((Path(__file__).parent / "seed_segments.json").read_text(encoding="utf-8"))[
    "segments"
]
BODY = [segment["text"] for segment in SEGMENTS if segment["kind"] == "body"]
HEADLINE = SEGMENTS[2]["text"]


def test_nineteen_segments_with_layout_kinds(analysis: Analysis) -> None:
    expected = [(s["text"], s["kind"], s["paragraph"]) for s in SEGMENTS]
    assert len(expected) == 19
    assert [kind for _, kind, _ in expected[:3]] == ["dateline", "section", "headline"]
    got = [(s.text, s.kind.value, s.paragraph) for s in analysis.sentences]
    assert got == expected
    for sentence in analysis.sentences:
        assert (sentence.start, sentence.end) == at(sentence.text)


def test_split_sentences_agrees_with_analyze(analysis: Analysis) -> None:
    assert polittext.split_sentences(TEXT) == list(analysis.sentences)
    assert analysis.sentences[0].kind is SentenceKind.DATELINE


# --- speakers ----------------------------------------------------------------


def test_two_speakers_kallas_and_the_intelligence_source(analysis: Analysis) -> None:
    assert [(s.name, s.kind) for s in analysis.speakers] == [
        ("Kaja Kallas", SpeakerKind.PERSON),
        ("Geheimdienstkreise", SpeakerKind.ANONYMOUS_SOURCE),
    ]
    kallas = analysis.speakers[0]
    assert kallas.roles == ("EU-Chefdiplomatin",)
    assert kallas.gender == "f"


def test_every_mention_of_kallas_is_merged(analysis: Analysis) -> None:
    # (mention, a unique phrase that contains it), in reading order.
    expected = [
        ("EU-Chefdiplomatin Kallas", "EU-Chefdiplomatin Kallas:"),  # headline
        ("Kaja Kallas", "Kaja Kallas bezieht"),
        ("Kallas", "Kallas kommentierte"),
        ("Kallas", "plant Kallas"),
        ("Kallas", "Kallas betonte"),
        ("Kallas", "Kallas hob"),
        ("Sie", "Sie betonte"),
        ("Kallas", "führte Kallas"),
        ("sie", "Obwohl sie"),
    ]
    spans = []
    for word, phrase in expected:
        start = TEXT.index(word, at(phrase)[0])
        spans.append((start, start + len(word)))
    kallas = analysis.speakers[0]
    assert [(m.start, m.end) for m in kallas.mentions] == spans
    assert [m.text for m in kallas.mentions] == [word for word, _ in expected]


def test_trump_is_mentioned_but_speaks_nowhere(analysis: Analysis) -> None:
    assert "Donald Trump" in TEXT
    assert all("Trump" not in s.name for s in analysis.speakers)
    assert all(q.speaker is None or "Trump" not in q.speaker.name for q in analysis.quotes)


# --- quotes ------------------------------------------------------------------


def quote_rows(analysis: Analysis) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (
            q.kind.value,
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker.name if q.speaker else None,
            q.speaker_mention.text if q.speaker_mention else None,
        )
        for q in analysis.quotes
    ]


def test_the_seven_quotes(analysis: Analysis) -> None:
    expected = [
        (
            "headline",
            "Europa zeigt Verhandlungsstärke – Russland unter Zugzwang",
            None,
            "Kaja Kallas",
            "EU-Chefdiplomatin Kallas",
        ),
        (
            "indirect",
            "dass Russland im anhaltenden Konflikt in der Ukraine keinen strategischen "
            "Durchbruch erzielen wird",
            "deuten darauf hin",
            "Geheimdienstkreise",
            "Geheimdienstkreisen",
        ),
        (
            "direct",
            "Die Lage ist für Russland ausgesprochen prekär.",
            "kommentierte",
            "Kaja Kallas",
            "Kallas",
        ),
        (
            "indirect",
            "dass Europa in einer strategisch vorteilhaften Lage sei, um Forderungen zu "
            "stellen, insbesondere angesichts der Tatsache, dass die Vereinigten Staaten bislang "
            "keine eigenen signifikanten Zugeständnisse von Russland verlangen",
            "betonte",
            "Kaja Kallas",
            "Kallas",
        ),
        ("reported", BODY[7], None, "Kaja Kallas", "Kallas"),
        (
            "indirect",
            "dass der Fokus auf der Reduzierung der russischen Militärausgaben liegen "
            "sollte, da diese potenziell zu erneuten Konflikten führen könnten",
            "hob hervor",
            "Kaja Kallas",
            "Kallas",
        ),
        (
            "indirect",
            "dass es nicht um die ukrainische Armee gehe, sondern um die Eindämmung "
            "der russischen militärischen Kapazitäten, die durch hohe Ausgaben eine Gefahr "
            "darstellen könnten",
            "betonte",
            "Kaja Kallas",
            "Sie",
        ),
    ]
    assert quote_rows(analysis) == expected


def test_quote_offsets_point_at_the_right_places(analysis: Analysis) -> None:
    quotes = analysis.quotes
    assert (quotes[0].content.start, quotes[0].content.end) == at(
        "Europa zeigt Verhandlungsstärke – Russland unter Zugzwang"
    )
    assert (quotes[2].cue.start, quotes[2].cue.end) == at("kommentierte")
    assert (quotes[5].cue.start, quotes[5].cue.end) == at("hob hervor")
    assert [p.text for p in quotes[5].cue_parts] == ["hob", "hervor"]
    assert (quotes[6].cue.start, quotes[6].cue.end) == at("betonte", after="Sie betonte")
    start = at("Sie betonte")[0]
    assert (quotes[6].speaker_mention.start, quotes[6].speaker_mention.end) == (start, start + 3)
    assert quotes[4].kind is QuoteKind.REPORTED
    assert quotes[4].cue is None
    # The direct quote's sentence ends after the closing mark.
    sentence = analysis.sentences[quotes[2].sentence_indices[0]]
    assert sentence.text.endswith('prekär."')


# --- measures ----------------------------------------------------------------


def measure_rows(analysis: Analysis) -> list[tuple[str, str]]:
    return [(m.type, m.evidence.text if m.evidence else "") for m in analysis.measures]


def test_measure_types_and_evidence(analysis: Analysis) -> None:
    assert measure_rows(analysis) == [
        ("PAY_BENEFIT_CHANGE", "die Vergütungen für seine Soldaten zu erhöhen"),
        ("CONSCRIPTION_MOBILISATION", "eine neue Welle der Mobilisierung"),
        ("NEGOTIATION_DEMAND_CONCESSION", "stärkere Zugeständnisse einzufordern"),
        ("NEGOTIATION_DEMAND_CONCESSION", "gemeinsame Verhandlungsposition"),
        ("NEGOTIATION_DEMAND_CONCESSION", "Forderungen zu stellen"),
        ("FINANCIAL_GUARANTEE", "finanzielle und sicherheitspolitische Garantien"),
        ("SECURITY_GUARANTEE", "finanzielle und sicherheitspolitische Garantien"),
        (
            "NEGOTIATION_DEMAND_CONCESSION",
            "die Forderungen an Russland mit spezifischen europäischen Zugeständnissen zu verknüpfen",
        ),
        ("ARMS_CONTROL", "Begrenzung der russischen militärischen Fähigkeiten"),
        ("ARMS_CONTROL", "Reduzierung der russischen Militärausgaben"),
        ("ARMS_CONTROL", "Eindämmung der russischen militärischen Kapazitäten"),
        ("SANCTION_GENERAL", "Ausweitung von Sanktionen gegen russische Ölexporte"),
        (
            "SERVICE_BAN",
            "Verbot von maritimen Dienstleistungen für Frachter, die russisches Rohöl transportieren",
        ),
    ]


def by_type(analysis: Analysis, type_id: str) -> list[polittext.PolicyMeasure]:
    return [m for m in analysis.measures if m.type == type_id]


def test_measure_attributes_from_reading(analysis: Analysis) -> None:
    pay = by_type(analysis, "PAY_BENEFIT_CHANGE")[0]
    assert (pay.modality, pay.actor.text, pay.actor_name) == (
        Modality.CONSIDERED,
        "Moskau",
        "Russland",
    )
    mobilisation = by_type(analysis, "CONSCRIPTION_MOBILISATION")[0]
    assert mobilisation.modality is Modality.CONSIDERED
    concessions = by_type(analysis, "NEGOTIATION_DEMAND_CONCESSION")[0]
    assert concessions.modality is Modality.PLANNED
    assert (concessions.target.text, concessions.target_name) == ("Russland", "Russland")
    assert concessions.actor.text == "Kallas"
    sanctions = by_type(analysis, "SANCTION_GENERAL")[0]
    assert sanctions.modality is Modality.UNDER_DISCUSSION
    assert sanctions.target_name == "Russland"
    assert sanctions.object.text == "russische Ölexporte"
    ban = by_type(analysis, "SERVICE_BAN")[0]
    assert ban.modality is Modality.PLANNED
    assert ban.target.text == "Frachter, die russisches Rohöl transportieren"
    # Measures inside Kallas's indirect speech are hers.
    spending = by_type(analysis, "ARMS_CONTROL")[1]
    assert spending.speaker == analysis.speakers[0].id
    assert spending.family == "security"
    # "nicht um die ukrainische Armee …, sondern um die Eindämmung": the army is
    # governed by "um", it is no actor; the containment is Kallas's.
    containment = by_type(analysis, "ARMS_CONTROL")[2]
    assert (containment.actor_name, containment.speaker) == ("Kaja Kallas", analysis.speakers[0].id)
    # Read from the article: Kallas calls the guarantees "von entscheidender Bedeutung"
    # (sentence 10) and says it is about ("es gehe … um") the containment (sentence 14);
    # neither exists yet, both are what she asks for.
    assert containment.modality is Modality.DEMANDED
    guarantees = by_type(analysis, "FINANCIAL_GUARANTEE") + by_type(analysis, "SECURITY_GUARANTEE")
    assert [(m.sentence_index, m.modality) for m in guarantees] == [
        (10, Modality.DEMANDED),
        (10, Modality.DEMANDED),
    ]


def test_offsets_are_exact_everywhere(analysis: Analysis) -> None:
    spans = [s.span for s in analysis.sentences]
    spans += [m for s in analysis.speakers for m in s.mentions]
    for q in analysis.quotes:
        spans += [q.content, *q.cue_parts] + [x for x in (q.cue, q.speaker_mention) if x]
    for m in analysis.measures:
        spans += [x for x in (m.trigger, m.sentence, m.actor, m.target, m.object, m.evidence) if x]
    assert spans
    for span in spans:
        assert span.text == TEXT[span.start : span.end]


def test_round_trip_through_json(analysis: Analysis) -> None:
    import json

    data = json.loads(json.dumps(analysis.to_dict()))
    assert Analysis.from_dict(data) == analysis
