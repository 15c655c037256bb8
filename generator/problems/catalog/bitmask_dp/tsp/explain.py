"""A sample's explanation, computed from the sample: one cheapest round trip (every order tried; samples are tiny)
or why none exists, in the theme's words: a place no road leaves or enters, a place the others cannot reach, a place
joined only to place 1 (both ways), or (otherwise) the missing road of each order."""
import json
import sys
from itertools import permutations


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
place = texts.get("place", "곳" if ko else "place")
places = texts.get("places", "places")
road = texts.get("road", "길" if ko else "road")
data = list(map(int, case["input"].split()))
n = data[0]
w = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
best = None
missing = []  # per order, the first leg without a road
for order in permutations(range(1, n)):
    tour = (0, *order, 0)
    legs = [w[a][b] for a, b in zip(tour, tour[1:])]
    if all(legs):
        if best is None or sum(legs) < sum(best[1]):
            best = (tour, legs)
    else:
        gap = next(k for k, cost in enumerate(legs) if not cost)
        missing.append((tour, tour[gap], tour[gap + 1]))


def reach(start, forward):
    seen, todo = {start}, [start]
    for a in todo:
        for b in range(n):
            if (w[a][b] if forward else w[b][a]) and b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


def pinned(k):
    """The one place that every road into and out of place k joins it to, or None if there is not just one."""
    around = {i for i in range(n) if w[i][k]} | {j for j in range(n) if w[k][j]}
    return next(iter(around)) if len(around) == 1 else None


if best is None:
    no_out = next((i for i in range(n) if not any(w[i])), None)
    no_in = next((j for j in range(n) if not any(w[i][j] for i in range(n))), None)
    unreached = sorted(set(range(n)) - reach(0, True))
    stuck = sorted(set(range(n)) - reach(0, False))
    if no_out is not None:
        why = (f"{no_out + 1}번 {place}에서 나가는 {road}이(가) 하나도 없습니다({no_out + 1}번째 줄이 모두 0)." if ko else
               f"no {road} leaves {place} {no_out + 1} (line {no_out + 1} is all 0).")
    elif no_in is not None:
        why = (f"{no_in + 1}번 {place}(으)로 들어오는 {road}이(가) 하나도 없습니다({no_in + 1}번째 열이 모두 0)." if ko else
               f"no {road} leads into {place} {no_in + 1} (column {no_in + 1} is all 0).")
    elif unreached:
        why = (f"1번에서 {road}을(를) 따라 {unreached[0] + 1}번 {place}에 갈 수 없습니다." if ko else
               f"{place} {unreached[0] + 1} cannot be reached from {place} 1 along the {texts.get('roads', 'roads')}.")
    elif stuck:
        why = (f"{stuck[0] + 1}번 {place}에서 1번으로 돌아올 수 없습니다." if ko else
               f"there is no way back from {place} {stuck[0] + 1} to {place} 1.")
    elif n > 2 and any(pinned(k) == 0 for k in range(1, n)):
        # a place whose only roads go to and from place 1: the trip would have to start and end with it
        k = next(k for k in range(1, n) if pinned(k) == 0) + 1
        why = (f"{k}번 {place}에는 1번에서 들어오는 {road}과(와) 1번으로 나가는 {road}밖에 없으므로, {k}번은 1번 바로 다음에도, "
               f"1번으로 돌아오기 바로 전에도 방문해야 합니다. {place}이(가) {n}개이면 이 두 자리는 서로 다르므로 불가능합니다." if ko else
               f"the only {texts.get('roads', 'roads')} at {place} {k} come from and go to {place} 1, so {place} {k} "
               f"would have to be both the first stop after {place} 1 and the last before returning to it, which "
               f"cannot be with {n} {places}.")
    else:
        shown = missing[:6]
        if ko:
            why = ("순서마다 없는 " + road + "이(가) 있습니다: " + ", ".join(
                f"{' → '.join(str(v + 1) for v in tour)}에는 {a + 1} → {b + 1}이(가) 없음" for tour, a, b in shown)
                + (", …" if len(missing) > 6 else "") + ".")
        else:
            why = (f"every order misses a {road}: " + ", ".join(
                f"{' → '.join(str(v + 1) for v in tour)} has none from {a + 1} to {b + 1}" for tour, a, b in shown)
                + (", …" if len(missing) > 6 else "") + ".")
    print(f"모든 {place}을(를) 거쳐 1번으로 돌아오는 순회가 없으므로 -1입니다. {why}" if ko
          else f"No round trip visits every {place} and returns to {place} 1, so the answer is -1: {why}")
else:
    route = " → ".join(str(v + 1) for v in best[0])
    terms = " + ".join(map(str, best[1]))
    total = sum(best[1])
    print(f"가장 싼 순회는 {route}이고, 비용은 {terms} = {total}입니다." if ko
          else f"The cheapest round trip is {route}, costing {terms} = {total}.")
