"""Checker (Kattis output validator) for topological_sort.named_order:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

Whether an order exists is decided here (Kahn's algorithm), not taken from the jury. Without a cycle the output
must be every name exactly once with a before b for every pair a b. With a cycle the output must be CYCLE followed
by k >= 2 distinct names c1 ... ck such that c1 c2, c2 c3, ..., ck c1 are all given pairs. A jury answer that
disagrees with the graph is a jury defect (exit 1, a judge error)."""
import sys
from collections import deque


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def main():
    data = open(sys.argv[1]).read().split()
    m = int(data[0])
    pairs = [(data[1 + 2 * i], data[2 + 2 * i]) for i in range(m)]
    given = set(pairs)
    names = sorted({w for p in pairs for w in p})
    adj = {w: [] for w in names}
    indeg = dict.fromkeys(names, 0)
    for a, b in pairs:
        adj[a].append(b)
        indeg[b] += 1
    queue = deque(w for w in names if indeg[w] == 0)
    done = 0
    while queue:
        a = queue.popleft()
        done += 1
        for b in adj[a]:
            indeg[b] -= 1
            if indeg[b] == 0:
                queue.append(b)
    acyclic = done == len(names)
    jury = open(sys.argv[2]).read().split()
    if (jury[:1] == ["CYCLE"]) == acyclic:
        print("jury answer contradicts the graph", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not tokens:
        reject("empty output")
    if not acyclic:
        if tokens[0] != "CYCLE":
            reject("the pairs contain a cycle, expected CYCLE")
        cycle = tokens[1:]
        if len(cycle) < 2:
            reject("a cycle needs at least two names")
        if len(set(cycle)) != len(cycle):
            reject("a name repeats in the cycle")
        for a, b in zip(cycle, cycle[1:] + cycle[:1]):
            if (a, b) not in given:
                reject(f"{a} {b} is not a given pair")
        sys.exit(42)
    if tokens[0] == "CYCLE":
        reject("printed CYCLE but a valid order exists")
    if len(tokens) != len(names):
        reject(f"expected {len(names)} names, got {len(tokens)}")
    position = {}
    for i, w in enumerate(tokens):
        if w not in adj:
            reject(f"{w[:20]} is not a name from the input")
        if w in position:
            reject(f"{w} appears twice")
        position[w] = i
    for a, b in pairs:
        if position[a] > position[b]:
            reject(f"{a} must come before {b}")
    sys.exit(42)


main()
