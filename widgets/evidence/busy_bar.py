"""The header row the evidence views and the watch panel share: what the view says (one
wrapped line, selectable), the DEMO tag, the progress of a running computation with its
Cancel, and a Run button that computes again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from widgets.panel_theme import demo_badge


class BusyBar(QWidget):
    """The sentence, the DEMO tag, progress, Cancel and Run (see the module docstring)."""

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_bar")
        self.text_label = QLabel(self)
        self.text_label.setObjectName(f"{name}_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setObjectName(f"{name}_message")
        self.message_label.setWordWrap(True)
        self.badge = demo_badge(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName(f"{name}_progress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName(f"{name}_cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.run_button = QPushButton(self.tr("Run again"), self)
        self.run_button.setObjectName(f"{name}_run")
        self.run_button.setToolTip(self.tr("Compute again from the data shown"))
        self.run_button.clicked.connect(self.run_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.message_label, 1)
        for widget in (self.badge, self.progress, self.cancel_button, self.run_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        self.show_idle()
        self.show_message("")

    def set_text(self, text: str) -> None:
        """What the view found, in words."""
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))

    def show_progress(self, done: int, expected: int, text: str) -> None:
        """The progress bar (busy when ``expected`` is 0) and Cancel."""
        self.progress.setRange(0, max(0, expected))
        self.progress.setValue(min(done, expected) if expected else 0)
        self.progress.setFormat(text or "%p%")
        self.progress.setToolTip(text)
        self.progress.show()
        self.cancel_button.show()

    def show_idle(self) -> None:
        """No computation running."""
        self.progress.hide()
        self.cancel_button.hide()

    def is_busy(self) -> bool:
        """True while the progress bar is up."""
        return not self.progress.isHidden()

    def show_message(self, text: str) -> None:
        """A note beside the sentence (a failure, a cancel); empty hides it."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        """The note shown ("" when none)."""
        return self.message_label.text() if not self.message_label.isHidden() else ""

    def set_demo(self, on: bool) -> None:
        """Show the DEMO tag while the data is synthetic."""
        self.badge.setVisible(bool(on))


class ShowsBusy:
    """Mixin for a view with a ``bar`` (``BusyBar``): its progress, idle and message."""

    bar: BusyBar

    def show_progress(self, done: int, expected: int, text: str) -> None:
        """Progress of the running computation, with Cancel."""
        self.bar.show_progress(done, expected, text)

    def show_idle(self) -> None:
        """No computation running."""
        self.bar.show_idle()

    def show_message(self, text: str) -> None:
        """A note (a failure, a cancel)."""
        self.bar.show_message(text)
