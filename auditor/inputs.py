"""The one reader for YAML and JSON input (answers files, checklists, the overlay).

Hostile or broken input must end in one clear message with the file and line, quickly and
in little memory: never a hang, a traceback or gigabytes of RAM. So:

- only a regular file is read: a FIFO would block forever, ``/dev/zero`` never ends; both
  are refused by name, also behind a symlink. The file is opened without blocking and
  checked on the open descriptor, so it cannot be swapped in between;
- at most ``MAX_BYTES`` are read;
- before anything is built, one pass over the parser's events (a state machine, no
  recursion) bounds the nesting depth, the number of aliases and the number of values with
  every alias expanded ("billion laughs" stays a few hundred events);
- dates, numbers and explicit tags are converted one by one, so ``2024-02-30``, a
  5000-digit number or ``!!int abc`` is named with its line;
- JSON's surrogate-pair escapes (``\\ud83d\\ude00``, valid JSON) are turned into the
  single escape YAML understands, on the same line.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.errors import AuditorError, InputFileError
from auditor.strings import TABLE, current_lang, t

if TYPE_CHECKING:
    import yaml

MAX_BYTES = 8 * 1024 * 1024  # the largest checklist is ~60 KB, an answers file a few KB
MAX_DEPTH = 64  # nesting levels; checklists use 8
MAX_ALIASES = 1000  # uses of *name
MAX_VALUES = 200_000  # scalars and collections, every alias counted each time it is used
MAX_DIGITS = 100  # in one number


@dataclass(frozen=True)
class Limits:
    bytes: int = MAX_BYTES
    depth: int = MAX_DEPTH
    aliases: int = MAX_ALIASES
    values: int = MAX_VALUES
    digits: int = MAX_DIGITS


LIMITS = Limits()

_KINDS = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"),
          (stat.S_ISDIR, "directory"), (stat.S_ISSOCK, "socket"))


def grouped(number: int, lang: str | None = None) -> str:
    """A whole number grouped the way the language writes it: 12,345 in English, 12.345 in
    Dutch (where a comma is the decimal sign). The one grouping rule; export notes use it too."""
    text = f"{number:,}"
    return text.replace(",", ".") if (lang or current_lang()) == "nl" else text


def os_reason(exc: BaseException) -> str:
    """Why the system refused, in the person's language for the common cases (a missing
    folder, no permission, a full or read-only disk); the system's own words otherwise."""
    import errno

    name = errno.errorcode.get(getattr(exc, "errno", None) or -1, "")
    key = f"errors.os.{name}"
    if key in TABLE:
        return t(key)
    return str(getattr(exc, "strerror", None) or exc)


def file_kind(mode: int) -> str | None:
    """The name of what a non-regular file is ("a pipe (FIFO)", "a device" …), None for a file."""
    if stat.S_ISREG(mode):
        return None
    for test, name in _KINDS:
        if test(mode):
            return t(f"errors.input.kind.{name}")
    return t("errors.input.kind.device")


def read_text(path: Path, *, error: type[AuditorError] = InputFileError, limits: Limits = LIMITS,
              noun: str = "file") -> str:
    """A regular file's text (UTF-8, a BOM allowed), or one clear error (``noun``: "answers" names
    a missing file as an answers file)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise error(t("errors.input.missing", path=path, noun=t(f"errors.input.noun.{noun}"))) from None
    except OSError as exc:
        kind = _kind_of(path)
        if kind is not None:
            raise error(t("errors.input.not_regular", path=path, kind=kind)) from None
        raise error(t("errors.input.unreadable", path=path, reason=os_reason(exc))) from None
    info = os.fstat(fd)
    kind = file_kind(info.st_mode)
    if kind is not None:
        os.close(fd)
        raise error(t("errors.input.not_regular", path=path, kind=kind))
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > limits.bytes:
            raise error(t("errors.input.too_big", path=path, size=grouped(info.st_size),
                                    limit=grouped(limits.bytes)))
        try:
            data = fh.read(limits.bytes + 1)
        except OSError as exc:
            raise error(t("errors.input.unreadable", path=path, reason=os_reason(exc))) from None
    if len(data) > limits.bytes:  # grew while we read
        raise error(t("errors.input.too_big", path=path, size=f"> {grouped(limits.bytes)}",
                                limit=grouped(limits.bytes)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise error(t("errors.input.not_utf8", path=path, line=line, byte=exc.start)) from None


def _kind_of(path: Path) -> str | None:
    try:
        return file_kind(os.stat(path).st_mode)
    except OSError:
        return None


def load(path: Path, *, kind: str = "yaml", error: type[AuditorError] = InputFileError,
         limits: Limits = LIMITS, noun: str = "file") -> tuple[Any, yaml.Node | None]:
    """Read and parse one file: the data and the node tree (for line numbers)."""
    text = read_text(path, error=error, limits=limits, noun=noun)
    return parse(path, text, kind=kind, error=error, limits=limits)


# An escaped backslash before \u is a literal backslash, not an escape: count them.
_SURROGATE_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _join_surrogates(text: str) -> str:
    def joined(match: re.Match[str]) -> str:
        high, low = int(match.group(2), 16), int(match.group(3), 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{match.group(1)}\\U{code:08x}"

    return _SURROGATE_PAIR.sub(joined, text) if "\\u" in text or "\\U" in text else text


def parse(path: Path, text: str, *, kind: str = "yaml", error: type[AuditorError] = InputFileError,
          limits: Limits = LIMITS) -> tuple[Any, yaml.Node | None]:
    """Parse one YAML (or JSON) document within ``limits``; every problem with its line.

    ``kind`` names the format in messages: "yaml" or "yaml_json"."""
    import yaml  # imported here: a cached catalogue needs no YAML at all

    text = _join_surrogates(text)
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if _MAYBE_ANCHOR.search(text):  # only anchors and aliases can make a small text expand
            _check_shape(path, text, loader_class, limits, error)
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, None
            _check_nodes(path, node, loader, limits, error)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "?"
        raise error(t("errors.input.syntax", path=path, line=mark.line + 1 if mark else 1,
                      kind=t(f"errors.input.format.{kind}"), problem=problem)) from None
    except yaml.YAMLError as exc:
        raise error(t("errors.input.syntax", path=path, line=1, kind=t(f"errors.input.format.{kind}"),
                      problem=exc)) from None
    except RecursionError:  # a guard behind the depth limit, which should have caught it
        raise error(t("errors.input.too_deep", path=path, line=1, limit=limits.depth)) from None
    return data, node


# An anchor (&name) or alias (*name) where YAML allows one. Texts without any (every bundled
# checklist, most answers files) skip the event pass: depth and size are then checked on the
# composed nodes, which without aliases are exactly the values the document holds.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[\]{},])[&*][^\s]")


def _check_shape(path: Path, text: str, loader_class: Any, limits: Limits, error: type[AuditorError]) -> None:
    """Depth, aliases and the expanded size, from the event stream, before any node exists."""
    import yaml

    sizes: dict[str, int] = {}  # anchor -> values it stands for, expanded
    stack: list[tuple[int, str | None]] = []  # open collections: (values so far, anchor)
    aliases = total = 0
    open_anchors: set[str] = set()
    loader = loader_class(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1 if event.start_mark else 1
            if isinstance(event, yaml.CollectionStartEvent):
                total += 1
                stack.append((1, event.anchor))
                if event.anchor:
                    open_anchors.add(event.anchor)
                if len(stack) > limits.depth:
                    raise error(t("errors.input.too_deep", path=path, line=line, limit=limits.depth))
            elif isinstance(event, yaml.CollectionEndEvent):
                count, anchor = stack.pop()
                if anchor:
                    sizes[anchor] = count
                    open_anchors.discard(anchor)
                if stack:
                    stack[-1] = (stack[-1][0] + count, stack[-1][1])
            elif isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
                count = 1
                if isinstance(event, yaml.AliasEvent):
                    aliases += 1
                    count = sizes.get(event.anchor or "", 1)
                    if event.anchor in open_anchors:  # a block that contains itself: endlessly deep
                        raise error(t("errors.input.too_deep", path=path, line=line, limit=limits.depth))
                    if aliases > limits.aliases:
                        raise error(t("errors.input.too_many_aliases", path=path, line=line, limit=limits.aliases))
                elif event.anchor:
                    sizes[event.anchor] = 1
                total += count
                if stack:
                    stack[-1] = (stack[-1][0] + count, stack[-1][1])
            if total > limits.values:
                raise error(t("errors.input.too_many_nodes", path=path, line=line, limit=grouped(limits.values)))
    finally:
        loader.dispose()


_NUMBERS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_CONVERTED = _NUMBERS | {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:binary"}


def _check_nodes(path: Path, root: yaml.Node, loader: Any, limits: Limits, error: type[AuditorError]) -> None:
    """Duplicate keys, and every converted scalar (numbers, dates, tags) tried on its own.

    Each node is visited once: an alias is the same node object, so the walk stays linear.
    """
    import yaml

    seen: set[int] = set()
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth > limits.depth and not isinstance(node, yaml.ScalarNode):  # depth counts collections
            raise error(t("errors.input.too_deep", path=path, line=node.start_mark.line + 1, limit=limits.depth))
        if len(seen) > limits.values:
            raise error(t("errors.input.too_many_nodes", path=path, line=node.start_mark.line + 1,
                          limit=grouped(limits.values)))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if isinstance(key_node, yaml.ScalarNode) and key in keys and key != "<<":
                    raise error(t("errors.input.duplicate_key", path=path, line=key_node.start_mark.line + 1,
                                  key=key[:80]))
                keys.add(key)
                stack.extend(((key_node, depth + 1), (value_node, depth + 1)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
        elif isinstance(node, yaml.ScalarNode) and node.tag in _CONVERTED:
            _check_scalar(path, node, loader, limits, error)


def _check_scalar(path: Path, node: yaml.ScalarNode, loader: Any, limits: Limits,
                  error: type[AuditorError]) -> None:
    line = node.start_mark.line + 1
    given = str(node.value)
    shown = given if len(given) <= 40 else given[:37] + "…"
    if node.tag in _NUMBERS and sum(ch.isdigit() for ch in given) > limits.digits:
        raise error(t("errors.input.bad_number", path=path, line=line, given=shown, limit=limits.digits))
    try:
        loader.construct_object(node)
    except (ValueError, TypeError, ArithmeticError, AttributeError, LookupError):
        if node.tag.endswith(":timestamp"):
            raise error(t("errors.input.bad_date", path=path, line=line, given=shown)) from None
        if node.tag in _NUMBERS:
            raise error(t("errors.input.bad_number", path=path, line=line, given=shown, limit=limits.digits)) from None
        raise error(t("errors.input.bad_tag", path=path, line=line, given=shown, tag=node.tag.rsplit(":", 1)[-1])) \
            from None
