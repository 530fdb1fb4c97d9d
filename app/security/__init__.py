"""Secrets and cryptography: the OS credential store, password hashing, signing keys, audit seals."""
