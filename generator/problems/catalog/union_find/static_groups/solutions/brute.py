"""Obviously correct: grow the set reachable from a by sweeping all links until it is stable."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    pairs = list(zip(map(int, data[3:3 + 2 * (m + q):2]), map(int, data[4:4 + 2 * (m + q):2])))
    return n, pairs[:m], pairs[m:]

n, links, questions = read()
for a, b in questions:
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
