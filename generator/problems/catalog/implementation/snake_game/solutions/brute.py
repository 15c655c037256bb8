"""Obviously correct: second by second, the body as a list of cells; the head cell is checked against the whole
body before the tail moves."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
apples = {(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(k)}
pos = 2 + 2 * k
l = int(data[pos])
turns = {int(data[pos + 1 + 2 * i]): data[pos + 2 + 2 * i] for i in range(l)}
body = [(1, 1)]
facing = "right"
right_of = {"right": "down", "down": "left", "left": "up", "up": "right"}
left_of = {v: key for key, v in right_of.items()}
move = {"right": (0, 1), "down": (1, 0), "left": (0, -1), "up": (-1, 0)}
second = 0
while True:
    second += 1
    head = (body[0][0] + move[facing][0], body[0][1] + move[facing][1])
    if not (1 <= head[0] <= n and 1 <= head[1] <= n) or head in body:
        break
    body.insert(0, head)
    if head in apples:
        apples.remove(head)
    else:
        body.pop()
    if second in turns:
        facing = right_of[facing] if turns[second] == "R" else left_of[facing]
print(second)
