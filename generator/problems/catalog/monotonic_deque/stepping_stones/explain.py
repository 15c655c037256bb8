"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
n, k = tokens[0], tokens[1]
a = tokens[2:2 + n]
best, came_from = [a[0]] + [None] * (n - 1), [None] * n
for j in range(1, n):
    i = max(range(max(0, j - k), j), key=lambda i: best[i])  # the first of the best on a tie
    best[j], came_from[j] = best[i] + a[j], i
path, at = [], n - 1
while at is not None:
    path.append(at)
    at = came_from[at]
path.reverse()
stops = " → ".join(str(i + 1) for i in path)
terms = " + ".join(f"({a[i]})" if a[i] < 0 else str(a[i]) for i in path)
skipped = [i for i in range(n) if i not in path]
if n == 1:
    print(f"{texts['slot']}이(가) 하나뿐이므로 합은 a_1 = {a[0]}입니다." if ko else f"There is only one {texts['slot']}, so the total is a_1 = {a[0]}.")
elif ko:
    worst = ", ".join(str(a[i]) for i in skipped if a[i] < 0)
    print(f"{stops}번 {texts['slot']} 순서로 밟으면 합은 {terms} = {best[-1]}입니다."
          + (f" 한 번에 최대 {k}만큼 앞으로 갈 수 있어 {worst}인 곳은 밟지 않고 건너뜁니다." if worst else "")
          + f" 이보다 큰 합은 만들 수 없으므로 답은 {best[-1]}입니다.")
else:
    worst = ", ".join(str(a[i]) for i in skipped if a[i] < 0)
    print(f"Stepping on {texts['slots']} {stops.replace(' → ', ', ')} gives {terms} = {best[-1]}."
          + (f" Moves of up to {k} let the route skip the values {worst}." if worst else "")
          + f" No route does better, so the answer is {best[-1]}.")
