"""Reading checklist files: YAML in, validated models out, every problem with file:line.

PyYAML gives us a node tree with line marks; pydantic gives us error locations as paths
(``checks.3.rule.equals``). Walking the node tree along that path turns each pydantic
error into ``linkedin.yaml:57: checks[3] (linkedin.privacy.x).rule: …`` which a checklist
author can jump to.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from auditor.catalogue.model import Check, Checklist, Overlay
from auditor.catalogue.resources import bundled_checklists_dir
from auditor.errors import CatalogueError

try:  # libyaml is several times faster; fall back to pure Python where it is missing
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

OVERLAY_NAME = "overlay.yaml"


@dataclass
class Catalogue:
    """All checklists in use, by platform id, plus the local overlay if there is one."""

    checklists: dict[str, Checklist]
    overlay: Overlay | None = None
    source: str = "bundled"
    files: dict[str, Path] = field(default_factory=dict)

    def platform(self, platform_id: str) -> Checklist:
        try:
            return self.checklists[platform_id]
        except KeyError:
            known = ", ".join(sorted(self.checklists))
            raise CatalogueError(
                f"There is no checklist for platform '{platform_id}'.",
                hint=f"Known platforms: {known}. See them with: auditor checklists list",
            ) from None

    def find_check(self, check_id: str) -> Check | None:
        platform = check_id.split(".", 1)[0]
        checklist = self.checklists.get(platform)
        return checklist.check(check_id) if checklist else None


def parse_yaml(path: Path, text: str) -> tuple[Any, yaml.Node | None]:
    """Parse one YAML document, keeping the node tree for line numbers."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, None
            _reject_duplicate_keys(path, node)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = exc.problem or exc.context or "not valid YAML"
        raise CatalogueError(f"{path}{line}: not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path}: not valid YAML: {exc}") from None
    return data, node


def _reject_duplicate_keys(path: Path, node: yaml.Node) -> None:
    """PyYAML silently keeps the last of two equal keys; a checklist author wants to know."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in current.value:
                key = str(key_node.value)
                if key in seen:
                    raise CatalogueError(
                        f"{path}:{key_node.start_mark.line + 1}: the key '{key}' appears twice in one block"
                    )
                seen.add(key)
                stack.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The line of the deepest node along a pydantic error location."""
    line = node.start_mark.line + 1 if node is not None else None
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            match = next((kv for kv in current.value if str(kv[0].value) == str(part)), None)
            if match is None:
                break
            line = match[0].start_mark.line + 1
            current = match[1]
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(current.value):
                break
            current = current.value[part]
            line = current.start_mark.line + 1
        else:
            break
    return line


def _describe_loc(data: Any, loc: Sequence[int | str]) -> str:
    """``checks[3] (linkedin.profile.photo).rule.equals``: readable, and names the check."""
    parts: list[str] = []
    current = data
    for part in loc:
        if isinstance(part, int):
            label = f"[{part}]"
            if isinstance(current, list) and part < len(current):
                current = current[part]
                if isinstance(current, dict) and isinstance(current.get("id"), str):
                    label += f" ({current['id']})"
            parts.append(label)
        else:
            if isinstance(part, str) and part.startswith(("function-", "tagged-union")):
                continue
            parts.append(("." if parts else "") + str(part))
            current = current.get(part) if isinstance(current, dict) else None
    return "".join(parts) or "(top level)"


def validation_problems(path: Path, data: Any, node: yaml.Node | None, exc: ValidationError) -> list[str]:
    problems: list[str] = []
    for err in exc.errors(include_url=False):
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p in _UNION_TAGS)]
        line = _line_of(node, loc)
        where = f"{path}:{line}" if line else str(path)
        problems.append(f"{where}: {_describe_loc(data, loc)}: {_message(err)}")
    return problems


_UNION_TAGS = {"bool", "int", "float", "str", "list[union[bool,int,float,str]]", "union[bool,int,float,str]"}


def _message(err: Any) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; `auditor checklists schema` lists the fields)"
    if kind == "missing":
        return "required field is missing"
    if kind == "literal_error":
        return str(err["msg"]).replace("Input should be", "expected")
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


def _validate(path: Path, model: type[BaseModel], text: str) -> Any:
    data, node = parse_yaml(path, text)
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}:1: expected a mapping with 'schema', 'platform', 'checks' …, found {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = validation_problems(path, data, node, exc)
        raise CatalogueError(f"{path}: {len(problems)} problem(s) in this checklist:", problems=problems) from None


def load_checklist(path: Path) -> Checklist:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot be read: {exc}") from None
    checklist: Checklist = _validate(path, Checklist, text)
    expected = path.stem
    if checklist.platform != expected:
        raise CatalogueError(
            f"{path}:1: platform: the file is named '{path.name}' but says platform '{checklist.platform}'",
            hint=f"Rename the file to {checklist.platform}.yaml or fix 'platform'.",
        )
    return checklist


def load_overlay(path: Path) -> Overlay:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot be read: {exc}") from None
    overlay: Overlay = _validate(path, Overlay, text)
    return overlay


def checklist_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.name != OVERLAY_NAME)


def load_catalogue(directory: Path | None = None) -> Catalogue:
    """Load every checklist in a directory (default: the bundled one, or $AUDITOR_CHECKLISTS)."""
    source = "bundled"
    if directory is None and os.environ.get("AUDITOR_CHECKLISTS"):
        directory = Path(os.environ["AUDITOR_CHECKLISTS"])
    if directory is None:
        directory = bundled_checklists_dir()
    else:
        source = str(directory)
    if not directory.is_dir():
        raise CatalogueError(f"{directory}: no such checklist directory", hint="Pass a directory of <platform>.yaml files to --checklists.")
    files = checklist_files(directory)
    if not files:
        raise CatalogueError(f"{directory}: holds no checklist (*.yaml) files")
    problems: list[str] = []
    checklists: dict[str, Checklist] = {}
    paths: dict[str, Path] = {}
    for path in files:
        try:
            checklist = load_checklist(path)
        except CatalogueError as exc:
            problems.extend(exc.problems or [exc.message])
            continue
        checklists[checklist.platform] = checklist
        paths[checklist.platform] = path
    overlay = None
    overlay_path = directory / OVERLAY_NAME
    if overlay_path.exists():
        try:
            overlay = load_overlay(overlay_path)
            problems.extend(_overlay_problems(overlay_path, overlay, checklists.values()))
        except CatalogueError as exc:
            problems.extend(exc.problems or [exc.message])
    if problems:
        raise CatalogueError(f"The checklists in {directory} have {len(problems)} problem(s):", problems=problems,
                             hint="Check them with: auditor checklists validate")
    return Catalogue(checklists=checklists, overlay=overlay, source=source, files=paths)


def _overlay_problems(path: Path, overlay: Overlay, checklists: Iterable[Checklist]) -> list[str]:
    known = {c.id for cl in checklists for c in cl.checks}
    return [f"{path}: checks.{cid}: no such check in this catalogue" for cid in overlay.checks if cid not in known]
