"""YAML from users, loaded with limits: safe tags only, no aliases, bounded size and node count.

A YAML file of a dozen lines can expand to billions of nodes through nested aliases (the
"billion laughs"); a huge flat file can take all memory too. Every YAML file a user hands to
framing (lexicons, article metadata) is read here: the safe loader (plain data types only), no
anchors or aliases (``&name`` / ``*name``: no lexicon needs them), at most :data:`MAX_BYTES`
characters and :data:`MAX_NODES` nodes. Violations are :class:`yaml.YAMLError` with the line, so
callers report them like any other YAML error.
"""

from __future__ import annotations

import yaml
from yaml.composer import ComposerError

#: Largest YAML text accepted (characters); the built-in lexicons are under 20 kB each.
MAX_BYTES = 5_000_000
#: Most nodes (scalars, lists, mappings) in one document.
MAX_NODES = 500_000


class YAMLLimitError(ComposerError):
    """A YAML text beyond the limits of :mod:`framing.core.safe_yaml`."""


class _LimitedLoader(yaml.SafeLoader):
    """The safe loader, refusing anchors and aliases and counting nodes."""

    max_nodes = MAX_NODES

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._nodes = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            kind = "alias" if isinstance(event, yaml.AliasEvent) else "anchor"
            raise YAMLLimitError(
                None,
                None,
                f"YAML {kind}s (&name / *name) are not allowed in this file; write the value out",
                event.start_mark,
            )
        self._nodes += 1
        if self._nodes > self.max_nodes:
            raise YAMLLimitError(
                None,
                None,
                f"more than {self.max_nodes:,} YAML nodes; split the file",
                event.start_mark,
            )
        return super().compose_node(parent, index)


def _check_size(text: str, max_bytes: int) -> None:
    if len(text) > max_bytes:
        raise YAMLLimitError(
            None,
            None,
            f"{len(text):,} characters is over the limit of {max_bytes:,}; split the file",
            None,
        )


def compose(text: str, max_bytes: int = MAX_BYTES, max_nodes: int = MAX_NODES) -> yaml.Node | None:
    """The node tree of ``text`` (line numbers kept), within the limits."""
    _check_size(text, max_bytes)
    loader = _LimitedLoader(text)
    loader.max_nodes = max_nodes
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


class _Constructor(yaml.SafeLoader):
    """The safe constructor, whose impossible dates and times (``2022-02-30``, ``T25:00``) are
    YAML errors with their line, not a bare ``ValueError``."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"cannot read the date or time {node.value!r} ({exc}); write a real date as "
                "YYYY-MM-DD, or quote the value to keep it as text",
                node.start_mark,
            ) from None


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


def construct(node: yaml.Node | None):
    """The Python data of a node tree from :func:`compose` (safe types only)."""
    if node is None:
        return None
    loader = _Constructor("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def load(text: str, max_bytes: int = MAX_BYTES, max_nodes: int = MAX_NODES):
    """``yaml.safe_load`` within the limits (see the module docstring)."""
    return construct(compose(text, max_bytes, max_nodes))
