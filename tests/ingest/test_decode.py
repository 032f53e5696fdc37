"""Bytes to text: encodings noted, empty, binary and oversized input refused clearly."""

from __future__ import annotations

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import decode
from claimcheck.ingest.decode import read_limited


def test_utf8_and_bom():
    assert decode("Café\r\nok".encode(), "f") == ("Café\nok", "utf-8")
    assert decode(b"\xef\xbb\xbfHi", "f") == ("Hi", "utf-8-sig")


def test_legacy_encoding_is_detected_and_named():
    data = ("The minister’s visit to Zürich was “brief”, aides said. " * 4).encode("cp1252")
    text, encoding = decode(data, "f")
    assert "Zürich" in text and "’" in text
    assert encoding != "utf-8"


@pytest.mark.parametrize(("data", "cause"), [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
])
def test_unreadable_bytes(data, cause):
    with pytest.raises(InputError, match=cause):
        decode(data, "f")


def test_size_limit_refuses_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match=r"2\.0 kB, over the 1\.0 kB limit"):
        read_limited(path, "big.txt", max_bytes=1000)
    assert read_limited(path, "big.txt", max_bytes=2000) == b"a" * 2000
