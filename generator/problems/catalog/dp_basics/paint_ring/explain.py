"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A witness, not the method: one cheapest colouring, item by item, with its costs; and, when a colouring of the row
that ignores the ring's closing pair is cheaper, that colouring and the pair it breaks."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
cost = [data[1 + 3 * i:4 + 3 * i] for i in range(n)]
answer = case["output"].strip()
INF = float("inf")
names = ["빨강", "초록", "파랑"] if ko else ["red", "green", "blue"]
item = case["texts"]["item"]  # the story's noun: house, bead, ...
items = case["texts"].get("items", item + "s")


def cheapest(ring):
    """one cheapest colouring (colours 0-2 per item): neighbours differ, and item n differs from item 1 if ring"""
    best_total, best_colours = INF, None
    for first in range(3):
        best = [INF] * 3
        best[first] = cost[0][first]
        back = []
        for r, g, b in cost[1:]:
            prev = [min((c for c in range(3) if c != k), key=lambda c: best[c]) for k in range(3)]
            back.append(prev)
            best = [r + best[prev[0]], g + best[prev[1]], b + best[prev[2]]]
        for last in range(3):
            if (ring and last == first) or best[last] >= best_total:
                continue
            colours = [last]
            for prev in reversed(back):
                colours.append(prev[colours[-1]])
            best_total, best_colours = best[last], colours[::-1]
    return best_total, best_colours


def shown(colours):
    return ", ".join(names[c] for c in colours)


total, colours = cheapest(True)
terms = " + ".join(str(cost[i][c]) for i, c in enumerate(colours))
if ko:
    text = (f"1번부터 {n}번 {item}까지 차례로 {shown(colours)}으로 칠하면 이웃한 두 {item}의 색이 모두 다르고 "
            f"비용은 {terms} = {answer}입니다. 이보다 싸게 칠하는 방법은 없습니다.")
else:
    text = (f"Painting {items} 1 to {n} {shown(colours)}, in that order, gives every two neighbours different "
            f"colours for {terms} = {answer}; no colouring costs less.")
row_total, row_colours = cheapest(False)
if row_total < int(answer):
    if ko:
        text += (f" {n}번과 1번이 이웃한다는 것을 잊으면 {shown(row_colours)}의 {row_total}이(가) 더 싸 보이지만, 그때는 "
                 f"{n}번 {item}과(와) 1번 {item}이(가) 모두 {names[row_colours[0]]}입니다.")
    else:
        text += (f" Forgetting that {item} {n} and {item} 1 are neighbours, {shown(row_colours)} would cost only "
                 f"{row_total}, but then both are {names[row_colours[0]]}.")
print(text)
