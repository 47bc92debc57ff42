"""Quote.negated: a negated cue verb, checked on sentences read one by one."""

from __future__ import annotations

import pytest

import polittext
from polittext.analysis import Analysis


def _flags(text: str) -> list[tuple[str, bool]]:
    return [(q.cue.text if q.cue else "", q.negated) for q in polittext.attribute_quotes(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Er sagte nicht, dass er zurücktrete.", "sagte"),
        ("Die Ministerin wollte nicht sagen, ob die Steuer steigt.", "sagen"),
        ("Der Minister hat nie gesagt, dass er die Steuern erhöhen wolle.", "gesagt"),
        ("Niemand behauptete, dass das Gesetz verfassungswidrig sei.", "behauptete"),
        ("Die Sprecherin äußerte sich nicht dazu, ob die Gespräche weitergehen.", "äußerte"),
        ("Die Kommission erklärte keineswegs, dass sie die Regeln lockern werde.", "erklärte"),
    ],
)
def test_a_negated_cue_verb_marks_the_quote(text: str, cue: str) -> None:
    assert _flags(text) == [(cue, True)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # The negation belongs to the message.
        ("Er sagte, er komme nicht.", "sagte"),
        ("„Wir kommen nicht“, sagte Scholz.", "sagte"),
        # "nicht" negates an attribute of the speaker.
        (
            "Ein nicht namentlich genannter Sprecher sagte, die Gespräche seien gescheitert.",
            "sagte",
        ),
        # A negated verb of denial affirms the message.
        ("Kallas schloss nicht aus, dass die Sanktionen verschärft werden.", "schloss nicht aus"),
        ("Der Kanzler bestritt nicht, dass die Lage ernst sei.", "bestritt"),
        # Phrases with "nicht" that do not deny the verb.
        ("Sie wurde nicht müde zu betonen, dass die Ukraine Hilfe brauche.", "betonen"),
        ("Wie er nicht ohne Stolz sagte, sei der Haushalt ausgeglichen.", "sagte"),
        # A source phrase is no verb: the negation is the message's.
        ("Laut Regierung kommt die Reform nicht.", "Laut"),
    ],
)
def test_other_negations_leave_the_quote_unmarked(text: str, cue: str) -> None:
    assert _flags(text) == [(cue, False)]


def test_the_flag_survives_to_dict_and_back() -> None:
    analysis = polittext.analyze("Er sagte nicht, dass er zurücktrete.")
    data = analysis.to_dict()
    assert data["quotes"][0]["negated"] is True
    assert Analysis.from_dict(data).quotes[0].negated is True


def test_the_flag_survives_worker_processes() -> None:
    texts = ["Er sagte nicht, dass er zurücktrete.", "Sie sagte, dass sie bleibe."]
    results = list(polittext.pipe(texts, n_process=2, batch_size=1))
    assert [q.negated for a in results for q in a.quotes] == [True, False]
