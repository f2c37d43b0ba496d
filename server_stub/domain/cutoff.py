"""The nightly daily-update window (21:00 to midnight, Europe/Tirane) when money does not move."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclasses.dataclass(frozen=True, slots=True)
class CutoffWindow:
    tz: ZoneInfo
    start: time = time(21, 0)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def contains(self, moment: datetime) -> bool:
        """True from 21:00:00 up to, not including, the next midnight (business time)."""
        return self.local(moment).time() >= self.start

    def bounds(self, moment: datetime) -> tuple[datetime, datetime]:
        """Start and end (next midnight) of the window of `moment`'s business day, in UTC."""
        day = self.local(moment).date()
        start = datetime.combine(day, self.start, self.tz)
        end = datetime.combine(day + timedelta(days=1), time(0, 0), self.tz)
        return start.astimezone(UTC), end.astimezone(UTC)

    def reopens_at(self, moment: datetime) -> datetime:
        """When financial transactions are accepted again (the end of the window)."""
        return self.bounds(moment)[1]
