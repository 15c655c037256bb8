"""Test generator for bit_manipulation.max_and_pair: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list values=a,b,..., random, sparse (masks with the top bit and a few
sparse low bits: the largest masks rarely share low bits, so the two largest are not the best pair), apart [n=max]
(the only best pair is split in sorted order by masks sharing nothing high with it, against neighbours-in-sorted-
order), max [sparse=1], invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
BITS = MAXV.bit_length()
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def sparse_mask():
    mask = 1 << (BITS - 1)
    for b in rng.sample(range(BITS - 1), 3):
        mask |= 1 << b
    return mask


if mode == "sample":  # redrawn until the two largest numbers are not the best pair (wa_two_largest)
    while True:
        values = [rng.randint(1, 31) for _ in range(rng.randint(4, 5))]
        top = sorted(values)[-2:]
        if top[0] & top[1] < max(a & b for i, a in enumerate(values) for b in values[i + 1:]):
            break
    out = render(values)
elif mode == "small":
    hi = rng.choice([3, 31, 5000, MAXV])
    values = [rng.randint(0, hi) for _ in range(rng.randint(2, 8))]
    out = render(values)
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    out = render([rng.randint(0, MAXV) for _ in range(rng.randint(100, MAXN // 10))])
elif mode == "sparse":
    out = render([sparse_mask() for _ in range(rng.randint(100, 3000))])
elif mode == "apart":  # best pair L, 2^(BITS-1) | L with L's top bit t; between them in sorted order one mask per
    # bit above t (plus low bits), below them masks under 2^t: every other pair ANDs to less than 2^t <= L
    t = rng.randint(10, BITS - 4)
    low = 1 << t
    best = low | rng.randrange(low)
    values = [best, (1 << (BITS - 1)) | best]
    values += [(1 << b) | rng.randrange(low) for b in range(t + 1, BITS - 1)]
    n = MAXN if opts.get("n") == "max" else rng.randint(1000, MAXN // 10)
    values += [rng.randrange(low) for _ in range(n - len(values))]
    rng.shuffle(values)
    out = render(values)
elif mode == "max":
    out = render([sparse_mask() if opts.get("sparse") == "1" else rng.randint(0, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    out = {
        "one": "1\n5\n", "too_big": f"2\n{MAXV + 1} 2\n", "negative": "2\n-1 4\n", "too_few": "3\n4 6\n",
        "two_lines": "2\n4\n6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
