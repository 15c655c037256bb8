"""The catalog sweep's timing half: each changed package (and a rotating sample of unchanged ones, see
tests/unit/test_catalog.py) through the whole gate, the Kattis export and problemtools' verifyproblem.

The gate calibrates a time limit from the reference's CPU time, and verifyproblem checks the limit against its own
run's. On two vCPUs one run's CPU time swelled 1.6-1.9x while other work shared the machine
(binomial.factorial_queries: 1.04 s in verifyproblem, twice, beside 0.55-0.75 s alone), so `make test` runs this
directory on its own, in one process, after the rest of the suite."""
from __future__ import annotations

import pytest

from tests.unit.test_catalog import PACKAGES, ROOT, VERIFY


@pytest.mark.parametrize("package", [p for p in PACKAGES if p.id in VERIFY], ids=lambda p: p.id)
def test_package_passes_gate_and_verifyproblem(package) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from check_package import check

    result = check(package.id)
    assert result["errors"] == 0, result["output"][-4000:]
    assert "0 errors" in result["verifyproblem"]
    for name, verdict in result["known_solutions"].items():
        expected = "time_limit_exceeded" if name.startswith("tl_") else "wrong_answer"
        assert verdict == expected, f"{name} got {verdict}"
