"""Charsets Python has no codec for, through the C library's iconv (the one GNU gettext uses).

gettext reads a catalog in any charset its iconv knows; Python's codecs lack
a few that real catalogs use (VISCII for Vietnamese, GEORGIAN-PS, EUC-TW for
Traditional Chinese).  For those, and only those, kztr asks the system's
iconv: glibc's on Linux, libiconv elsewhere.  Where there is none, the
charset stays unknown, as before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache, lru_cache

PREFIX = "iconv:"


@lru_cache(maxsize=1)
def _library():
    """The C library that has iconv_open, or None."""
    for name in (ctypes.util.find_library("c"), ctypes.util.find_library("iconv")):
        if not name:
            continue
        try:
            library = ctypes.CDLL(name, use_errno=True)
            library.iconv_open  # noqa: B018 - raises AttributeError when missing
        except (OSError, AttributeError):
            continue
        library.iconv_open.restype = ctypes.c_void_p
        library.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        library.iconv.restype = ctypes.c_size_t
        library.iconv.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t),
                                  ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t)]
        library.iconv_close.argtypes = [ctypes.c_void_p]
        return library
    return None


@cache
def iconv_knows(charset: str) -> bool:
    """Whether the system's iconv converts ``charset`` to UTF-8.

    >>> iconv_knows("no-such-charset")
    False
    """
    library = _library()
    if library is None:
        return False
    handle = library.iconv_open(b"UTF-8", charset.encode("ascii", "replace"))
    if handle in (None, ctypes.c_void_p(-1).value):
        return False
    library.iconv_close(handle)
    return True


def convert(data: bytes, source: str, target: str) -> bytes:
    """``data`` from charset ``source`` to ``target``; bytes that are not ``source`` raise ``ValueError``
    with the offset of the first bad byte as its second argument."""
    library = _library()
    handle = library.iconv_open(target.encode("ascii"), source.encode("ascii")) if library else None
    if handle in (None, ctypes.c_void_p(-1).value):
        raise LookupError(source)
    try:
        size = len(data) * 4 + 16
        out = ctypes.create_string_buffer(size)
        in_pointer, in_left = ctypes.c_char_p(data), ctypes.c_size_t(len(data))
        out_pointer = ctypes.cast(out, ctypes.c_char_p)
        out_left = ctypes.c_size_t(size)
        done = library.iconv(handle, ctypes.byref(in_pointer), ctypes.byref(in_left), ctypes.byref(out_pointer),
                             ctypes.byref(out_left))
        if done == ctypes.c_size_t(-1).value:
            raise ValueError(f"not {source}", len(data) - in_left.value)
        return out.raw[:size - out_left.value]
    finally:
        library.iconv_close(handle)


def decode(data: bytes, charset: str) -> str:
    """Bytes in an iconv-only charset as text.

    >>> decode(b"Ti\\xaang Vi\\xaet", "VISCII")
    'Tiếng Việt'
    """
    return convert(data, charset, "UTF-8").decode("utf-8")


def encode(text: str, charset: str) -> bytes:
    return convert(text.encode("utf-8"), "UTF-8", charset)
