"""The escalation chain of a unit: its tiers with their contacts, and per tier the wait before the
next tier and when the tier is called (``set_tier``). Saving a tier is a configuration change: it
needs someone signed in who may configure (an administrator or a clinical leader); with nobody
signed in, Save asks for sign-in first and saves once someone has signed in."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.escalation import TRIGGER_CODES
from app.errors import AccessDeniedError, BadInputError
from app.services.escalation import TierView, escalation_for, set_tier
from app.services.reference import Reference
from ui import style
from ui.error_text import error_text
from ui.session import SignInSession
from ui.strings import contact_role
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.scroll_body import scroll_body

log = logging.getLogger(__name__)
CLASS_AT_LEAST = "class_at_least"


class TierEditor(QGroupBox):
    """One tier: who is in it, its wait in minutes and its triggers, and Save."""

    save_requested = Signal(object)  # TierEditor

    def __init__(self, reference: Reference, lang: str, tier: TierView) -> None:
        super().__init__()
        self.tier = tier.tier
        self.setObjectName(f"tier_editor_{tier.tier}")
        self.setTitle(self.tr("Tier {tier}").format(tier=tier.tier))
        style.set_point_size(self, 14, bold=True)
        layout = QVBoxLayout(self)
        people = style.text_label(f"tier_editor_{tier.tier}_contacts", 13)
        people.setText(
            "\n".join(
                f"• {c.name} ({contact_role(reference, c.role, lang)})" for c in tier.contacts
            )
        )
        layout.addWidget(people)

        wait_row = QHBoxLayout()
        wait_label = QLabel(self.tr("Wait before calling the next tier:"))
        style.set_point_size(wait_label, 13)
        wait_row.addWidget(wait_label)
        self.wait_spin = QSpinBox()
        self.wait_spin.setObjectName(f"tier_wait_{tier.tier}")
        self.wait_spin.setAccessibleName(
            self.tr("Tier {tier}: minutes to wait for an answer").format(tier=tier.tier)
        )
        self.wait_spin.setAccessibleDescription(
            self.tr("If nobody in this tier answers within these minutes, call the next tier")
        )
        self.wait_spin.setRange(1, 24 * 60)
        self.wait_spin.setSuffix(self.tr(" min"))
        self.wait_spin.setValue(tier.wait_minutes)
        self.wait_spin.setMinimumHeight(style.px(36))
        style.set_point_size(self.wait_spin, 13)
        wait_label.setBuddy(self.wait_spin)
        wait_row.addWidget(self.wait_spin)
        wait_row.addStretch(1)
        layout.addLayout(wait_row)

        when = QLabel(self.tr("Call this tier for:"))
        style.set_point_size(when, 13, bold=True)
        layout.addWidget(when)
        current = {code.partition(":")[0]: code.partition(":")[2] for code in tier.triggers}
        self.checks: dict[str, QCheckBox] = {}
        self.class_spin = QSpinBox()
        self.class_spin.setObjectName(f"tier_class_{tier.tier}")
        self.class_spin.setAccessibleName(self.tr("Lowest class that calls this tier"))
        self.class_spin.setAccessibleDescription(
            self.tr("A decision of this class, from 1 to 7, or higher calls this tier")
        )
        self.class_spin.setRange(1, 7)
        self.class_spin.setValue(int(current.get(CLASS_AT_LEAST) or 3))
        style.set_point_size(self.class_spin, 13)
        for code in TRIGGER_CODES:
            if code == CLASS_AT_LEAST:
                text = self.tr("a decision of this class or higher:")
            else:
                text = reference.escalation.trigger_text(code, lang)
            check = QCheckBox(text)
            check.setObjectName(f"tier_trigger_{tier.tier}_{code}")
            check.setChecked(code in current)
            check.setAccessibleDescription(self.tr("Tick to call this tier in this situation"))
            style.set_point_size(check, 13)
            self.checks[code] = check
            if code == CLASS_AT_LEAST:
                row = QHBoxLayout()
                row.addWidget(check)
                row.addWidget(self.class_spin)
                row.addStretch(1)
                layout.addLayout(row)
                check.toggled.connect(self.class_spin.setEnabled)
                self.class_spin.setEnabled(check.isChecked())
            else:
                layout.addWidget(check)

        self.save_button = QPushButton(self.tr("Save tier {tier}").format(tier=tier.tier))
        self.save_button.setObjectName(f"tier_save_{tier.tier}")
        self.save_button.setToolTip(self.tr("Save the waiting time and situations of this tier"))
        style.set_point_size(self.save_button, 13, bold=True)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def triggers(self) -> list[str]:
        codes = []
        for code, check in self.checks.items():
            if check.isChecked():
                codes.append(
                    f"{code}:{self.class_spin.value()}" if code == CLASS_AT_LEAST else code
                )
        return codes


class EscalationEditor(QWidget):
    """Signals:
    tier_saved(str unit, int tier): a tier's wait and triggers were saved.
    """

    tier_saved = Signal(str, int)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        session: SignInSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("escalation_editor")
        self.db = db
        self.reference = reference
        self.lang = lang
        self.session = session or SignInSession(db, reference, lang, self)
        self.tier_editors: dict[int, TierEditor] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Escalation chain"))
        style.set_point_size(title, 16, bold=True)
        layout.addWidget(title)
        row = QHBoxLayout()
        unit_label = QLabel(self.tr("Unit:"))
        style.set_point_size(unit_label, 13)
        row.addWidget(unit_label)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("escalation_unit")
        self.unit_combo.setAccessibleName(self.tr("Unit of the escalation chain"))
        self.unit_combo.setAccessibleDescription(
            self.tr("Choose the unit whose tiers of people to call you want to see or change")
        )
        self.unit_combo.setMinimumHeight(style.px(36))
        style.set_point_size(self.unit_combo, 13)
        unit_label.setBuddy(self.unit_combo)
        row.addWidget(self.unit_combo, 1)
        layout.addLayout(row)
        self.message = style.text_label("escalation_message", 13, bold=True)
        self.message.hide()
        layout.addWidget(self.message)
        scroll, self.tiers_layout = scroll_body(spacing=10)
        layout.addWidget(scroll, 1)
        self.empty_label = style.text_label("escalation_empty", 13)
        self.unit_combo.currentIndexChanged.connect(lambda _index: self.load())

    def set_units(self, units: list[str]) -> None:
        """The units to choose from; the tiers are read again only when the unit shown changes
        (edits not yet saved stay while the tab is switched)."""
        chosen = self.unit()
        before = [self.unit_combo.itemData(i) for i in range(self.unit_combo.count())]
        if before == ["", *units]:
            return
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), "")
        for unit in units:
            self.unit_combo.addItem(unit, unit)
        index = self.unit_combo.findData(chosen)
        self.unit_combo.setCurrentIndex(max(index, 0))
        self.unit_combo.blockSignals(False)
        if not before or self.unit() != chosen:
            self.load()

    def unit(self) -> str:
        return self.unit_combo.currentData() or ""

    def load(self) -> None:
        """The tiers of the chosen unit (those with at least one contact), every class."""
        while self.tiers_layout.count():
            item = self.tiers_layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.empty_label:
                widget.hide()
                widget.deleteLater()
        self.tier_editors = {}
        try:
            tiers = escalation_for(self.db, self.reference, self.unit() or None, None)
        except READ_FAILURES as exc:
            log.error("reading the escalation chain failed: %s", exc)
            tiers = []
        self.empty_label.setText(
            self.tr("No contacts in this unit's chain yet: import contacts first.")
        )
        self.empty_label.setVisible(not tiers)
        self.tiers_layout.addWidget(self.empty_label)
        for tier in tiers:
            editor = TierEditor(self.reference, self.lang, tier)
            editor.save_requested.connect(self.save)
            self.tier_editors[tier.tier] = editor
            self.tiers_layout.addWidget(editor)
        self.tiers_layout.addStretch(1)

    def save(self, editor: TierEditor) -> bool:
        """Save one tier as the signed-in user; with nobody signed in, ask for sign-in first."""
        user = self.session.user
        if user is None:
            self._say(
                self.tr(
                    "Sign in to save: the escalation chain is configuration (an administrator "
                    "or a clinical leader)."
                ),
                False,
            )
            purpose = self.tr(
                "Saving tier {tier} changes the configuration. Sign in as an administrator or a "
                "clinical leader; the tier is saved once you have signed in."
            ).format(tier=editor.tier)
            self.session.ask(self.window(), purpose, then=lambda: self._save_if_shown(editor))
            return False
        try:
            set_tier(
                self.db,
                unit=self.unit(),
                tier=editor.tier,
                wait_minutes=editor.wait_spin.value(),
                triggers=editor.triggers(),
                by=user,
            )
        except (BadInputError, AccessDeniedError) as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=error_text(exc)), False)
            return False
        except READ_FAILURES as exc:
            log.error("saving an escalation tier failed: %s", exc)
            self._say(self.tr("Not saved: the database could not be written."), True)
            return False
        self._say(
            self.tr("Saved tier {tier} for {unit} ({name}).").format(
                tier=editor.tier, unit=self.unit_combo.currentText(), name=user.full_name
            ),
            None,
        )
        self.tier_saved.emit(self.unit(), editor.tier)
        return True

    def _save_if_shown(self, editor: TierEditor) -> None:
        """After sign-in: save the tier, unless another unit was chosen meanwhile."""
        if any(shown is editor for shown in self.tier_editors.values()):
            self.save(editor)

    def _say(self, text: str, severe: bool | None) -> None:
        if severe is None:
            colours = (style.theme.ok_bg, style.theme.ok_fg)
        elif severe:
            colours = (style.theme.danger_bg, style.theme.danger_fg)
        else:
            colours = (style.theme.warning_bg, style.theme.warning_fg)
        self.message.setText(text)
        self.message.setStyleSheet(style.banner_style(*colours))
        self.message.show()
