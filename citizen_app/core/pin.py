"""The kiosk administrator's PIN, kept in the site config only as a salted slow hash.

PBKDF2-SHA256 from the standard library (the desktop app does not ship Argon2, which only the
server needs); 600,000 iterations, as OWASP advises for PBKDF2-SHA256.
Format: `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`.

hashlib, hmac and secrets load when a PIN is hashed or checked: with them, OpenSSL's libcrypto
(3 MiB here) would be mapped by every start, through the site settings that import this module.
"""

from __future__ import annotations

ITERATIONS = 600_000


def hash_pin(pin: str, iterations: int = ITERATIONS) -> str:
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2-sha256${iterations}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    """True only for the right PIN; a malformed or empty stored value never matches."""
    import hashlib
    import hmac

    try:
        scheme, iterations, salt, expected = stored.split("$")
        if scheme != "pbkdf2-sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), expected)


def well_formed(stored: str) -> bool:
    """Whether `stored` has the shape hash_pin() gives (a mistyped hash would lock the kiosk)."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != "pbkdf2-sha256" or not parts[1].isdigit():
        return False
    try:
        salt, digest = bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    except ValueError:
        return False
    return int(parts[1]) >= 100_000 and len(salt) >= 8 and len(digest) == 32
