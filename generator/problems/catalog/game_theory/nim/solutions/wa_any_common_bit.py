import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n = int(data[pos])
    piles = list(map(int, data[pos + 1:pos + 1 + n]))
    pos += 1 + n
    x = 0
    for a in piles:
        x ^= a
    # A pile can fix the XOR when it has a bit of x to take away.
    out.append(sum(1 for a in piles if a & x))
sys.stdout.write("\n".join(map(str, out)) + "\n")
