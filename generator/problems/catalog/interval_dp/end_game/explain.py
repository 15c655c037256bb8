"""A sample's explanation, computed from the sample: one line of perfect play, rebuilt from the DP table."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, a = data[0], data[1:]
diff = [[0] * (n + 1) for _ in range(n + 1)]  # diff[i][j]: a[i..j-1] left, for the player to move
for length in range(1, n + 1):
    for i in range(n - length + 1):
        j = i + length
        diff[i][j] = max(a[i] - diff[i + 1][j], a[j - 1] - diff[i][j - 1])
i, j, taken = 0, n, []
while i < j:
    if a[i] - diff[i + 1][j] >= a[j - 1] - diff[i][j - 1]:
        taken.append(a[i])
        i += 1
    else:
        taken.append(a[j - 1])
        j -= 1
x, y = sum(taken[0::2]), sum(taken[1::2])
moves = ", ".join(map(str, taken))
if ko:
    print(f"완벽한 플레이의 한 예로 가져가는 순서는 {moves}입니다. X = {x}, Y = {y}이므로 답은 {x - y}입니다.")
else:
    print(f"One line of perfect play takes {moves} in this order: X = {x}, Y = {y}, so the answer is {x - y}.")
