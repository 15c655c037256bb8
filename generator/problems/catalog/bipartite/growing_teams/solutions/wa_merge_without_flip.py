"""Wrong: links the roots with the right parity but adds the colour counts of the smaller tree as if its root
had the same colour, so the class sizes go wrong after a flipped merge."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    parity = [0] * (n + 1)
    size = [1] * (n + 1)
    same = [1] * (n + 1)   # vertices with the root's colour
    other = [0] * (n + 1)  # vertices with the other colour

    def find(x):
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        acc = 0
        for y in reversed(path):  # nearest to the root first
            acc ^= parity[y]
            parity[y] = acc
            parent[y] = x
        return x

    total, broken = 0, False
    out = []
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if not broken:
            ru, rv = find(u), find(v)
            pu, pv = parity[u] if u != ru else 0, parity[v] if v != rv else 0
            if ru == rv:
                broken = pu == pv
            else:
                if size[ru] < size[rv]:
                    ru, rv, pu, pv = rv, ru, pv, pu
                total -= min(same[ru], other[ru]) + min(same[rv], other[rv])
                flip = pu ^ pv ^ 1  # colour of rv relative to ru so that u and v differ
                parent[rv], parity[rv] = ru, flip
                size[ru] += size[rv]
                same[ru] += same[rv]
                other[ru] += other[rv]
                total += min(same[ru], other[ru])
        out.append(-1 if broken else total)
    sys.stdout.write("\n".join(map(str, out)) + ("\n" if out else ""))


main()
