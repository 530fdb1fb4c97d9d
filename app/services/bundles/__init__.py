"""Signed data bundles carried between installations (by USB stick, never a network).

A bundle is one zip file: a manifest (kind, schema, when, by whom, from which installation, the
SHA-256 and size of every member) signed with the publishing administrator's Ed25519 key, its data
members, and a second signature over the whole archive in the zip comment, so that no byte of the
file can change unnoticed. The receiving installation imports it only from a publisher key it
trusts (``trust add``).

Two kinds: ``data`` (central -> laptop: inventory, contacts, escalation, tree, users-public) and
``decisions`` (laptop -> central: decisions, answers, signatures, the signers' public accounts and
keys, and the laptop's audit trail as its own chain segment).

Modules: ``errors`` (refusals), ``container`` (writing and safely reading the zip), ``manifest``,
``trust`` (publisher keys), ``export``, ``verify`` (every check before anything is read as data),
``checks`` (every incoming value), ``records``, ``changes``, ``devices_plan`` and
``contacts_plan`` (data kinds), ``laptop`` (the decisions kind), ``accounts_public``, ``segments``
(imported audit events), ``importer`` (the whole import, one transaction).
"""
