"""Names of the incident vocabulary in both languages: statuses, severities, device states,
checklist statuses. Codes are what the database, the CLI and JSON use; these labels are what
people read on screens and paper (DOMAIN.md §12 glossary style)."""

from __future__ import annotations

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "status": {
        "open": ("Open", "対応中"),
        "closed": ("Closed", "終了"),
    },
    "severity": {
        "low": ("Low", "低"),
        "moderate": ("Moderate", "中"),
        "high": ("High", "高"),
        "critical": ("Critical", "重大"),
    },
    "device_state": {
        "under_review": ("Under review", "確認中"),
        "isolated": ("Isolated", "隔離済み"),
        "compensated": ("Running on compensations", "代替措置で運用中"),
        "restored": ("Restored", "復旧済み"),
        "not_affected": ("Not affected", "影響なし"),
    },
    "check": {
        "open": ("Open", "未完了"),
        "done": ("Done", "完了"),
        "na": ("Not applicable", "該当なし"),
    },
    "action": {
        "open": ("Open", "未完了"),
        "done": ("Done", "完了"),
    },
}


def label(group: str, code: str | None, lang: str) -> str:
    """The label of ``code`` in ``group`` ("" for None; the code itself when unknown)."""
    if code is None:
        return ""
    names = LABELS[group].get(code)
    if names is None:
        return code
    return names[1] if lang == "ja" else names[0]
