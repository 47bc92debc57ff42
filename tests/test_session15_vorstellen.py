"""Session 15: ``vorstellen`` as a cue in both its uses. Sentences written for these tests.

* ``stellte … die Ergebnisse vor: …`` presents a message (separable, no reflexive).
* ``Ich kann mir vorstellen, dass …`` frames a thought, and a measure in it is weighed
  (``considered``), not done.
"""

from __future__ import annotations

import polittext


def test_presenting_results_frames_the_message() -> None:
    text = "Die Ministerin stellte am Montag die Ergebnisse der Studie vor: Die Zahl der Fälle sei gestiegen."
    quotes = polittext.analyze(text).quotes
    assert len(quotes) == 1
    assert quotes[0].content.text == "Die Zahl der Fälle sei gestiegen"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Ministerin"


def test_presenting_a_product_is_no_quote() -> None:
    assert (
        polittext.analyze("Der Konzern stellte am Dienstag sein neues Elektroauto vor.").quotes
        == ()
    )


def test_imagining_a_measure_weighs_it() -> None:
    analysis = polittext.analyze("Die Union könnte sich eine Senkung der Stromsteuer vorstellen.")
    assert [(m.type, m.modality.value) for m in analysis.measures] == [("TAX_LEVY", "considered")]


def test_imagining_frames_a_thought() -> None:
    analysis = polittext.analyze("Ich kann mir gut vorstellen, dass die Grundsteuer steigt.")
    assert [q.content.text for q in analysis.quotes] == ["dass die Grundsteuer steigt"]
    assert [m.modality.value for m in analysis.measures] == ["considered"]
