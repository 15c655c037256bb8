"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
stuck = [int(t) for t in case["output"].split()[1:]]
if not stuck:
    print("순환이 없어서 모든 항목을 차례로 할 수 있으므로 0입니다." if ko else
          "Nothing waits for a cycle, so every item can be done in turn and the answer is 0.")
else:
    listed = ", ".join(map(str, stuck))
    print(f"{listed}번은 순환에 속하거나 순환 위의 항목을 기다리므로 선행 항목이 모두 끝나는 일이 없습니다. "
          f"나머지는 선행 항목이 모두 끝나는 순서대로 할 수 있습니다." if ko else
          f"{listed} lie on a cycle or wait for an item on one, so their prerequisites are never all done; every "
          f"other item can be done once its prerequisites are.")
