"""Pre-classification, last steps: who applies the class, Apply, then what was done.

"Default class N set on K devices" is said only after ``preclassify`` has returned (it returns after
the commit). A refusal or a failed write is shown plainly and nothing typed is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.devices import DeviceFilter, count_devices
from app.services.inventory import Preclassification, preclassify
from app.services.reference import Reference
from ui import style
from ui.error_text import error_text
from ui.strings import class_title
from ui.views.preclassify_target import PreclassifyTarget
from ui.views.record_page import STORAGE_FAILURES

log = logging.getLogger(__name__)


class PreclassifyApplyPage(QWidget):
    """Signals:
    applied(Preclassification): the default class is committed to the devices.
    back_requested(): back to the result.
    """

    applied = Signal(object)
    back_requested = Signal()

    def __init__(
        self, db: Database, reference: Reference, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.target: PreclassifyTarget | None = None
        self.answers: dict[str, str] = {}
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.title = style.text_label("apply_title", 20, bold=True, selectable=False)
        layout.addWidget(self.title)
        self.summary = style.text_label("apply_summary", 15, selectable=False)
        layout.addWidget(self.summary)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.name_input = QLineEdit()
        self.name_input.setObjectName("apply_name")
        self.name_input.setAccessibleName(self.tr("Your name"))
        self.name_input.setAccessibleDescription(
            self.tr("Required: the name of the person who approves this default class")
        )
        self.name_input.setMinimumHeight(style.px(44))
        style.set_point_size(self.name_input, 15)
        form.addRow(self._form_label(self.tr("Your name (required)")), self.name_input)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("apply_role")
        self.role_combo.setAccessibleName(self.tr("Your role"))
        self.role_combo.setAccessibleDescription(
            self.tr("Required: your job, e.g. biomedical engineer; it is saved with the class")
        )
        self.role_combo.setPlaceholderText(self.tr("Choose your role…"))
        self.role_combo.setMinimumHeight(style.px(44))
        style.set_point_size(self.role_combo, 15)
        for role in self.reference.roles.roles:
            self.role_combo.addItem(role.name.get(self.lang), role.code)
        self.role_combo.setCurrentIndex(-1)
        form.addRow(self._form_label(self.tr("Your role (required)")), self.role_combo)
        layout.addLayout(form)

        self.message = style.text_label("apply_message", 15, bold=True, selectable=False)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        back = QPushButton(self.tr("◀  Back to the result"))
        back.setObjectName("apply_back")
        back.setAccessibleName(self.tr("Back to the result"))
        back.setToolTip(self.tr("Go back to the class and its guidance; nothing is applied yet"))
        back.setProperty("role", "secondary")
        style.set_point_size(back, 15)
        back.clicked.connect(self.back_requested)
        buttons.addWidget(back)
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("Apply default class"))
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setAccessibleName(self.tr("Apply default class"))
        self.apply_button.setToolTip(
            self.tr("Make this class the default of the chosen devices and record who did it")
        )
        self.apply_button.setProperty("role", "primary")
        self.apply_button.setMinimumWidth(style.px(260))
        style.set_point_size(self.apply_button, 16, bold=True)
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)
        self.name_input.returnPressed.connect(self.apply)

    def _form_label(self, text: str) -> QLabel:
        label = QLabel(text)
        style.set_point_size(label, 14)
        return label

    # --- behaviour ------------------------------------------------------------------------------
    def prepare(
        self, target: PreclassifyTarget, answers: dict[str, str], ir_class: int, target_text: str
    ) -> None:
        """Show the form for applying ``ir_class`` to ``target``; the name and role typed stay."""
        self.target = target
        self.answers = dict(answers)
        self.title.setText(
            self.tr("Set default class: {title}").format(
                title=class_title(self.reference, ir_class, self.lang)
            )
        )
        lines = [self.tr("For: {target}").format(target=target_text)]
        if target.category is not None:
            unclassified = count_devices(
                self.db, DeviceFilter(category=target.category, unit=target.unit, unclassified=True)
            )
            already = target.count - unclassified
            if already > 0:
                lines.append(
                    self.tr(
                        "{count} of these devices already have a default class; it will be "
                        "replaced."
                    ).format(count=already)
                )
        elif target.device is not None and target.device.default_class is not None:
            lines.append(
                self.tr("Its current default class ({number}) will be replaced.").format(
                    number=target.device.default_class
                )
            )
        self.summary.setText("\n".join(lines))
        self._hide_message()
        self.apply_button.setText(self.tr("Apply default class"))
        self.name_input.setFocus()

    def apply(self) -> None:
        if self.target is None or not self._check_required():
            return
        target = self.target
        self.apply_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = preclassify(
                self.db,
                self.reference,
                self.answers,
                by=self.name_input.text(),
                role=self.role_combo.currentData(),
                device_tag=target.device.asset_tag if target.device else None,
                category=target.category,
                unit=target.unit,
            )
        except BadInputError as exc:
            self._show_message(
                self.tr("Not applied: {problem}").format(problem=error_text(exc)), severe=False
            )
            return
        except STORAGE_FAILURES as exc:
            log.error("pre-classification failed: %s", exc)
            self._not_applied(str(getattr(exc, "message", "") or exc))
            return
        except Exception:
            log.exception("unexpected error while pre-classifying")
            self._not_applied(self.tr("an unexpected error (see the log)"))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.apply_button.setEnabled(True)
        self.applied.emit(done)

    def _check_required(self) -> bool:
        if not self.name_input.text().strip():
            self._show_message(self.tr("Enter your name before applying."), severe=False)
            self.name_input.setFocus()
            return False
        if self.role_combo.currentIndex() < 0:
            self._show_message(self.tr("Choose your role before applying."), severe=False)
            self.role_combo.setFocus()
            return False
        return True

    def _not_applied(self, reason: str) -> None:
        self._show_message(
            self.tr(
                "The default class was NOT set ({reason}). Everything you typed is still here. "
                "Try again."
            ).format(reason=reason),
            severe=True,
        )
        self.apply_button.setText(self.tr("Try again"))

    def _show_message(self, text: str, severe: bool) -> None:
        colours = (
            (style.theme.danger_bg, style.theme.danger_fg)
            if severe
            else (style.theme.warning_bg, style.theme.warning_fg)
        )
        self.message.setText(text)
        self.message.setStyleSheet(style.banner_style(*colours))
        self.message.show()

    def _hide_message(self) -> None:
        self.message.clear()
        self.message.hide()


class PreclassifyDonePage(QWidget):
    """Shown only after ``preclassify`` returned. Signals:
    again_requested(): pre-classify more devices.
    """

    again_requested = Signal()

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.headline = style.text_label("preclassify_done", 22, bold=True, selectable=False)
        self.headline.setStyleSheet(style.banner_style(style.theme.ok_bg, style.theme.ok_fg))
        layout.addWidget(self.headline)
        self.details = style.text_label("preclassify_done_details", 14, selectable=False)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again_button = QPushButton(self.tr("Pre-classify more devices  ▶"))
        self.again_button.setObjectName("preclassify_again")
        self.again_button.setAccessibleName(self.tr("Pre-classify more devices"))
        self.again_button.setToolTip(self.tr("Start again with other devices"))
        self.again_button.setProperty("role", "primary")
        self.again_button.setAutoDefault(True)
        style.set_point_size(self.again_button, 16, bold=True)
        self.again_button.clicked.connect(self.again_requested)
        row.addWidget(self.again_button)
        layout.addLayout(row)

    def show_done(self, done: Preclassification, target_text: str) -> None:
        if done.devices_updated == 1:
            headline = self.tr("Default class {number} set on 1 device")
        else:
            headline = self.tr("Default class {number} set on {count} devices")
        self.headline.setText(headline.format(number=done.ir_class, count=done.devices_updated))
        self.details.setText(
            "\n".join(
                [
                    class_title(self.reference, done.ir_class, self.lang),
                    self.tr("For: {target}").format(target=target_text),
                    self.tr("Recorded as decision {id}.").format(id=done.decision_id),
                ]
            )
        )
        self.again_button.setFocus()
