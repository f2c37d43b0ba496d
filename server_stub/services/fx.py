"""The bank's fixed exchange rates and currency conversion for transfers within the bank."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from server_stub.config import ServerSettings
from server_stub.domain.money import CENT

BASE = "ALL"
#: Decimals of an effective rate: enough that amount x rate reproduces the credited cents.
RATE_PLACES = Decimal("1e-10")


@dataclasses.dataclass(frozen=True, slots=True)
class Conversion:
    """What the payee receives for `amount` of the debtor's currency."""

    credited: Decimal
    currency: str
    #: Units of the credited currency per unit of the debited one; None when nothing converts.
    rate: str | None


def _table(settings: ServerSettings) -> dict[str, tuple[Decimal, Decimal]]:
    return {ccy: (buy, sell) for ccy, buy, sell in settings.fx_rates}


def rates_json(settings: ServerSettings, as_of: datetime) -> dict[str, Any]:
    """GET /fx-rates: ALL per unit of each currency, as the bank buys and sells it."""
    return {
        "base": BASE,
        "rates": {
            ccy: {"buy": f"{buy:.2f}", "sell": f"{sell:.2f}"}
            for ccy, (buy, sell) in _table(settings).items()
        },
        "as_of": as_of.isoformat(),
    }


def supported(settings: ServerSettings, currency: str) -> bool:
    return currency == BASE or currency in _table(settings)


def _factor(settings: ServerSettings, source: str, target: str) -> Decimal:
    """ALL value of one unit of `source` as the bank buys it, over its price of `target`.

    The bank buys the debtor's currency and sells the payee's; a cross EUR<->USD goes through ALL.
    """
    table = _table(settings)
    buy = Decimal(1) if source == BASE else table[source][0]
    sell = Decimal(1) if target == BASE else table[target][1]
    with localcontext() as ctx:
        ctx.prec = 40
        return buy / sell


def convert(settings: ServerSettings, amount: Decimal, source: str, target: str) -> Conversion:
    """`amount` of `source` in `target`, rounded half-up to cents once, at the very end."""
    if source == target:
        return Conversion(amount, target, None)
    factor = _factor(settings, source, target)
    with localcontext() as ctx:
        ctx.prec = 40
        credited = (amount * factor).quantize(CENT, rounding=ROUND_HALF_UP)
    rate = factor.quantize(RATE_PLACES, rounding=ROUND_HALF_UP).normalize()
    # Plain notation with at least two decimals ("100.20", "0.0096711799"), never "1E+2".
    text = f"{rate:f}"
    whole, _, decimals = text.partition(".")
    return Conversion(credited, target, f"{whole}.{decimals.ljust(2, '0')}")
