"""A sample's explanation: for each question, where the equal values sit in the list (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, q = data[0], data[1]
a, xs = data[2:2 + n], data[2 + n:2 + n + q]
parts = []
for x in xs:
    where = [i + 1 for i in range(n) if a[i] == x]
    if not where:
        parts.append(f"X = {x}: " + ("목록에 없으므로 0" if ko else "not in the list, so 0"))
    elif len(where) == 1:
        parts.append(f"X = {x}: " + (f"위치 {where[0]}에만 있으므로 1" if ko else f"only at position {where[0]}, so 1"))
    else:
        parts.append(f"X = {x}: " + (f"위치 {where[0]}부터 {where[-1]}까지이므로 {len(where)}" if ko else
                                     f"positions {where[0]} to {where[-1]}, so {len(where)}"))
print("; ".join(parts) + ".")
