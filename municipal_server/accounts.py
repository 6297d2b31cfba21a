"""Creating accounts, shared by registration, the CLI and the demo seed."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from municipal_server.arabic import ascii_digits
from municipal_server.errors import ApiError, invalid_field
from municipal_server.i18n import LANGUAGES
from municipal_server.models import User
from municipal_server.security import hash_password, valid_palestinian_id
from municipal_server.text import LINE, NAME, check, email_skeleton
from municipal_server.timeutil import utcnow

ROLES = ("citizen", "clerk", "supervisor", "admin")
# Staff see every request and act on it; a supervisor is a clerk who is also told when a
# request of their department (service group; all when none) is overdue.
STAFF_ROLES = ("clerk", "supervisor", "admin")
MIN_PASSWORD = 8
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9]{7,15}$")


def normalise_email(email: str | None) -> str | None:
    """The address as stored: one line, NFKC (fullwidth letters become plain), lower case."""
    if email is None or not email.strip():
        return None
    email = unicodedata.normalize("NFKC", check("email", email.strip(), LINE)).lower()
    if len(email) > 254 or not _EMAIL.match(email):
        raise invalid_field("email", "format")
    return email


def email_taken(session: Session, email: str, user_id: int | None = None) -> bool:
    """Whether another account has this address or one a person could not tell from it."""
    query = select(User.id).where(User.email_key == email_skeleton(email))
    if user_id is not None:
        query = query.where(User.id != user_id)
    return session.scalars(query).first() is not None


def clean_name(name: str) -> str:
    """A person's name: one line, with at least one letter (400 `invalid_field` otherwise)."""
    name = check("name", name, NAME).strip()
    if not name or len(name) > 200:
        raise invalid_field("name", "required" if not name else "too_long", max_length=200)
    return name


def normalise_phone(phone: str | None) -> str | None:
    if phone is None or not phone.strip():
        return None
    check("phone", phone.strip(), LINE)
    phone = re.sub(r"[\s\-()]", "", ascii_digits(phone.strip()))
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    if not _PHONE.match(phone):
        raise invalid_field("phone", "format")
    return phone


def create_user(
    session: Session,
    *,
    name: str,
    password: str,
    email: str | None = None,
    phone: str | None = None,
    national_id: str | None = None,
    language: str = "ar",
    role: str = "citizen",
    department: str | None = None,
    verified: bool = False,
) -> User:
    """Validate and add a user (flushes, does not commit).

    E-mail notifications start on when the user has an e-mail address; SMS start off. They
    reach an address only once it is verified: `verified` for addresses the municipality itself
    entered (an administrator, the command line, the demo seed); a citizen proves theirs with a
    code (api/verification.py).
    """
    name = clean_name(name)
    if len(password) < MIN_PASSWORD:
        raise invalid_field("password", "too_short", min_length=MIN_PASSWORD)
    if len(password) > 1024:
        raise invalid_field("password", "too_long", max_length=1024)
    email = normalise_email(email)
    phone = normalise_phone(phone)
    if email is None and phone is None:
        raise invalid_field("email", "email_or_phone_required")
    if national_id is not None and national_id.strip():
        national_id = ascii_digits(national_id.strip())
        if not valid_palestinian_id(national_id):
            raise invalid_field("national_id", "check_digit")
    else:
        national_id = None
    if language not in LANGUAGES:
        raise invalid_field("language", "unsupported", allowed=list(LANGUAGES))
    if role not in ROLES:
        raise invalid_field("role", "unsupported", allowed=list(ROLES))
    clauses = []
    if email:
        clauses.append(User.email_key == email_skeleton(email))
    if phone:
        clauses.append(User.phone == phone)
    if session.scalars(select(User.id).where(or_(*clauses))).first() is not None:
        raise ApiError(409, "account_exists", "an account with this e-mail or phone exists")
    user = User(
        name=name,
        email=email,
        email_key=email_skeleton(email) if email else None,
        phone=phone,
        password_hash=hash_password(password),
        national_id=national_id,
        language=language,
        role=role,
        department=department,
        created_at=utcnow(),
        notify_email=email is not None,
        notify_sms=False,
        email_verified_at=utcnow() if verified and email else None,
        phone_verified_at=utcnow() if verified and phone else None,
    )
    session.add(user)
    session.flush()
    return user


def has_verified_contact(user: User) -> bool:
    """The municipality can reach the person at an address they proved with a code."""
    return user.email_verified_at is not None or user.phone_verified_at is not None


def canonical_login(login: str) -> str:
    """The login as it is stored: an e-mail lower-cased, a phone in its normal form; anything
    else (not a valid e-mail or phone) folded, so it still has one spelling."""
    login = login.strip()
    try:
        found = normalise_email(login) if "@" in login else normalise_phone(login)
    except ApiError:
        found = None
    return found or ascii_digits(login).casefold()


def find_by_login(session: Session, login: str) -> User | None:
    """Look an account up by e-mail or phone, as typed at sign-in."""
    login = login.strip()
    if "@" in login:
        key = email_skeleton(login)
        return session.scalars(select(User).where(User.email_key == key)).one_or_none()
    try:
        phone = normalise_phone(login)
    except ApiError:
        return None
    return session.scalars(select(User).where(User.phone == phone)).one_or_none()
