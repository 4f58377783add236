"""What a refresh changed in the breakouts (models.replay.changes): new ones, changed
verdicts, and nothing for a rule that was not followed before."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from models.analysis.breakout_params import BreakoutParams
from models.replay.changes import CHANGED, NEW, Change, breakout_changes, rule_verdicts
from models.replay.watch import rule_params

D1, D2, D3 = pd.Timestamp("2025-09-18"), pd.Timestamp("2026-01-08"), pd.Timestamp("2026-02-02")


def test_the_same_state_changes_nothing():
    state = {"level": {D1: "held", D2: "pending"}}
    assert breakout_changes(state, state) == []


def test_a_new_breakout_and_a_changed_verdict_are_named_by_rule_and_date():
    before = {"ath_drought": {D1: "held"}, "level": {D2: "pending"}}
    after = {"ath_drought": {D1: "held", D3: "pending"}, "level": {D2: "held"}}
    assert breakout_changes(before, after) == [
        Change("ath_drought", D3, "pending", NEW),
        Change("level", D2, "held", CHANGED, "pending"),
    ]


def test_a_rule_not_followed_before_and_a_vanished_breakout_are_not_news():
    before = {"level": {D1: "held", D2: "failed"}}
    after = {"level": {D1: "held"}, "n_day_high": {D3: "held"}}
    assert breakout_changes(before, after) == []


def test_rule_verdicts_judges_every_rule_the_watch_follows():
    from models.session.prepared import session_breakouts
    from tests.app.evidence_rig import market

    session = market()
    params = BreakoutParams(level=130.0)
    verdicts = rule_verdicts(session, params)
    assert list(verdicts) == ["ath_drought", "n_day_high", "level"]
    for rule in rule_params(params):
        events = session_breakouts(session, rule).events
        assert list(verdicts[rule.rule]) == [e.date for e in events] and events
    assert set(verdicts["ath_drought"].values()) <= {"held", "failed", "pending"}
    # a session cut before the last breakout: the refreshed one has it as new
    last = max(verdicts["ath_drought"])
    cut = replace(session, equity=replace(session.equity,
                  frame=session.equity.frame.loc[: last - pd.Timedelta(days=1)]))  # fmt: skip
    changes = breakout_changes(rule_verdicts(cut, params), verdicts)
    assert Change("ath_drought", last, verdicts["ath_drought"][last], NEW) in changes
