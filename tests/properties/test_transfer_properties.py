"""pipe's compact form of an analysis gives back an equal analysis for any text."""

from __future__ import annotations

from hypothesis import given
from test_properties import texts

import polittext
from polittext._transfer import pack, unpack


@given(texts)
def test_pack_then_unpack_gives_the_same_analysis(text: str) -> None:
    analysis = polittext.analyze(text)
    assert unpack(text, pack(analysis)) == analysis
