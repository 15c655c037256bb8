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
    print(f"Always merging the two smallest sizes present gives the minimum total cost, {values[0]}." if en
          else f"항상 크기가 가장 작은 두 개를 먼저 합치면 되고, 이때 드는 최소 비용은 {values[0]}입니다.")
elif variant == "running_median":
    print(f"The medians after each number are {shown}." if en else f"수를 하나씩 말할 때마다의 중앙값은 {shown}입니다.")
