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
    # A winning move lowers some pile a to a ^ x (the XOR becomes 0); it is a move exactly when a ^ x < a.
    out.append(sum(1 for a in piles if a ^ x < a))
sys.stdout.write("\n".join(map(str, out)) + "\n")
