import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n = int(data[pos])
    piles = list(map(int, data[pos + 1:pos + 1 + n]))
    pos += 1 + n
    if max(piles) == 1:  # only single stones: they are taken one by one, and the last one loses
        first = n % 2 == 0
    else:  # as in normal Nim, until the winner leaves an odd number of single stones
        x = 0
        for a in piles:
            x ^= a
        first = x != 0
    out.append("First" if first else "Second")
sys.stdout.write("\n".join(out) + "\n")
