"""MDIR Desk core: domain, database, services and reports. Never imports Qt or the ui package."""
