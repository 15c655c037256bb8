"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
k = int(data[2 + 2 * m])
done = {int(t) for t in data[3 + 2 * m:3 + 2 * m + k]}
ready = [int(t) for t in case["output"].split()[1:]]
parts = []
for v in range(1, n + 1):
    if v in done:
        continue
    need = sorted(u for u, w in edges if w == v)
    missing = [u for u in need if u not in done]
    if ko:
        if not need:
            parts.append(f"{v}번은 선행 항목이 없어 시작할 수 있습니다.")
        elif not missing:
            parts.append(f"{v}번은 선행 항목 {', '.join(map(str, need))}번이 모두 끝나 시작할 수 있습니다.")
        else:
            parts.append(f"{v}번은 {', '.join(map(str, missing))}번이 아직 끝나지 않아 기다려야 합니다.")
    else:
        if not need:
            parts.append(f"{v} has no prerequisite, so it can start.")
        elif not missing:
            parts.append(f"{v} can start: its prerequisites {', '.join(map(str, need))} are finished.")
        else:
            parts.append(f"{v} must wait for {', '.join(map(str, missing))}.")
print(" ".join(parts) if parts else ("모두 끝났으므로 0입니다." if ko else "Everything is finished, so the answer is 0."))
