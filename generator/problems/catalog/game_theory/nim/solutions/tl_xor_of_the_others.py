import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n = int(data[pos])
    piles = list(map(int, data[pos + 1:pos + 1 + n]))
    pos += 1 + n
    count = 0
    for i in range(n):
        others = 0  # the XOR of every other pile: the size pile i must be lowered to
        for j in range(n):
            if j != i:
                others ^= piles[j]
        count += others < piles[i]
    out.append(count)
sys.stdout.write("\n".join(map(str, out)) + "\n")
