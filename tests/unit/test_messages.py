"""The message catalogue (data/messages.yaml) and coded errors: the file is checked strictly, every
code the program raises is in it and every entry is used, errors in app/services, app/domain,
app/database, app/security and app/reports are raised by code, and the English text is what the CLI
printed before codes existed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from app.domain.device_fields import FIELD_NAMES, field_name
from app.domain.messages import catalogue, load_messages, placeholders
from app.errors import (
    AccessDeniedError,
    AppError,
    BadInputError,
    DataFileError,
    Listing,
    Message,
    PasswordChangeRequired,
    StorageError,
)
from app.paths import data_dir
from app.security.credential_store import CredentialStoreError

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = data_dir() / "messages.yaml"
ERRORS = {
    "AppError",
    "BadInputError",
    "DataFileError",
    "StorageError",
    "AccessDeniedError",
    "PasswordChangeRequired",
    "BundleRefused",
    "UntrustedPublisher",
    "CredentialStoreError",
    "DamagedDatabaseError",
    "FieldProblem",
    "KeyUnwrapError",
}
CODED_FOLDERS = ("app/services", "app/domain", "app/database", "app/security", "app/reports")
# A raise with plain text must say why on its line; only these are expected (English-only texts of
# domain validators that data files share: check_trigger, check_roles).
ALLOWED_PLAIN = "# english-only:"
ALLOWED_PLAIN_COUNT = 2


def write(tmp_path: Path, messages: dict) -> Path:
    content = {"kind": "mdir-desk/messages", "version": "1", "messages": messages}
    path = tmp_path / "messages.yaml"
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def test_shipped_catalogue_loads():
    assert len(load_messages(SHIPPED).messages) == len(catalogue().messages) > 300


BROKEN = {
    "unknown key": ({"a.b": {"en": "x", "ja": "エックス", "de": "x"}}, "unknown key 'de'"),
    "missing ja": ({"a.b": {"en": "x"}}, "missing the 'ja' text"),
    "missing en": ({"a.b": {"ja": "エックス"}}, "missing the 'en' text"),
    "placeholders differ": (
        {"a.b": {"en": "no device {tag}", "ja": "機器{name}はありません"}},
        "the placeholders differ: en has ['tag'], ja has ['name']",
    ),
    "placeholder not a name": (
        {"a.b": {"en": "{tag.x}", "ja": "{tag.x}"}},
        "placeholder {tag.x} is not a plain name",
    ),
    "unbalanced brace": ({"a.b": {"en": "x {", "ja": "x {"}}, "a.b.en"),
    "blank text": ({"a.b": {"en": " ", "ja": "エックス"}}, "text is blank"),
    "code without area": ({"nodot": {"en": "x", "ja": "エックス"}}, "is not of the form area.name"),
    "yes/no instead of text": ({"a.b": {"en": True, "ja": "はい"}}, "yes/no value"),
}


@pytest.mark.parametrize("case", BROKEN, ids=str)
def test_broken_catalogue_is_refused(tmp_path, case):
    messages, expected = BROKEN[case]
    path = write(tmp_path, messages)
    with pytest.raises(DataFileError) as caught:
        load_messages(path)
    assert caught.value.message.startswith(f"{path}: ")
    assert expected in caught.value.message


def _calls(path: Path) -> list[ast.Call]:
    return [
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
    ]


def _source_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_errors_the_gui_can_show_are_raised_by_code():
    plain, allowed = [], 0
    for path in _source_files(*CODED_FOLDERS):
        lines = path.read_text(encoding="utf-8").splitlines()
        builders = {  # functions of the module that return a Message
            n.name
            for n in ast.walk(ast.parse("\n".join(lines)))
            if isinstance(n, ast.FunctionDef) and n.returns and ast.unparse(n.returns) == "Message"
        }
        for call in _calls(path):
            if not (isinstance(call.func, ast.Name) and call.func.id in ERRORS and call.args):
                continue
            index = 1 if call.func.id in ("DataFileError", "DamagedDatabaseError") else 0
            if len(call.args) <= index:
                continue
            arg = call.args[index]
            is_message = isinstance(arg, ast.IfExp | ast.Call) and "Message(" in ast.unparse(arg)
            if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name):
                is_message = is_message or arg.func.id in builders
            is_variable = isinstance(arg, ast.Name)  # a Message built above (checked by type)
            if is_message or is_variable:
                continue
            if ALLOWED_PLAIN in lines[call.lineno - 1]:
                allowed += 1
                continue
            plain.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(arg)[:80]}")
    assert plain == []
    assert allowed == ALLOWED_PLAIN_COUNT


def test_every_code_raised_is_in_the_catalogue_with_its_parameters():
    known = catalogue().messages
    wrong = []
    for path in _source_files("app"):
        for call in _calls(path):
            if not (isinstance(call.func, ast.Name) and call.func.id == "Message"):
                continue
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue  # a code chosen above; its constant is checked below
            code = first.value
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if code not in known:
                wrong.append(f"{where}: unknown code {code}")
                continue
            if any(k.arg is None for k in call.keywords):
                continue  # **more: checked where the parameters are named
            given = {k.arg for k in call.keywords}
            if given != placeholders(known[code].en):
                wrong.append(f"{where}: {code} takes {sorted(placeholders(known[code].en))}")
    assert wrong == []


def test_every_catalogue_entry_is_used():
    constants = {
        n.value
        for path in _source_files("app")
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }
    field_names = {field_name(name).code for name in FIELD_NAMES}  # built from the field's name
    assert sorted(set(catalogue().messages) - constants - field_names) == []


def test_every_device_field_has_a_name_english_as_the_cli_printed_it():
    messages = catalogue().messages
    for name in FIELD_NAMES:
        assert field_name(name).render("en") == name
        assert messages[field_name(name).code].ja != name, name
    assert {c for c in messages if c.startswith("device_field.")} == {
        field_name(n).code for n in FIELD_NAMES
    }


# The messages as the CLI printed them before they had codes (byte for byte).
ENGLISH = [
    (AccessDeniedError, Message("accounts.wrong_user_name_or"), "wrong user name or password"),
    (
        AccessDeniedError,
        Message("accounts.account_locked_until_after", name="ana", until="09:30"),
        "the account 'ana' is locked until 09:30 after repeated failed sign-ins; "
        "an administrator can unlock it",
    ),
    (
        PasswordChangeRequired,
        Message("accounts.password_older_than_days", username="ana", max_days=90),
        "the password of 'ana' is older than 90 days; choose a new password first",
    ),
    (
        BadInputError,
        Message("decisions.unknown_role_roles", role="x", roles=Listing(["biomed", "admin"])),
        "unknown role 'x' (roles: biomed, admin)",
    ),
    (
        BadInputError,
        Message("common.required", what=Message("field.name_person_recording")),
        "the name of the person recording is required",
    ),
    (
        BadInputError,
        Message(
            "inventory_io.reader.part_would_unpack_bytes",
            file="a.xlsx",
            name="xl/sheet1.xml",
            file_size=123456789,
            ratio=1234.4,
            max_xlsx_ratio=100,
        ),
        "a.xlsx: part 'xl/sheet1.xml' would unpack to 123,456,789 bytes, 1,234 times its stored "
        "size (at most 100): this looks like a zip bomb; refused",
    ),
    (
        AccessDeniedError,
        Message(
            "signoff.not_allowed",
            username="ana",
            roles="bedside_nurse",
            what=Message("signoff.what_approve", ir_class=3),
            allowed=Listing(["charge_nurse", "clinical_leader"], en_separator=" or "),
        ),
        "ana (bedside_nurse) may not approve class 3 decisions; "
        "that needs the role charge_nurse or clinical_leader",
    ),
    (
        BadInputError,
        Message(
            "inventory.message",
            name=field_name("ip"),
            problem=Message("device_fields.not_ip_address", value="10.0.0.300"),
        ),
        "ip: '10.0.0.300' is not a valid IPv4 or IPv6 address",
    ),
    (
        BadInputError,
        Message(
            "contacts.message",
            column="mobile",
            message=Message("contacts.not_phone_number", value="12"),
        ),
        "mobile: '12' is not a phone number",
    ),
    (
        StorageError,
        Message("database.busy", path="/x/t.db", seconds="10"),
        "the database /x/t.db is busy: another MDIR Desk (or another program) has held it for "
        "more than 10 s; nothing was saved, try again",
    ),
    (
        CredentialStoreError,
        Message("credential_store.none_available"),
        "no credential store is available on this computer (Windows Credential Locker, macOS "
        "Keychain or a Secret Service such as GNOME Keyring); sign-off and accounts need one",
    ),
]


@pytest.mark.parametrize(("kind", "message", "english"), ENGLISH, ids=lambda v: str(v)[:30])
def test_english_is_what_the_cli_printed(kind, message, english):
    error = kind(message)
    assert error.message == str(error) == english
    assert error.code == message.code
    assert error.text("en") == english


def test_japanese_fills_in_the_same_parameters_and_joins_lists():
    error = BadInputError(
        Message("decisions.unknown_role_roles", role="x", roles=Listing(["biomed", "admin"]))
    )
    assert error.text("ja") == "役割「x」はありません（役割：biomed、admin）。"
    assert error.params["role"] == "x"


def test_a_plain_error_keeps_its_text_in_every_language():
    error = AppError("something")
    assert (error.code, dict(error.params), error.text("ja")) == (None, {}, "something")


def test_data_file_problem_is_coded_and_keeps_the_path_in_every_language(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("kind: other\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_messages(path)
    error = caught.value
    assert error.message == f"{path}: expected kind 'mdir-desk/messages', found 'other'"
    assert error.code == "datafile.expected_kind_found"
    assert error.text("ja") == f"{path}: kindは「mdir-desk/messages」のはずですが、'other'でした。"


def test_a_field_problem_names_the_field_by_its_japanese_label():
    error = BadInputError(
        Message(
            "inventory.message",
            name=field_name("vlan"),
            problem=Message("device_fields.outside_range", number=5000, minimum=1, maximum=4094),
        )
    )
    assert error.message == "vlan: 5000 is outside 1-4094"
    assert error.text("ja") == "VLAN：5000は1～4094の範囲外です。"
