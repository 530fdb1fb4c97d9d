"""Language and display: the language of the program, the text size and the theme.

Nothing to sign in for: it is about the screen in front of the person. OK applies at once to every
open view (the window rebuilds them, keeping what is on them) and remembers the choice on this
computer (:mod:`ui.preferences`).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from ui import style
from ui.preferences import Preferences
from ui.widgets.form_fields import dialog_button, fit_dialog

# Each language is named in itself, so that someone who cannot read the other finds theirs.
LANGUAGE_NAMES = {"en": "English", "ja": "日本語"}


class DisplayDialog(QDialog):
    def __init__(self, current: Preferences, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setObjectName("display_dialog")
        self.setWindowTitle(self.tr("Language and display"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(12)

        self.language_combo = self._combo(
            "display_language",
            self.tr("Language"),
            self.tr("The language of the screens and of the printed documents"),
        )
        system = "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"
        self.language_combo.addItem(
            self.tr("As the computer ({language})").format(language=LANGUAGE_NAMES[system]),
            "system",
        )
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        form.addRow(self._label(self.tr("&Language:"), self.language_combo), self.language_combo)

        self.size_combo = self._combo(
            "display_text_size",
            self.tr("Text size"),
            self.tr("Larger text and larger buttons, up to twice the normal size"),
        )
        for percent in style.SCALES:
            text = self.tr("{percent} %").format(percent=percent)
            if percent == 100:
                text = self.tr("{percent} % (normal)").format(percent=percent)
            self.size_combo.addItem(text, percent)
        form.addRow(self._label(self.tr("&Text size:"), self.size_combo), self.size_combo)

        self.theme_combo = self._combo(
            "display_theme",
            self.tr("Theme"),
            self.tr("High contrast: black on white, thick edges, no grey text"),
        )
        self.theme_combo.addItem(self.tr("Standard"), "standard")
        self.theme_combo.addItem(self.tr("High contrast"), "high_contrast")
        form.addRow(self._label(self.tr("T&heme:"), self.theme_combo), self.theme_combo)
        layout.addLayout(form)

        note = style.text_label("display_note", 12, selectable=False)
        note.setText(
            self.tr(
                "Applies to every open screen at once; what is on them stays. Remembered on this "
                "computer for you."
            )
        )
        note.setStyleSheet(f"color: {style.theme.muted_fg};")
        layout.addWidget(note)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = dialog_button(self.tr("Cancel"), "display_cancel", self.reject)
        cancel.setToolTip(self.tr("Keep the language and display as they are"))
        buttons.addWidget(cancel)
        ok = dialog_button(self.tr("OK"), "display_ok", self.accept, primary=True)
        ok.setToolTip(self.tr("Apply the language and display now and remember them"))
        buttons.addWidget(ok)
        layout.addLayout(buttons)

        for combo, value in (
            (self.language_combo, current.language),
            (self.size_combo, current.text_size),
            (self.theme_combo, current.theme),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.language_combo.setFocus()
        fit_dialog(self, style.px(520))

    def _combo(self, name: str, accessible: str, description: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setAccessibleDescription(description)
        combo.setToolTip(description)
        combo.setMinimumHeight(style.px(40))
        style.set_point_size(combo, 14)
        return combo

    def _label(self, text: str, buddy: QComboBox) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        style.set_point_size(label, 14)
        return label

    def chosen(self) -> Preferences:
        return Preferences(
            language=str(self.language_combo.currentData()),
            text_size=int(self.size_combo.currentData()),
            theme=str(self.theme_combo.currentData()),
        )
