#!/usr/bin/env python3
"""Checks the include graph of app/ and ui/ against the layers of docs/architecture.md.

Every quoted include (relative ones too) is resolved to the file it names; an include from one
layer into another must follow an allowed edge. Qt headers (<QFoo>) must come from the Qt
modules the layer may use. The DEPENDS of each layer's CMakeLists.txt must match the table.
The build already refuses most wrong-way includes (app/CMakeLists.txt); this test also catches
relative paths ("../engine/case.h") and a DEPENDS widened to make one compile.

    tests/style/layers.py SOURCE_DIR [QT_INCLUDE_DIR]
"""
import os
import re
import sys

# layer -> the layers it may include (directly; the table is the architecture, not a closure).
ALLOWED = {
    "io": set(),
    "eventlog": {"io"},
    "probes": {"io"},
    "engine": {"io"},
    "checks": {"engine", "probes", "eventlog", "io"},
    "report": {"engine", "io"},
    "cli": {"report", "checks", "engine", "probes", "eventlog", "io"},
    "ui": {"report", "engine", "eventlog", "io"},
    "main": {"ui", "cli", "report", "checks", "engine", "probes", "eventlog", "io"},
}
# The DEPENDS each layer declares in app/<layer>/CMakeLists.txt (the rest arrives transitively).
DEPENDS = {
    "io": set(),
    "eventlog": {"io"},
    "probes": {"io"},
    "engine": {"io"},
    "checks": {"engine", "probes", "eventlog"},
    "report": {"engine"},
    "cli": {"report", "checks"},
}
QT_MODULES = {
    "io": {"QtCore"},
    "eventlog": {"QtCore"},
    "probes": {"QtCore", "QtNetwork"},
    "engine": {"QtCore", "QtNetwork", "QtConcurrent"},
    "checks": {"QtCore", "QtNetwork"},
    "report": {"QtCore", "QtGui"},
    "cli": {"QtCore", "QtNetwork", "QtGui"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def layer_of(rel):
    parts = rel.split(os.sep)
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "app":
        return "main" if len(parts) == 2 else parts[1]
    return None


def resolve(src_dir, including, target):
    """The file a quoted include names: next to the includer, else under a layer root."""
    here = os.path.normpath(os.path.join(os.path.dirname(including), target))
    if os.path.isfile(os.path.join(src_dir, here)):
        return here
    for root in ("app", "ui"):
        candidate = os.path.normpath(os.path.join(root, target))
        if os.path.isfile(os.path.join(src_dir, candidate)):
            return candidate
    return None


def qt_module(qt_dir, header):
    if not qt_dir or not header.startswith("Q"):
        return None
    if "/" in header:
        return header.split("/")[0]
    for module in sorted(os.listdir(qt_dir)):
        if os.path.isfile(os.path.join(qt_dir, module, header)):
            return module
    return None


def sources(src_dir):
    for root in ("app", "ui"):
        for dirpath, _, files in os.walk(os.path.join(src_dir, root)):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    yield os.path.relpath(os.path.join(dirpath, name), src_dir)


def check_includes(src_dir, qt_dir, problems):
    edges = 0
    for rel in sources(src_dir):
        layer = layer_of(rel)
        with open(os.path.join(src_dir, rel), encoding="utf-8") as f:
            text = f.read()
        for match in INCLUDE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            kind, target = match.groups()
            if kind == "<":
                module = qt_module(qt_dir, target)
                allowed = QT_MODULES.get(layer)
                if module and allowed is not None and module not in allowed:
                    problems.append(f"{rel}:{line}: {layer} uses {module} (<{target}>); "
                                    f"allowed: {', '.join(sorted(allowed))}")
                continue
            found = resolve(src_dir, rel, target)
            if found is None:
                problems.append(f'{rel}:{line}: "{target}" names no file in app/ or ui/')
                continue
            to = layer_of(found)
            if to == layer:
                continue
            edges += 1
            if to not in ALLOWED[layer]:
                problems.append(f'{rel}:{line}: {layer} -> {to} ("{target}") is not an '
                                f"allowed edge; {layer} may include: "
                                f"{', '.join(sorted(ALLOWED[layer])) or 'nothing'}")
    return edges


def check_cmake(src_dir, problems):
    for layer, expected in DEPENDS.items():
        path = os.path.join(src_dir, "app", layer, "CMakeLists.txt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        call = re.search(r"gpsi_add_layer\(\s*" + layer + r"\b(.*?)\)\s*$", text, re.S | re.M)
        if not call:
            problems.append(f"app/{layer}/CMakeLists.txt: no gpsi_add_layer({layer} ...)")
            continue
        deps = re.search(r"DEPENDS\s+([^\n]*)", call.group(1))
        declared = set(deps.group(1).split()) if deps else set()
        if declared != expected:
            problems.append(f"app/{layer}/CMakeLists.txt: DEPENDS {' '.join(sorted(declared))} "
                            f"differs from the architecture ({' '.join(sorted(expected))})")


def main():
    src_dir = sys.argv[1]
    qt_dir = sys.argv[2] if len(sys.argv) > 2 and os.path.isdir(sys.argv[2]) else None
    problems = []
    edges = check_includes(src_dir, qt_dir, problems)
    check_cmake(src_dir, problems)
    if problems:
        print("Includes that break the layers (docs/architecture.md):")
        print("\n".join(problems))
        return 1
    print(f"layers: {edges} includes across layers, all along allowed edges"
          + ("" if qt_dir else " (Qt modules not checked: no Qt include folder given)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
