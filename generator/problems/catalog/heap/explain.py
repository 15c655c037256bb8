"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, en = case["params"]["variant"], case["language"] == "en"
values = case["output"].split()
shown = ", ".join(values[:6]) + (", ..." if len(values) > 6 else "")
if variant in ("min_heap", "abs_heap"):
    empty = values.count("0")
    if en:
        tail = f"; {empty} of them found the box empty and printed 0." if empty else "."
        print(f"The removals print {shown}{tail}")
    else:
        tail = f" 그중 {empty}개는 상자가 비어 있어서 0을 출력한 것입니다." if empty else ""
        print(f"꺼낸 값을 차례로 출력하면 {shown}입니다.{tail}")
elif variant == "merge_cost":
    sizes = sorted(map(int, case["input"].split()[1:]))
    merges = []  # the two smallest each time, as "a + b = c" (the samples are small)
    while len(sizes) > 1:
        a, b = sizes.pop(0), sizes.pop(0)
        merges.append((a, b))
        sizes = sorted(sizes + [a + b])
    if not merges:
        print("There is only one, so nothing is merged and the cost is 0." if en
              else "하나뿐이므로 합칠 필요가 없고 비용은 0입니다.")
    else:
        steps = ", ".join(f"{a} + {b} = {a + b}" for a, b in merges[:6]) + (", ..." if len(merges) > 6 else "")
        costs = " + ".join(str(a + b) for a, b in merges) if len(merges) <= 6 else "..."
        total = sum(a + b for a, b in merges)
        assert str(total) == values[0], (total, values)
        if len(merges) == 1:
            print(f"The one merge is {steps}, so the cost is {total}." if en
                  else f"한 번 합치는 비용은 {steps}입니다.")
        else:
            print(f"Merging the two smallest each time: {steps}. The costs add up to {costs} = {total}." if en
                  else f"매번 가장 작은 두 개를 합치면 {steps}이고, 비용의 합은 {costs} = {total}입니다.")
elif variant == "running_median":
    print(f"The medians after each number are {shown}." if en else f"수를 하나씩 말할 때마다의 중앙값은 {shown}입니다.")
