"""Use cases shared by the CLI and the GUI. Qt-free; talks to app.database and app.domain."""
