"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
n, goal, start = tokens[:3]
stops = sorted(zip(tokens[3:3 + 2 * n:2], tokens[4:4 + 2 * n:2]))
# reach[j]: the farthest position reachable with exactly j stops (fuel is position: the trip starts at 0).
reach = [start] + [-1] * n
for x, f in stops:
    for j in range(n - 1, -1, -1):
        if reach[j] >= x:
            reach[j + 1] = max(reach[j + 1], reach[j] + f)
answer = next((j for j in range(n + 1) if reach[j] >= goal), -1)
# One choice of `answer` stops that works: whenever the fuel would run out, the best stop passed so far.
chosen, seen, fuel, i = [], [], start, 0
while answer > 0 and fuel < goal:
    while i < n and stops[i][0] <= fuel:
        seen.append(stops[i])
        i += 1
    best = max(seen, key=lambda s: s[1])
    seen.remove(best)
    chosen.append(best)
    fuel += best[1]
chosen.sort()
best_all = max(reach)
if ko:
    stop, fuel_word = texts["stop"], texts["fuel"]
    if answer == -1:
        print(f"어떻게 들러도 갈 수 있는 가장 먼 위치는 {best_all}이고 목적지 {goal}에 닿지 못하므로 답은 -1입니다.")
    elif answer == 0:
        print(f"처음 {fuel_word} {start}만으로 위치 {goal}의 목적지까지 갈 수 있으므로 들를 필요가 없고, 답은 0입니다.")
    else:
        route = ", ".join(f"위치 {x}의 {stop}({f})" for x, f in chosen)
        before = reach[answer - 1]
        print(f"{route}에 들르면 {fuel_word}의 합이 {start + sum(f for _, f in chosen)}이(가) 되어 위치 {goal}까지 갈 수 있습니다. "
              f"{answer - 1}번만 들러서는 가장 멀리 가도 위치 {before}까지이므로 답은 {answer}입니다.")
else:
    fuel_word = texts["fuel"]
    stops_word = texts["stop"] if len(chosen) == 1 else texts["stops"]
    if answer == -1:
        print(f"Even stopping wherever possible, the farthest reachable position is {best_all}, short of the "
              f"destination at {goal}, so the answer is -1.")
    elif answer == 0:
        print(f"The {start} {fuel_word} at the start already reach the destination at {goal}, so no stop is needed: 0.")
    else:
        route = ", ".join(f"{x} (+{f})" for x, f in chosen)
        before = reach[answer - 1]
        print(f"Stopping at the {stops_word} at {route} gives {start + sum(f for _, f in chosen)} {fuel_word} in "
              f"total, enough to reach {goal}. With {answer - 1} {'stop' if answer - 1 == 1 else 'stops'} the "
              f"farthest reachable position is {before}, so the answer is {answer}.")
