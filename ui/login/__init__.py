"""The login window and its steps: credentials, code, registration, password reset."""
