"""Notifications: a refresh that finds a new breakout or a changed verdict says so.

Every session the window loads (the cache at start, each refresh by hand or by the
periodic timer, ``app.refresh_timer``) has its breakouts judged under each rule the watch
follows (``models.replay.changes.rule_verdicts`` on ``CHANNEL``, in the child process of
the heavy statistics: on a thread its Python held the interpreter lock from the GUI and a
real-size session's load stalled the window 45-54 ms) and
compared with what the window showed before (``breakout_changes``). What changed is named
on the status line (the rule, the date, the verdict) and, when the desktop has a system
tray, in a desktop notification (``DesktopNotifier``); without a tray only the status
line says it. Nothing is compared across another equity or other rule settings (the
first session of those only sets what was shown), nor for demo data.

"Notify me of new breakouts" switches both off; the status line still names nothing
then. The switches are kept through ``SettingsStore.save_notification_choice``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.settings import NotificationChoice
from models.replay.changes import NEW, Change, breakout_changes, rule_verdicts
from widgets.evidence.words import day_text, rule_words, verdict_words
from widgets.protocols import DesktopNotifier, StatusNoticeView

CHANNEL = "notify.breakouts"
#: how long the status line keeps the news (ms)
STATUS_MS = 120_000


def change_text(change: Change) -> str:
    """One change in words: the rule, the date and the verdict."""
    said = {
        "rule": rule_words(change.rule),
        "date": day_text(change.date),
        "verdict": verdict_words(change.verdict),
    }
    if change.kind == NEW:
        text = QCoreApplication.translate(
            "BreakoutNotifications", "New breakout ({rule}) on {date}: {verdict}"
        )
        return text.format(**said)
    text = QCoreApplication.translate(
        "BreakoutNotifications", "Breakout ({rule}) of {date}: now {verdict}, was {before}"
    )
    return text.format(before=verdict_words(change.before), **said)


class BreakoutNotifications(QObject):
    """Compares each loaded session's breakouts with the last shown, and notifies.

    ``data`` is the window's ``DataController`` (``session_loaded``), ``view`` the
    ``ViewStateOwner`` (the rule settings), ``store`` the ``SettingsStore``, ``status``
    the status line (``show_notice``), ``notifier`` the desktop's notifications.
    """

    changes_found = Signal(list)  # list[Change], once said
    choice_changed = Signal(object)  # NotificationChoice, saved

    def __init__(
        self,
        data,
        workers,
        view,
        store,
        status: StatusNoticeView,
        notifier: DesktopNotifier,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._workers, self._view, self._store = workers, view, store
        self._status, self._notifier = status, notifier
        self._choice = store.notification_choice()
        self._shown: tuple | None = None  # (what was judged, its verdicts by rule)
        self._asked: tuple | None = None
        self._session = None  # the last session loaded (judged again under new rules)
        data.session_loaded.connect(self.compare)
        view.params_changed.connect(self._on_params_changed)
        workers.result_ready.connect(self._on_result)

    @property
    def choice(self) -> NotificationChoice:
        """The switches in force."""
        return self._choice

    def set_notify(self, on: bool) -> None:
        """Switch the notifications on or off (saved)."""
        self._set_choice(replace(self._choice, notify=bool(on)))

    def set_refresh_minutes(self, minutes: int) -> None:
        """How often the window refreshes by itself (0: never; saved)."""
        self._set_choice(replace(self._choice, refresh_minutes=int(minutes)))

    def _set_choice(self, choice: NotificationChoice) -> None:
        if choice != self._choice:
            self._choice = choice
            self._store.save_notification_choice(choice)
            self.choice_changed.emit(choice)

    def compare(self, session) -> None:
        """Judge ``session``'s breakouts under each rule, then compare (in the background)."""
        if session.is_demo:
            self._shown = self._asked = None
            self._workers.cancel(CHANNEL, quiet=True)
            return
        self._session = session
        params = self._view.state.params
        self._asked = (session.equity.instrument.label, params)
        self._workers.submit(CHANNEL, rule_verdicts, session, params, apart=True)

    def _on_params_changed(self, *_args) -> None:
        # what the window shows under the new rules is what the next refresh is compared with
        if self._session is not None:
            self.compare(self._session)

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, verdicts: object) -> None:
        if channel != CHANNEL or self._asked is None:
            return
        before = self._shown
        self._shown = (self._asked, verdicts)
        if before is None or before[0] != self._asked:
            return  # another equity or rule: nothing was shown to compare with
        changes = breakout_changes(before[1], verdicts)
        if changes and self._choice.notify:
            self._say(changes)

    def _say(self, changes: list[Change]) -> None:
        lines = [change_text(change) for change in changes]
        self._status.show_notice("; ".join(lines), STATUS_MS)
        if self._notifier.is_available():
            self._notifier.show_message(
                QCoreApplication.translate("BreakoutNotifications", "Liquidity Cascade: breakouts"),
                "\n".join(lines),
            )
        self.changes_found.emit(changes)
