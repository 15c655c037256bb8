"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, size = case["language"] == "ko", case["texts"]["size"]
tokens = [int(t) for t in case["input"].split()]
h = tokens[1:1 + tokens[0]]
n = len(h)
far = [(i + 1, j + 1) for i in range(n) for j in range(i + 2, n) if max(h[i + 1:j]) <= min(h[i], h[j])]
total = n - 1 + len(far)
shown = ", ".join(f"({i}, {j})" for i, j in far[:12]) + (", ..." if len(far) > 12 else "")
if ko:
    extra = (f" 이웃하지 않은 쌍 중에는 {shown}의 {len(far)}쌍이 서로 볼 수 있습니다"
             f"(사이의 {size}이(가) 모두 두 {size} 중 작은 것 이하)."
             if far else f" 이웃하지 않은 쌍은 사이에 {size}이(가) 더 큰 쪽이 있어 서로 볼 수 없습니다.")
    print(f"이웃한 {n - 1}쌍은 항상 서로 볼 수 있습니다.{extra} 따라서 모두 {n - 1} + {len(far)} = {total}쌍입니다.")
else:
    extra = (f" Of the pairs further apart, {len(far)} can: {shown} (every {size} between is at most the smaller of the two)."
             if far else f" No pair further apart can: a larger {size} always stands between.")
    print(f"The {n - 1} {'pair' if n == 2 else 'pairs'} of neighbours always see each other.{extra} "
          f"In total {n - 1} + {len(far)} = {total}.")
