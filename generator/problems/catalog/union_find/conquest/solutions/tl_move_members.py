"""Too slow: keeps each group's member list and moves every member of the absorbed group to the absorbing one
(a small group absorbing the big one again and again moves everybody every time)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    lead = list(range(n + 1))
    members = [[v] for v in range(n + 1)]
    out = []
    pos = 2
    for _ in range(q):
        if data[pos] == b"1":
            a, b = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            new, old = lead[a], lead[b]
            if new != old:
                for v in members[old]:
                    lead[v] = new
                members[new].extend(members[old])
                members[old] = []
        else:
            out.append(lead[int(data[pos + 1])])
            pos += 2
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
