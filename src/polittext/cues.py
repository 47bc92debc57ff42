"""Speech-cue lexicon: every inflected form of the cue verbs, generated once.

The data file lists each verb with its principal parts (``hervorheben``,
particle ``hervor``, ``hebt``, ``hob``, ``hervorgehoben``); from these the
finite forms of main and subordinate clauses, the participles and the
infinitives are generated, so ``betonte``, ``betont``, ``hat betont`` and
``betonend`` all match ``betonen``, and ``hob … hervor`` matches
``hervorheben`` only when its particle follows in the clause. Measured
against spaCy's lookup lemmatizer (spacy-lookups-data) on our cue verbs, the
generated table needs no 150 MB table, loads in milliseconds and knows the
separable particles, which the lookup table lemmatizes wrongly (``ein`` ->
``einen``).

>>> forms = cue_forms()
>>> sorted({(f.verb.lemma, f.particle) for f in forms["hob"]})[:1]
[('hervorheben', 'hervor')]
>>> forms["betonend"][0].verb.lemma
'betonen'
"""

from __future__ import annotations

import functools

import attrs

from polittext.lexicon import read_table

__all__ = [
    "CueForm",
    "CueVerb",
    "cue_forms",
    "cue_lemmas",
    "cue_noun_lemmas",
    "cue_nouns",
    "first_person_forms",
    "konjunktiv_cue_forms",
    "konjunktiv_forms",
    "standing_nouns",
]


@attrs.frozen(slots=True)
class CueVerb:
    """A verb of speech, thought or writing from ``cue_verbs.tsv``.

    >>> CueVerb("sagen", "", "speech", "").separable
    False
    """

    lemma: str
    particle: str
    stwr: str
    reflexive: str

    @property
    def separable(self) -> bool:
        """Whether the verb has a separable particle (``hervor``-heben).

        >>> CueVerb("hinweisen", "hin", "speech", "").separable
        True
        """
        return bool(self.particle)


@attrs.frozen(slots=True)
class CueForm:
    """One inflected form of a cue verb.

    ``particle`` is the separable particle that must follow later in the clause
    (empty if the form already contains it); ``number`` is ``sg``, ``pl`` or
    ``""`` for non-finite forms; ``finite`` says whether it is a finite verb.
    """

    verb: CueVerb
    particle: str
    number: str
    finite: bool


_NOT_CUE_FORMS = frozenset(
    {"meine", "bitte", "danke", "heiße", "bekannt", "entscheidend", "gefunden"}
)


def _stem(infinitive: str) -> str:
    if infinitive.endswith("en"):
        return infinitive[:-2]
    return infinitive[:-1] if infinitive.endswith("n") else infinitive


def _past_plural(past: str) -> str:
    return past + ("n" if past.endswith("e") else "en")


@functools.lru_cache(maxsize=1)
def cue_forms() -> dict[str, tuple[CueForm, ...]]:
    """Map each lower-case word form to the cue forms it can be.

    >>> {f.verb.lemma for f in cue_forms()["kommentierte"]}
    {'kommentieren'}
    """
    # Generated forms that are (far more often) other words: "meine" (my), "bitte"
    # (please), "danke" (thanks), "heißt" in "das heißt", "bekannt" (known, rarely
    # the participle of "bekennen"), "entscheidend" (crucial), "gefunden" (found,
    # not thought).
    table = _generated_forms()
    return {form: entries for form, entries in table.items() if form not in _NOT_CUE_FORMS}


# Forms left out of cue_forms that are the cue verb next to "ich" ("Ich danke Ihnen",
# "bitte ich Sie", "Ich meine, …").
_FIRST_PERSON_FORMS = frozenset({"meine", "bitte", "danke"})


@functools.lru_cache(maxsize=1)
def first_person_forms() -> dict[str, tuple[CueForm, ...]]:
    """The cue forms of words that are a cue verb only beside ``ich`` (``Ich danke
    Ihnen``, ``bitte ich Sie``), not alone (``bitte``, ``danke``, ``meine Partei``).

    >>> sorted({f.verb.lemma for f in first_person_forms()["danke"]})
    ['danken']
    """
    table = _generated_forms()
    return {
        form: tuple(e for e in table[form] if e.finite and e.number == "sg")
        for form in _FIRST_PERSON_FORMS
        if form in table
    }


@functools.lru_cache(maxsize=1)
def konjunktiv_cue_forms() -> frozenset[str]:
    """Forms of cue verbs that read as Konjunktiv I singular inside reported speech
    (``er denke``, ``sie hoffe``, ``man erwäge``, ``erkenne … an``): the stem plus
    ``-e``, with the particle joined or apart.

    >>> "hoffe" in konjunktiv_cue_forms() and "hoffte" not in konjunktiv_cue_forms()
    True
    """
    forms = set()
    for lemma, particle, *_rest in read_table("cue_verbs.tsv", 7):
        base = lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma
        form = _stem(base) + "e"
        forms.update({form, particle + form} if particle else {form})
    return frozenset(forms)


@functools.lru_cache(maxsize=1)
def _generated_forms() -> dict[str, tuple[CueForm, ...]]:
    """Every form generated from ``cue_verbs.tsv``, homographs included."""
    table: dict[str, list[CueForm]] = {}

    def add(form: str, entry: CueForm) -> None:
        if form:
            options = table.setdefault(form.lower(), [])
            if entry not in options:
                options.append(entry)

    for lemma, particle, pres3sg, past3sg, participle, stwr, reflexive in read_table(
        "cue_verbs.tsv", 7
    ):
        verb = CueVerb(lemma, particle, stwr, reflexive)
        base = lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma
        stem = _stem(base)
        finite = {
            pres3sg: "sg",
            base: "pl",
            past3sg: "sg",
            _past_plural(past3sg): "pl",
            stem + "e": "sg",
        }
        for form, number in finite.items():
            add(form, CueForm(verb, particle, number, True))
            if particle:
                # Subordinate clause: the particle is written together with the verb.
                add(particle + form, CueForm(verb, "", number, True))
        add(participle, CueForm(verb, "", "", False))
        add(lemma, CueForm(verb, "", "", False))
        add(lemma + "d", CueForm(verb, "", "", False))
        add(particle + "zu" + base if particle else "zu" + lemma, CueForm(verb, "", "", False))
    return {form: tuple(entries) for form, entries in table.items()}


@functools.lru_cache(maxsize=1)
def cue_participles() -> frozenset[str]:
    """The past participles of the cue verbs, lower case.

    >>> "erwartet" in cue_participles()
    True
    """
    return frozenset(row[4].lower() for row in read_table("cue_verbs.tsv", 7) if row[4])


@functools.lru_cache(maxsize=1)
def cue_lemmas() -> frozenset[str]:
    """The lemmas of all cue verbs (with their separable particles).

    >>> "hervorheben" in cue_lemmas()
    True
    """
    return frozenset(row[0] for row in read_table("cue_verbs.tsv", 7))


@functools.lru_cache(maxsize=1)
def cue_nouns() -> dict[str, tuple[str, bool]]:
    """Map cue nouns (singular and common plural forms) to (stwr, source phrase?).

    >>> cue_nouns()["Angaben"][1]
    True
    """
    nouns: dict[str, tuple[str, bool]] = {}
    for noun, stwr, source in read_table("cue_nouns.tsv", 3):
        entry = (stwr, source in ("yes", "standing"))
        for form in _noun_forms(noun):
            nouns.setdefault(form, entry)
    return nouns


@functools.lru_cache(maxsize=1)
def standing_nouns() -> tuple[str, ...]:
    """Lower-case forms of the cue nouns that name a standing text or state of
    knowledge (``standing`` in ``cue_nouns.tsv``): ``nach dem Grundgesetz`` names a
    source even with its definite article. Longest first, for matching compound
    heads with ``str.endswith`` (``Reichsvermögensgesetz``).

    >>> "grundgesetz" in standing_nouns() and "mitteilung" not in standing_nouns()
    True
    """
    forms = {
        form.lower()
        for noun, _stwr, source in read_table("cue_nouns.tsv", 3)
        if source == "standing"
        for form in _noun_forms(noun)
    }
    return tuple(sorted(forms, key=len, reverse=True))


def _noun_forms(noun: str) -> tuple[str, ...]:
    """The singular and the regular plural and genitive forms of a noun; nouns in
    ``-nis`` double their ``s`` (``Erkenntnisse``, ``Ergebnissen``). Plurals with
    an umlaut (``Vorwürfe``) are rows of their own in ``cue_nouns.tsv``.

    >>> _noun_forms("Erkenntnis")[-3:]
    ('Erkenntnisse', 'Erkenntnissen', 'Erkenntnisses')
    """
    forms = [noun, noun + "en", noun + "n", noun + "e", noun + "s", noun + "es"]
    if noun.endswith("nis"):
        forms += [noun + "se", noun + "sen", noun + "ses"]
    return tuple(forms)


@functools.lru_cache(maxsize=1)
def cue_noun_lemmas() -> dict[str, str]:
    """Map each form of a cue noun to the noun as listed (``Forderungen`` -> ``Forderung``).

    >>> cue_noun_lemmas()["Forderungen"], cue_noun_lemmas()["Vorwürfe"]
    ('Forderung', 'Vorwurf')
    """
    listed = [row[0] for row in read_table("cue_nouns.tsv", 3)]
    singulars = set(listed)
    lemmas: dict[str, str] = {}
    for noun in listed:
        # A plural listed as a row of its own ("Vorwürfe", "Anträge") maps to
        # its singular row ("Vorwurf", "Antrag").
        plain = noun.translate(_UMLAUTS)
        lemma = next(
            (plain[: -len(end)] for end in ("e", "er") if plain[: -len(end)] in singulars),
            noun,
        )
        for form in _noun_forms(noun):
            lemmas.setdefault(form, lemma)
    return lemmas


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


@functools.lru_cache(maxsize=1)
def konjunktiv_forms() -> frozenset[str]:
    """Finite verb forms that are unambiguously Konjunktiv I (``sei``, ``habe``, ``könne``).

    >>> "sei" in konjunktiv_forms() and "ist" not in konjunktiv_forms()
    True
    """
    return frozenset(row[0] for row in read_table("konjunktiv_i.tsv", 3))
