"""scripts/carry_label_edits.py moves a ledger entry over an edit of constraint labels alone: the parts that decide
what counts as "labels alone" and "every label still fills"."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

from generator.problems.catalog import package_by_id

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "carry_label_edits.py"
_spec = importlib.util.spec_from_file_location("carry_label_edits", _SCRIPT)
carry = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(carry)

TASK = '''id = "t.x"
[params]
maxn = 10
[[constraints]]
symbol = "N"
low = 1
high = "maxn"
meaning = { en = "{nodes}", ko = "{node}의 수" }
[[tests]]
category = "max"
args = ["max"]
'''


def test_a_label_edit_alone_qualifies_and_comments_do_not_count() -> None:
    relabelled = TASK.replace('en = "{nodes}"', 'en = "number of {nodes}"')
    assert carry.labels_alone_differ(TASK, relabelled)
    assert carry.labels_alone_differ(TASK, "# a comment\n" + relabelled)


def test_a_bound_a_test_or_a_param_edit_does_not() -> None:
    assert not carry.labels_alone_differ(TASK, TASK.replace("low = 1", "low = 2"))
    assert not carry.labels_alone_differ(TASK, TASK.replace('args = ["max"]', 'args = ["max", "kind=path"]'))
    assert not carry.labels_alone_differ(TASK, TASK.replace("maxn = 10", "maxn = 11"))
    assert not carry.labels_alone_differ(TASK, TASK.replace('symbol = "N"', 'symbol = "M"'))


def test_labels_must_fill_under_every_theme() -> None:
    package = package_by_id("components.reach_from_one")
    assert carry.labels_fill(package) is None
    broken = [c.model_copy(update={"meaning": {"en": "number of {towns}", "ko": "마을의 수"}})
              for c in package.spec.constraints]
    stub = SimpleNamespace(spec=package.spec.model_copy(update={"constraints": broken}), themes=package.themes)
    assert "towns" in carry.labels_fill(stub)
