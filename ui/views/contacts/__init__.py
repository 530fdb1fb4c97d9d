"""The Contacts tab: contacts, their import and export, and the escalation chain per unit."""
