"""API.md's password policy as the client can check it while the customer types (no widgets)."""

from __future__ import annotations

import dataclasses
import enum
import re
from datetime import datetime
from zoneinfo import ZoneInfo

#: The policy's defaults (API.md); the server is the authority and may be configured otherwise.
MIN_LENGTH = 8
MAX_LENGTH = 64
#: How many earlier passwords may not be used again.
HISTORY = 3
#: The main window reminds the customer this many days before the password expires.
REMIND_DAYS = 14

BANK_TZ = ZoneInfo("Europe/Tirane")

# The same classes the server uses: any Unicode letter (ë, ç count) and any digit.
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


class Rule(enum.Enum):
    """One line of the checklist, in the order the customer reads it."""

    LENGTH = "length"
    LETTER = "letter"
    DIGIT = "digit"
    CUSTOMER_NUMBER = "customer_number"
    COMMON = "common"
    HISTORY = "history"


class State(enum.Enum):
    """Where a rule stands: the client decides the first three, the bank the last two."""

    MET = "met"
    NOT_MET = "not_met"
    #: Only the bank can tell (the common-password list, the customer's earlier passwords).
    BANK_CHECKS = "bank_checks"
    BANK_ACCEPTED = "bank_accepted"
    BANK_REFUSED = "bank_refused"


#: Which violation codes of API.md (and password_reused) belong to which rule.
RULE_OF_CODE: dict[str, Rule] = {
    "too_short": Rule.LENGTH,
    "too_long": Rule.LENGTH,
    "needs_letter": Rule.LETTER,
    "needs_digit": Rule.DIGIT,
    "contains_customer_number": Rule.CUSTOMER_NUMBER,
    "too_common": Rule.COMMON,
    "password_reused": Rule.HISTORY,
}

#: Rules the client cannot check by itself.
BANK_RULES = frozenset({Rule.COMMON, Rule.HISTORY})


def local_violations(password: str, customer_number: str | None) -> list[str]:
    """The violation codes the server would answer, for every rule checkable here.

    `customer_number` None means it is not known (a reset by personal number): the bank checks.
    """
    found: list[str] = []
    if len(password) < MIN_LENGTH:
        found.append("too_short")
    if len(password) > MAX_LENGTH:
        found.append("too_long")
    if not _LETTER.search(password):
        found.append("needs_letter")
    if not _DIGIT.search(password):
        found.append("needs_digit")
    if customer_number and customer_number in password:
        found.append("contains_customer_number")
    return found


@dataclasses.dataclass(frozen=True, slots=True)
class Assessment:
    """The checklist for one password: a state per rule, and whether the confirmation matches."""

    states: dict[Rule, State]
    matches: bool

    @property
    def locally_valid(self) -> bool:
        """Every rule checkable here is met, none refused by the bank, and both fields agree."""
        return self.matches and all(
            state not in (State.NOT_MET, State.BANK_REFUSED) for state in self.states.values()
        )


def assess(
    password: str,
    confirmation: str,
    customer_number: str | None,
    bank_refused: frozenset[str] = frozenset(),
    bank_accepted: bool = False,
) -> Assessment:
    """The checklist state of `password`.

    `bank_refused` holds the codes the server answered for this very password (violations,
    password_reused); `bank_accepted` is True once the server took it.
    """
    broken = {RULE_OF_CODE[code] for code in local_violations(password, customer_number)}
    refused = {RULE_OF_CODE[code] for code in bank_refused if code in RULE_OF_CODE}
    states: dict[Rule, State] = {}
    for rule in Rule:
        if rule in refused:
            states[rule] = State.BANK_REFUSED
        elif rule in broken:
            states[rule] = State.NOT_MET
        elif rule in BANK_RULES or (rule is Rule.CUSTOMER_NUMBER and not customer_number):
            states[rule] = State.BANK_ACCEPTED if bank_accepted else State.BANK_CHECKS
        else:
            states[rule] = State.MET
    return Assessment(states, bool(password) and password == confirmation)


def days_until_expiry(expires_at: datetime, now: datetime) -> int:
    """Whole calendar days (Tirana time) from `now` to the password's expiry; 0 on the last day."""
    return (expires_at.astimezone(BANK_TZ).date() - now.astimezone(BANK_TZ).date()).days


def expiry_reminder_days(expires_at: datetime | None, now: datetime) -> int | None:
    """The days left to show in the reminder, or None when no reminder is due yet (or at all)."""
    if expires_at is None:
        return None
    days = days_until_expiry(expires_at, now)
    return days if 0 <= days <= REMIND_DAYS else None
