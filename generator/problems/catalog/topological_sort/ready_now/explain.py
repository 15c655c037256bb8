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
texts = case.get("texts") or {}
item = texts.get("item", "항목" if ko else "item")
items = texts.get("items", item + "s")


def few(nums):
    return (item if len(nums) == 1 else items) + " " + ", ".join(map(str, nums))


parts = []
for v in range(1, n + 1):
    if v in done:
        continue
    need = sorted(u for u, w in edges if w == v)
    missing = [u for u in need if u not in done]
    head = f"{v}번 {item}은(는)"
    if ko:
        if not need:
            parts.append(f"{head} 먼저 끝나야 하는 {item}이(가) 없어 시작할 수 있습니다.")
        elif not missing:
            parts.append(f"{head} 먼저 끝나야 하는 {', '.join(map(str, need))}번이 {'모두 ' if len(need) > 1 else ''}끝나 시작할 수 있습니다.")
        else:
            parts.append(f"{head} {', '.join(map(str, missing))}번이 아직 끝나지 않아 기다려야 합니다.")
    else:
        if not need:
            parts.append(f"{item.capitalize()} {v} has no prerequisite, so it can start.")
        elif not missing:
            verb = "is" if len(need) == 1 else "are all"
            parts.append(f"{item.capitalize()} {v} can start: its prerequisite{'s' if len(need) > 1 else ''} "
                         f"{', '.join(map(str, need))} {verb} finished.")
        else:
            parts.append(f"{item.capitalize()} {v} must wait for {few(missing)}.")
print(" ".join(parts) if parts else ("모두 끝났으므로 0입니다." if ko else "Everything is finished, so the answer is 0."))
