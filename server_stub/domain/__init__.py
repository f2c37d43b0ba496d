"""Pure rules of the bank: no FastAPI, no SQL; the clock and the SMS gateway are passed in."""
