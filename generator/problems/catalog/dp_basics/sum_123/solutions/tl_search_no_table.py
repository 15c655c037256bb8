"""Too slow: counts the fillings one by one with a depth-first search (its own stack, no table), so the count is
as large as the answer itself (about 1.2 * 10^9 leaves for N = 35)."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for k in range(1, t + 1):
    n = int(data[k])
    count = 0
    stack = [n]
    while stack:
        left = stack.pop()
        if left == 0:
            count += 1
            continue
        for piece in (1, 2, 3):
            if piece <= left:
                stack.append(left - piece)
    out.append(count % MOD)
sys.stdout.write("\n".join(map(str, out)) + "\n")
