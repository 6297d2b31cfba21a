"""The profile each server process keeps (municipality.ProfileCache), on a real SQLite
database: read once, kept for its second, read again after it, at once after `forget`, and a
read begun before a `forget` is not kept."""

from __future__ import annotations

from pathlib import Path

from municipal_server import migrate
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.municipality import ProfileCache, ensure_row


def migrated(folder: Path) -> Database:
    url = f"sqlite:///{folder / 'profile.db'}"
    migrate.upgrade(url)
    return Database(url)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def save_zone(database: Database, zone: str) -> None:
    with database.session() as session:
        row = ensure_row(session)
        row.timezone = zone
        session.commit()


def test_the_profile_is_kept_a_second_then_read_again(tmp_path: Path) -> None:
    database = migrated(tmp_path)
    clock = Clock()
    reads = []

    def read_sessions():
        reads.append(clock.now)
        return database.read_sessions()

    cache = ProfileCache(Settings(timezone="Asia/Hebron"), read_sessions, 1.0, clock)
    assert cache.get().timezone == "Asia/Hebron"
    save_zone(database, "Europe/Paris")  # as another process would
    clock.now += 0.9
    assert cache.get().timezone == "Asia/Hebron" and len(reads) == 1
    clock.now += 0.2
    assert cache.get().timezone == "Europe/Paris" and len(reads) == 2

    save_zone(database, "Africa/Cairo")  # as this process does, then forgets
    cache.forget()
    assert cache.get().timezone == "Africa/Cairo" and len(reads) == 3


def test_a_read_begun_before_a_forget_is_not_kept(tmp_path: Path) -> None:
    database = migrated(tmp_path)
    cache: ProfileCache

    def read_then_saved_elsewhere():
        session = database.read_sessions()
        cache.forget()  # a save lands while this read is under way
        return session

    cache = ProfileCache(Settings(timezone="Asia/Hebron"), read_then_saved_elsewhere)
    cache.get()
    assert cache._kept is None
