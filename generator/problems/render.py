"""Readable Markdown for a problem's public view (used by the CLI, the demo client and exports)."""
from __future__ import annotations

from typing import Any

HEADINGS = {
    "en": {"input": "Input", "output": "Output", "constraints": "Constraints", "notes": "Notes",
           "sample": "Sample", "limits": "Time limit {t} ms · Memory limit {m} MB", "why": "Explanation"},
    "ko": {"input": "입력", "output": "출력", "constraints": "제한", "notes": "참고",
           "sample": "예제", "limits": "시간 제한 {t} ms · 메모리 제한 {m} MB", "why": "설명"},
}


def to_markdown(problem: dict[str, Any]) -> str:
    h = HEADINGS.get(problem.get("language", "en"), HEADINGS["en"])
    st = problem["statement"]
    limits = problem["limits"]
    lines = [
        f"# {problem['title']}",
        "",
        f"*{problem['difficulty']} · {', '.join(problem['tags'])} · "
        + h["limits"].format(t=limits["time_ms"], m=limits["memory_mb"]) + "*",
        "",
        st["legend"],
        "",
        f"## {h['input']}",
        "",
        st["input_format"],
        "",
        f"## {h['output']}",
        "",
        st["output_format"],
        "",
        f"## {h['constraints']}",
        "",
        st["constraints_text"],
    ]
    if st.get("notes"):
        lines += ["", f"## {h['notes']}", "", st["notes"]]
    for number, sample in enumerate(problem["samples"], 1):
        lines += ["", f"## {h['sample']} {number}", "", "```", sample["input"].rstrip("\n"), "```",
                  "", "```", sample["output"].rstrip("\n"), "```"]
        if sample.get("explanation"):
            lines += ["", f"{h['why']}: {sample['explanation']}"]
    v = problem.get("verification") or {}
    if v:
        lines += ["", f"<sub>verified: {v['validator_checked_tests']} inputs validated, "
                      f"{v['brute_agreements_small'] + v['brute_agreements_stress']} brute-force agreements, "
                      f"{_count(v['wrong_solutions_rejected'])} known-wrong solutions rejected; "
                      f"signature {v['signature'][:12]}</sub>"]
    return "\n".join(lines) + "\n"


def _count(value: Any) -> int:
    """The public view carries a count; a full artifact the list of names (never printed: a spoiler)."""
    return value if isinstance(value, int) else len(value)
