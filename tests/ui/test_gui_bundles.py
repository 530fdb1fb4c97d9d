"""The USB bundle dialog: export signed by the signed-in administrator (password asked again),
then on another installation Check previews without writing and Apply writes it all."""

from __future__ import annotations

import hashlib

from gui_accounts import PASSWORD, make_accounts
from PySide6.QtCore import Qt

from app.database.events import canonical_json
from app.services.bundles.trust import add_trust, key_file_json, parse_key_file
from app.services.devices import count_devices
from app.services.store import open_store
from ui import dialog_service
from ui.dialogs.bundle_dialog import BundleDialog
from ui.session import SignInSession


def file_sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_then_check_and_apply_on_another_computer(
    qtbot, gui, db, reference, tmp_path, monkeypatch
):
    devices = count_devices(db)  # the fixture's demo hospital
    admin = make_accounts(db)["admin"]
    session = SignInSession(db, reference, "en")
    session.sign_in(admin)  # (the sign-in dialog has its own tests)
    central = BundleDialog(db, reference, session)
    qtbot.addWidget(central)
    central.tabs.setCurrentIndex(1)
    out = tmp_path / "central.zip"
    central.out_input.setText(str(out))
    qtbot.keyClicks(central.password_input, "wrong password")
    assert central.export() is None and not out.exists()
    assert "NOT exported" in central.export_message.text()
    assert central.password_input.text() == ""  # never kept
    qtbot.keyClicks(central.password_input, PASSWORD)
    qtbot.mouseClick(central.export_button, Qt.MouseButton.LeftButton)
    assert out.exists() and "Exported to" in central.export_message.text()
    assert (tmp_path / "central.key.json").exists()  # the public key, for the other computer

    laptop_db = open_store(tmp_path / "laptop.sqlite3")
    try:
        laptop_admin = make_accounts(laptop_db)["admin"]
        laptop = BundleDialog(laptop_db, reference, None)
        qtbot.addWidget(laptop)
        laptop.file_input.setText(str(out))
        laptop.check()  # not trusted yet: refused, nothing written
        assert "Refused" in laptop.import_message.text()
        assert not laptop.apply_button.isEnabled()
        fields = key_file_json(db, "admin")
        key = parse_key_file(canonical_json(fields).encode(), "key.json")
        add_trust(laptop_db, key, label=None, by=laptop_admin)

        before = file_sha(laptop_db.path)
        qtbot.mouseClick(laptop.check_button, Qt.MouseButton.LeftButton)
        assert laptop.apply_button.isEnabled()
        assert f"inventory: {devices} added" in laptop.preview.toPlainText()
        assert "MD-00001" in laptop.preview.toPlainText()
        assert count_devices(laptop_db) == 0 and file_sha(laptop_db.path) == before

        monkeypatch.setattr(dialog_service, "confirm", lambda *_args: True)
        qtbot.keyClicks(laptop.name_input, "Biomed Bo")
        qtbot.mouseClick(laptop.apply_button, Qt.MouseButton.LeftButton)
        assert count_devices(laptop_db) == devices
        assert "Applied" in laptop.import_message.text() and not laptop.apply_button.isEnabled()
        qtbot.mouseClick(laptop.check_button, Qt.MouseButton.LeftButton)  # again: nothing new
        assert "already here" in laptop.import_message.text()
    finally:
        laptop_db.close()
        session.sign_out()


def test_export_needs_a_signed_in_administrator(qtbot, gui, db, reference, tmp_path):
    dialog = BundleDialog(db, reference, None)
    qtbot.addWidget(dialog)
    dialog.out_input.setText(str(tmp_path / "x.zip"))
    assert dialog.export() is None
    assert "Sign in as an administrator" in dialog.export_message.text()
    dialog.decisions_box.setChecked(True)
    assert dialog.includes() == ("decisions",)
    assert not dialog.include_boxes["inventory"].isEnabled()


def test_the_inventory_tab_opens_the_bundle_dialog(qtbot, gui, db, reference):
    from ui.views.inventory.inventory_view import InventoryView

    view = InventoryView(db, reference, "en")
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.bundle_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.bundle_dialog, BundleDialog) and view.bundle_dialog.isVisible()
    view.bundle_dialog.close()
