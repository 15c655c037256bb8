"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON. Names the pairs
the greedy ties."""
import json
import sys


case = json.load(sys.stdin)
data = case["input"].split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
answer = case["output"].split()[0]
big = sorted((x for x in a if x > 1), reverse=True)
low = sorted(x for x in a if x <= 0)
pairs, alone = [], [x for x in a if x == 1]
for group in (big, low):
    i = 0
    while i + 1 < len(group):
        pairs.append((group[i], group[i + 1]))
        i += 2
    alone += group[i:]
def shown(x):
    return f"({x})" if x < 0 else str(x)


shown_pairs = ", ".join(f"{shown(x)}×{shown(y)}" for x, y in pairs)
shown_alone = ", ".join(shown(x) for x in sorted(alone, reverse=True))
if case["language"] == "ko":
    parts = [f"{shown_pairs}(으)로 묶고" if pairs else "아무것도 묶지 않고"]
    parts.append(f"{shown_alone}은(는) 그대로 더하면" if alone else "모두 묶으면")
    print(" ".join(parts) + f" 점수가 {answer}(으)로 가장 큽니다.")
else:
    parts = [f"Tying {shown_pairs}" if pairs else "Tying nothing"]
    parts.append(f"and adding {shown_alone} as they are" if alone else "and leaving nothing untied")
    print(" ".join(parts) + f" gives {answer}, the largest score.")
