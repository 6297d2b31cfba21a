"""Passwords (Argon2), random tokens stored as hashes, and Palestinian ID numbers."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Verified against when the account does not exist, so that known and unknown accounts take
# the same time to refuse.
_DUMMY_HASH = _hasher.hash("not-a-real-password-" + secrets.token_hex(8))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """32 random bytes, URL-safe. Never starting with "-": a key or token is often given on a
    command line (`--api-key KEY`), where a leading dash reads as an option."""
    while (token := secrets.token_urlsafe(32)).startswith("-"):
        pass
    return token


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def valid_palestinian_id(number: str) -> bool:
    """Nine digits whose last is a Luhn check digit (the rule of Palestinian and Israeli IDs)."""
    if len(number) != 9 or not number.isascii() or not number.isdigit():
        return False
    total = 0
    for index, char in enumerate(number):
        digit = int(char) * (1 + index % 2)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0
