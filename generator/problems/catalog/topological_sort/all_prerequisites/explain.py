"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m, x = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
need = [int(t) for t in case["output"].split()[1:]]
direct = sorted(u for u, v in edges if v == x)
if not need:
    print(f"{x}번은 선행 항목이 없으므로 0입니다." if ko else f"{x} has no prerequisite, so the answer is 0.")
else:
    rest = [v for v in need if v not in direct]
    if ko:
        text = f"{x}번은 {', '.join(map(str, direct))}번을 직접 기다립니다."
        if rest:
            text += f" 이들을 하려면 다시 {', '.join(map(str, rest))}번이 먼저 끝나야 합니다."
        print(text + f" 그래서 모두 {len(need)}개입니다.")
    else:
        text = f"{x} waits directly for {', '.join(map(str, direct))}."
        if rest:
            text += f" Those in turn need {', '.join(map(str, rest))} first."
        print(text + f" That makes {len(need)} in total.")
