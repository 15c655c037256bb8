"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
pairs = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
fixed = sum(1 for t, _, _ in pairs if t == 1)
out = case["output"].split()
if out[0] == "NO":
    print(f"고정된 쌍 {fixed}개만으로 이미 순환이 생겨, 자유로운 쌍을 어떻게 정해도 순서를 만들 수 없습니다." if ko else
          f"The {fixed} fixed pairs alone already form a cycle, so no choice for the free pairs can help: NO.")
else:
    chosen = [f"{out[1 + 2 * i]}→{out[2 + 2 * i]}" for i, (t, _, _) in enumerate(pairs) if t == 0]
    shown = ", ".join(chosen) if chosen else ("없음" if ko else "none")
    print(f"고정된 쌍만으로 만든 위상 순서에서 앞선 쪽을 먼저 하도록 자유로운 쌍을 정했습니다: {shown}. 모든 쌍이 그 순서를 따르므로 순환이 생기지 않습니다." if ko else
          f"The free pairs are directed from the one that comes earlier in a topological order of the fixed pairs: {shown}. Every pair then follows that one order, so no cycle appears.")
