"""Test generator for the LIS tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (max_sum | non_decreasing | strict | count), max_n, max_a.
Format: N, then A_1 .. A_N on one line.
Modes: sample, small lo= hi=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys
from bisect import bisect_left
from itertools import accumulate

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT, MAX_N, MAX_A = opts["variant"], int(opts["max_n"]), int(opts["max_a"])
rng = random.Random(seed)


def render(values):
    values = values[:MAX_N]
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def rand_values(n, hi, lo=1):
    hi, r = min(hi, MAX_A), rng.random  # random() is much cheaper than randint() for 10^5 values
    return [lo + int(r() * (hi - lo + 1)) for _ in range(n)]


def small_case(nlo, nhi):
    n = rng.randint(nlo, min(nhi, MAX_N))
    # Small value ranges give duplicates (strict vs non-strict) and many equal-length answers.
    return render(rand_values(n, rng.choice([3, 5, 10, 100, MAX_A])))


def longest(a, strict=True):
    """The length of a longest rising (strict) or never falling subsequence."""
    best = []
    for j, x in enumerate(a):
        best.append(1 + max((best[i] for i in range(j) if a[i] < x or (not strict and a[i] == x)), default=0))
    return max(best)


def take_if_larger(a, strict=True):
    """Left to right, every value that may follow the last one taken is taken (a wrong greedy)."""
    count, last = 0, None
    for x in a:
        if last is None or last < x or (not strict and last == x):
            count, last = count + 1, x
    return count


def longest_run(a, strict=True):
    """The longest contiguous rising run (a subarray, not a subsequence: a wrong reading)."""
    best = run = 1
    for x, y in zip(a, a[1:]):
        run = run + 1 if x < y or (not strict and x == y) else 1
        best = max(best, run)
    return best


def heaviest(a, strict=True):
    """max_sum: the largest total of a rising (strict) or never falling subsequence."""
    best = []
    for j, x in enumerate(a):
        best.append(x + max((best[i] for i in range(j) if a[i] < x or (not strict and a[i] == x)), default=0))
    return max(best)


def longest_chain_total(a):
    """max_sum: the total of the first longest rising subsequence found (a wrong answer)."""
    length, total = [1] * len(a), a[:]
    for i in range(len(a)):
        for j in range(i):
            if a[j] < a[i] and length[j] + 1 > length[i]:
                length[i], total[i] = length[j] + 1, total[j] + a[i]
    return total[max(range(len(a)), key=lambda i: (length[i], -i))]


def piles(a, rule):
    """fewest_piles with a wrong rule: "largest" puts a value on the largest top that fits, "newest" looks at the
    newest pile only."""
    tops = []
    for x in a:
        if rule == "largest":
            fitting = [t for t in tops if t >= x]
            if fitting:
                tops.remove(max(fitting))
            tops.append(x)
        elif not tops or tops[-1] < x:
            tops.append(x)
        else:
            tops[-1] = x
    return len(tops)


def ending_at(a, i):
    """The length of a longest rising subsequence ending at a[i]."""
    return longest([x for x in a[:i] if x < a[i]] + [a[i]])


def tails(a):
    """The final tails array of patience sorting (its length is right; it need not be a subsequence of a)."""
    out = []
    for x in a:
        k = bisect_left(out, x)
        out[k:k + 1] = [x]
    return out


def sample_shows(a):
    """Whether the sample tells the right answer from the tempting wrong ones of its task."""
    strict = VARIANT != "non_decreasing"
    if VARIANT == "fewest_removals":  # the kept values strictly decrease: a rise kept, equal values kept, or
        # keeping every value smaller than the last one kept must give another count
        falling = longest([-x for x in a])
        return falling not in (longest(a), longest([-x for x in a], strict=False), take_if_larger([-x for x in a]))
    right = longest(a, strict)
    if longest(a, not strict) == right:  # equal values must matter
        return False
    if VARIANT == "show_one":  # and the tails array of patience sorting is no subsequence of A
        it = iter(a)
        if all(x in it for x in tails(a)):
            return False
    if VARIANT == "ending_at_each":  # and some value has smaller ones before it that do not rise
        if all(1 + len({y for y in a[:i] if y < x}) == ending_at(a, i) for i, x in enumerate(a)):
            return False
    if VARIANT == "max_sum":
        return heaviest(a) not in (longest_chain_total(a), heaviest(a, strict=False))
    if VARIANT == "fewest_piles":
        return right not in (piles(a, "largest"), piles(a, "newest"))
    return take_if_larger(a, strict) < right and longest_run(a, strict) < right


def zigzag(n, hi):
    # Pairs (2, 1, 4, 3, ...): every pair offers two choices, 2^(n/2) longest subsequences.
    step = max(2, hi // max(1, n))
    shift = rng.randint(0, max(0, hi // 4 - 2))  # seeded: each problem its own test
    out = []
    for i in range(n // 2):
        base = 1 + shift + i * step
        out += [min(hi, base + 1), base]
    return out + ([hi] if n % 2 else [])


def edge(kind):
    k = rng.randint(3, min(8, MAX_N))
    if kind == "one":
        return render([rng.randint(1, MAX_A)])
    if kind == "equal":
        return render([rng.randint(1, MAX_A)] * k)
    if kind == "decreasing":
        return render(sorted(rng.sample(range(1, MAX_A + 1), k), reverse=True))
    if kind == "increasing":
        return render(sorted(rng.sample(range(1, MAX_A + 1), k)))
    if kind == "alternating":
        return render([MAX_A, 1] * (k // 2 + 1))
    if kind == "two_equal":
        v = rng.randint(1, MAX_A)
        return render([v, v])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "peak_first":  # greedy takes the peak first
        return render([MAX_A] + sorted(rng.sample(range(1, MAX_A), min(8, MAX_A - 1))))
    if kind == "duplicates":  # strict and non-strict differ
        return render([2, 2, 3, 3, 1, 1])
    if kind == "not_contiguous":
        return render([3, 1, 4, 1, 5, 9, 2, 6])
    if kind == "two_ends":  # two longest subsequences, one end
        return render([1, 3, 2, 4])
    if kind == "long_cheap_vs_short_heavy":
        # max_sum: the longest chain is light, a short one is heavy; the longest chain is not the answer.
        big = rng.randint(MAX_A // 2, MAX_A)
        return render([1, 2, 3, 4, big, 5][:MAX_N])
    if kind == "equal_heavy":
        # max_sum: equal values may not both be taken.
        v = rng.randint(MAX_A // 2, MAX_A)
        return render([v, v, 1, v][:MAX_N])
    if kind == "many_duplicates":
        return render(rand_values(min(MAX_N, 1500), rng.choice([10, 50])))
    if kind == "zigzag":  # 2^60 longest subsequences
        return render(zigzag(min(MAX_N, 120), MAX_A))
    if kind == "zigzag_small":
        return render(zigzag(min(MAX_N, 10), MAX_A))
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "random":
        return render(rand_values(MAX_N, MAX_A))
    if kind == "rising":  # strictly increasing: the answer is N, the table grows to N
        if MAX_N <= MAX_A < 2 * MAX_N:  # little room: a seeded choice of distinct values (each problem its own)
            n = MAX_N - rng.randint(1, 10) if MAX_A < MAX_N + 10 else MAX_N  # leaves values out to choose from
            return render(sorted(rng.sample(range(1, MAX_A + 1), max(1, n))))
        gap, r01 = max(1, MAX_A // MAX_N), rng.random
        values = list(accumulate(1 + int(r01() * gap) for _ in range(MAX_N)))
        return render([min(v, MAX_A) for v in values])
    if kind == "few_values":
        return render(rand_values(MAX_N, max(2, MAX_N // 100)))
    if kind == "zigzag":
        return render(zigzag(MAX_N, MAX_A))
    if kind == "tiny_values":
        return render(rand_values(MAX_N, 3))
    raise SystemExit(f"unknown max kind {kind}")


def invalid(kind):
    base = small_case(6, 8)
    vals = base.split("\n")[1].split()
    n = len(vals)
    if kind == "n_too_big":
        return f"{MAX_N + 1}\n" + " ".join(["1"] * (MAX_N + 1)) + "\n"
    if kind == "a_too_big":
        return f"{n}\n" + " ".join(vals[:-1] + [str(MAX_A + 1)]) + "\n"
    if kind == "a_zero":
        return f"{n}\n" + " ".join(["0"] + vals[1:]) + "\n"
    if kind == "missing_number":
        return f"{n}\n" + " ".join(vals[:-1]) + "\n"
    if kind == "extra_number":
        return f"{n}\n" + " ".join(vals + [vals[0]]) + "\n"
    if kind == "n_zero":
        return "0\n\n"
    if kind == "no_newline":
        return base.rstrip("\n")
    if kind == "one_per_line":
        return f"{n}\n" + "\n".join(vals) + "\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    # Redrawn until the tempting wrong answers differ from the right one: equal values counted as rising (or the
    # other way round), taking every value that may follow the last one taken, the longest contiguous run, and the
    # task's own wrong ideas (see sample_shows()).
    while True:
        values = rand_values(rng.randint(6, 8), rng.choice([3, 5, 10, 100, MAX_A]))
        if sample_shows(values):
            break
    out = render(values)
elif mode == "small":
    out = small_case(int(opts["lo"]), int(opts["hi"]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    mid = min(MAX_N, 1500)
    out = render(rand_values(rng.randint(max(1, mid // 2), mid), rng.choice([MAX_A, max(2, mid // 2)])))
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
