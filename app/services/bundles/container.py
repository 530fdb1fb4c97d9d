"""The bundle file: a zip written deterministically, and read back with every safety check.

Reading never extracts anything to disk. Before a member is read its name must be one this program
writes (no path traversal, absolute path, duplicate, symbolic link or directory), unencrypted,
stored or deflated, and its declared size within the limits; while it is read the bytes are counted
against the declared size, so a zip bomb stops at the limit. The whole archive before the zip
comment is signed, and the signature is the comment itself (fixed length), so any changed byte shows.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import Message
from app.services.bundles.errors import BundleRefused

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA_MEMBERS = (
    "inventory.json",
    "contacts.json",
    "escalation.json",
    "tree.json",
    "users-public.json",
    "decisions.json",
    "trail.json",
)
# Limits (module constants, so tests can lower them). A 100,000-device inventory is ~60 MB of JSON.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_MEMBERS = 16
COMMENT_PREFIX = b"MDIR-DESK-BUNDLE-SIG/1 "
COMMENT_LENGTH = len(COMMENT_PREFIX) + 88  # base64 of a 64-byte Ed25519 signature
FILE_CONTEXT = b"mdir-desk/bundle-file/1\n"
_FIXED_TIME = (2000, 1, 1, 0, 0, 0)
_CHUNK = 1024 * 1024
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    OverflowError,
    NotImplementedError,
    RuntimeError,
    IndexError,
    KeyError,
    OSError,
    UnicodeDecodeError,
)


@dataclass(frozen=True)
class RawBundle:
    """A bundle file read safely; nothing in it is trusted yet."""

    name: str  # the file's name
    sha256: str  # of the whole file
    members: dict[str, bytes]  # manifest.json, manifest.sig and the data members
    body: bytes  # the archive before the comment (what the file signature covers)
    file_signature: str | None  # from the zip comment


def file_message(body: bytes) -> bytes:
    """What the archive signature covers."""
    return FILE_CONTEXT + hashlib.sha256(body).digest()


def build_archive(members: dict[str, bytes], sign: Callable[[bytes], str]) -> bytes:
    """The bundle's bytes: ``members`` (manifest first) deflated with fixed metadata, and the
    comment holding ``sign(file_message(body))``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.comment = b"\0" * COMMENT_LENGTH  # reserved; the length is part of what is signed
        ordered = sorted(members, key=lambda n: (n not in (MANIFEST, SIGNATURE), n))
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, members[name])
    data = buffer.getvalue()
    body = data[:-COMMENT_LENGTH]
    comment = COMMENT_PREFIX + sign(file_message(body)).encode("ascii")
    if len(comment) != COMMENT_LENGTH:
        raise ValueError("unexpected signature length")
    return body + comment


def read_bundle(path: Path) -> RawBundle:
    """Read ``path`` with every structural check; BundleRefused names the first problem."""
    data = _read_file(path)
    try:
        return _parse_bundle(path.name, data)
    except BundleRefused as exc:
        exc.file_sha256 = hashlib.sha256(data).hexdigest()  # type: ignore[attr-defined]
        raise


def _parse_bundle(name: str, data: bytes) -> RawBundle:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise BundleRefused(
            Message("bundles.container.not_mdir_desk_bundle", name=name, detail=exc)
        ) from None
    with archive:
        infos = _checked_infos(name, archive)
        members = {info.filename: _read_member(name, archive, info) for info in infos}
        comment = archive.comment
    body, signature = data, None
    signed = comment.startswith(COMMENT_PREFIX) and data.endswith(comment)
    if len(comment) == COMMENT_LENGTH and signed:
        body = data[:-COMMENT_LENGTH]
        signature = comment[len(COMMENT_PREFIX) :].decode("ascii", "replace")
    return RawBundle(name, hashlib.sha256(data).hexdigest(), members, body, signature)


def _read_file(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise BundleRefused(Message("bundles.container.folder_not_bundle_file", path=path))
        if info.st_size > MAX_FILE_BYTES:
            raise BundleRefused(
                Message(
                    "bundles.container.too_large_bytes_bundle",
                    file=path.name,
                    st_size=info.st_size,
                    max_file_bytes=MAX_FILE_BYTES,
                )
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise BundleRefused(Message("common.no_such_file", path=path)) from None
    except OSError as exc:
        raise BundleRefused(
            Message("common.cannot_read", path=path, reason=exc.strerror or exc)
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise BundleRefused(
            Message(
                "bundles.container.too_large_bundle_most",
                file=path.name,
                max_file_bytes=MAX_FILE_BYTES,
            )
        )
    return data


def unsafe_name(member: str) -> bool:
    """True for a name that could point outside a folder: absolute, a drive, '..', backslashes,
    control characters, or empty parts."""
    if not member or member.startswith(("/", "\\")) or "\\" in member:
        return True
    if len(member) > 1 and member[1] == ":":
        return True
    if any(ord(ch) < 32 or ch == "\x7f" for ch in member):
        return True
    parts = member.split("/")
    return any(part in ("", ".", "..") for part in parts)


def _checked_infos(name: str, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleRefused(
            Message(
                "bundles.container.members_bundle_most",
                name=name,
                count=len(infos),
                max_members=MAX_MEMBERS,
            )
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_info(name, info, seen)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise BundleRefused(
            Message(
                "bundles.container.members_too_large_together",
                name=name,
                total=total,
                max_total_bytes=MAX_TOTAL_BYTES,
            )
        )
    if SIGNATURE not in seen:
        raise BundleRefused(
            Message("bundles.container.unsigned_no_refused", name=name, signature=SIGNATURE)
        )
    if MANIFEST not in seen:
        raise BundleRefused(Message("bundles.container.malformed_no", name=name, manifest=MANIFEST))
    return infos


def _check_info(name: str, info: zipfile.ZipInfo, seen: set[str]) -> None:
    member = info.filename
    shown = member.encode("unicode_escape").decode("ascii")[:80]
    if unsafe_name(member):
        raise BundleRefused(
            Message("bundles.container.unsafe_member_name_path", name=name, member=shown)
        )
    if member in seen:
        raise BundleRefused(
            Message("bundles.container.duplicate_member_name", name=name, member=shown)
        )
    seen.add(member)
    if stat.S_ISLNK(info.external_attr >> 16):
        raise BundleRefused(
            Message("bundles.container.member_symbolic_link", name=name, member=shown)
        )
    if info.is_dir() or member not in (MANIFEST, SIGNATURE, *DATA_MEMBERS):
        raise BundleRefused(
            Message("bundles.container.unexpected_member_not_bundle", name=name, member=shown)
        )
    if info.flag_bits & 0x1:
        raise BundleRefused(Message("bundles.container.member_encrypted", name=name, member=shown))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleRefused(
            Message(
                "bundles.container.member_uses_unsupported_compression", name=name, member=shown
            )
        )
    limit = MAX_MANIFEST_BYTES if member in (MANIFEST, SIGNATURE) else MAX_MEMBER_BYTES
    if info.file_size > limit:
        raise BundleRefused(
            Message(
                "bundles.container.member_too_large_declares",
                name=name,
                member=shown,
                file_size=info.file_size,
                limit=limit,
            )
        )


def _read_member(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, counted while read: never more than it declares."""
    parts: list[bytes] = []
    count = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(min(_CHUNK, info.file_size - count + 1)):
                count += len(chunk)
                if count > info.file_size:
                    raise BundleRefused(
                        Message(
                            "bundles.container.member_larger_than_declares",
                            name=name,
                            member=info.filename,
                        )
                    )
                parts.append(chunk)
    except BundleRefused:
        raise
    except _ZIP_ERRORS as exc:
        raise BundleRefused(
            Message("bundles.container.member_damaged", name=name, member=info.filename, detail=exc)
        ) from None
    if count != info.file_size:
        raise BundleRefused(
            Message(
                "bundles.container.member_shorter_than_declares", name=name, member=info.filename
            )
        )
    return b"".join(parts)


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, never over an existing file."""
    from app.database.backup_file import fsync_dir, publish

    if path.exists() or path.is_symlink():
        raise BundleRefused(Message("bundles.container.already_exists_bundle_never", path=path))
    if not path.parent.is_dir():
        raise BundleRefused(
            Message(
                "bundles.container.cannot_write_folder_does", path=path, path_parent=path.parent
            )
        )
    partial = path.with_name(f".{path.name}.part-{os.getpid()}")
    try:
        with partial.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        publish(partial, path)
        fsync_dir(path.parent)
    except FileExistsError:
        partial.unlink(missing_ok=True)
        raise BundleRefused(
            Message("bundles.container.already_exists_bundle_never", path=path)
        ) from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BundleRefused(
            Message("common.cannot_write", path=path, reason=exc.strerror or exc)
        ) from None
