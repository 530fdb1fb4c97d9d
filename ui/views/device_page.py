"""Step 1 of a triage: which device? Type or scan an asset tag, pick a category, or "unknown".

It is also the first screen of the application: built before the database is open (no database, no
reference data), it takes typing at once; :meth:`DevicePage.attach` then adds the kinds of device
and looks up a tag entered meanwhile. This module imports only Qt: the services load with the
database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.widgets.scroll_body import no_frame_focus, scroll_body

if TYPE_CHECKING:
    from app.database.db import Database
    from app.services.devices import DeviceView
    from app.services.reference import Reference
    from ui.widgets.wrapping_button import WrappingButton

CATEGORY_COLUMNS = 3


class DevicePage(QWidget):
    """Signals:
    subject_chosen(Subject): the person confirmed what the decision is about.
    """

    subject_chosen = Signal(object)

    def __init__(
        self,
        db: Database | None,
        reference: Reference | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        """Without ``db`` and ``reference`` the page waits for them (:meth:`attach`): typing goes
        into the tag field, and a look-up asked for meanwhile runs when they come."""
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.found: DeviceView | None = None
        self.lookup_pending = False
        self._build()
        if db is not None and reference is not None:
            self.attach(db, reference)
        else:
            self._show_opening()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Built before Qt's namespace of enums loads (see ui.style): what needs it waits for attach.
        self.scroll, layout = scroll_body(spacing=8, frame_focus_later=True)
        title = QLabel(self.tr("Which device?"))
        style.set_point_size(title, 22, bold=True)
        layout.addWidget(title)
        hint = QLabel(self.tr("Scan the asset tag, or type it and press Enter."))
        hint.setWordWrap(True)
        style.set_point_size(hint, 14)
        layout.addWidget(hint)

        row = QHBoxLayout()
        self.tag_input = QLineEdit()
        self.tag_input.setObjectName("tag_input")
        self.tag_input.setAccessibleName(self.tr("Asset tag"))
        self.tag_input.setPlaceholderText(self.tr("Asset tag, e.g. MD-00042"))
        self.tag_input.setMinimumHeight(style.px(52))
        style.set_point_size(self.tag_input, 20)
        self.tag_input.returnPressed.connect(self.look_up)
        row.addWidget(self.tag_input, 1)
        find = self._button(self.tr("Find"), "tag_find", "secondary")
        find.setToolTip(self.tr("Look up the typed asset tag in the inventory"))
        find.clicked.connect(self.look_up)
        row.addWidget(find)
        layout.addLayout(row)

        found_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("device_status")
        self.status.setWordWrap(True)
        style.set_point_size(self.status, 16)
        self.status.hide()
        found_row.addWidget(self.status, 1)

        self.continue_button = self._button(
            self.tr("Continue with this device  ▶"), "device_continue", "primary"
        )
        self.continue_button.setAutoDefault(True)
        self.continue_button.setToolTip(self.tr("Go on to the questions about the device found"))
        self.continue_button.clicked.connect(self._continue_with_device)
        self.continue_button.setMinimumHeight(style.px(72))
        self.continue_button.hide()
        found_row.addWidget(self.continue_button)
        layout.addLayout(found_row)

        # At large text sizes the label and the button stack, and two columns of kinds, not three.
        large = style.scale >= 1.5
        other_row = QVBoxLayout() if large else QHBoxLayout()
        self.category_columns = 2 if large else CATEGORY_COLUMNS
        other = QLabel(self.tr("No tag, or not in the inventory? Choose the kind of device:"))
        other.setWordWrap(True)
        style.set_point_size(other, 14, bold=True)
        other_row.addWidget(other, 1)
        self.category_grid = QGridLayout()
        self.category_grid.setSpacing(8)
        self.category_buttons: dict[str, WrappingButton] = {}

        self.unknown_button = self._button(
            self.tr("Unknown device — continue without one"), "device_unknown", "secondary"
        )
        self.unknown_button.setMinimumHeight(style.px(56))
        self.unknown_button.setToolTip(
            self.tr("Go on to the questions without naming the device or its kind")
        )
        self.unknown_button.clicked.connect(self._unknown_chosen)
        other_row.addWidget(self.unknown_button)
        layout.addLayout(other_row)
        layout.addLayout(self.category_grid)
        layout.addStretch(1)
        outer.addWidget(self.scroll)

    def attach(self, db: Database, reference: Reference) -> None:
        """The database and the reference data have come: add the kinds of device. The typing is
        kept as it is; :meth:`look_up_pending` then looks up a tag entered meanwhile."""
        from ui.widgets.wrapping_button import WrappingButton

        self.db = db
        self.reference = reference
        no_frame_focus(self.scroll)
        self._plain_status()
        for index, category in enumerate(reference.categories.categories):
            button = WrappingButton(category.name.get(self.lang))
            button.setObjectName(f"category_{category.code}")
            button.setToolTip(self.tr("Go on to the questions for a device of this kind"))
            button.setProperty("role", "choice")
            button.setAutoDefault(True)
            style.set_point_size(button.label, 13)
            button.clicked.connect(lambda _=False, code=category.code: self._category_chosen(code))
            self.category_grid.addWidget(
                button, index // self.category_columns, index % self.category_columns
            )
            self.category_buttons[category.code] = button
        self.unknown_button.setEnabled(True)
        if not self.lookup_pending:
            self.status.hide()

    def look_up_pending(self) -> None:
        """Look up the tag entered while the database was opening, if one was."""
        if self.lookup_pending and self.db is not None:
            self.lookup_pending = False
            self.look_up()

    def _plain_status(self) -> None:
        """The status line shows data (a typed tag, a device's fields): never read as HTML."""
        from PySide6.QtCore import Qt

        self.status.setTextFormat(Qt.TextFormat.PlainText)

    def _show_opening(self) -> None:
        """Until the database is open: say so, calmly; the tag field takes typing meanwhile."""
        self.unknown_button.setEnabled(False)
        self.status.setText(self.tr("Opening the database…"))
        self.status.setStyleSheet(f"color: {style.theme.muted_fg}; padding: 10px 14px;")
        self.status.show()

    def _button(self, text: str, name: str, role: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.strip(" ▶"))
        button.setProperty("role", role)
        button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        style.set_point_size(button, 15, bold=role == "primary")
        return button

    # --- behaviour ------------------------------------------------------------------------------
    def reset(self) -> None:
        self.found = None
        self.lookup_pending = False
        self.tag_input.clear()
        self.status.hide()
        self.continue_button.hide()
        self.tag_input.setFocus()

    def look_up(self) -> None:
        tag = self.tag_input.text().strip()
        self.tag_input.setText(tag)
        if not tag:
            self.tag_input.setFocus()
            return
        if self.db is None:  # still opening: look it up as soon as the database is open
            self.lookup_pending = True
            self._plain_status()
            self.status.setText(
                self.tr(
                    "Opening the database… “{tag}” will be looked up as soon as it is open."
                ).format(tag=tag)
            )
            self.tag_input.setFocus()
            return
        from app.services.devices import find_device

        self.found = find_device(self.db, tag)
        if self.found is None:
            text = self.tr(
                "No device with tag “{tag}” in the inventory. Check the tag, or choose "
                "the kind of device below, or continue as an unknown device."
            )
            self._show_status(text.format(tag=tag), style.theme.warning_bg, style.theme.warning_fg)
            self.continue_button.hide()
            self.tag_input.selectAll()
            self.tag_input.setFocus()
            return
        self._show_status(self.describe(self.found), style.theme.ok_bg, style.theme.ok_fg)
        self.continue_button.show()
        self.continue_button.setFocus()

    def describe(self, device: DeviceView) -> str:
        from ui.strings import category_name

        assert self.reference is not None  # a device was found: the database is open
        kind = category_name(self.reference, device.category, self.lang) or self.tr("Unknown kind")
        model = " ".join(part for part in (device.manufacturer, device.model) if part)
        place = " · ".join(part for part in (device.unit, device.location) if part)
        lines = [f"{device.asset_tag} — {kind}"]
        if model:
            lines.append(self.tr("Model: {model}").format(model=model))
        if place:
            lines.append(self.tr("Where: {place}").format(place=place))
        lines.extend(self.inventory_lines(device))
        return "\n".join(lines)

    def inventory_lines(self, device: DeviceView) -> list[str]:
        """The default class (who approved it, when) and the answers the inventory will give."""
        from ui.strings import answer_label, class_title, local_time, question_short

        assert self.reference is not None  # a device was found: the database is open
        lines = []
        if device.default_class is not None:
            lines.append(
                self.tr("Default class (pre-approved): {title}").format(
                    title=class_title(self.reference, device.default_class, self.lang)
                )
            )
            by = device.record.get("default_class_approved_by")
            at = device.record.get("default_class_approved_at")
            if by and at:
                lines.append(
                    self.tr("Approved by {name} on {time}").format(name=by, time=local_time(at))
                )
            elif by or at:
                lines.append(
                    self.tr("Approved: {who_or_when}").format(who_or_when=by or local_time(at))
                )
        known = device.prefill()
        if known:
            answers = " · ".join(
                f"{question_short(self.reference, q, self.lang)} "
                f"{answer_label(self.reference, q, v, self.lang)}"
                for q, v in known.items()
            )
            lines.append(self.tr("Answered from the inventory: {answers}").format(answers=answers))
        return lines

    def _show_status(self, text: str, background: str, foreground: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style.banner_style(background, foreground))
        self.status.show()

    def _continue_with_device(self) -> None:
        from ui.views.triage_flow import Subject

        if self.found is not None:
            self.subject_chosen.emit(Subject(device=self.found))

    def _category_chosen(self, code: str) -> None:
        from ui.views.triage_flow import Subject

        self.subject_chosen.emit(Subject(category=code))

    def _unknown_chosen(self) -> None:
        from ui.views.triage_flow import Subject

        self.subject_chosen.emit(Subject())
