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
    # Taking x stones from a pile makes the XOR 0, so every pile with at least x stones is a winning move.
    out.append(sum(1 for a in piles if a >= x) if x else 0)
sys.stdout.write("\n".join(map(str, out)) + "\n")
