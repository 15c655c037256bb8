"""Obviously correct (small trees): the textbook recursive definitions, one function per order."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n = int(data[0])
kids = {}
for i in range(n):
    v, l, r = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    kids[v] = (l, r)


def pre(v):
    return [] if v == 0 else [v] + pre(kids[v][0]) + pre(kids[v][1])


def ino(v):
    return [] if v == 0 else ino(kids[v][0]) + [v] + ino(kids[v][1])


def post(v):
    return [] if v == 0 else post(kids[v][0]) + post(kids[v][1]) + [v]


for order in (pre, ino, post):
    print(" ".join(map(str, order(1))))
