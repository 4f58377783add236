"""The stages of the cascade: what each is, which way is "risk on", the default chain.

A stage is a symbol the catalogue resolves (``NETLIQ``, ``FRED:BAMLH0A0HYM2``, ``TLT``,
``^GSPC``, ``basket(...)``), a role ("credit", "small caps") and a direction. An inverted
stage is read upside down: a spread or a yield *falling* is risk on, so the chain reads
``1 / level`` (its log returns are the level's with the sign turned, its new highs the
level's new lows).

The text of a stage is its symbol, with a leading ``-`` when it is inverted
(``-FRED:BAMLH0A0HYM2``); a chain is those texts in order, comma-separated on the
command line (commas inside ``basket(...)`` belong to the basket) and a list of strings
in the settings (``chain_settings`` / ``chain_from_settings``). ``insert_stage``,
``remove_stage``, ``move_stage`` and ``invert_stage`` edit a chain (the window's editor
uses them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from models.derived.syntax import split_symbols
from models.errors import InvalidParameter

#: the mark of an inverted stage in its text
INVERTED_MARK = "-"
#: fewest stages a chain needs (one hop)
MIN_STAGES = 2
#: most stages a chain may hold
MAX_STAGES = 12


@dataclass(frozen=True)
class Stage:
    """One link of the chain: ``symbol`` as typed, ``inverted`` when falling is risk on,
    and its ``role`` ("credit"; empty when the symbol has no known role)."""

    symbol: str
    inverted: bool = False
    role: str = ""

    @property
    def spec(self) -> str:
        """The stage as text: ``-FRED:BAMLH0A0HYM2``, ``TLT``."""
        return (INVERTED_MARK if self.inverted else "") + self.symbol

    @property
    def label(self) -> str:
        """What a row or a table names it: ``credit (-FRED:BAMLH0A0HYM2)``, ``TLT``."""
        return f"{self.role} ({self.spec})" if self.role else self.spec

    @property
    def direction(self) -> str:
        """Which way is risk on, in words."""
        return "falling is risk on (inverted)" if self.inverted else "rising is risk on"


#: the seeds' chain: liquidity, credit, bonds, large caps, small caps, BTC, ETH, the alts
DEFAULT_CHAIN: tuple[Stage, ...] = (
    Stage("NETLIQ", False, "net liquidity"),
    Stage("FRED:BAMLH0A0HYM2", True, "credit"),
    Stage("TLT", False, "bonds"),
    Stage("^GSPC", False, "large caps"),
    Stage("^RUT", False, "small caps"),
    Stage("BTC-USD", False, "BTC"),
    Stage("ETH-USD", False, "ETH"),
    Stage("basket(XRP-USD, LTC-USD, ADA-USD, DOGE-USD, BNB-USD, SOL-USD)", False, "alts"),
)

#: other stages a chain often holds, with their role and usual direction (a stage
#: editor offers them beside the default chain's)
KNOWN_STAGES: tuple[Stage, ...] = (
    Stage("FRED:WALCL", False, "Fed balance sheet"),
    Stage("HYG", False, "credit"),
    Stage("LQD", False, "credit"),
    Stage("FRED:DGS10", True, "bonds"),
    Stage("^TNX", True, "bonds"),
    Stage("SPY", False, "large caps"),
    Stage("QQQ", False, "large caps"),
    Stage("IWM", False, "small caps"),
    Stage("BTC/USDT", False, "BTC"),
    Stage("ETH/USDT", False, "ETH"),
    Stage("ETH-USD / BTC-USD", False, "ETH/BTC"),
    Stage("ETH/USDT / BTC/USDT", False, "ETH/BTC"),
    Stage("altseason", False, "alts"),
)

#: roles of symbols a chain often holds
_ROLES: dict[str, str] = {s.symbol.upper(): s.role for s in (*DEFAULT_CHAIN, *KNOWN_STAGES)}


def role_of(symbol: str) -> str:
    """The role of a symbol the chain knows ("bonds"), "alts" for a basket or the altseason
    index, else empty."""
    key = symbol.strip().upper()
    if key in _ROLES:
        return _ROLES[key]
    return "alts" if key.startswith(("BASKET(", "ALTSEASON")) else ""


def parse_stage(text: str) -> Stage:
    """A stage from its text (``-FRED:DGS10``); raises ``InvalidParameter`` when empty."""
    raw = text.strip()
    inverted = raw.startswith(INVERTED_MARK)
    symbol = raw.removeprefix(INVERTED_MARK).strip()
    if not symbol:
        raise InvalidParameter(f"'{text}' names no stage; give a symbol (e.g. -FRED:DGS10).")
    return Stage(symbol, inverted, role_of(symbol))


def parse_chain(texts: str | Sequence[str]) -> tuple[Stage, ...]:
    """A chain from comma-separated text or a list of stage texts, checked: two to
    ``MAX_STAGES`` stages, none twice. Raises ``InvalidParameter`` saying what is wrong."""
    items = split_symbols(texts) if isinstance(texts, str) else [str(t) for t in texts]
    chain = tuple(parse_stage(item) for item in items)
    check_chain(chain)
    return chain


def check_chain(chain: Sequence[Stage]) -> None:
    """Raise ``InvalidParameter`` for a chain of too few or too many stages, or a repeat."""
    if not MIN_STAGES <= len(chain) <= MAX_STAGES:
        raise InvalidParameter(
            f"A chain takes {MIN_STAGES} to {MAX_STAGES} stages, not {len(chain)}."
        )
    symbols = [s.symbol.upper() for s in chain]
    twice = sorted({s for s in symbols if symbols.count(s) > 1})
    if twice:
        raise InvalidParameter(f"{', '.join(twice)} is in the chain twice.")


def chain_settings(chain: Sequence[Stage]) -> list[str]:
    """The chain as the settings keep it: the stage texts in order."""
    return [stage.spec for stage in chain]


def chain_from_settings(value) -> tuple[Stage, ...]:
    """The chain the settings hold, or ``DEFAULT_CHAIN`` when the value is missing or
    unreadable (a settings file is never trusted to be valid)."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return DEFAULT_CHAIN
    try:
        return parse_chain(value)
    except InvalidParameter:
        return DEFAULT_CHAIN


def insert_stage(chain: Sequence[Stage], index: int, stage: Stage) -> tuple[Stage, ...]:
    """``chain`` with ``stage`` inserted before position ``index``, checked."""
    edited = (*chain[:index], stage, *chain[index:])
    check_chain(edited)
    return edited


def remove_stage(chain: Sequence[Stage], index: int) -> tuple[Stage, ...]:
    """``chain`` without the stage at ``index``, checked."""
    edited = (*chain[:index], *chain[index + 1 :])
    check_chain(edited)
    return edited


def move_stage(chain: Sequence[Stage], index: int, to: int) -> tuple[Stage, ...]:
    """``chain`` with the stage at ``index`` moved to position ``to``."""
    stages = list(chain)
    stages.insert(to, stages.pop(index))
    return tuple(stages)


def invert_stage(chain: Sequence[Stage], index: int) -> tuple[Stage, ...]:
    """``chain`` with the direction of the stage at ``index`` turned round."""
    stages = list(chain)
    stages[index] = replace(stages[index], inverted=not stages[index].inverted)
    return tuple(stages)
