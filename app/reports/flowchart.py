"""The question flow as a one-page flowchart, drawn from the tree's nodes and edges.

Layout: nodes in layers by their longest distance from the start (so every arrow points down), side by side
when a layer has several. Each node's class outcomes are coloured terminal boxes to its right (number and
short name, never colour alone). An arrow to the next layer leaves the box at the bottom; an arrow that
skips layers runs down a lane at the left edge and enters its target from the side. Answer labels sit on
the arrows; answers that are "unknown" are marked "?" (dashed when the whole arrow is unknown-only) and a
safety override "!".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.domain.ir_classes import IRClassCatalog
from app.domain.tree import UNKNOWN, DecisionTree, Node, Question
from app.reports.fonts import FONT, printable, text_width
from app.reports.layout import GREY, wrap_lines
from app.reports.texts import t

LANE = 34.0  # room at the left for the lane of arrows that skip layers
NODE_BG = colors.HexColor("#F3F6F9")
LINE = colors.HexColor("#37474F")
SHORT_LABEL_MAX = 12  # option labels longer than this are shown by key, with a legend in the box


def ordered_questions(tree: DecisionTree) -> list[Question]:
    """Questions in the order the flow first asks them (breadth first from the start node)."""
    seen: list[str] = []
    queue = [tree.start]
    visited: set[str] = set()
    while queue:
        node_id = queue.pop(0)
        if node_id in visited:
            continue
        visited.add(node_id)
        node = tree.node(node_id)
        if node.question not in seen:
            seen.append(node.question)
        queue += [e.next for e in node.edges.values() if e.next is not None]
    seen += [q.id for q in tree.questions if q.id not in seen]
    return [tree.question(q) for q in seen]


def _layers(tree: DecisionTree) -> list[list[Node]]:
    """Nodes by longest distance from the start; within a layer in breadth-first discovery order."""
    order: list[str] = []
    queue = [tree.start]
    while queue:
        node_id = queue.pop(0)
        if node_id in order:
            continue
        order.append(node_id)
        queue += [e.next for e in tree.node(node_id).edges.values() if e.next is not None]
    depth = {tree.start: 0}
    for _ in order:  # relax until stable (the graph is a small DAG)
        for node_id in order:
            for edge in tree.node(node_id).edges.values():
                if edge.next is not None and node_id in depth:
                    depth[edge.next] = max(depth.get(edge.next, 0), depth[node_id] + 1)
    layers: list[list[Node]] = [[] for _ in range(max(depth.values()) + 1)]
    for node_id in order:
        layers[depth[node_id]].append(tree.node(node_id))
    return layers


@dataclass
class _Box:
    node: Node
    x: float = 0.0
    y: float = 0.0  # bottom
    w: float = 0.0
    h: float = 0.0
    lines: list[tuple[str, float, colors.Color]] = field(default_factory=list)
    term_x: float = 0.0
    term_w: float = 0.0

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def top(self) -> float:
        return self.y + self.h


class FlowChart(Flowable):
    """The flowchart as a platypus flowable that takes the whole frame it is given."""

    def __init__(self, tree: DecisionTree, classes: IRClassCatalog, lang: str) -> None:
        super().__init__()
        self.tree, self.classes, self.lang = tree, classes, lang
        self.numbers = {q.id: i for i, q in enumerate(ordered_questions(tree))}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 2
        return self.width, self.height

    # --- labels ----------------------------------------------------------------------------------
    def _keyed(self, question: Question) -> bool:
        return any(len(o.label.get(self.lang)) > SHORT_LABEL_MAX for o in question.options)

    def _answer_label(self, question: Question, value: str, edge_flags: tuple[bool, bool]) -> str:
        option = question.option(value)
        text = (
            option.label.get(self.lang)
            if value == UNKNOWN or not self._keyed(question)
            else f"({option.key})"
        )
        provisional, override = edge_flags
        return text + ("?" if provisional or value == UNKNOWN else "") + ("!" if override else "")

    # --- layout ----------------------------------------------------------------------------------
    def _box_lines(self, box: _Box, width: float) -> None:
        lang = self.lang
        question = self.tree.question(box.node.question)
        head = f"Q{self.numbers[question.id]}  {question.short.get(lang)}"
        lines = [(s, 8.5, colors.black) for s in wrap_lines(head, 8.5, width - 8, 2)]
        lines += [(s, 6.5, GREY) for s in wrap_lines(question.text.get(lang), 6.5, width - 8, 5)]
        if self._keyed(question):
            for option in question.options:
                if option.value == UNKNOWN:
                    continue
                text = f"({option.key}) {option.label.get(lang)}"
                lines += [(s, 6, colors.black) for s in wrap_lines(text, 6, width - 8, 2)]
        box.lines = lines
        box.h = 6 + sum(size * 1.25 for _, size, _ in lines)

    def _layout(self) -> tuple[list[list[_Box]], float]:
        layers = [[_Box(n) for n in layer] for layer in _layers(self.tree)]
        usable = self.width - LANE
        for layer in layers:
            slot = usable / len(layer)
            for i, box in enumerate(layer):
                box.w = min(slot * 0.58, 215)
                left = LANE + i * slot
                box.x = left + slot * 0.04
                box.term_x = box.x + box.w + max(slot * 0.08, 14)
                box.term_w = min(left + slot - box.term_x - 2, 125)
                self._box_lines(box, box.w)
        heights = [max(b.h for b in layer) for layer in layers]
        start_space, legend_space = 16.0, 26.0
        gap = (self.height - start_space - legend_space - sum(heights)) / max(1, len(layers) - 1)
        gap = max(gap, 22.0)
        y = self.height - start_space
        for layer, height in zip(layers, heights, strict=True):
            for box in layer:
                box.y = y - box.h
            y -= height + gap
        return layers, gap

    # --- drawing ---------------------------------------------------------------------------------
    def draw(self) -> None:
        canvas: Canvas = self.canv
        layers, gap = self._layout()
        boxes = {b.node.id: b for layer in layers for b in layer}
        first = boxes[self.tree.start]
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(first.cx, self.height - 8, t("flow_start", self.lang))
        _arrow(canvas, [(first.cx, self.height - 10), (first.cx, first.top)], dashed=False)
        for box in boxes.values():
            self._draw_box(canvas, box)
        for box in boxes.values():
            self._draw_edges(canvas, box, boxes, gap)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(0, 12, t("flow_unknown", self.lang))
        canvas.drawString(0, 3, t("flow_override", self.lang))

    def _draw_box(self, canvas: Canvas, box: _Box) -> None:
        canvas.setFillColor(NODE_BG)
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.8)
        canvas.roundRect(box.x, box.y, box.w, box.h, 4, stroke=1, fill=1)
        y = box.top - 3
        for text, size, colour in box.lines:
            y -= size * 1.25
            canvas.setFont(FONT, size)
            canvas.setFillColor(colour)
            canvas.drawString(box.x + 4, y + size * 0.2, text)

    def _groups(self, node: Node) -> list[tuple[str | None, int | None, list[str], bool, bool]]:
        """Edges grouped by target: (next, outcome, labels, all_provisional, any_override)."""
        question = self.tree.question(node.question)
        groups: dict[tuple[str | None, int | None], list] = {}
        for value in question.values:
            edge = node.edges[value]
            key = (edge.next, edge.outcome)
            flags = (edge.provisional, edge.safety_override)
            groups.setdefault(key, []).append((self._answer_label(question, value, flags), edge))
        return [
            (
                nxt,
                outcome,
                [label for label, _ in items],
                all(e.provisional for _, e in items),
                any(e.safety_override for _, e in items),
            )
            for (nxt, outcome), items in groups.items()
        ]

    def _draw_edges(self, canvas: Canvas, box: _Box, boxes: dict[str, _Box], gap: float) -> None:
        groups = self._groups(box.node)
        outcomes = [g for g in groups if g[1] is not None]
        term_h, spacing = 24.0, 12.0  # the answer label sits in the spacing above each terminal
        stack = len(outcomes) * term_h + (len(outcomes) - 1) * spacing
        ty = box.y + box.h / 2 + stack / 2
        for _, outcome, labels, dashed, _ in outcomes:
            ty -= term_h
            self._terminal(canvas, outcome, box.term_x, ty, box.term_w, term_h)
            mid = ty + term_h / 2
            start_y = min(max(mid, box.y + 4), box.top - 4)
            _arrow(canvas, [(box.x + box.w, start_y), (box.term_x, mid)], dashed)
            _label(canvas, " / ".join(labels), box.term_x, ty + term_h + 2.5)
            ty -= spacing
        for nxt, _, labels, dashed, _ in (g for g in groups if g[0] is not None):
            target = boxes[nxt]
            label = " / ".join(labels)
            adjacent = box.y - target.top < gap * 1.5
            if adjacent:
                mid = box.y - gap / 2
                points = [(box.cx, box.y), (box.cx, mid), (target.cx, mid), (target.cx, target.top)]
                _arrow(canvas, points, dashed)
                _label(canvas, label, target.cx + 3, mid - 9)
            else:  # skip layers down the left lane and enter from the side
                y_in = target.y + target.h / 2
                lane = LANE / 2
                points = [(box.x, box.y + box.h / 2), (lane, box.y + box.h / 2), (lane, y_in)]
                points.append((target.x, y_in))
                _arrow(canvas, points, dashed)
                _label(canvas, label, lane - text_width(label, 6.5) / 2, box.y + box.h / 2 + 2.5)

    def _terminal(
        self, canvas: Canvas, number: int, x: float, y: float, w: float, h: float
    ) -> None:
        c = self.classes.get(number)
        canvas.setFillColor(colors.HexColor(c.colour))
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        canvas.roundRect(x, y, w, h, 3, stroke=1, fill=1)
        canvas.setFillColor(colors.HexColor(c.text_colour))
        canvas.setFont(FONT, 15)
        canvas.drawString(x + 4, y + h / 2 - 5, str(number))
        lines = wrap_lines(c.short.get(self.lang), 6.5, w - 22, 2)
        canvas.setFont(FONT, 6.5)
        ly = y + h / 2 + (len(lines) - 1) * 4 - 2
        for line in lines:
            canvas.drawString(x + 19, ly, line)
            ly -= 8


def _arrow(canvas: Canvas, points: list[tuple[float, float]], dashed: bool) -> None:
    canvas.saveState()
    canvas.setStrokeColor(LINE)
    canvas.setFillColor(LINE)
    canvas.setLineWidth(0.9)
    if dashed:
        canvas.setDash(3, 2)
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setDash()
    (x0, y0), (x1, y1) = points[-2], points[-1]
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-6)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    head = canvas.beginPath()
    head.moveTo(x1, y1)
    head.lineTo(x1 - 5 * ux - 2.5 * uy, y1 - 5 * uy + 2.5 * ux)
    head.lineTo(x1 - 5 * ux + 2.5 * uy, y1 - 5 * uy - 2.5 * ux)
    head.close()
    canvas.drawPath(head, stroke=0, fill=1)
    canvas.restoreState()


def _label(canvas: Canvas, text: str, x: float, y: float) -> None:
    """An answer label with a white background so it stays legible over lines."""
    text = printable(text)
    canvas.saveState()
    canvas.setFont(FONT, 6.5)
    width = text_width(text, 6.5)
    canvas.setFillColor(colors.white)
    canvas.rect(x - 1, y - 1.5, width + 2, 8, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.drawString(x, y, text)
    canvas.restoreState()
