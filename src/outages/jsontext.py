"""JSON text that is safe to print on a terminal, with the same data.

`json.dumps(..., ensure_ascii=False)` escapes C0 controls (so ESC becomes
`\\u001b`) but writes DEL, C1 controls (U+0080-U+009F, which some terminals act
on) and invisible bidirectional and format characters (U+202E turns the rest
of a line around) as they are. Outside ASCII a character can only occur inside
a JSON string, so writing those as `\\uXXXX` escapes changes the bytes, never
the data: evidence quotes still equal `text[start:end]` once parsed.
"""

from __future__ import annotations

import json
import re

_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def _escape_one(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape(text: str) -> str:
    """JSON text with DEL, C1 controls and bidi/format characters written as `\\uXXXX` escapes."""
    return _UNSAFE.sub(_escape_one, text)


def dumps(data, indent: int | None = 2) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=indent)`, then `escape`d."""
    return escape(json.dumps(data, ensure_ascii=False, indent=indent))
