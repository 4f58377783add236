"""What a user may type for a derived series, read into a ``Formula`` (no catalogue here).

* a ratio of two instruments: ``A / B`` with spaces around the slash (a pair such as
  ``ETH/USDT`` has none): ``ETH/USDT / BTC/USDT``, ``^RUT / ^GSPC``,
  ``basket(SOL/USDT, ADA/USDT) / BTC/USDT``;
* an equal-weight basket: ``basket(SOL/USDT, XRP/USDT, ADA/USDT)``, optionally with
  ``benchmark=SYMBOL`` (the BTC its time-to-target compares with);
* the altseason index: ``altseason`` (the catalogue's universe), ``altseason(window=60)``,
  ``altseason(SOL-USD, XRP-USD, ADA-USD, window=90, benchmark=BTC-USD)``;
* net liquidity: ``NETLIQ`` (``models.cascade.netliq``).

Function names are case-insensitive. Bad syntax raises ``InvalidParameter`` with a
one-line reason. The operands stay text: the catalogue resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.errors import InvalidParameter

RATIO = "ratio"
BASKET = "basket"
ALTSEASON = "altseason"
NETLIQ = "netliq"
#: the options each function takes
OPTIONS: dict[str, tuple[str, ...]] = {BASKET: ("benchmark",), ALTSEASON: ("window", "benchmark")}

_RATIO_SLASH = re.compile(r"\s+/\s+")
_LOPSIDED_SLASH = re.compile(r"\S\s+/\S|\S/\s+\S")
_CALL = re.compile(r"([A-Za-z_]+)\s*\((.*)\)", re.DOTALL)
_OPTION = re.compile(r"([a-z_]+)\s*=\s*(.*)", re.DOTALL)


@dataclass(frozen=True)
class Formula:
    """A derived series as typed: its ``kind`` (``RATIO``, ``BASKET``, ``ALTSEASON``), its
    operands as text and its ``name=value`` options (keys in lower case)."""

    kind: str
    args: tuple[str, ...]
    options: tuple[tuple[str, str], ...] = ()

    def option(self, name: str) -> str | None:
        """The value given for ``name``, or None."""
        return dict(self.options).get(name)


def parse_formula(text: str) -> Formula | None:
    """``text`` as a ``Formula``, or None when it is a plain symbol (no formula syntax).

    Raises ``InvalidParameter`` naming what is wrong: a lopsided slash, three operands,
    an unknown function, an unknown option, unbalanced parentheses.
    """
    raw = text.strip()
    _check_parentheses(raw)
    operands = split_top_level(raw, _RATIO_SLASH)
    if len(operands) > 2:
        raise InvalidParameter(
            f"'{raw}' divides {len(operands)} series; a ratio takes two: 'A / B'."
        )
    if len(operands) == 2:
        if not all(operands):
            raise InvalidParameter(f"'{raw}' needs a series on each side of ' / '.")
        return Formula(RATIO, tuple(operands))
    if _LOPSIDED_SLASH.search(raw):
        raise InvalidParameter(
            f"'{raw}': a ratio needs spaces on both sides of the slash ('ETH/USDT / BTC/USDT'); "
            "a pair has none ('ETH/USDT')."
        )
    if raw.lower() in (ALTSEASON, NETLIQ):
        return Formula(raw.lower(), ())
    call = _CALL.fullmatch(raw)
    if call is None:
        if "(" in raw:
            raise InvalidParameter(f"'{raw}' is not basket(...) or altseason(...).")
        return None
    return _call(raw, call.group(1).lower(), call.group(2))


def split_symbols(text: str) -> list[str]:
    """A comma-separated list of symbols, split at the commas outside parentheses
    (``BTC/USDT, basket(SOL/USDT, ADA/USDT)`` is two); blanks dropped."""
    parts = split_top_level(text, re.compile(r","))
    return [part for part in parts if part]


def split_top_level(text: str, separator: re.Pattern) -> list[str]:
    """``text`` split at the matches of ``separator`` outside parentheses, parts stripped."""
    parts, start = [], 0
    for match in separator.finditer(text):
        if _depth(text[: match.start()]) == 0:
            parts.append(text[start : match.start()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return parts


def call_text(name: str, args, options=()) -> str:
    """The canonical text of a call: ``basket(A, B)``, ``altseason(window=60)``."""
    items = [*args, *(f"{key}={value}" for key, value in options)]
    return f"{name}({', '.join(items)})" if items else name


def ratio_text(numerator: str, denominator: str) -> str:
    """The canonical text of a ratio: ``A / B``."""
    return f"{numerator} / {denominator}"


def _call(raw: str, name: str, inside: str) -> Formula:
    if name not in OPTIONS:
        raise InvalidParameter(
            f"'{raw}': unknown function '{name}'; use basket(...) or altseason(...)."
        )
    args, options = [], []
    for item in split_top_level(inside, re.compile(r",")):
        if not item:
            if inside.strip():
                raise InvalidParameter(f"'{raw}' has an empty item between commas.")
            continue
        option = _OPTION.fullmatch(item)
        if option is None:
            if options:
                raise InvalidParameter(f"'{raw}': put the symbols before the name=value options.")
            args.append(item)
            continue
        key, value = option.group(1), option.group(2).strip()
        if key not in OPTIONS[name]:
            takes = ", ".join(f"{o}=" for o in OPTIONS[name])
            raise InvalidParameter(f"'{raw}': {name}() takes {takes} not {key}=.")
        if not value or any(key == k for k, _ in options):
            raise InvalidParameter(f"'{raw}': give {key}= once, with a value.")
        options.append((key, value))
    return Formula(name, tuple(args), tuple(options))


def _check_parentheses(raw: str) -> None:
    depth = 0
    for char in raw:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            break
    if depth != 0:
        raise InvalidParameter(f"'{raw}' has unbalanced parentheses.")


def _depth(prefix: str) -> int:
    return prefix.count("(") - prefix.count(")")
