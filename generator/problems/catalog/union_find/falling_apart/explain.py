"""A sample's explanation from its executed answer: the first loss that changes nothing and the first that
splits a group."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, m, q = int(toks[0]), int(toks[1]), int(toks[2])
order = [int(x) for x in toks[3 + 2 * m: 3 + 2 * m + q]]
counts = [int(x) for x in case["output"].split()]
before = [None] + counts[:-1]
parts = []
same = next((j for j in range(1, q) if counts[j] == counts[j - 1]), None)
split = next((j for j in range(1, q) if counts[j] > counts[j - 1]), None)
if same is not None:
    parts.append(f"{order[same]}번 간선이 끊어져도 다른 길이 남아 있어 개수가 {counts[same]}개 그대로입니다." if ko else
                 f"Losing edge {order[same]} changes nothing: another way around remains, so there are still {counts[same]}.")
if split is not None:
    parts.append(f"{order[split]}번 간선이 끊어지면 무리가 나뉘어 {counts[split]}개가 됩니다." if ko else
                 f"Losing edge {order[split]} splits a group: {counts[split]} in all.")
parts.append(f"마지막에는 {counts[-1]}개입니다." if ko else f"At the end there are {counts[-1]}.")
print(" ".join(parts))
