"""Speakers, round 7: definite descriptions that refer back to a named person
(``der SPD-Politiker``, ``der CDU-Vorsitzende``, ``die Grünen-Abgeordnete``), role
nouns that are also plural group nouns, a name after a role whose surname is
also a first name (``der SPD-Vorsitzende Sigmar Gabriel:``), and the casing of
group names with a hyphenated prefix.

Every expectation was written from reading the German text (who says it), not
from the program's output. The counter-examples keep plural groups plural.
"""

from __future__ import annotations

import pytest

import polittext
from polittext.attribution import description_gender


def speakers_of(text: str) -> list[tuple[str, list[str]]]:
    """Each speaker's name with the texts of its mentions (offsets checked)."""
    found = []
    for speaker in polittext.analyze(text).speakers:
        for mention in speaker.mentions:
            assert mention.text == text[mention.start : mention.end]
        found.append((speaker.name, [m.text for m in speaker.mentions]))
    return found


# --- a description after a named person is that person -----------------------
@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "Lars Klingbeil sagte, man müsse sparen. „Wir müssen jeden Euro zweimal "
            "umdrehen“, sagte der SPD-Politiker am Montag.",
            "Lars Klingbeil",
            "der SPD-Politiker",
        ),
        (
            "Robert Habeck sagte, man müsse sparen. Der Grünen-Politiker sagte, es gehe um viel.",
            "Robert Habeck",
            "Der Grünen-Politiker",
        ),
        (
            "Friedrich Merz sagte, man müsse sparen. Der CDU-Vorsitzende betonte, die Lage sei ernst.",
            "Friedrich Merz",
            "Der CDU-Vorsitzende",
        ),
        (
            "Jens Spahn sagte, man müsse sparen. Wie der CDU-Abgeordnete betonte, gehe es um viel.",
            "Jens Spahn",
            "der CDU-Abgeordnete",
        ),
        (
            "Britta Haßelmann sagte, man müsse sparen. Die Grünen-Abgeordnete betonte, es "
            "gehe um viel.",
            "Britta Haßelmann",
            "Die Grünen-Abgeordnete",
        ),
        (
            "Die Ministerin Nancy Faeser kam zu spät. Die SPD-Vorsitzende wies darauf hin, "
            "dass der Zug ausgefallen sei.",
            "Nancy Faeser",
            "Die SPD-Vorsitzende",
        ),
    ],
)
def test_definite_description_refers_back(text: str, name: str, description: str) -> None:
    speakers = dict(speakers_of(text))
    assert description in speakers[name]
    assert len(speakers) == 1  # no second speaker made of the description


def test_description_does_not_cross_a_known_party() -> None:
    # Merz is CDU (by his role prefix): "der SPD-Politiker" is somebody else.
    text = (
        "CDU-Chef Friedrich Merz sagte, man müsse sparen. Der SPD-Politiker "
        "widersprach, es gehe um Gerechtigkeit."
    )
    speakers = dict(speakers_of(text))
    assert "Der SPD-Politiker" not in speakers["Friedrich Merz"]


# --- plural groups stay groups ------------------------------------------------
def test_plural_and_genitive_plural_stay_a_group() -> None:
    text = (
        "Lars Klingbeil kam. Die Kritik der SPD-Politiker richtete sich gegen Merz. "
        "Die SPD-Politiker sagten, es gehe um viel."
    )
    speakers = dict(speakers_of(text))
    assert "SPD-Politiker" in speakers  # the group, capitalised after the hyphen
    assert "Lars Klingbeil" not in speakers  # he says nothing


def test_indefinite_role_stays_an_anonymous_source() -> None:
    text = "Die EU fordert Reformen. Ein Beamter der Nationalpolizei: „Hier weiß man, wer die Kriminellen sind.“"
    quote = polittext.attribute_quotes(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.name != "Europäische Union"
    assert "Beamte" in quote.speaker.name


def test_group_name_keeps_capital_after_hyphen() -> None:
    text = "US-Medien berichteten, der Präsident sei erkrankt."
    assert [name for name, _ in speakers_of(text)] == ["US-Medien"]


# --- a role before a name whose surname is also a first name -----------------
def test_role_first_name_surname_before_colon() -> None:
    text = (
        "Stephanie zu Guttenberg war dabei. So sagte der SPD-Vorsitzende Sigmar "
        "Gabriel: „Ich finde, das ist eine PR-Aktion.“"
    )
    quote = polittext.attribute_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Sigmar Gabriel"


def test_role_and_single_name_before_verb() -> None:
    text = (
        "Wirtschaftsminister Brüderle sagte, es gehe voran. Der SPD-Vorsitzende Gabriel "
        "bekräftigte, dass die SPD klagen werde."
    )
    names = [q.speaker.name if q.speaker else None for q in polittext.attribute_quotes(text)]
    assert names == ["Brüderle", "Gabriel"]


def test_single_first_name_without_role_is_no_person() -> None:
    assert polittext.attribute_quotes("Das sagte Thomas.") == []


def test_name_after_role_with_adjective_is_the_speaker() -> None:
    text = (
        "Gerhard Schröder stellte die Vertrauensfrage. Das kritisierte der grüne "
        "Abgeordnete Werner Schulz: „Das ist verfassungswidrig.“"
    )
    quote = polittext.attribute_quotes(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Werner Schulz"


def test_description_gender() -> None:
    assert description_gender("der", "CDU-Vorsitzende", "f") == "m"
    assert description_gender("die", "CDU-Vorsitzende", "f") == "f"
    assert description_gender("der", "Ministerin", "f") == "f"
    assert description_gender("die", "Minister", "m") == "m"


# --- a profession no list knows, then a name ----------------------------------
def test_unknown_profession_before_a_name() -> None:
    text = "Der Planet kreist eng um seinen Stern, erklärte die Astronomin Jane Greaves."
    quote = polittext.attribute_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Jane Greaves"


def test_genitive_name_after_a_noun_is_no_subject() -> None:
    text = "Anna Berg sagte, sie sei enttäuscht. Modder nannte die Absage Hartmanns einen „Vertrauensbruch“."
    names = [q.speaker.name if q.speaker else None for q in polittext.attribute_quotes(text)]
    assert "Hartmann" not in names
