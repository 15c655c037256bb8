"""Wrong: keeps the champion and the final's loser from the last event and only lets a changed player take a
place if it now beats them; a champion who gets weaker is never replaced. The first bracket is played in full,
as in the reference."""
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
    champion = t[1]
    half = n // 2
    sides = [t[2], t[3]]  # the winners of the left and the right half
    out = []
    pos = 2 + n
    for _ in range(q):
        i, x = int(data[pos]), int(data[pos + 1])
        pos += 2
        s[i] = x
        side = 0 if i <= half else 1
        w = sides[side]
        if s[i] > s[w] or (s[i] == s[w] and i < w):
            sides[side] = i
        a, b = sides
        champion = a if s[a] >= s[b] else b
        out.append(f"{champion} {b if champion == a else a}")
    sys.stdout.write("\n".join(out) + "\n")


main()
