"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
spot = case["texts"]["spot"]
nums = list(map(int, case["input"].split()))
n, m = nums[0], nums[1]
moves = {u: [] for u in range(1, n + 1)}
rev = {u: [] for u in range(1, n + 1)}
for j in range(m):
    u, v = nums[2 + 2 * j], nums[3 + 2 * j]
    moves[u].append(v)
    rev[v].append(u)
answer = case["output"].strip()
win = {u: answer[u - 1] == "W" for u in range(1, n + 1)}

# The order the values are settled in: from the vertices without moves back along the edges (Kahn's algorithm).
left = {u: len(moves[u]) for u in moves}
order = [u for u in range(1, n + 1) if left[u] == 0]
for v in order:
    for u in sorted(rev[v]):
        left[u] -= 1
        if left[u] == 0:
            order.append(u)


def step(u):
    targets = sorted(moves[u])
    if not targets:
        return f"{u}: 나갈 곳이 없음 → L" if ko else f"{u}: no move → L"
    if win[u]:
        to = next(v for v in targets if not win[v])
        return f"{u}: {to}(L)(으)로 갈 수 있음 → W" if ko else f"{u}: can move to {to} (L) → W"
    listed = ", ".join(f"{v}(W)" if ko else f"{v} (W)" for v in targets)
    return f"{u}: {listed}뿐 → L" if ko else f"{u}: only {listed} → L"


steps = [step(u) for u in order]
if len(steps) > 8:
    steps = steps[:8] + ["…"]
if ko:
    print(f"움직일 수 없는 {spot}에서는 차례인 사람이 집니다(L). 어떤 {spot}에서 L인 {spot}(으)로 갈 수 있으면 W이고, "
          f"모든 이동이 W인 {spot}(으)로 이어지면 L입니다. 나가는 곳이 모두 정해진 {spot}부터 차례로 정하면: "
          + "; ".join(steps) + f". 그래서 답은 {answer}입니다.")
else:
    print(f"From a {spot} with no way out the player to move loses (L). A {spot} is W when some move reaches an L "
          f"{spot}, and L when every move reaches a W one. Settling each {spot} once all of its moves are settled: "
          + "; ".join(steps) + f". So the answer is {answer}.")
