"""docs/architecture.md stays true: its "imports (of ours)" column is what the code imports
(read with ``ast``, lazy imports included), every module has a row, and no module imports
itself round a loop. The layers themselves are import-linter contracts (``lint-imports``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "auditor"
DOC = ROOT / "docs" / "architecture.md"
SUBPACKAGES = ("catalogue", "collectors", "commands", "frontends", "report", "web")


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imports() -> dict[str, set[str]]:
    """Every module of ours each module imports (at the top, inside functions, for typing)."""
    known = modules()

    def resolve(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in known.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        deps: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps |= {resolve(a.name) for a in node.names if a.name.startswith("auditor")}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, *([node.module] if node.module else [])])
                if base.startswith("auditor"):
                    deps |= {resolve(f"{base}.{a.name}") if f"{base}.{a.name}" in known else resolve(base)
                             for a in node.names}
        graph[module] = {d for d in deps if d is not None and d not in (module, "auditor")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def _rows() -> list[tuple[list[str], set[str], str]]:
    """The module table: (the modules a row names, the names its third column lists, the line)."""
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`auditor/"):
            continue
        paths = re.findall(r"`([^`]+)`", cells[0])
        named = set(re.findall(r"`([^`]+)`", cells[2]))
        rows.append((paths, named, line))
    return rows


def _members(paths: list[str], known: dict[str, Path]) -> set[str]:
    """The modules a row's paths name: a file, a folder, or ``folder/*.py``; a bare file name
    after the first path is a sibling of the first (``workshop_html.py``)."""
    first = paths[0]
    folder = first.rsplit("/", 1)[0] if first.endswith(".py") else first.rstrip("/")
    out: set[str] = set()
    for path in paths:
        path = path if "/" in path else f"{folder}/{path}"
        dotted = path.removesuffix("/").removesuffix("*.py").removesuffix("/").removesuffix(".py").replace("/", ".")
        if path.endswith(".py") and not path.endswith("*.py"):
            out |= {m for m in known if m == dotted}
        else:
            out |= {m for m in known if m == dotted or m.startswith(dotted + ".")}
    return out


def _name(dep: str, members: set[str]) -> str:
    """How the column names a module: a sibling in the same package by its own name
    (``model``), a module of another package by its package (``catalogue``), else its name."""
    parts = dep.split(".")[1:]
    home = {m.split(".")[1] for m in members if len(m.split(".")) > 2}
    if len(parts) > 1 and parts[0] in SUBPACKAGES:
        return parts[-1] if parts[0] in home and len(home) == 1 and len(members) == 1 else parts[0]
    return parts[0]


def expected_column(members: set[str], graph: dict[str, set[str]]) -> set[str]:
    deps = {d for m in members for d in graph[m] if d not in members}
    return {_name(d, members) for d in deps}


def _only_docstring(path: Path) -> bool:
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return all(isinstance(n, ast.Expr) or (isinstance(n, ast.Assign) and n.targets[0].id == "__version__")  # type: ignore[attr-defined]
               for n in body)


def test_there_are_no_import_cycles() -> None:
    assert cycles(imports()) == []


def test_every_module_has_a_row_in_the_architecture_table() -> None:
    known = modules()
    covered = set().union(*(_members(paths, known) for paths, _, _ in _rows()))
    empty = {m for m, path in known.items() if path.name == "__init__.py" and _only_docstring(path)}
    missing = sorted(m for m in known if m not in covered | empty and not m.endswith("__main__"))
    assert missing == [], f"add a row to docs/architecture.md for: {missing}"


def test_the_imports_column_is_what_the_code_imports() -> None:
    known, graph = modules(), imports()
    wrong = []
    for paths, named, line in _rows():
        members = _members(paths, known)
        assert members, f"no module matches the row: {line}"
        expected = expected_column(members, graph)
        if named != expected:
            shown = ", ".join(f"`{n}`" for n in sorted(expected)) or "nothing"
            wrong.append(f"{paths[0]}: the document says {sorted(named)}, the code imports: {shown}")
    assert wrong == [], "\n".join(wrong)


if __name__ == "__main__":  # python tests/test_architecture.py: rewrite the column from the code
    known_, graph_ = modules(), imports()
    lines = []
    for text in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`auditor/"):
            column = expected_column(_members(re.findall(r"`([^`]+)`", cells[0]), known_), graph_)
            text = f"| {cells[0]} | {cells[1]} | {', '.join(f'`{n}`' for n in sorted(column)) or 'nothing'} |"
        lines.append(text)
    DOC.write_text("\n".join(lines) + "\n", encoding="utf-8")
