"""The registry finds the built-in Python rules in the package itself (one rule per module,
named after the rule), so they load without the package being installed; a built-in module
that fails to import is an error naming it, and a plugin that fails to load is named too."""

from __future__ import annotations

import os
import site
import subprocess
import sys
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

import etiquette_lint
from etiquette_lint import registry
from etiquette_lint.errors import EtiquetteLintError
from etiquette_lint.packs import builtin_rules_dir
from etiquette_lint.registry import (RuleModuleError, builtin_rule_classes, builtin_rule_modules, load_rules,
                                     rule_source)

SRC = Path(etiquette_lint.__file__).resolve().parent.parent


def _codes(ruleset) -> list[str]:
    return [r.code for r in ruleset.rules]


def test_builtin_rules_load_without_entry_points(monkeypatch):
    installed = load_rules()
    monkeypatch.setattr(registry, "entry_points", lambda **kw: [])
    bare = load_rules()
    assert bare.problems == []
    assert _codes(bare) == _codes(installed)
    python_rules = [r for r in bare.rules if r.origin == "built-in"]
    assert len(python_rules) == len(builtin_rule_modules())


def test_every_builtin_module_holds_one_rule_named_after_it():
    for name in builtin_rule_modules():
        module = sys.modules[name] if name in sys.modules else __import__(name, fromlist=["RULES"])
        rules = list(module.RULES)
        assert len(rules) == 1, f"{name} holds {len(rules)} rules: one rule, one module"
        assert name.rsplit(".", 1)[1] == rules[0].name.replace("-", "_"), (name, rules[0].name)


def _site_without_this_package(tmp_path: Path) -> Path:
    """A folder with everything installed next to etiquette-lint except etiquette-lint itself."""
    deps = tmp_path / "deps"
    deps.mkdir()
    for folder in {Path(p) for p in site.getsitepackages() if Path(p).is_dir()}:
        for entry in folder.iterdir():
            low = entry.name.lower()
            if low.startswith(("etiquette_lint", "etiquette-lint", "_editable_impl_etiquette", "__editable__")) \
                    or entry.suffix == ".pth" or (deps / entry.name).exists():
                continue
            (deps / entry.name).symlink_to(entry)
    return deps


def test_source_tree_lists_every_rule_without_install(tmp_path):
    try:
        deps = _site_without_this_package(tmp_path)
    except OSError as exc:  # pragma: no cover - no symlinks on this system
        pytest.skip(f"cannot build a site without the package: {exc}")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(deps)])}
    probe = subprocess.run([sys.executable, "-S", "-c",
                            "import importlib.metadata as m, etiquette_lint; "
                            "print(etiquette_lint.__file__); print(len(list(m.entry_points(group='etiquette_lint.rules'))))"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    if probe.returncode != 0:  # pragma: no cover - a dependency needs its .pth file
        pytest.skip(f"the dependencies do not import without site: {probe.stderr.strip()[-200:]}")
    where, entry_count = probe.stdout.split()
    assert Path(where).resolve().parent.parent == SRC and entry_count == "0"  # really not installed
    res = subprocess.run([sys.executable, "-S", "-m", "etiquette_lint", "rules"], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=120)
    assert res.returncode == 0, res.stderr
    listed = [line.split()[0] for line in res.stdout.splitlines() if line.strip()]
    assert listed == _codes(load_rules())
    assert "warning" not in res.stderr


def _fake_package(tmp_path: Path, monkeypatch, name: str, files: dict[str, str]) -> str:
    pkg = tmp_path / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for file, text in files.items():
        (pkg / file).write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


GOOD_RULE = '''
from etiquette_lint.rule import Rule

class Good(Rule):
    code, name, category = "EL997", "good-probe", "generic"
    guidance = ("G2",)
    summary = why = "A rule for the registry tests."

    def check(self, ctx):
        pass

RULES = [Good]
'''


def test_broken_builtin_module_is_an_error_naming_it(tmp_path, monkeypatch):
    package = _fake_package(tmp_path, monkeypatch, "fake_builtin", {
        "good_probe.py": GOOD_RULE,
        "_shared.py": "HELPER = 1\n",  # shared helpers: no RULES, not a rule module
        "broken_probe.py": "raise ImportError('cannot import a missing helper')\n",
    })
    assert builtin_rule_modules(package) == ["fake_builtin.broken_probe", "fake_builtin.good_probe"]
    with pytest.raises(RuleModuleError) as err:
        builtin_rule_classes(package)
    message = str(err.value)
    assert "fake_builtin.broken_probe" in message and "fake_builtin/broken_probe.py" in message
    assert "ImportError: cannot import a missing helper" in message
    assert isinstance(err.value, EtiquetteLintError)  # the CLI prints it in one line and exits 2


def test_builtin_module_without_rules_is_an_error(tmp_path, monkeypatch):
    package = _fake_package(tmp_path, monkeypatch, "fake_builtin_no_rules", {"forgot_rules.py": "X = 1\n"})
    with pytest.raises(RuleModuleError, match=r"fake_builtin_no_rules\.forgot_rules .* defines no RULES"):
        builtin_rule_classes(package)


def test_a_real_rule_module_failing_to_import_stops_the_linter(monkeypatch, capsys):
    from etiquette_lint.cli import main

    monkeypatch.setitem(sys.modules, "etiquette_lint.builtin.wrong_role", None)  # import fails
    with pytest.raises(RuleModuleError, match=r"etiquette_lint\.builtin\.wrong_role \(etiquette_lint/builtin/"
                                              r"wrong_role\.py\) failed to import"):
        load_rules()
    assert main(["rules"]) == 2
    err = capsys.readouterr().err
    assert "error: built-in rule module etiquette_lint.builtin.wrong_role" in err and "Traceback" not in err


def test_plugin_failing_to_load_is_named_and_skipped(monkeypatch):
    broken = EntryPoint(name="acme", value="acme_etiquette_not_installed:RULES", group=registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry, "entry_points", lambda **kw: [broken])
    ruleset = load_rules()
    assert any(p.startswith("plugin acme (acme_etiquette_not_installed:RULES) failed to load and was skipped: "
                            "ModuleNotFoundError") for p in ruleset.problems), ruleset.problems
    assert _codes(ruleset) == _codes(load_rules(plugins=False))


def test_core_entry_point_is_not_loaded_twice(monkeypatch):
    core = EntryPoint(name="core", value="etiquette_lint.builtin:RULES", group=registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry, "entry_points", lambda **kw: [core])
    ruleset = load_rules()
    assert ruleset.problems == []
    assert len(_codes(ruleset)) == len(set(_codes(ruleset)))


def test_rule_command_names_the_file_that_defines_the_rule(run_cli):
    rules = load_rules().by_code()
    assert rule_source(rules["EL903"]) == "etiquette_lint/builtin/wrong_role.py"
    assert rule_source(rules["EL201"]) == "rules/greeting/generic-salutation.yml"
    for rule in rules.values():
        source = rule_source(rule)
        if source.startswith("rules/"):
            assert (builtin_rules_dir() / source.split("/", 1)[1]).is_file(), (rule.code, source)
        else:
            assert (SRC / source).is_file(), (rule.code, source)
    res = run_cli("rule", "EL903")
    assert res.returncode == 0 and "Source: etiquette_lint/builtin/wrong_role.py" in res.stdout
