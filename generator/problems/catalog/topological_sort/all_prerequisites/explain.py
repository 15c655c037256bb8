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
texts = case.get("texts") or {}
item = texts.get("item", "항목" if ko else "item")
items = texts.get("items", item + "s")


def few(nums):
    return (item if len(nums) == 1 else items) + " " + ", ".join(map(str, nums))


if not need:
    print(f"{x}번 {item}은(는) 먼저 해야 하는 것이 없으므로 0입니다." if ko else
          f"{item.capitalize()} {x} has no prerequisite, so the answer is 0.")
else:
    rest = [v for v in need if v not in direct]
    if ko:
        text = f"{x}번 {item}은(는) {', '.join(map(str, direct))}번 {item}을(를) 직접 기다립니다."
        if rest:
            text += f" 이들을 거쳐 {', '.join(map(str, rest))}번도 먼저 끝나야 합니다."
        print(text + f" 그래서 모두 {len(need)}개입니다.")
    else:
        text = f"{item.capitalize()} {x} directly waits for {few(direct)}."
        if rest:
            text += f" Through them, {few(rest)} must also come first."
        print(text + f" That makes {len(need)} in total.")
