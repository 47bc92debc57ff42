"""A trained spaCy pipeline as the base: its entities and dependency parse.

A tiny German pipeline (parser and entity recognizer) is trained here on ten
hand-annotated sentences (TIGER labels, as in spaCy's German pipelines) and
loaded from its directory with ``polittext.load(path)``. Docs with a parse
written by hand show the subject hint on its own.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

import polittext  # noqa: E402
from polittext.components import subjects_of  # noqa: E402
from polittext.engine import COMPONENTS  # noqa: E402

# text, heads (absolute token indices), TIGER labels, entities (token ranges)
TRAINING = [
    (
        "Den Plan der Regierung kritisierte Vogt scharf, er sei zu teuer.",
        [1, 4, 3, 1, 4, 4, 4, 9, 9, 4, 11, 9, 4],
        "nk oa nk ag ROOT sb mo punct sb oc mo pd punct",
        [(5, 6, "PER")],
    ),
    (
        "Die Forderung der Grünen wies Berg zurück, sie sei unbezahlbar.",
        [1, 4, 3, 1, 4, 4, 4, 9, 9, 4, 9, 4],
        "nk oa nk ag ROOT sb svp punct sb oc pd punct",
        [(3, 4, "ORG"), (5, 6, "PER")],
    ),
    (
        "Anna Berg sagte, dass die Lage ernst sei.",
        [1, 2, 2, 8, 8, 6, 8, 8, 2, 2],
        "pnc sb ROOT punct cp nk sb pd oc punct",
        [(0, 2, "PER")],
    ),
    (
        "Den Vorschlag hat Merz kritisiert, er sei unausgegoren.",
        [1, 4, 2, 2, 2, 7, 7, 4, 7, 2],
        "nk oa ROOT sb oc punct sb oc pd punct",
        [(3, 4, "PER")],
    ),
    (
        "Vogt betonte, die Hilfe komme.",
        [1, 1, 5, 4, 5, 1, 1],
        "sb ROOT punct nk sb oc punct",
        [(0, 1, "PER")],
    ),
    (
        "Das Gesetz lehnte die Opposition ab.",
        [1, 2, 2, 4, 2, 2, 2],
        "nk oa ROOT nk sb svp punct",
        [],
    ),
    (
        "Den Bericht der Kommission lobte Kallas, er sei mutig.",
        [1, 4, 3, 1, 4, 4, 8, 8, 4, 8, 4],
        "nk oa nk ag ROOT sb punct sb oc pd punct",
        [(3, 4, "ORG"), (5, 6, "PER")],
    ),
    (
        "Die Kritik der Union teilte Klein nicht.",
        [1, 4, 3, 1, 4, 4, 4, 4],
        "nk oa nk ag ROOT sb ng punct",
        [(3, 4, "ORG"), (5, 6, "PER")],
    ),
    (
        "Die Ministerin erklärte, man sei bereit.",
        [1, 2, 2, 5, 5, 2, 5, 2],
        "nk sb ROOT punct sb oc pd punct",
        [],
    ),
    (
        "Die Sanktionen verteidigte Lena Vogt, sie seien nötig.",
        [1, 2, 2, 4, 2, 7, 7, 2, 7, 2],
        "nk oa ROOT pnc sb punct sb oc pd punct",
        [(3, 5, "PER")],
    ),
]


def train_tiny_pipeline() -> spacy.language.Language:
    """A parser and an entity recognizer that learn the ten sentences by heart."""
    spacy.util.fix_random_seed(0)
    random.seed(0)
    nlp = spacy.blank("de")
    # Labels seen fewer than min_action_freq times would be learnt as "dep".
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    nlp.add_pipe("ner")
    examples = []
    for text, heads, deps, ents in TRAINING:
        doc = nlp.make_doc(text)
        assert len(doc) == len(heads) == len(deps.split()), text
        entities = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label) for s, e, label in ents]
        examples.append(
            Example.from_dict(doc, {"heads": heads, "deps": deps.split(), "entities": entities})
        )
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(20):
        random.shuffle(examples)
        for first in range(0, len(examples), 2):
            nlp.update(examples[first : first + 2], sgd=optimizer)
    return nlp


@pytest.fixture(scope="module")
def trained_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pipelines") / "de_tiny"
    train_tiny_pipeline().to_disk(path)
    return path


def test_tiny_pipeline_learnt_its_sentences(trained_path: Path) -> None:
    # The premise of the tests below: the saved model parses its own training set right.
    nlp = spacy.load(trained_path)
    for text, heads, deps, ents in TRAINING:
        doc = nlp(text)
        assert [t.head.i for t in doc] == heads, text
        assert [t.dep_ for t in doc] == deps.split(), text
        assert [(e.start, e.end, e.label_) for e in doc.ents] == ents, text


def test_load_accepts_a_pipeline_directory(trained_path: Path) -> None:
    pipeline = polittext.load(str(trained_path))
    assert pipeline.base == str(trained_path)
    assert pipeline.nlp.pipe_names == ["parser", "ner", *COMPONENTS]
    assert polittext.load(str(trained_path)) is pipeline


@pytest.mark.parametrize(
    ("text", "blank_speaker", "speaker", "mention"),
    [
        # Object first, with an article that shows the case ("den" is never a
        # subject): the rules take the subject after the verb, as the parse does.
        (
            "Den Plan der Regierung kritisierte Vogt scharf, er sei zu teuer.",
            "Vogt",
            "Vogt",
            "Vogt",
        ),
        (
            "Den Bericht der Kommission lobte Kallas, er sei mutig.",
            "Kallas",
            "Kallas",
            "Kallas",
        ),
        # Object first with "die" (nominative or accusative): the rules take the
        # first name of the prefield; the parse knows better.
        (
            "Die Pläne der Kommission kritisierte Merz scharf, sie seien unausgegoren.",
            "Kommission",
            "Merz",
            "Merz",
        ),
        # A known name after the verb beats an unnamed noun phrase before it, so
        # here the rules agree with the parse.
        (
            "Die Sanktionen verteidigte Lena Vogt, sie seien nötig.",
            "Lena Vogt",
            "Lena Vogt",
            "Lena Vogt",
        ),
        # The perfect: the subject hangs on "hat", the cue "kritisiert" on "hat" (oc).
        ("Den Vorschlag hat Merz kritisiert, er sei unausgegoren.", "Merz", "Merz", "Merz"),
        # Subject first: rules and parse agree.
        ("Anna Berg sagte, dass die Lage ernst sei.", "Anna Berg", "Anna Berg", "Anna Berg"),
    ],
)
def test_trained_pipeline_subject_decides_the_speaker(
    trained_path: Path, text: str, blank_speaker: str, speaker: str, mention: str
) -> None:
    blank = polittext.analyze(text)
    assert [q.speaker.name if q.speaker else None for q in blank.quotes] == [blank_speaker]
    analysis = polittext.load(str(trained_path)).analyze(text)
    (quote,) = analysis.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.speaker_mention is not None
    assert (
        quote.speaker_mention.text
        == mention
        == text[quote.speaker_mention.start : quote.speaker_mention.end]
    )
    assert quote.content.text == blank.quotes[0].content.text


def test_trained_pipeline_entities_add_mentions(trained_path: Path) -> None:
    # "Klein" is no name polittext's lists know; the entity recognizer's PER makes it one.
    text = "Die Kritik der Union teilte Klein nicht."

    def mentions(pipeline: polittext.Pipeline) -> list[tuple[str, str]]:
        doc = pipeline.doc(text)
        return [(span.label_, span.text) for span in doc.spans["polittext_mentions"]]

    assert mentions(polittext.load()) == [("organisation", "Union")]
    trained = polittext.load(str(trained_path))
    assert mentions(trained) == [("organisation", "Union"), ("person", "Klein")]
    doc = trained.doc(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("Union", "ORG"), ("Klein", "PER")]
    # The parser's sentence boundaries stay; polittext's own are in doc.spans.
    assert [s.text for s in doc.sents] == [text]


def test_load_errors_name_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"python -m spacy download de_core_news_xx"):
        polittext.load("de_core_news_xx")
    with pytest.raises(
        ValueError, match=r"neither a spaCy pipeline package nor a pipeline directory .*config\.cfg"
    ):
        polittext.load(str(tmp_path / "missing"))
    with pytest.raises(
        ValueError, match=r"neither a spaCy pipeline package nor a pipeline directory"
    ):
        polittext.load(str(tmp_path))  # a directory, but no pipeline in it
    spacy.blank("en").to_disk(tmp_path / "english")
    with pytest.raises(ValueError, match=r"for language 'en'; polittext needs a German"):
        polittext.load(str(tmp_path / "english"))


# -- Docs with a parse written by hand -------------------------------------------------


def run_components(doc: Doc) -> polittext.Analysis:
    nlp = polittext.load().nlp
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc._.polittext  # type: ignore[no-any-return]


def make_doc(
    text: str,
    heads: list[int] | None = None,
    deps: list[str] | None = None,
    ents: list[str] | None = None,
) -> Doc:
    tokens = polittext.load().nlp.make_doc(text)
    return Doc(
        tokens.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        heads=heads,
        deps=deps,
        ents=ents,
    )


OVS = "Den Vorschlag der Kommission kritisierte Merz scharf, er sei unausgegoren."
#      0   1         2   3          4           5    6     7 8  9   10          11
OVS_HEADS = [1, 4, 3, 1, 4, 4, 4, 9, 9, 4, 9, 4]


def speakers_of(analysis: polittext.Analysis) -> list[tuple[str | None, str | None]]:
    return [
        (
            q.speaker.name if q.speaker else None,
            q.speaker_mention.text if q.speaker_mention else None,
        )
        for q in analysis.quotes
    ]


def test_hand_parse_tiger_subject_decides() -> None:
    deps = ["nk", "oa", "nk", "ag", "ROOT", "sb", "mo", "punct", "sb", "oc", "pd", "punct"]
    doc = make_doc(OVS, OVS_HEADS, deps)
    assert subjects_of(doc)[(29, 40)] == (41, 45)  # kritisierte -> Merz
    assert speakers_of(run_components(doc)) == [("Merz", "Merz")]
    # The rules read "Den" as an object too (it is never nominative).
    assert speakers_of(polittext.analyze(OVS)) == [("Merz", "Merz")]


def test_hand_parse_universal_dependencies_subject_decides() -> None:
    deps = [
        "det",
        "obj",
        "det",
        "nmod",
        "root",
        "nsubj",
        "advmod",
        "punct",
        "nsubj",
        "cop",
        "ccomp",
        "punct",
    ]
    analysis = run_components(make_doc(OVS, OVS_HEADS, deps))
    assert speakers_of(analysis) == [("Merz", "Merz")]
    assert analysis.quotes[0].content.text == "er sei unausgegoren"


def test_hand_parse_subject_with_entity_and_particle_cue() -> None:
    # An unknown name, made a person by the entity; the subject stands inside "wies … zurück".
    text = "Die Forderung der Grünen wies Zyxw Qwertz zurück, sie sei unbezahlbar."
    heads = [1, 4, 3, 1, 4, 6, 4, 4, 10, 10, 4, 10, 4]
    deps = ["nk", "oa", "nk", "ag", "ROOT", "pnc", "sb", "svp", "punct", "sb", "oc", "pd", "punct"]
    ents = ["O", "O", "O", "B-ORG", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O"]
    assert speakers_of(polittext.analyze(text)) == [("Bündnis 90/Die Grünen", "Grünen")]
    assert speakers_of(run_components(make_doc(text, ents=ents))) == [
        ("Bündnis 90/Die Grünen", "Grünen")
    ]
    analysis = run_components(make_doc(text, heads, deps, ents))
    assert speakers_of(analysis) == [("Zyxw Qwertz", "Zyxw Qwertz")]
    assert analysis.quotes[0].cue is not None
    assert [p.text for p in analysis.quotes[0].cue_parts] == ["wies", "zurück"]


def test_hand_parse_pronoun_subject_is_resolved() -> None:
    text = "Anna Berg kam spät. Den Plan der Regierung lobte sie, er sei klug."
    #       0    1    2   3   4 5   6    7   8         9     10 11 12 13  14  15
    heads = [1, 2, 2, 2, 2, 5, 9, 7, 5, 9, 9, 13, 13, 9, 13, 9]
    deps = [
        "pnc",
        "sb",
        "ROOT",
        "mo",
        "punct",
        "nk",
        "oa",
        "nk",
        "ag",
        "ROOT",
        "sb",
        "punct",
        "sb",
        "oc",
        "pd",
        "punct",
    ]
    analysis = run_components(make_doc(text, heads, deps))
    assert speakers_of(analysis) == [("Anna Berg", "sie")]
    # Here the rules agree: a pronoun right after the verb is its subject.
    assert speakers_of(polittext.analyze(text)) == [("Anna Berg", "sie")]


def test_parse_and_rules_agree_on_plain_order() -> None:
    text = "Kallas sagte, dass Europa stark sei."
    heads = [1, 1, 6, 6, 6, 6, 1, 1]
    deps = ["sb", "ROOT", "punct", "cp", "sb", "pd", "oc", "punct"]
    parsed = run_components(make_doc(text, heads, deps))
    assert parsed.to_dict() == polittext.analyze(text).to_dict()


def test_no_parse_falls_back_to_the_rules() -> None:
    doc = make_doc(OVS)
    assert not doc.has_annotation("DEP")
    assert subjects_of(doc) == {}
    assert run_components(doc).to_dict() == polittext.analyze(OVS).to_dict()


def test_subject_that_names_nobody_falls_back_to_the_rules() -> None:
    # The relative pronoun "der" is the parsed subject of "sagte": it names no one,
    # so the rules find its antecedent, as without a parse, and keep the pronoun
    # as the mention of that speaker.
    text = "Merz, der sagte, es sei gut gelaufen, kam spät."
    #       0   1 2   3    4 5  6   7   8       9 10  11  12
    heads = [10, 3, 3, 0, 6, 6, 3, 8, 6, 3, 10, 10, 10]
    deps = [
        "sb",
        "punct",
        "sb",
        "rc",
        "punct",
        "sb",
        "oc",
        "mo",
        "oc",
        "punct",
        "ROOT",
        "mo",
        "punct",
    ]
    doc = make_doc(text, heads, deps)
    assert subjects_of(doc)[(10, 15)] == (6, 9)  # sagte -> der
    assert speakers_of(run_components(doc)) == [("Merz", "der")]
    assert speakers_of(polittext.analyze(text)) == [("Merz", "der")]
