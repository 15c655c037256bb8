"""Wrong: only direct links count."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    pairs = list(zip(map(int, data[3:3 + 2 * (m + q):2]), map(int, data[4:4 + 2 * (m + q):2])))
    return n, pairs[:m], pairs[m:]

n, links, questions = read()
direct = set()
for a, b in links:
    direct.add((a, b))
    direct.add((b, a))
print("\n".join("YES" if (a, b) in direct else "NO" for a, b in questions))
