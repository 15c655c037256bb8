"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
variant, en = case["params"]["variant"], case["language"] == "en"
values = case["output"].split()
shown = ", ".join(values[:6]) + (", ..." if len(values) > 6 else "")
if variant in ("min_heap", "abs_heap"):
    # the first removals, each with the box's contents (in the order they were put in) and the one taken out
    ops = list(map(int, case["input"].split()[1:]))
    key = (lambda v: (abs(v), v)) if variant == "abs_heap" else (lambda v: v)
    box, steps, removals, late_empty = [], [], 0, 0
    for number, x in enumerate(ops, 1):
        if x:
            box.append(x)
            continue
        removals += 1
        if removals > 3:
            late_empty += not box
            if box:
                box.remove(min(box, key=key))
            continue
        if not box:
            steps.append(f"Removal {removals} (operation {number}): the box is empty, so 0 is printed." if en else
                         f"{removals}번째 꺼내기({number}번 연산): 상자가 비어 있으므로 0을 출력합니다.")
            continue
        out = min(box, key=key)
        held = ", ".join(map(str, box[:8])) + (f" and {len(box) - 8} more" if en else f" 외 {len(box) - 8}개") \
            if len(box) > 8 else ", ".join(map(str, box))
        assert str(out) == values[removals - 1], (out, values)
        if variant == "abs_heap":
            rule = "the one with the smallest absolute value" if en else "절댓값이 가장 작은"
            if sum(abs(v) == abs(out) for v in box) > 1:
                rule = ("the one with the smallest absolute value, the smaller on a tie" if en
                        else "절댓값이 가장 작은 것 중 더 작은")
        else:
            rule = "the smallest" if en else "가장 작은"
        steps.append(f"Removal {removals} (operation {number}): the box holds {held}; {rule}, {out}, comes out." if en
                     else f"{removals}번째 꺼내기({number}번 연산): 상자에 {held}이(가) 있고, {rule} {out}을(를) "
                          f"꺼냅니다.")
        box.remove(out)
    if removals > 3:
        steps.append("The other removals work the same way" + (f"; in {late_empty} of them the box is empty and 0 is printed."
                                                               if late_empty else ".") if en else
                     "나머지 꺼내기도 같은 방법으로 구합니다." + (f" 그중 {late_empty}회는 상자가 비어 있어서 0을 출력합니다."
                                                                 if late_empty else ""))
    print(" ".join(steps))
elif variant == "merge_cost":
    given = list(map(int, case["input"].split()[1:]))
    sizes = sorted(given)
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
            # One best order of merges and what it costs, not the rule that finds it (saying "the two smallest each
            # time" gave the whole solution away); merging left to right in the given order shows the order matters.
            running, naive = given[0], 0
            for size in given[1:]:
                running += size
                naive += running
            worse = (f" Merging them left to right in the given order would cost {naive}." if en else
                     f" 주어진 순서대로 왼쪽부터 합치면 비용은 {naive}입니다.") if naive > total else ""
            print(f"One best order of merges: {steps}. The costs add up to {costs} = {total}, and no order costs "
                  f"less.{worse}" if en
                  else f"가장 좋은 순서 중 하나는 {steps}이고, 비용의 합은 {costs} = {total}이며 이보다 적게 드는 순서는 "
                       f"없습니다.{worse}")
elif variant == "running_median":
    # The numbers called so far, sorted, and the one taken as the median: the first three calls (the second shows
    # the smaller middle number of an even count) and the last call.
    called = list(map(int, case["input"].split()[1:]))

    def step(k):
        ranked = sorted(called[:k])
        median = ranked[(k + 1) // 2 - 1]
        assert str(median) == values[k - 1], (k, median, values)
        return "[" + ", ".join(map(str, ranked)) + "] → " + str(median)

    def ordinal(k):
        return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"

    first = [step(k) for k in range(1, min(3, len(called)) + 1)]
    if len(first) >= 2:
        first[1] += (" (an even count: the smaller of the two middle numbers)" if en
                     else "(개수가 짝수이므로 가운데 두 수 중 작은 수)")
    n, middle = len(called), (len(called) + 1) // 2
    if n > 3:
        last = (f"after all {n} calls, {step(n)}, the {ordinal(middle)} smallest" if en
                else f"{n}개를 모두 부른 뒤에는 {step(n)}({middle}번째로 작은 수)")
        first.append(("…; " if en else "…, ") + last if n > 4 else last)
    print(("The numbers called so far, sorted, and the median after each call: " + "; ".join(first) + ".") if en
          else ("부를 때마다 지금까지 부른 수를 정렬하고 중앙값을 고르면 다음과 같습니다: " + ", ".join(first) + "."))
