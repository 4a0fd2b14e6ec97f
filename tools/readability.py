#!/usr/bin/env python3
"""Flesch-Douma readability of the Dutch `summary` of every material in catalogue/materials/.

Usage:  python3 tools/readability.py [catalogue-dir] [--field summary|summary_en] [--floor 45]
                                     [--rule units|runs] [--quiet]

Prints one line per material (score, words, sentences, syllables, id), lowest first, then the
median, p10 and minimum. Exits 1 when --floor is given and a summary scores below it.

Formula (Douma 1960, Dutch adaptation of Flesch):
    score = 206.835 - 0.77 * (syllables per 100 words) - 0.93 * (words per sentence)

The exact counting rules (written so they can be ported to a Rust test one to one):

Words
    A word is a maximal run of letters (Unicode alphabetic), digits, apostrophes and hyphens that
    contains at least one letter or digit. "t/m" is two words ("t", "m"); "12-18" is one word;
    "Soa Aids Nederland" is three.
Sentences
    A sentence ends at '.', '!' or '?' (a run of them counts once) that is followed by whitespace
    and then an uppercase letter, a digit or an opening quote, or by the end of the text. So "o.a."
    or "19.00" inside a sentence does not end it. ';' and ':' do NOT end a sentence. Text without
    such an ending is one sentence.
Syllables (per word, lowercased)
    Vowel letters are a e i o u y and their accented forms (a with grave/acute, e with acute/grave/
    circumflex, etc.). The word is scanned left to right; each vowel unit is one syllable. At
    each position the longest matching unit is taken from:
        3 letters: aai ooi oei eeu ieu
        2 letters: aa ee oo uu ie oe eu ui ei ij au ou
        1 letter : any single vowel letter
    ('ij' counts as a vowel unit although 'j' is not a vowel letter.) A vowel with a diaeresis
    (ë ï ö ü ä) always starts a new unit and never joins the unit before it ("geïnteresseerd",
    "ideeën"). Consonants, digits and other characters count nothing.
    A word with no vowel unit (a number such as "2019", an abbreviation such as "t", "m") counts
    as 1 syllable.
    No rule for silent letters: English loanwords ("online", "game") are counted the Dutch way
    (on-li-ne = 3). This slightly lowers scores for texts with English words.
"""
import argparse
import re
import statistics
import sys
import tomllib
from pathlib import Path

VOWELS = set("aeiouyáàâéèêíìîóòôúùûý") | set("äëïöü")
DIAERESIS = set("äëïöü")
UNITS = ["aai", "ooi", "oei", "eeu", "ieu",
         "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "au", "ou"]
WORD = re.compile(r"[\w'’-]*[^\W_][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?]+(?=\s+[A-Z0-9À-ÖØ-Þ\"'‘“(]|\s*$)")


def syllables(word: str) -> int:
    w = word.lower()
    count, i = 0, 0
    while i < len(w):
        ch = w[i]
        if ch in VOWELS or w.startswith("ij", i):
            for unit in UNITS:
                if w.startswith(unit, i) and not any(c in DIAERESIS for c in unit[1:]):
                    i += len(unit)
                    break
            else:
                i += 1
            count += 1
        else:
            i += 1
    return max(count, 1)


def syllables_by_runs(word: str) -> int:
    """Looser comparison rule: each maximal run of vowel letters, or 'ij', is one syllable."""
    w, count, i = word.lower(), 0, 0
    while i < len(w):
        if w[i] in VOWELS or w.startswith("ij", i):
            count += 1
            while i < len(w) and (w[i] in VOWELS or (w[i] == "j" and w[i - 1] == "i")):
                i += 1
        else:
            i += 1
    return max(count, 1)


def words(text: str) -> list[str]:
    return [w.strip("'’-") or w for w in WORD.findall(text)]


def sentences(text: str) -> int:
    return max(len(SENTENCE_END.findall(text.strip())), 1)


def flesch_douma(text: str, count=syllables) -> tuple[float, int, int, int]:
    """(score, words, sentences, syllables) of one text."""
    ws = words(text)
    n_s = sentences(text)
    n_syl = sum(count(w) for w in ws)
    score = 206.835 - 0.77 * (100 * n_syl / len(ws)) - 0.93 * (len(ws) / n_s)
    return score, len(ws), n_s, n_syl


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of an ascending list."""
    rank = max(1, -(-len(sorted_values) * p // 100))
    return sorted_values[int(rank) - 1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("catalogue", nargs="?",
                        default=Path(__file__).resolve().parent.parent / "catalogue")
    parser.add_argument("--field", default="summary", help="summary (default) or summary_en")
    parser.add_argument("--floor", type=float, help="exit 1 when a summary scores below this")
    parser.add_argument("--rule", choices=["units", "runs"], default="units",
                        help="units (default, the rule above) or runs: every maximal run of "
                             "vowel letters (plus 'ij') is one syllable; looser, for comparison")
    parser.add_argument("--quiet", action="store_true", help="only the summary line")
    opts = parser.parse_args(argv)
    count = syllables if opts.rule == "units" else syllables_by_runs
    rows = []
    for path in sorted((Path(opts.catalogue) / "materials").glob("*.toml")):
        record = tomllib.loads(path.read_text(encoding="utf-8"))
        text = record.get(opts.field)
        if text:
            rows.append((*flesch_douma(text, count), record.get("id", path.stem)))
    rows.sort()
    if not opts.quiet:
        print(f"{'score':>6} {'words':>5} {'sent':>4} {'w/s':>5} {'syl/100w':>8}  id")
        for score, n_w, n_s, n_syl, ident in rows:
            print(f"{score:6.1f} {n_w:5d} {n_s:4d} {n_w / n_s:5.1f} {100 * n_syl / n_w:8.1f}  {ident}")
    scores = [r[0] for r in rows]
    wps = sorted(r[1] / r[2] for r in rows)
    print(f"{opts.field} ({opts.rule}): n={len(scores)} median={statistics.median(scores):.1f} "
          f"p10={percentile(scores, 10):.1f} min={scores[0]:.1f} ({rows[0][4]}) "
          f"median words/sentence={statistics.median(wps):.1f}")
    if opts.floor is not None:
        below = [r for r in rows if r[0] < opts.floor]
        for r in below:
            print(f"below floor {opts.floor}: {r[4]} {r[0]:.1f}")
        return 1 if below else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
