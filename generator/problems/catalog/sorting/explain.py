"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
toks, res = case["input"].split(), case["output"].split()
if variant == "sort_numbers":
    print(f"작은 수부터 차례로 놓으면 {', '.join(res)}입니다." if ko else f"From smallest to largest: {', '.join(res)}.")
elif variant == "multi_key":
    keys = {toks[1 + 3 * i]: (toks[2 + 3 * i], toks[3 + 3 * i]) for i in range(int(toks[0]))}
    order = " → ".join(f"{name} ({keys[name][0]}, {keys[name][1]})" for name in res)
    print(f"이름 뒤에 ($A_i$, $B_i$)를 붙여 적으면 정렬한 순서는 {order}입니다." if ko
          else f"The order, with ($A_i$, $B_i$) after each name: {order}.")
elif variant == "compress":
    n = int(toks[0])
    distinct = sorted(set(map(int, toks[1:1 + n])))
    pairs = ", ".join(f"{v}→{r}" for v, r in zip(toks[1:1 + n], res))
    print(f"서로 다른 값은 작은 순서대로 {', '.join(map(str, distinct))}이므로 {pairs}입니다." if ko
          else f"The distinct values in order are {', '.join(map(str, distinct))}, so {pairs}.")
elif variant == "inversions":
    n = int(toks[0])
    a = list(map(int, toks[1:1 + n]))
    pairs = [f"({a[i]}, {a[j]})" for i in range(n) for j in range(i + 1, n) if a[i] > a[j]]
    shown = ", ".join(pairs[:8]) + (", ..." if len(pairs) > 8 else "")
    if ko:
        print(f"순서가 뒤바뀐 쌍은 {res[0]}개입니다" + (f": {shown}." if pairs else "."))
    else:
        print(f"There are {res[0]} pairs out of order" + (f": {shown}." if pairs else "."))
