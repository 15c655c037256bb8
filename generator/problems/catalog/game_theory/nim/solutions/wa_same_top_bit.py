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
    # The winning piles are the ones with x's highest bit.
    out.append(sum(1 for a in piles if a.bit_length() == x.bit_length()) if x else 0)
sys.stdout.write("\n".join(map(str, out)) + "\n")
