import sys

data = sys.stdin.buffer.read().split()
k = int(data[0])
moves = sorted(int(x) for x in data[1:1 + k])
t = int(data[1 + k])
pos = 2 + k
out = []


def grundy_table(top):
    grundy = [0] * (top + 1)
    for a in range(1, top + 1):
        seen = {grundy[a - s] for s in moves if s <= a}
        m = 0
        while m in seen:
            m += 1
        grundy[a] = m
    return grundy


for _ in range(t):
    n = int(data[pos])
    piles = [int(x) for x in data[pos + 1:pos + 1 + n]]
    pos += 1 + n
    tables = [grundy_table(a) for a in piles]  # each pile's own table, up to its size
    x = 0
    for table in tables:
        x ^= table[-1]
    count = 0
    if x:
        for a, table in zip(piles, tables):
            count += sum(1 for s in moves if s <= a and table[a - s] == table[a] ^ x)
    out.append(count)
sys.stdout.write("\n".join(map(str, out)) + "\n")
