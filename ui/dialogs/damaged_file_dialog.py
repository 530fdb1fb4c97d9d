"""At start-up, when the database cannot be opened because the file is damaged (or not ours, or
from a newer version): says which file and what is wrong, and offers to restore the newest backup
that passed its check, or to quit. The damaged file is never changed or deleted: a restore keeps it
beside the restored one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from app.services.backup import BackupFile
from ui import style
from ui.locale_format import format_datetime
from ui.widgets.form_fields import dialog_button, fit_dialog

RESTORE = "restore"
QUIT = "quit"


class DamagedFileDialog(QDialog):
    """``choice`` is RESTORE when the person chose to restore ``backup``, else QUIT."""

    def __init__(
        self,
        db_path: Path,
        kind: str,
        problem: str,
        backup: BackupFile | None,
        backups_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damaged_file_dialog")
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.choice = QUIT
        self.backup = backup
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        heading = style.text_label("damaged_heading", 16, bold=True)
        heading.setText(self.tr("MDIR Desk cannot open its database file."))
        layout.addWidget(heading)

        file_label = style.text_label("damaged_file", 13)
        file_label.setText(self.tr("File: {path}").format(path=db_path))
        layout.addWidget(file_label)

        problem_label = style.text_label("damaged_problem", 13)
        problem_label.setText(
            self.tr("Problem: {explanation}\n(details: {problem})").format(
                explanation=self.explain(kind), problem=problem
            )
        )
        layout.addWidget(problem_label)

        unchanged = style.text_label("damaged_unchanged", 13)
        unchanged.setText(self.tr("The file has not been changed."))
        layout.addWidget(unchanged)

        offer = style.text_label("damaged_offer", 13, bold=backup is not None)
        if backup is not None:
            offer.setText(
                self.tr(
                    "The latest backup that passed its check was made on {time}:\n{file}\n"
                    "Restoring it replaces the database with that copy: anything recorded after "
                    "{time} is not in it. The damaged file is kept beside the restored one, "
                    "never deleted."
                ).format(time=local_time_text(backup), file=backup.path)
            )
        else:
            offer.setText(
                self.tr(
                    "No backup of this database that passes its check was found in {folder}. "
                    "Ask your IT or biomedical engineering team for a copy; it can be restored "
                    "with the command 'mdir-desk backup restore'."
                ).format(folder=backups_folder)
            )
        layout.addWidget(offer)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = dialog_button(
            self.tr("Quit"),
            "damaged_quit",
            self.reject,
            tip=self.tr("Close MDIR Desk and leave the file as it is"),
        )
        buttons.addWidget(self.quit_button)
        self.restore_button = dialog_button(
            self.tr("Restore the latest backup"),
            "damaged_restore",
            self.restore,
            primary=True,
            tip=self.tr(
                "Replace the database with the latest good backup; the damaged file is kept"
            ),
        )
        self.restore_button.setVisible(backup is not None)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        (self.restore_button if backup is not None else self.quit_button).setFocus()
        fit_dialog(self, 680)

    def explain(self, kind: str) -> str:
        return {
            "not_sqlite": self.tr("the file is not an MDIR Desk database (not an SQLite file)."),
            "damaged": self.tr("the file is damaged (it failed its integrity check)."),
            "foreign": self.tr("the file is a database of another program, not of MDIR Desk."),
            "newer": self.tr(
                "the file was written by a newer version of MDIR Desk. Use that version, "
                "or restore a backup."
            ),
        }.get(kind, self.tr("the file cannot be read."))

    def restore(self) -> None:
        self.choice = RESTORE
        self.accept()


def local_time_text(backup: BackupFile) -> str:
    return format_datetime(backup.created_at)
