"""The caption's phrases in the UI language, for the window's exports.

``models.records.caption`` writes a caption from a table of English phrases
(``PHRASES``) and has no Qt; the window hands it the same phrases translated (context
"Caption", marked for lupdate in ``app.translations.INDIRECT_MESSAGES``) and a number
format of the UI locale (``widgets.formatting``), so "2 310" and "0,48" read as the rest
of the Russian window does. The command line writes English (``ENGLISH``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.records.caption import PHRASES, CaptionWords
from widgets.formatting import format_number


def window_words() -> CaptionWords:
    """The caption's phrases and numbers in the UI language."""
    phrases = {key: QCoreApplication.translate("Caption", text) for key, text in PHRASES.items()}
    return CaptionWords(phrases=phrases, number=format_number)
