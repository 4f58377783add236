"""Words the evidence views, the watch panel and the notifications share: a rule's name and
a verdict as the breakout table says them (translated in its context)."""

from __future__ import annotations

import pandas as pd

from widgets.breakout_rows import OUTCOMES, rule_name, tr_table

#: the models' verdicts, in the order of the breakout table's ``OUTCOMES``
VERDICTS = ("failed", "pending", "held")


def rule_words(rule: str) -> str:
    """``n_day_high`` -> "N-day high", translated."""
    return tr_table(rule_name(rule))


def verdict_words(verdict: str | None) -> str:
    """``held`` -> "Held", translated (an unknown verdict as it is)."""
    if verdict not in VERDICTS:
        return str(verdict or "")
    return tr_table(OUTCOMES[VERDICTS.index(verdict)])


def day_text(day) -> str:
    """A date as ``YYYY-MM-DD`` (how every view here writes one)."""
    return f"{pd.Timestamp(day):%Y-%m-%d}"
