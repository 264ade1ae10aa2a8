"""The report templates, compiled once by Jinja and then run without importing Jinja.

Importing jinja2 costs about a third of ``auditor report`` (its compiler, lexer and
bytecode-cache modules all load, though a cached template needs none of them). So after a
render through Jinja, the Python that Jinja generated for ``report.html`` and
``finding.html`` is kept in the user's cache directory, keyed by the templates' text, this
module's version, the Python version and the installed Jinja; later renders run that code
against the few runtime helpers below.

The generated code is Jinja's internal format: anything this runtime does not provide,
any undefined name or attribute (the templates use StrictUndefined), raises ``Unsupported``
and the caller renders through Jinja instead. A test renders both ways and compares.
The cache is trusted as Jinja's own bytecode cache is: it lives in the user's own cache
directory, written only by this tool.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType
from typing import Any

from markupsafe import Markup, escape

FORMAT = 1
TEMPLATES = ("report.html", "finding.html")
_IMPORT = "from jinja2.runtime import "


class Unsupported(Exception):
    """The compiled code asked for something this runtime does not do: use Jinja."""


class _Missing:
    def __repr__(self) -> str:
        return "missing"


missing = _Missing()


def _undefined(*args: Any, **kwargs: Any) -> Any:
    raise Unsupported(f"undefined in template: {kwargs.get('name', '')}")


def _not_provided(*args: Any, **kwargs: Any) -> Any:
    raise Unsupported("a runtime helper this renderer does not provide")


class _Context:
    def __init__(self, values: dict[str, Any]):
        self.values = values

    def resolve_or_missing(self, name: str) -> Any:
        return self.values.get(name, missing)

    def get_all(self) -> dict[str, Any]:
        return self.values


class _Template:
    def __init__(self, root: Callable[..., Iterator[str]]):
        self.root_render_func = root

    def new_context(self, values: dict[str, Any], shared: bool, local: dict[str, Any]) -> _Context:
        return _Context({**values, **local})


class _Environment:
    """What Jinja's generated code asks of its environment, for these templates."""

    def __init__(self) -> None:
        self.templates: dict[str, _Template] = {}
        self.filters: dict[str, Callable[..., Any]] = {"length": len}
        self.undefined = _undefined
        self.concat = "".join

    def getattr(self, obj: Any, attribute: str) -> Any:  # as jinja2.Environment.getattr
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError):
            raise Unsupported(f"no attribute {attribute!r}") from None

    def get_template(self, name: str, parent: str | None = None) -> _Template:
        try:
            return self.templates[name]
        except KeyError:
            raise Unsupported(f"template {name} not compiled") from None


def _key(directory: Path) -> str | None:
    spec = importlib.util.find_spec("jinja2")  # finds, does not import
    origin = spec.origin if spec else None
    try:
        parts = [str(FORMAT), sys.version, str(Path(origin).stat().st_mtime_ns) if origin else "-"]
        parts += [(directory / name).read_text(encoding="utf-8") for name in TEMPLATES]
    except OSError:
        return None
    return "\n".join(parts)


def _cache_file(key: str) -> Path:
    from auditor.catalogue.cache import cache_root

    return cache_root() / "templates" / f"report-{zlib.crc32(key.encode()):08x}-{len(key)}.marshal"


def remember(directory: Path, sources: dict[str, str]) -> None:
    """Keep Jinja's generated Python for the templates (``sources``: name -> code)."""
    key = _key(directory)
    if os.environ.get("AUDITOR_NO_CACHE") or key is None:
        return
    codes = {name: compile(_strip_import(code), f"<{name}>", "exec") for name, code in sources.items()}
    path = _cache_file(key)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps({"key": key, "codes": codes}))
        os.replace(tmp, path)


def _strip_import(code: str) -> str:
    first, _, rest = code.partition("\n")
    if not first.startswith(_IMPORT):
        raise Unsupported("unexpected start of generated code")
    return "\n" + rest  # keep the line numbers


def render(directory: Path, values: dict[str, Any]) -> str | None:
    """The report from the cached compiled templates; None when there are none (or they
    do not fit this runtime), so the caller renders through Jinja."""
    key = _key(directory)
    if os.environ.get("AUDITOR_NO_CACHE") or key is None:
        return None
    try:
        data = marshal.loads(_cache_file(key).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    environment = _Environment()
    try:
        for name, code in data["codes"].items():
            if not isinstance(code, CodeType):
                return None
            namespace = _namespace(environment)
            exec(code, namespace)  # our own compile of our own template, from our cache
            environment.templates[name] = _Template(namespace["root"])
        root = environment.get_template("report.html")
        return "".join(root.root_render_func(_Context(dict(values))))
    except Exception:  # Unsupported, or generated code of another shape: Jinja renders it
        return None


def _namespace(environment: _Environment) -> dict[str, Any]:
    return {
        "environment": environment, "missing": missing, "escape": escape, "Markup": Markup,
        "Undefined": _undefined, "identity": lambda x: x, "internalcode": lambda f: f,
        "markup_join": _not_provided, "str_join": _not_provided, "LoopContext": _not_provided,
        "Macro": _not_provided, "Namespace": _not_provided, "TemplateReference": _not_provided,
        "TemplateNotFound": Unsupported, "TemplateRuntimeError": Unsupported,
    }
