"""The client's password checklist agrees with the server's policy and with API.md's codes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.password_rules import (
    BANK_RULES,
    RULE_OF_CODE,
    Rule,
    State,
    assess,
    days_until_expiry,
    expiry_reminder_days,
    local_violations,
)
from server_stub.domain.passwords import VIOLATIONS, PasswordPolicy


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("Ab1", ["too_short"]),
        ("A1" + "b" * 63, ["too_long"]),
        ("Abcdefghij", ["needs_digit"]),
        ("20261123987654", ["needs_letter"]),
        ("Mira222222222", ["contains_customer_number"]),
        ("abc", ["too_short", "needs_digit"]),
        ("        ", ["needs_letter", "needs_digit"]),
        ("", ["too_short", "needs_letter", "needs_digit"]),
        ("Abcdefg1", []),
        ("A1" + "b" * 62, []),
        ("Ëndërr2027", []),  # Albanian letters count as letters, as on the server
        ("çççççç12", []),
    ],
)
def test_local_violations(password: str, expected: list[str]) -> None:
    assert local_violations(password, "222222222") == expected


@given(st.text(max_size=80), st.sampled_from(["222222222", "123456789"]))
def test_same_answer_as_the_server_for_every_rule_checked_here(password: str, number: str) -> None:
    server = [v for v in PasswordPolicy().violations(password, number) if v != "too_common"]
    assert local_violations(password, number) == server


def test_every_violation_code_has_a_rule() -> None:
    assert set(VIOLATIONS) <= set(RULE_OF_CODE)
    assert RULE_OF_CODE["password_reused"] is Rule.HISTORY


def test_empty_password_meets_nothing_and_bank_rules_wait_for_the_bank() -> None:
    result = assess("", "", "222222222")
    assert result.states[Rule.LENGTH] is State.NOT_MET
    assert result.states[Rule.LETTER] is State.NOT_MET
    assert result.states[Rule.DIGIT] is State.NOT_MET
    assert result.states[Rule.CUSTOMER_NUMBER] is State.MET
    for rule in BANK_RULES:
        assert result.states[rule] is State.BANK_CHECKS
    assert not result.matches
    assert not result.locally_valid


def test_rules_tick_one_by_one_while_typing() -> None:
    number = "222222222"
    assert assess("a", "", number).states[Rule.LETTER] is State.MET
    assert assess("a", "", number).states[Rule.DIGIT] is State.NOT_MET
    assert assess("a1", "", number).states[Rule.DIGIT] is State.MET
    assert assess("a1", "", number).states[Rule.LENGTH] is State.NOT_MET
    assert assess("a1bcdefg", "", number).states[Rule.LENGTH] is State.MET
    assert not assess("a1bcdefg", "", number).locally_valid  # not confirmed yet
    assert assess("a1bcdefg", "a1bcdefg", number).locally_valid


def test_customer_number_rule() -> None:
    assert assess("x222222222", "", "222222222").states[Rule.CUSTOMER_NUMBER] is State.NOT_MET
    # Unknown customer number (a reset by personal number): only the bank can tell.
    assert assess("x222222222", "", None).states[Rule.CUSTOMER_NUMBER] is State.BANK_CHECKS


def test_bank_answers_override_and_accept() -> None:
    refused = assess("Password1", "Password1", "1", frozenset({"too_common"}))
    assert refused.states[Rule.COMMON] is State.BANK_REFUSED
    assert not refused.locally_valid
    reused = assess("Tirana2026", "Tirana2026", "1", frozenset({"password_reused"}))
    assert reused.states[Rule.HISTORY] is State.BANK_REFUSED
    accepted = assess("Berat2027x", "Berat2027x", "1", bank_accepted=True)
    assert accepted.states[Rule.COMMON] is State.BANK_ACCEPTED
    assert accepted.states[Rule.HISTORY] is State.BANK_ACCEPTED


def test_mismatch() -> None:
    assert not assess("Berat2027", "Berat2028", None).matches
    assert assess("Berat2027", "Berat2027", None).matches


def test_days_until_expiry_counts_tirana_calendar_days() -> None:
    now = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # already 24 November in Tirana
    assert days_until_expiry(datetime(2026, 11, 24, 8, 0, tzinfo=UTC), now) == 0
    assert days_until_expiry(datetime(2026, 12, 4, 8, 0, tzinfo=UTC), now) == 10


def test_reminder_from_14_days_before() -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert expiry_reminder_days(None, now) is None
    assert expiry_reminder_days(datetime(2026, 12, 8, 9, 0, tzinfo=UTC), now) is None  # 15 days
    assert expiry_reminder_days(datetime(2026, 12, 7, 9, 0, tzinfo=UTC), now) == 14
    assert expiry_reminder_days(datetime(2026, 11, 23, 20, 0, tzinfo=UTC), now) == 0
    assert expiry_reminder_days(datetime(2026, 11, 22, 9, 0, tzinfo=UTC), now) is None
