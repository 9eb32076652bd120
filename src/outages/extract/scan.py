"""Running a regular expression only where a match can start.

A pattern that starts with a look-behind (`(?<![\\w.,])\\d{1,2}...`) gives the
regex engine no first character to look for, so it is tried at every character
of the text. `finditer_at` tries it only at the places a cheap scan finds (the
first digit of a number), and gives the same matches as
`pattern.finditer(text, pos, endpos)` as long as those places include every
place where the pattern can match.
"""

from __future__ import annotations

import re

# "\d\d*" rather than "\d+": a pattern that starts with a character class lets the
# engine skip ahead to it; one that starts with a repeat does not. In an ASCII text (most
# articles; str.isascii() reads a flag) the digits are [0-9], which the engine skips ahead to
# with a table instead of a Unicode category look-up for every character.
_DIGITS = re.compile(r"\d\d*")
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")


def finditer_at(pattern: re.Pattern, starts, text: str, pos: int, endpos: int) -> list[re.Match]:
    """pattern.finditer(text, pos, endpos), trying `pattern` only at `starts` (ascending;
    they must include every place in [pos, endpos) where it can match)."""
    out = []
    at = pos
    match = pattern.match
    for s in starts:
        if s < at:
            continue
        m = match(text, s, endpos)
        if m is not None:
            out.append(m)
            at = m.end()
    return out


# the last span's digit runs: dates and then times scan the same article
_LAST: tuple = (None, 0, 0, [])


def digit_starts(text: str, pos: int, endpos: int) -> list[int]:
    """Where each run of digits in text[pos:endpos] begins (the list is shared: not to be changed)."""
    global _LAST
    last = _LAST
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    starts = digit_runs(text, pos, endpos)
    _LAST = (text, pos, endpos, starts)
    return starts


def digit_runs(text: str, pos: int, endpos: int) -> list[int]:
    """digit_starts for a small span, not kept."""
    return list(map(_start, (_ASCII_DIGITS if text.isascii() else _DIGITS).finditer(text, pos, endpos)))


_start = re.Match.start
