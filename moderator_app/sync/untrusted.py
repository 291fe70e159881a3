"""Parsing JSON that someone else wrote (files of the shared folder, packages).

``json.loads`` turns deeply nested input (``[[[[…``) into ``RecursionError``, which is not a
``ValueError`` and would stop a whole round; and a value nested thousands deep would overflow
any recursive walk later. Here both are a ``ValueError`` like any other malformed input (so are
``NaN`` and ``Infinity``, which Python accepts and JSON does not). No file of the format nests
deeper than a few levels.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 64


def loads(data: bytes | str) -> Any:
    """The JSON value of ``data``; ``ValueError`` (or ``UnicodeDecodeError``) if it is not JSON, or
    nests deeper than ``MAX_DEPTH``."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError:
        raise ValueError("the JSON nests too deeply") from None
    # Each level of nesting opens a bracket, so text with few brackets (inside strings or not)
    # cannot nest deeply: counting them is far cheaper than walking every event's value.
    if text.count("[") + text.count("{") > MAX_DEPTH and depth(value) > MAX_DEPTH:
        raise ValueError(f"the JSON nests deeper than {MAX_DEPTH} levels")
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")  # Python accepts NaN and Infinity; JSON does not


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text[:20]} is too large a number")
    return value


def depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (0 for a plain value); without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level) for child in children)
    return deepest
