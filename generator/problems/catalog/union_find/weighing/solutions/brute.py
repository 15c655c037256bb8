"""Obviously correct: for each question, spread known differences from a over the measurements so far until
nothing changes."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
measured = []
pos = 2
for _ in range(q):
    if data[pos] == "!":
        measured.append((int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])))
        pos += 4
    else:
        a, b = int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        known = {a: 0}
        changed = True
        while changed:
            changed = False
            for x, y, w in measured:
                if x in known and y not in known:
                    known[y] = known[x] + w
                    changed = True
                elif y in known and x not in known:
                    known[x] = known[y] - w
                    changed = True
        print(known[b] if b in known else "UNKNOWN")
