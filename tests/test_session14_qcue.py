"""Quote cues in news, session 14 (issue #4): which cue frames which quote.

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

from _helpers import Row, rows

# --- words that go on a framed quote share its cue ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A quotation after a reported sentence goes on the quotation before it:
            # the minister still speaks under "sagte".
            "Die Ministerin sagte: „Wir werden die Schulen sanieren.“ Das Geld sei "
            "vorhanden. „Aber wir brauchen Zeit.“",
            [
                ("direct", "Wir werden die Schulen sanieren.", "sagte", "Die Ministerin"),
                ("reported", "Das Geld sei vorhanden.", None, "Die Ministerin"),
                ("direct", "Aber wir brauchen Zeit.", "sagte", "Die Ministerin"),
            ],
        ),
        (
            # Words quoted inside the reported sentence that continues an indirect
            # quote are the chancellor's, said under "erklärte"; the reported
            # sentence itself has no cue.
            "Der Kanzler erklärte, die Regierung wolle handeln. Sie werde „keine halben "
            "Sachen“ machen.",
            [
                ("indirect", "die Regierung wolle handeln", "erklärte", "Der Kanzler"),
                ("reported", "Sie werde „keine halben Sachen“ machen.", None, "Der Kanzler"),
                ("mixed", "keine halben Sachen", "erklärte", "Der Kanzler"),
            ],
        ),
    ],
)
def test_continuing_words_share_the_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # After an indirect message a quotation is a statement of its own: no cue.
            "Der Kanzler erklärte, die Regierung wolle handeln. „Wir haben keine Zeit "
            "zu verlieren.“",
            [
                ("indirect", "die Regierung wolle handeln", "erklärte", "Der Kanzler"),
                ("direct", "Wir haben keine Zeit zu verlieren.", None, "Der Kanzler"),
            ],
        ),
        (
            # A narrated sentence between breaks the chain: the later quotation is
            # not framed by "sagte".
            "Die Ministerin sagte: „Wir sanieren die Schulen.“ Das Geld sei vorhanden. "
            "Am Abend regnete es in Berlin. „Aber wir brauchen Zeit.“",
            [
                ("direct", "Wir sanieren die Schulen.", "sagte", "Die Ministerin"),
                ("reported", "Das Geld sei vorhanden.", None, "Die Ministerin"),
                ("direct", "Aber wir brauchen Zeit.", None, None),
            ],
        ),
        (
            # The same for quoted words in a reported sentence after the break.
            "Der Kanzler erklärte, die Regierung wolle handeln. Am Abend regnete es in "
            "Berlin. Die Lage sei „sehr ernst“.",
            [
                ("indirect", "die Regierung wolle handeln", "erklärte", "Der Kanzler"),
                ("reported", "Die Lage sei „sehr ernst“.", None, "Der Kanzler"),
                ("mixed", "sehr ernst", None, "Der Kanzler"),
            ],
        ),
    ],
)
def test_broken_or_indirect_chain_gives_no_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
