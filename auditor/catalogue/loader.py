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
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from auditor.catalogue import cache
from auditor.catalogue.model import Check, Checklist, Overlay, cross_problems
from auditor.catalogue.resources import bundled_checklists_dir
from auditor.errors import CatalogueError
from auditor.strings import plural, t

if TYPE_CHECKING:
    import yaml

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
            raise CatalogueError(t("cli.platform.unknown", name=platform_id),
                                 hint=t("cli.platform.known", known=known)) from None

    def find_check(self, check_id: str) -> Check | None:
        platform = check_id.split(".", 1)[0]
        checklist = self.checklists.get(platform)
        return checklist.check(check_id) if checklist else None

    def word_list(self, platform: str, name: str) -> list[str]:
        """One of a checklist's word lists, in every language; empty when it has none (data, not code)."""
        checklist = self.checklists.get(platform)
        if checklist is None or name not in checklist.word_lists:
            return []
        return checklist.words(name)

    def export_words(self) -> dict[str, list[str]]:
        """What the export readers compare notes with: LinkedIn's default invitation texts and
        the reply-pressure phrases (none listed means no fact), as ``read_export`` takes them."""
        return {"default_invitation_texts": self.word_list("linkedin", "default-invitation-texts"),
                "pressure_phrases": self.word_list("linkedin", "invitation-pressure-phrases")}

    def find_condition(self, fact_key: str) -> Check | None:
        """The applicability question whose answer is ``fact_key`` (see ``Check.condition_check``)."""
        checklist = self.checklists.get(fact_key.split(".", 1)[0])
        for check in checklist.checks if checklist else []:
            if check.applies_when and check.applies_when.fact == fact_key and check.applies_when.question:
                return check.condition_check()
        return None


def parse_yaml(path: Path, text: str) -> tuple[Any, yaml.Node | None]:
    """Parse one YAML document, keeping the node tree for line numbers (see ``auditor.inputs``)."""
    from auditor.inputs import parse

    return parse(path, text, error=CatalogueError)


def line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The line of the deepest node along a pydantic error location."""
    import yaml

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
        line = line_of(node, loc)
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
    if kind == "literal_error":  # name the value given: "'urgent' is not one of high, medium, low, info"
        allowed = str(err.get("ctx", {}).get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"'{err.get('input')}' is not one of {allowed}" if allowed else str(err["msg"])
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


def _validate(path: Path, model: type[BaseModel], text: str) -> Any:
    data, node = parse_yaml(path, text)
    if not isinstance(data, dict):
        found = type(data).__name__
        raise CatalogueError(t("errors.catalogue.not_mapping", path=path, found=found))
    if model is Checklist and isinstance(data.get("platform"), str) and data["platform"] != path.stem:
        raise CatalogueError(t("errors.catalogue.platform_name", path=path, line=line_of(node, ["platform"]) or 1,
                               name=path.name, platform=data["platform"]),
                             hint=t("errors.catalogue.platform_name.hint", platform=data["platform"]))
    try:
        validated = model.model_validate(data)
    except ValidationError as exc:
        problems = validation_problems(path, data, node, exc)
        raise CatalogueError(plural("errors.catalogue.file_problems", len(problems), path=path),
                             problems=problems) from None
    if isinstance(validated, Checklist):
        problems = [f"{path}:{line_of(node, loc) or 1}: {_describe_loc(data, loc)}: {message}"
                    for loc, message in cross_problems(validated)]
        if problems:
            raise CatalogueError(plural("errors.catalogue.file_problems", len(problems), path=path), problems=problems)
    return validated


def _read(path: Path) -> str:
    """Regular files only, within the input limits (a FIFO or /dev/zero is refused by name)."""
    from auditor.inputs import read_text

    return read_text(path, error=CatalogueError)


def load_checklist(path: Path) -> Checklist:
    checklist: Checklist = _validate(path, Checklist, _read(path))
    return checklist


def load_overlay(path: Path) -> Overlay:
    overlay: Overlay = _validate(path, Overlay, _read(path))
    return overlay


def checklist_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.name != OVERLAY_NAME)


def load_catalogue(directory: Path | None = None) -> Catalogue:
    """Load every checklist in a directory (default: the bundled one, or $AUDITOR_CHECKLISTS).

    A validated catalogue is cached (keyed by the files' names, sizes and modification
    times and by this code's version), because validating from YAML costs more than a
    command's whole start-up budget; any change to a file, or to the schema, misses the cache.
    """
    source = "bundled"
    if directory is None and os.environ.get("AUDITOR_CHECKLISTS"):
        directory = Path(os.environ["AUDITOR_CHECKLISTS"])
    if directory is None:
        directory = bundled_checklists_dir()
    else:
        source = str(directory)
    if not directory.is_dir():
        raise CatalogueError(t("errors.catalogue.no_dir", path=directory), hint=t("errors.catalogue.no_dir.hint"))
    files = checklist_files(directory)
    if not files:
        raise CatalogueError(t("errors.catalogue.no_files", path=directory))
    key = cache.catalogue_key(directory, [*files, directory / OVERLAY_NAME])
    found = cache.read_pickle(key)
    if isinstance(found, Catalogue):
        found.source = source
        _remember_texts(directory, found)
        return found
    catalogue = _load_uncached(directory, files, source)
    cache.write_pickle(key, catalogue)
    _remember_texts(directory, catalogue)
    return catalogue


def _remember_texts(directory: Path, catalogue: Catalogue) -> None:
    """Keep the plain-data digest of a validated catalogue next to the pickle: ``auditor
    report`` and ``checklists validate`` read it without loading pydantic at all."""
    from auditor.catalogue import digest

    if cache.cached_digest(directory) is None:
        cache.remember_digest(directory, digest.from_catalogue(catalogue))


def _load_uncached(directory: Path, files: list[Path], source: str) -> Catalogue:
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
        raise CatalogueError(plural("errors.catalogue.problems", len(problems), path=directory), problems=problems,
                             hint=t("errors.catalogue.problems.hint"))
    return Catalogue(checklists=checklists, overlay=overlay, source=source, files=paths)


def _overlay_problems(path: Path, overlay: Overlay, checklists: Iterable[Checklist]) -> list[str]:
    known = {c.id for cl in checklists for c in cl.checks}
    unknown = [cid for cid in overlay.checks if cid not in known]
    if not unknown:
        return []
    _, node = parse_yaml(path, _read(path))  # again, for the lines: an overlay is a few lines long
    return [t("errors.catalogue.overlay_unknown", path=path, line=line_of(node, ["checks", cid]) or 1, check=cid)
            for cid in unknown]
