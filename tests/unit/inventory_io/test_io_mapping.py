"""Header mapping: auto (English, Japanese, full-width), shipped profiles, users' own, and the data file."""

from __future__ import annotations

import pytest
import yaml

from app.domain.device_fields import FIELD_NAMES
from app.errors import BadInputError, DataFileError
from app.paths import data_dir
from app.services.inventory_io.mapping import (
    header_key,
    load_mapping_profiles,
    resolve_mapping,
)

EXPECTED_AUTO = {
    "asset_tag": ["Asset Tag", "asset_tag", "Tag", "資産番号", "管理番号"],
    "serial": ["Serial", "Serial Number", "製造番号", "シリアル番号"],
    "manufacturer": ["Manufacturer", "Make", "メーカー", "製造元"],
    "model": ["Model", "Model Name", "機種", "型式", "モデル"],
    "model_number": ["Model Number", "型番"],
    "category": ["Category", "Device Type", "機器分類", "分類"],
    "unit": ["Department", "Unit", "Ward", "部署", "設置部署", "病棟"],
    "location": ["Location", "設置場所"],
    "ip": ["IP", "IP Address", "IPアドレス"],
    "mac": ["MAC", "MAC Address", "MACアドレス"],
    "notes": ["Notes", "Asset Notes", "備考"],
    "firmware_version": ["Firmware", "Firmware Version", "ファームウェア"],
    "os_version": ["OS", "Operating System"],
    "vlan": ["VLAN", "VLAN ID"],
    "care_setting": ["Care Setting"],
    "implanted": ["Implanted", "植込み"],
    "life_sustaining": ["Life Sustaining", "生命維持"],
    "patient_connectable": ["Patient Connectable"],
    "multi_patient_role": ["Multi-Patient Role"],
    "stores_phi": ["Stores PHI"],
    "transmits_phi": ["Transmits PHI"],
    "site": ["Site", "施設"],
    "building": ["Building", "建物"],
    "room": ["Room", "部屋番号"],
    "bed": ["Bed", "ベッド"],
    "known_good_image": ["Known Good Image", "Golden Image"],
    "config_backup": ["Config Backup", "設定バックアップ"],
    "default_class": ["Default Class", "IR Class"],
}


@pytest.mark.parametrize(
    ("field", "header"), [(f, h) for f, headers in EXPECTED_AUTO.items() for h in headers]
)
def test_auto_recognises_common_english_and_japanese_headers(field, header):
    mapping = resolve_mapping(["Asset Tag", header] if field != "asset_tag" else [header])
    assert mapping.header_of(field) == header


def test_auto_recognises_every_canonical_field_name_for_lossless_reimport():
    mapping = resolve_mapping(list(FIELD_NAMES))
    assert mapping.columns == {name: i for i, name in enumerate(FIELD_NAMES)}
    assert mapping.ignored_columns == []


@pytest.mark.parametrize(
    "header",
    [
        "ASSET TAG",
        "asset-tag",
        "Asset_Tag",
        " Asset  Tag ",
        "ａｓｓｅｔ　ｔａｇ",
        "ＡＳＳＥＴ＿ＴＡＧ",
    ],
)
def test_auto_ignores_case_spaces_underscores_and_width(header):
    assert resolve_mapping([header]).columns == {"asset_tag": 0}


def test_full_and_half_width_japanese_headers():
    mapping = resolve_mapping(
        ["管理番号", "ｼﾘｱﾙ番号", "ＩＰアドレス", "ＭＡＣアドレス", "ＶＬＡＮ"]
    )
    assert mapping.columns == {"asset_tag": 0, "serial": 1, "ip": 2, "mac": 3, "vlan": 4}


def test_header_key():
    assert header_key("Ｓｅｒｉａｌ　Ｎｏ．") == header_key("serial no") == "serialno"


def test_unknown_duplicate_and_blank_columns_are_listed_in_file_order():
    headers = ["Name", "Asset Tag", "", "Category", "Tag", "Category", "Company", "Company"]
    mapping = resolve_mapping(headers)
    assert mapping.columns == {"asset_tag": 1, "category": 3}
    assert [(c.index, c.header, c.reason) for c in mapping.ignored_columns] == [
        (0, "Name", "unknown"),
        (2, "", "blank"),
        (4, "Tag", "duplicate"),
        (5, "Category", "duplicate"),
        (6, "Company", "unknown"),
        (7, "Company", "duplicate"),
    ]
    assert mapping.ignored_columns[1].label == "column 3 (no header)"


def test_preferred_synonym_wins_over_an_earlier_column():
    # "Asset Tag" is listed before "Tag", so it wins even though "Tag" comes first in the file.
    mapping = resolve_mapping(["Tag", "Asset Tag"])
    assert mapping.columns == {"asset_tag": 1}
    assert [c.reason for c in mapping.ignored_columns] == ["duplicate"]


def test_no_asset_tag_column_is_a_clear_error():
    with pytest.raises(BadInputError) as err:
        resolve_mapping(["Name", "Serial", "Model"])
    assert err.value.message == 'no asset tag column: found headers "Name", "Serial", "Model"'


def test_user_profile_dict_maps_exact_headers_strictly():
    headers = ["Equipment Code", "S/N", "Where"]
    profile = {"asset_tag": "equipment code", "serial": "S/N", "location": "Where"}
    mapping = resolve_mapping(headers, profile)
    assert mapping.columns == {"asset_tag": 0, "serial": 1, "location": 2}
    assert mapping.profile == "custom"
    with pytest.raises(
        BadInputError, match="reads ip from column 'IP-Adr', which the file does not"
    ):
        resolve_mapping(headers, {**profile, "ip": "IP-Adr"})
    with pytest.raises(BadInputError, match="unknown field 'colour'"):
        resolve_mapping(headers, {**profile, "colour": "Where"})
    with pytest.raises(BadInputError, match="no asset tag column"):
        resolve_mapping(headers, {"serial": "S/N"})


def test_user_profile_may_read_one_column_into_two_fields():
    mapping = resolve_mapping(
        ["Tag", "Place"], {"asset_tag": "Tag", "unit": "Place", "room": "Place"}
    )
    assert mapping.columns == {"asset_tag": 0, "unit": 1, "room": 1}


def test_unknown_profile_name():
    with pytest.raises(BadInputError, match=r"unknown mapping 'sap' \(known: auto, snipe-it\)"):
        resolve_mapping(["Asset Tag"], "sap")


def test_snipeit_profile_ignores_name_and_company():
    headers = ["Company", "Name", "Asset Tag", "Serial", "Model name", "Asset Notes", "IP Address"]
    mapping = resolve_mapping(headers, "snipe-it")
    assert mapping.columns == {"asset_tag": 2, "serial": 3, "model": 4, "notes": 5, "ip": 6}
    assert [c.header for c in mapping.ignored_columns] == ["Company", "Name"]


def test_shipped_file_validates_with_both_languages():
    profiles = load_mapping_profiles()
    assert profiles.kind == "mdir-desk/import-mappings" and profiles.version
    assert profiles.names() == ("auto", "snipe-it")
    assert set(profiles.auto.synonyms) <= set(FIELD_NAMES)
    for text in (profiles.auto.name, *(p.description for p in profiles.profiles)):
        assert text.en and text.ja and text.en != text.ja


def _broken(tmp_path, mutate):
    content = yaml.safe_load((data_dir() / "import_mappings.yaml").read_text(encoding="utf-8"))
    mutate(content)
    path = tmp_path / "import_mappings.yaml"
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_mapping_profiles(path)
    return err.value.message


def test_data_file_refuses_unknown_fields_and_ambiguous_headers(tmp_path):
    msg = _broken(tmp_path, lambda c: c["auto"]["synonyms"].update(colour=["Colour"]))
    assert "unknown device field 'colour'" in msg
    msg = _broken(tmp_path, lambda c: c["auto"]["synonyms"]["serial"].append("TAG"))
    assert "header 'TAG' is listed for both 'asset_tag' and 'serial'" in msg
    msg = _broken(tmp_path, lambda c: c["profiles"][0]["columns"].update(colour=["X"]))
    assert "profiles[id=snipe-it].columns: unknown device field 'colour'" in msg
    msg = _broken(tmp_path, lambda c: c["profiles"][0]["columns"].pop("asset_tag"))
    assert "must say where the asset tag is" in msg
    msg = _broken(tmp_path, lambda c: c["profiles"][0]["name"].pop("ja"))
    assert "missing the 'ja' text" in msg
    msg = _broken(tmp_path, lambda c: c.update(kind="mdir-desk/roles"))
    assert "expected kind 'mdir-desk/import-mappings'" in msg
    msg = _broken(tmp_path, lambda c: c["profiles"].append(dict(c["profiles"][0])))
    assert "profile id 'snipe-it' is used twice" in msg
