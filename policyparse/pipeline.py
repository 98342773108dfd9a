"""The parse pipeline: an ordered list of small stages over one shared draft.

Each stage is a function `find(draft) -> None` that reads the normalised text and
the layers found before it and adds its own layer. No stage edits `draft.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .model import Metadata, Section, Target, Task

Span = tuple[int, int]


@dataclass
class Draft:
    """Shared state the stages fill in, turned into a `Document` at the end."""

    text: str
    format: str = "text"
    metadata: Metadata = field(default_factory=Metadata)
    noise: list[Span] = field(default_factory=list)
    """Spans of page chrome (访问量, 打印本页 …) that no stage may read as content."""
    body: Span | None = None
    """Where the plan body runs (after any wrapper notice), set by the metadata stage."""
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    explained: list[Span] = field(default_factory=list)
    """Spans that explain a document rather than issue one (a 起草说明 printed as an attachment), set by
    the sections stage (stages/commentary.py): a new tree of headings, no tasks and no targets."""
    warnings: list[str] = field(default_factory=list)

    def in_noise(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self.noise)


Stage = Callable[[Draft], None]


def _stages() -> tuple[tuple[str, Stage], ...]:
    # Imported here so that `import policyparse` stays cheap.
    from .stages import boilerplate, deadlines, link, metadata, sections, targets, tasks, units

    return (
        ("boilerplate", boilerplate.find),
        ("metadata", metadata.find),
        ("sections", sections.find),
        ("tasks", tasks.find),
        ("units", units.find),
        ("deadlines", deadlines.find),
        ("targets", targets.find),
        ("link", link.find),
    )


def run(draft: Draft, stop_after: str | None = None) -> Draft:
    """Run every stage in order (or up to and including `stop_after`)."""
    from .text.textcache import forget_all

    try:
        for name, stage in _stages():
            stage(draft)
            if name == stop_after:
                break
    finally:
        forget_all()
    return draft
