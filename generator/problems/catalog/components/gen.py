"""Test generator for the general-graph tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one
input.

Params from task.toml: variant (reach | count_components | component_sizes | two_colorings), maxn, maxm, maxq.
Modes: sample kind=hand|hand_odd|random; random lo= hi= mcap= [qcap=]; fixed name=...; clustered n= m= clusters= [odd=]
[colored=1]; path n=; star n=; matching n=; empty n=; odd_elsewhere n=; far_from_one n=; invalid kind=...
Graph sizes may name a bound: n=maxn, m=maxm. With variant component_sizes every graph gets queries (qcap=
random count, q=maxq for max tests).
"""
import random
import sys
from bisect import bisect_right

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXN, MAXM, MAXQ = int(opts["maxn"]), int(opts["maxm"]), int(opts.get("maxq", "0"))
rng = random.Random(seed)


def size(key, default=None):
    value = opts.get(key, default)
    bounds = {"maxn": MAXN, "maxm": MAXM, "maxq": MAXQ}
    return bounds[value] if value in bounds else int(value)


def clustered(n, m, clusters, colored=False, odd=0):
    """A random simple graph on 1..n: vertices split into `clusters` groups, each with a random spanning tree
    (while the edge budget lasts) and extra in-group edges up to about m edges. colored: extra edges respect the
    trees' 2-colouring, then `odd` groups get one same-colour edge (an odd cycle)."""
    rnd = rng.random
    clusters = max(1, min(clusters, n))
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    cuts = sorted(rng.sample(range(1, n), clusters - 1)) if clusters > 1 else []
    starts, ends = [0] + cuts, cuts + [n]
    color = [0] * n
    edges, seen = [], set()
    budget = m - odd if colored else m

    def add(i, j):
        a, b = perm[i], perm[j]
        key = (a, b) if a < b else (b, a)
        if a == b or key in seen:
            return False
        seen.add(key)
        edges.append((a, b) if rnd() < 0.5 else (b, a))
        return True

    order = list(range(clusters))
    rng.shuffle(order)
    for g in order:
        lo = starts[g]
        for i in range(lo + 1, ends[g]):
            if len(edges) >= budget:
                break
            j = lo + int(rnd() * (i - lo))
            color[i] = color[j] ^ 1
            add(i, j)
    tries = 0
    while len(edges) < budget and tries < 30 * m + 100:
        tries += 1
        i = int(rnd() * n)
        g = bisect_right(cuts, i)
        j = starts[g] + int(rnd() * (ends[g] - starts[g]))
        if colored and color[i] == color[j]:
            continue
        add(i, j)
    if colored and odd:
        big = [g for g in range(clusters) if ends[g] - starts[g] >= 3]
        rng.shuffle(big)
        for g in big[:odd]:
            for _ in range(50):
                if len(edges) >= m:
                    break
                i, j = rng.randrange(starts[g], ends[g]), rng.randrange(starts[g], ends[g])
                if i != j and color[i] == color[j] and add(i, j):
                    break
    rng.shuffle(edges)
    return edges


def relabelled(n, edges):
    """The same graph under random vertex names, edges in random order and orientation; returns (edges, name)."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    out = [(name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u]) for u, v in edges]
    rng.shuffle(out)
    return out, name


def path_edges(n):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[i], perm[i + 1]) for i in range(n - 1)]
    rng.shuffle(edges)
    return edges


def render(n, edges, queries=None):
    head = f"{n} {len(edges)}"
    tail = ""
    if VARIANT == "component_sizes":
        if queries is None:
            q = size("q") if "q" in opts else rng.randint(1, size("qcap", "5"))
            queries = [rng.randint(1, n) for _ in range(q)]
        head += f" {len(queries)}"
        tail = "".join(f"{x}\n" for x in queries)
    return head + "\n" + "".join(f"{u} {v}\n" for u, v in edges) + tail


def random_case(n, m_cap):
    m = rng.randint(0, min(m_cap, n * (n - 1) // 2))
    if VARIANT == "two_colorings":
        return render(n, clustered(n, m, rng.randint(1, n), colored=True, odd=rng.choice([0, 0, 1, 2])))
    return render(n, clustered(n, m, rng.randint(1, n)))


def hand_sample():
    if VARIANT == "reach":
        # Vertex 1 reaches a triangle and a path through it; a second group and a lonely vertex stay out of reach.
        n = 8
        edges = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (6, 7)]
        perm = list(range(2, n + 1))
        rng.shuffle(perm)
        name = [0, 1] + perm  # vertex 1 keeps its name: the question is about it
        # the tail 3-4 is written towards vertex 1 (4 3): following edges one way only (wa_one_direction) misses 4
        out = [(name[v], name[u]) if (u, v) == (3, 4) or rng.random() < 0.5 else (name[u], name[v])
               for u, v in edges]
        rng.shuffle(out)
        return render(n, out)
    if VARIANT == "count_components":
        # A triangle (N - M undercounts), one edge and a lonely vertex.
        return render(6, relabelled(6, [(1, 2), (2, 5), (5, 1), (3, 4)])[0])
    if VARIANT == "component_sizes":
        # A triangle with a tail, one edge and a lonely vertex; the queries ask about each kind. The tail makes a
        # component size differ from a vertex's degree plus one (wa_degree_plus_one) for vertices 1 and 4.
        edges, name = relabelled(7, [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6)])
        return render(7, edges, [name[x] for x in (1, 5, 7, 4)])
    if opts.get("kind") == "hand":
        return render(6, relabelled(6, [(1, 2), (2, 3), (4, 5)])[0])  # bipartite: 2^3 ways
    # An odd cycle: 0. Vertex 1 is on the edge, not the triangle, so a check for an odd cycle in vertex 1's
    # component only (wa_odd_cycle_first_component_only) misses it.
    while True:
        edges, name = relabelled(5, [(1, 2), (2, 3), (3, 1), (4, 5)])
        if 1 in (name[4], name[5]):
            return render(5, edges)


def random_sample():
    # A sample worth reading: a few components and a handful of edges.
    n = rng.randint(6, 9)
    if VARIANT == "two_colorings":
        return render(n, clustered(n, rng.randint(4, n), rng.randint(2, 4), colored=True, odd=rng.choice([0, 1])))
    return render(n, clustered(n, rng.randint(4, n), rng.randint(2, 4)))


def fixed(name):
    if name == "single":
        return render(1, [])
    if name == "one_edge":
        return render(2, [(2, 1)] if rng.random() < 0.5 else [(1, 2)])
    if name == "complete":
        k = 7 if VARIANT != "component_sizes" else 6
        return render(k, [(u, v) for u in range(1, k + 1) for v in range(u + 1, k + 1)])
    if name == "triangle":
        return render(3, [(1, 2), (2, 3), (3, 1)])
    if name == "even_cycle":
        return render(10, [(i, i + 1) for i in range(1, 10)] + [(10, 1)])
    if name == "isolated_one":
        return render(5, [(2, 3), (3, 4), (4, 5)])  # vertex 1 alone
    if name == "pair_many":
        return render(40, [(1, 2)])
    raise SystemExit(f"unknown fixed case {name}")


def odd_elsewhere(n):
    # Vertex 1 sits in a bipartite component, the odd cycle is in another one.
    edges = [(1, 2), (2, 3)] + [(4 + i, 4 + (i + 1) % 5) for i in range(5)]
    edges += [(i, i + 1) for i in range(9, n)]
    perm = list(range(2, n + 1))  # seeded names, vertex 1 keeps its own: each problem its own test
    rng.shuffle(perm)
    name = [0, 1] + perm
    edges = [(name[u], name[v]) for u, v in edges]
    rng.shuffle(edges)
    return render(n, edges)


def far_from_one(n):
    # Vertex 1 at one end of a long path: its neighbours are few but it reaches everything.
    perm = list(range(2, n + 1))
    rng.shuffle(perm)
    order = [1] + perm
    edges = [(order[i], order[i + 1]) for i in range(n - 1)]
    rng.shuffle(edges)
    return render(n, edges)


def distinct_pairs(n, count):
    pairs = []
    for a in range(1, n + 1):
        for b in range(a + 1, n + 1):
            if len(pairs) == count:
                return pairs
            pairs.append((a, b))
    return pairs


def invalid(kind):
    base = render(6, relabelled(6, [(1, 2), (2, 5), (5, 1), (3, 4)])[0],
                  [1, 4, 6] if VARIANT == "component_sizes" else None)
    lines = base.split("\n")
    head = lines[0].split()
    n = int(head[0])
    u, v = lines[1].split()
    rest = "\n".join(lines[2:])
    q_extra = " 1" if VARIANT == "component_sizes" else ""
    q_tail = "1\n" if VARIANT == "component_sizes" else ""
    if kind == "n_too_big":
        return f"{MAXN + 1} 0{q_extra}\n{q_tail}"
    if kind == "m_too_big":
        return f"{MAXN} {MAXM + 1}{q_extra}\n" + "".join(f"{a} {b}\n" for a, b in distinct_pairs(MAXN, MAXM + 1)) \
            + q_tail
    if kind == "vertex_out_of_range":
        return lines[0] + f"\n{u} {n + 1}\n" + rest
    if kind == "self_loop":
        return lines[0] + f"\n{u} {u}\n" + rest
    if kind == "duplicate_edge":
        head[1] = str(int(head[1]) + 1)
        return " ".join(head) + f"\n{u} {v}\n{v} {u}\n" + rest
    if kind == "double_space":
        return lines[0] + f"\n{u}  {v}\n" + rest
    if kind == "extra_number":
        return lines[0] + f"\n{u} {v} 1\n" + rest
    if kind == "q_too_big":
        return render(6, [(1, 2)], [1] * (MAXQ + 1))
    if kind == "query_out_of_range":
        return render(6, [(1, 2)], [1, 7, 2])
    if kind == "query_zero":
        return render(6, [(1, 2)], [1, 0, 2])
    if kind == "query_missing":
        return "6 1 4\n1 2\n1\n2\n3\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = hand_sample() if opts.get("kind", "").startswith("hand") else random_sample()
elif mode == "random":
    out = random_case(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))), int(opts["mcap"]))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "clustered":
    n, m = size("n"), size("m")
    clusters = size("clusters") if "clusters" in opts else rng.randint(int(opts["clo"]), int(opts["chi"]))
    out = render(n, clustered(n, m, clusters, colored=opts.get("colored") == "1", odd=int(opts.get("odd", "0"))))
elif mode == "path":
    out = render(size("n"), path_edges(size("n")))
elif mode == "star":
    # A star listed as (1, 2), (1, 3), ...: naive union-find links the old root under the new leaf each time.
    n = size("n")
    edges = [(1, i) for i in range(2, n + 1)]
    if n > 50:  # a max test: seeded names (center first in every edge, as before), each problem its own test
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        edges = [(perm[u - 1], perm[v - 1]) for u, v in edges]
    out = render(n, edges)
elif mode == "matching":
    out = render(size("n"), [(2 * i + 1, 2 * i + 2) for i in range(size("n") // 2)])
elif mode == "empty":
    out = render(size("n"), [])
elif mode == "odd_elsewhere":
    out = odd_elsewhere(size("n"))
elif mode == "far_from_one":
    out = far_from_one(size("n"))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
