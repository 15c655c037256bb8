"""Reference: the bracket is a segment tree laid out as an array. Leaf N-1+i holds player i; node v holds the
winner of the match between the winners at 2v and 2v+1 (the stronger; on equal strength the left one, whose
numbers are smaller). A change of strength replays only the log2(N) matches on the path from its leaf to the
root. The champion sits at node 1 and the final's loser is the other of nodes 2 and 3."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    s = [0] + [int(x) for x in data[2:2 + n]]
    t = [0] * (2 * n)
    for i in range(1, n + 1):
        t[n - 1 + i] = i
    for v in range(n - 1, 0, -1):
        a, b = t[2 * v], t[2 * v + 1]
        t[v] = a if s[a] >= s[b] else b
    out = []
    pos = 2 + n
    for _ in range(q):
        i, x = int(data[pos]), int(data[pos + 1])
        pos += 2
        s[i] = x
        v = (n - 1 + i) // 2
        while v >= 1:
            a, b = t[2 * v], t[2 * v + 1]
            t[v] = a if s[a] >= s[b] else b
            v //= 2
        champion = t[1]
        out.append(f"{champion} {t[3] if t[2] == champion else t[2]}")
    sys.stdout.write("\n".join(out) + "\n")


main()
