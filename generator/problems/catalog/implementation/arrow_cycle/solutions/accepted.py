import sys

lines = sys.stdin.read().split("\n")
n, m, k = map(int, lines[0].split())
r, c = map(int, lines[1].split())
flat = "".join(lines[2:2 + n])
size = n * m
nxt = [0] * size
for pos in range(size):
    i, j = divmod(pos, m)
    ch = flat[pos]
    if ch == "U":
        i = (i - 1) % n
    elif ch == "D":
        i = (i + 1) % n
    elif ch == "L":
        j = (j - 1) % m
    else:
        j = (j + 1) % m
    nxt[pos] = i * m + j
first = [-1] * size  # the step at which each cell was first reached
pos, step = (r - 1) * m + (c - 1), 0
while step < k and first[pos] < 0:
    first[pos] = step
    pos = nxt[pos]
    step += 1
if step < k:  # pos repeats: skip whole cycles
    for _ in range((k - step) % (step - first[pos])):
        pos = nxt[pos]
print(pos // m + 1, pos % m + 1)
