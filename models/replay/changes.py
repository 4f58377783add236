"""What a refresh changed in the breakouts: the comparison behind the window's notifications.

``rule_verdicts(session, params)`` states, for each rule the watch follows
(``models.replay.watch.rule_params``), every breakout's date and verdict (held, failed or
pending). ``breakout_changes(before, after)`` compares two such states: a breakout that
was not there before is **new**, one whose verdict moved (a pending breakout now held or
failed) is **changed**. A breakout that disappeared (a revised bar) is not news a trader
acts on and is not reported; nor is anything of a rule that was not followed before (its
breakouts are all "new" only because nobody looked).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models.analysis.breakout_params import BreakoutParams
from models.analysis.breakouts import verdict
from models.replay.watch import rule_params
from models.session.prepared import session_breakouts
from models.session.session import Session

NEW = "new"
CHANGED = "changed"

#: rule -> {breakout date: verdict}
RuleVerdicts = dict[str, dict[pd.Timestamp, str]]


@dataclass(frozen=True)
class Change:
    """One breakout a refresh found: ``kind`` is ``NEW`` or ``CHANGED`` (then ``before``
    is the verdict the window showed)."""

    rule: str
    date: pd.Timestamp
    verdict: str
    kind: str
    before: str | None = None


def rule_verdicts(session: Session, params: BreakoutParams, _control=None) -> RuleVerdicts:
    """Every breakout of each of ``params``' rules on ``session`` with its verdict (a worker
    task: the pool passes a control last)."""
    return {
        rule.rule: {e.date: verdict(e) for e in session_breakouts(session, rule).events}
        for rule in rule_params(params)
    }


def breakout_changes(before: RuleVerdicts, after: RuleVerdicts) -> list[Change]:
    """The breakouts of ``after`` that are new or have another verdict than in ``before``,
    by rule (in ``after``'s order) then date; rules ``before`` did not follow are skipped."""
    changes = []
    for rule, events in after.items():
        if rule not in before:
            continue
        known = before[rule]
        for date in sorted(events):
            said = events[date]
            if date not in known:
                changes.append(Change(rule, date, said, NEW))
            elif known[date] != said:
                changes.append(Change(rule, date, said, CHANGED, known[date]))
    return changes
