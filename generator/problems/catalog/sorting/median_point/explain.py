"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
xs = tokens[1:1 + tokens[0]]


def cost(p):
    return sum(abs(x - p) for x in xs)


best = min(sorted(xs), key=cost)  # the cost is smallest at some given position; the first such is the smallest p
terms = " + ".join(str(abs(x - best)) for x in xs)
left, right = cost(best - 1), cost(best + 1)
if ko:
    tail = (f" p = {best - 1}이면 {left}, p = {best + 1}이면 {right}" + ("(같은 비용이지만 p가 더 큽니다)" if right == cost(best) else "")
            + "이고, 더 멀어질수록 비용은 줄지 않습니다.")
    print(f"p = {best}일 때 비용은 {terms} = {cost(best)}입니다.{tail} 따라서 답은 {best} {cost(best)}입니다.")
else:
    tail = (f" p = {best - 1} costs {left} and p = {best + 1} costs {right}"
            + (" (as much, but a larger p)" if right == cost(best) else "")
            + "; moving further away never costs less.")
    print(f"At p = {best} the cost is {terms} = {cost(best)}.{tail} So the answer is {best} {cost(best)}.")
