import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
queries, pos = [], 1
for _ in range(q):
    if data[pos] == b"1":
        queries.append((1, int(data[pos + 1]), int(data[pos + 2])))
        pos += 3
    else:
        queries.append((2, int(data[pos + 1])))
        pos += 2
want_cells = {(x[1], x[2]) for x in queries if x[0] == 1}
want_values = {x[1] for x in queries if x[0] == 2}
found = {}
r = c = 0
n = 1
run, d = 1, 0
steps = ((0, 1), (-1, 0), (0, -1), (1, 0))
if (0, 0) in want_cells:
    found[(0, 0)] = 1
if 1 in want_values:
    found[1] = (0, 0)
left = len(want_cells) + len(want_values) - len(found)
while left:  # walks the spiral number by number until every query is met
    for _ in range(2):
        for _ in range(run):
            r, c = r + steps[d][0], c + steps[d][1]
            n += 1
            if (r, c) in want_cells:
                found[(r, c)] = n
                left -= 1
            if n in want_values:
                found[n] = (r, c)
                left -= 1
        d = (d + 1) % 4
    run += 1
out = [str(found[(x[1], x[2])]) if x[0] == 1 else "%d %d" % found[x[1]] for x in queries]
sys.stdout.write("\n".join(out) + "\n")
