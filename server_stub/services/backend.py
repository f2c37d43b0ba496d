"""Everything a request handler needs, built once per app: settings, database, clock, gateways."""

from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

from server_stub.clock import Clock
from server_stub.config import ServerSettings
from server_stub.domain.cutoff import CutoffWindow
from server_stub.domain.passwords import PasswordHashing, PasswordPolicy
from server_stub.services.idle_timer import IdleTimerGate
from server_stub.services.sms import SmsGateway
from server_stub.store.db import Database


@dataclasses.dataclass(slots=True)
class Backend:
    settings: ServerSettings
    db: Database
    clock: Clock
    sms: SmsGateway
    hashing: PasswordHashing
    policy: PasswordPolicy
    cutoff: CutoffWindow
    idle_timer: IdleTimerGate = dataclasses.field(default_factory=IdleTimerGate)

    @classmethod
    def build(
        cls, settings: ServerSettings, db: Database, clock: Clock, sms: SmsGateway
    ) -> Backend:
        return cls(
            settings=settings,
            db=db,
            clock=clock,
            sms=sms,
            hashing=PasswordHashing(settings.argon2),
            policy=PasswordPolicy(settings.password_min_length, settings.password_max_length),
            cutoff=CutoffWindow(ZoneInfo(settings.business_tz)),
        )

    @property
    def tz(self) -> ZoneInfo:
        return self.cutoff.tz
