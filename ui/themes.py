"""The two looks of the program: the standard theme and a high-contrast one, and the contrast
rule they are held to (WCAG 2.x: 4.5:1 for text, 3:1 for the edges of controls and focus rings).

Plain data and arithmetic, no Qt: the tests compute every pair's ratio. Every colour the screens
use comes from here (the class colours come from data/ir_classes.yaml).
"""

from __future__ import annotations

TEXT_MINIMUM = 4.5  # WCAG 2.x AA, normal text
EDGE_MINIMUM = 3.0  # WCAG 2.x AA, user-interface components and focus indicators


class Theme:
    """A theme: its code, whether it is the high-contrast one, and its colours ("#RRGGBB") by the
    names annotated below (all required, no others). A plain class, not a dataclass: it is built at
    start-up, where a dataclass of 60 fields costs some milliseconds."""

    code: str
    high_contrast: bool
    window_bg: str
    base_bg: str  # fields, tables, cards
    alternate_bg: str  # every other table row
    button_bg: str
    text: str
    muted_fg: str  # hints and secondary text
    link: str
    highlight_bg: str  # selected rows
    highlight_fg: str
    focus: str  # the ring around the control that has the keyboard
    focus_on_primary: str  # the ring inside a primary (filled) button
    primary_bg: str
    primary_fg: str
    disabled_bg: str
    disabled_fg: str
    answer_bg: str
    answer_hover_bg: str
    answer_border: str
    earlier_bg: str  # the answer given before
    path_bg: str
    path_hover_bg: str
    path_border: str
    danger_bg: str
    danger_fg: str
    warning_bg: str
    warning_fg: str
    ok_bg: str
    ok_fg: str
    exercise_bg: str
    exercise_fg: str
    overdue_bg: str  # a clock past its deadline
    phase_bg: str  # a checklist's phase heading
    phase_fg: str
    manual_bg: str  # a timeline entry typed by someone
    replaced_bg: str  # a decision replaced by a newer version
    replaced_fg: str
    awaiting_fg: str  # a decision awaiting sign-off
    inactive_fg: str  # a deactivated account
    unauthenticated_fg: str  # an event by nobody signed in
    statement_bg: str  # what a signature means, before signing
    statement_border: str
    error_bg: str  # a field with a problem
    error_border: str
    signed_in_bg: str
    tag_bg: str  # small labels on a path chip
    tag_fg: str
    current_bg: str  # the tier to call now
    current_border: str
    other_border: str
    unclassified_bg: str  # devices with no default class, in the chart
    unclassified_fg: str
    zero_fg: str  # a zero in a table of counts
    shape_edge: str  # the outline of a class's shape
    shape_ring: str  # the halo around it, so that it shows on dark grounds too

    def __init__(self, code: str, high_contrast: bool, **colours: str) -> None:
        names = set(self.colour_names())
        if set(colours) != names:
            raise TypeError(f"theme {code}: colours {sorted(set(colours) ^ names)} wrong")
        self.code = code
        self.high_contrast = high_contrast
        for name, colour in colours.items():
            setattr(self, name, colour)

    def __setattr__(self, name: str, value: object) -> None:
        if name in self.__dict__:
            raise AttributeError(f"a theme does not change: {name}")
        super().__setattr__(name, value)

    @classmethod
    def colour_names(cls) -> list[str]:
        return [name for name in cls.__annotations__ if name not in ("code", "high_contrast")]

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) of every text the screens draw on a coloured ground."""
        grounds = {"window": self.window_bg, "field": self.base_bg, "row": self.alternate_bg}
        pairs = []
        for ground, colour in grounds.items():
            for name in ("text", "muted_fg", "link", "awaiting_fg", "inactive_fg", "ok_fg"):
                pairs.append((f"{name} on {ground}", getattr(self, name), colour))
            pairs.append((f"unauthenticated_fg on {ground}", self.unauthenticated_fg, colour))
            pairs.append((f"rejected (danger_bg) on {ground}", self.danger_bg, colour))
            pairs.append((f"zero_fg on {ground}", self.zero_fg, colour))
        for name in (
            "button_bg",
            "answer_bg",
            "answer_hover_bg",
            "earlier_bg",
            "path_bg",
            "path_hover_bg",
            "overdue_bg",
            "manual_bg",
            "statement_bg",
            "error_bg",
            "signed_in_bg",
            "current_bg",
        ):
            pairs.append((f"text on {name}", self.text, getattr(self, name)))
        for fg, bg in (
            ("highlight_fg", "highlight_bg"),
            ("primary_fg", "primary_bg"),
            ("disabled_fg", "disabled_bg"),
            ("disabled_fg", "window_bg"),
            ("danger_fg", "danger_bg"),
            ("warning_fg", "warning_bg"),
            ("ok_fg", "ok_bg"),
            ("exercise_fg", "exercise_bg"),
            ("phase_fg", "phase_bg"),
            ("replaced_fg", "replaced_bg"),
            ("tag_fg", "tag_bg"),
            ("unclassified_fg", "unclassified_bg"),
            ("muted_fg", "button_bg"),
        ):
            pairs.append((f"{fg} on {bg}", getattr(self, fg), getattr(self, bg)))
        return pairs

    def edge_pairs(self) -> list[tuple[str, str, str]]:
        """(what, edge, background) of the edges that show a control or the keyboard focus."""
        pairs = []
        for ground in ("window_bg", "base_bg", "answer_bg", "earlier_bg"):
            pairs.append((f"focus on {ground}", self.focus, getattr(self, ground)))
        pairs += [
            ("answer_border on window_bg", self.answer_border, self.window_bg),
            ("answer_border on answer_bg", self.answer_border, self.answer_bg),
            ("path_border on window_bg", self.path_border, self.window_bg),
            ("shape_edge on window_bg", self.shape_edge, self.window_bg),
            ("shape_edge on shape_ring", self.shape_edge, self.shape_ring),
            ("error_border on error_bg", self.error_border, self.error_bg),
            ("current_border on base_bg", self.current_border, self.base_bg),
            ("primary_bg on window_bg", self.primary_bg, self.window_bg),
            ("focus_on_primary against primary_bg", self.focus_on_primary, self.primary_bg),
        ]
        return pairs

    def colours(self) -> dict[str, str]:
        """Every colour of the theme by name."""
        return {name: getattr(self, name) for name in self.colour_names()}


def luminance(colour: str) -> float:
    """The relative luminance of "#RRGGBB" (WCAG 2.x)."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    channels = []
    for index in (0, 2, 4):
        c = int(value[index : index + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black and white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


STANDARD = Theme(
    code="standard",
    high_contrast=False,
    window_bg="#F5F5F5",
    base_bg="#FFFFFF",
    alternate_bg="#F1F4F6",
    button_bg="#ECEFF1",
    text="#1A1A1A",
    muted_fg="#455A64",
    link="#0D47A1",
    highlight_bg="#1565C0",
    highlight_fg="#FFFFFF",
    focus="#1565C0",
    focus_on_primary="#FFD600",
    primary_bg="#1565C0",
    primary_fg="#FFFFFF",
    disabled_bg="#E0E0E0",
    disabled_fg="#595959",
    answer_bg="#FAFAFA",
    answer_hover_bg="#E3F2FD",
    answer_border="#546E7A",
    earlier_bg="#E3F2FD",
    path_bg="#ECEFF1",
    path_hover_bg="#CFD8DC",
    path_border="#78909C",
    danger_bg="#B71C1C",
    danger_fg="#FFFFFF",
    warning_bg="#FFE082",
    warning_fg="#3E2723",
    ok_bg="#E8F5E9",
    ok_fg="#1B5E20",
    exercise_bg="#4A148C",
    exercise_fg="#FFFFFF",
    overdue_bg="#FFCDD2",
    phase_bg="#CFD8DC",
    phase_fg="#263238",
    manual_bg="#FFF8E1",
    replaced_bg="#ECEFF1",
    replaced_fg="#455A64",
    awaiting_fg="#BF360C",
    inactive_fg="#546E7A",
    unauthenticated_fg="#6D4C41",
    statement_bg="#FFFDE7",
    statement_border="#F9A825",
    error_bg="#FFEBEE",
    error_border="#B71C1C",
    signed_in_bg="#E3F2FD",
    tag_bg="#1565C0",
    tag_fg="#FFFFFF",
    current_bg="#E3F2FD",
    current_border="#1565C0",
    other_border="#B0BEC5",
    unclassified_bg="#CFD8DC",
    unclassified_fg="#263238",
    zero_fg="#546E7A",
    shape_edge="#000000",
    shape_ring="#FFFFFF",
)

# Black on white, no greys for text, thick black edges; the focus ring in magenta, a colour no
# control has, so it shows on white fields and on the black primary buttons alike.
HIGH_CONTRAST = Theme(
    code="high_contrast",
    high_contrast=True,
    window_bg="#FFFFFF",
    base_bg="#FFFFFF",
    alternate_bg="#F0F0F0",
    button_bg="#FFFFFF",
    text="#000000",
    muted_fg="#000000",
    link="#00008B",
    highlight_bg="#000000",
    highlight_fg="#FFFFFF",
    focus="#C0008A",
    focus_on_primary="#FFEB3B",
    primary_bg="#000000",
    primary_fg="#FFFFFF",
    disabled_bg="#FFFFFF",
    disabled_fg="#404040",
    answer_bg="#FFFFFF",
    answer_hover_bg="#FFF59D",
    answer_border="#000000",
    earlier_bg="#E1F5FE",
    path_bg="#FFFFFF",
    path_hover_bg="#FFF59D",
    path_border="#000000",
    danger_bg="#8B0000",
    danger_fg="#FFFFFF",
    warning_bg="#FFEB3B",
    warning_fg="#000000",
    ok_bg="#FFFFFF",
    ok_fg="#004D00",
    exercise_bg="#2E0854",
    exercise_fg="#FFFFFF",
    overdue_bg="#FFEB3B",
    phase_bg="#000000",
    phase_fg="#FFFFFF",
    manual_bg="#FFFFFF",
    replaced_bg="#F0F0F0",
    replaced_fg="#000000",
    awaiting_fg="#7A1F00",
    inactive_fg="#000000",
    unauthenticated_fg="#3E2000",
    statement_bg="#FFFFFF",
    statement_border="#000000",
    error_bg="#FFFFFF",
    error_border="#8B0000",
    signed_in_bg="#FFFFFF",
    tag_bg="#000000",
    tag_fg="#FFFFFF",
    current_bg="#FFF59D",
    current_border="#000000",
    other_border="#000000",
    unclassified_bg="#FFFFFF",
    unclassified_fg="#000000",
    zero_fg="#000000",
    shape_edge="#000000",
    shape_ring="#FFFFFF",
)

THEMES = {theme.code: theme for theme in (STANDARD, HIGH_CONTRAST)}
