"""A sample's explanation: the occurrences, computed from the sample."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
piece = texts.get("piece", "찾는 문자열" if ko else "pattern")
t, p = case["input"].split()
found = [i + 1 for i in range(len(t) - len(p) + 1) if t[i:i + len(p)] == p]
spans = ", ".join(f"{i}..{i + len(p) - 1}" for i in found)
if ko:
    # no particle right after the pattern (`lnl`는 reads 엘 → 은)
    print(f"{piece} `{p}`의 등장 위치는 {spans} 구간이므로 {len(found)}번 나타납니다." if found
          else f"{piece} `{p}`의 등장 위치가 하나도 없으므로 답은 0입니다.")
else:
    print(f"The {piece} `{p}` occupies positions {spans}: {len(found)} occurrences." if found else
          f"The {piece} `{p}` never occurs, so the answer is 0.")
