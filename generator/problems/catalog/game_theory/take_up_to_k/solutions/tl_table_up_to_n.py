import sys

# The win/lose table up to N for each game, with the count of losing positions in the last K.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    last_losing = 0  # the largest losing count seen so far
    for m in range(1, n + 1):
        if m - last_losing > k:  # no move reaches a losing count: m loses
            last_losing = m
    out.append(f"First {n - last_losing}" if last_losing != n else "Second")
sys.stdout.write("\n".join(out) + "\n")
