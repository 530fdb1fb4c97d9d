"""Encoding detection details: offsets across read chunks, and what counts as Japanese text."""

from __future__ import annotations

import pytest

from app.errors import BadInputError
from app.services.inventory_io import encoding
from app.services.inventory_io.encoding import looks_japanese
from app.services.inventory_io.reader import read_table


@pytest.mark.parametrize("chunk", [3, 5, 7, 1 << 20])
def test_bad_byte_offset_and_line_are_exact_whatever_the_chunk_size(
    write_bytes, monkeypatch, chunk
):
    monkeypatch.setattr(encoding, "CHUNK", chunk)
    data = "Tag,Place\r\nA,東京\rB,x".encode() + b"\xff" + b"\nC,y\n"
    path = write_bytes(data)
    offset = data.index(b"\xff")
    with pytest.raises(BadInputError) as err:
        read_table(path)
    assert f"byte 0xff at offset {offset} (line 3)" in err.value.message


def test_truncated_utf8_at_the_end_of_the_file(write_bytes):
    data = "Tag\nA東".encode()[:-1]
    with pytest.raises(BadInputError, match=f"byte 0xe6 at offset {len(data) - 2} \\(line 2\\)"):
        read_table(write_bytes(data))


@pytest.mark.parametrize(
    ("text", "japanese"),
    [
        ("管理番号,機種", True),  # kanji only
        ("ｲﾝﾌｭｰｼﾞｮﾝﾎﾟﾝﾌﾟ", True),  # half-width katakana words
        ("輸液ポンプ", True),
        ("ﾃx ﾄr ﾞa", False),  # isolated half-width kana: Latin-1 accents misread
        ("内", False),  # one lone character is no evidence
        ("東京 Ωμ ∮∯∰", False),  # mostly not Japanese
        ("plain ascii", False),
    ],
)
def test_looks_japanese(text, japanese):
    assert looks_japanese([text]) is japanese


def test_a_cp932_file_whose_text_is_not_japanese_is_refused(write_bytes):
    # Greek and Cyrillic letters exist in CP932 but a Greek list is not a Japanese one.
    data = "Tag,Name\nA,Ωμέγα\n".replace("έ", "ε").encode("cp932")
    with pytest.raises(BadInputError, match="not UTF-8 or Shift_JIS"):
        read_table(write_bytes(data))
