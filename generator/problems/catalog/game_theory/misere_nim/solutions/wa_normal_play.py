import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n = int(data[pos])
    piles = list(map(int, data[pos + 1:pos + 1 + n]))
    pos += 1 + n
    x = 0  # Nim: the XOR of the piles decides
    for a in piles:
        x ^= a
    first = x != 0
    out.append("First" if first else "Second")
sys.stdout.write("\n".join(out) + "\n")
