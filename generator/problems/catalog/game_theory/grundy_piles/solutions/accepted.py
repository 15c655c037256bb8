import sys


def read_games(data):
    k = int(data[0])
    moves = sorted(int(x) for x in data[1:1 + k])
    t = int(data[1 + k])
    games, pos = [], 2 + k
    for _ in range(t):
        n = int(data[pos])
        games.append([int(x) for x in data[pos + 1:pos + 1 + n]])
        pos += 1 + n
    return moves, games


moves, games = read_games(sys.stdin.buffer.read().split())
top = max(max(g) for g in games)
grundy = [0] * (top + 1)
for a in range(1, top + 1):
    seen = {grundy[a - s] for s in moves if s <= a}
    m = 0
    while m in seen:
        m += 1
    grundy[a] = m  # mex of the values one move away
out = []
for piles in games:
    x = 0
    for a in piles:
        x ^= grundy[a]
    count = 0
    if x:
        for a in piles:
            want = grundy[a] ^ x  # the value this pile must take for the whole XOR to become 0
            count += [grundy[a - s] for s in moves if s <= a].count(want)
    out.append(count)
sys.stdout.write("\n".join(map(str, out)) + "\n")
