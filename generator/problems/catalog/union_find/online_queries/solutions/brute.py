"""Obviously correct: keep every link so far; answer by sweeping them until the reachable set is stable."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    ops = list(zip(map(int, data[2:2 + 3 * q:3]), map(int, data[3:3 + 3 * q:3]), map(int, data[4:4 + 3 * q:3])))
    return n, ops

n, ops = read()
links = []
for op, a, b in ops:
    if op == 0:
        links.append((a, b))
        continue
    reach = {a}
    grew = True
    while grew:
        grew = False
        for u, v in links:
            if (u in reach) != (v in reach):
                reach.add(u)
                reach.add(v)
                grew = True
    print("YES" if b in reach else "NO")
