"""Time polittext.analyze (spaCy engine included) on adversarial inputs of growing size and print the growth ratio.

Usage: python benchmarks/adversarial.py [small_chars] [factor]

Each input is built by repeating a unit to about ``small_chars`` characters and
to ``factor`` times that; a linear algorithm takes about ``factor`` times as long
on the larger input. The table lists both times and the ratio.
"""

from __future__ import annotations

import sys
import time

from polittext import analyze

UNITS = {
    "straight quotes": '"',
    "low quotes": "„",
    "mixed quote styles": '„"»«“”‚‘›‹',
    "no spaces": "a",
    "one capitalised word": "A",
    "period space": ". ",
    "abbreviations": "z. B. ",
    "capitalised words": "Merkel ",
    "titles": "Dr. Prof. Herr Frau ",
    "first names": "Anna Hans Maria ",
    "nested brackets": "((((((((((",
    "cue verbs": "sagte ",
    "cue with dass": "sagte, dass ",
    "framed quotes": "Sie sagte: „Nein.“ ",
    "laut phrases": "laut Merkel ",
    "so phrases": "Gut, so Merkel ",
    "control chars": "\x00\x01\x1f\u200b\ufeff\u2028\u202e",
    "surrogates and emoji": "\ud800😀\udfff",
    "zero width and BOM": "Merz\u200b sagte\ufeff, es sei gut.\u2060 ",
    "line separators": "Die Regierung tagt.\u2028",
    "right to left": "Er sagte: „السلام عليكم“ שלום \u202eEU\u202c. ",
    "NUL bytes": "Die Regierung\x00 tagt.\x00 ",
    "windows newlines": "Satz.\r\n",
    "blank lines": "Titel\n\n",
    "reported speech": "Kallas betonte, dass Europa stark sei. Die Lage sei ernst. ",
    "measure triggers": "Sanktionen ",
    "measure phrases": "Sanktionen gegen Russland, ",
    "roles and names": "EU-Chefdiplomatin Kaja Kallas ",
    "pronoun subjects": "Er sagte, er sei da. ",
    "dot leaders": "1. Einleitung.....",
    "periods without spaces": ".",
    "opening brackets": "(",
    "quote marks without spaces": '"„',
}


def timed(text: str) -> float:
    start = time.perf_counter()
    analyze(text)
    return time.perf_counter() - start


def main() -> None:
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    factor = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    print(f"{'input':<22} {'small s':>9} {'large s':>9} {'ratio':>7}")
    worst = 0.0
    for name, unit in UNITS.items():
        repeat = max(1, small // len(unit))
        a = timed(unit * repeat)
        b = timed(unit * repeat * factor)
        ratio = b / max(a, 1e-4)
        worst = max(worst, ratio)
        print(f"{name:<22} {a:9.3f} {b:9.3f} {ratio:7.1f}", flush=True)
    print(f"worst ratio {worst:.1f} for a {factor}x larger input")


if __name__ == "__main__":
    main()
