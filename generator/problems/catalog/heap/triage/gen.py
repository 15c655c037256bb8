"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxq, maxv. Modes: sample1, sample2, random lo= hi= [cap=] [call=], fixed case=, max_arrivals_first,
max_random, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)
POOL = ["ann", "ben", "cho", "dae", "eun", "fay", "gus", "hana", "ian", "jin", "kim", "lee", "min", "noa",
        "oh", "park", "quinn", "ryu", "seo", "tae", "uma", "vic", "woo", "xu", "yoon", "zed"]


def text(events):
    assert any(e == "?" for e in events)
    return f"{len(events)}\n" + "\n".join(events) + "\n"


def name():
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 10)))


def random_events(n, cap, call):
    events = [f"+ {name()} {rng.randint(1, cap)}" if rng.random() >= call else "?" for _ in range(n)]
    if "?" not in events:
        events[-1] = "?"
    return events


if mode == "sample1":  # ties at one level (earliest arrival first), a more urgent late arrival, an empty call
    a, b, c, d = rng.sample(POOL, 4)
    low, high = sorted(rng.sample(range(1, 10), 2))
    out = text([f"+ {a} {low}", f"+ {b} {high}", f"+ {c} {low}", "?", f"+ {d} {high}", "?", "?", "?", "?"])
elif mode == "sample2":  # names sort the other way round from arrival order
    names = sorted(rng.sample(POOL, 4), reverse=True)
    level = rng.randint(1, 100)
    out = text([f"+ {names[0]} {level}", f"+ {names[1]} {level}", "?", f"+ {names[2]} {level + 1}",
                f"+ {names[3]} {level}", "?", "?"])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXQ, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([2, 5, MAXV]))
    out = text(random_events(n, min(cap, MAXV), float(opts.get("call", rng.choice([0.2, 0.4, 0.6])))))
elif mode == "fixed":
    out = text({
        "only_call": ["?"],
        "one_each": ["+ a 1", "?"],
        "reverse_names": ["+ zed 7", "+ amy 7", "+ bob 7", "?", "?", "?"],
        "extremes": [f"+ top {MAXV}", "+ bottom 1", "?", "?", "?"],
        "same_name": ["+ kim 3", "+ kim 5", "+ lee 5", "?", "?", "?", "?"],
    }[opts["case"]])
elif mode == "max_arrivals_first":  # everyone waits, then every call: a scan per call is quadratic
    half = MAXQ // 2
    cap = int(opts.get("cap", MAXV))
    out = text([f"+ {name()} {rng.randint(1, cap)}" for _ in range(half)] + ["?"] * (MAXQ - half))
elif mode == "max_random":
    out = text(random_events(MAXQ, MAXV, 0.5))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_many": text(["+ a 1"] * MAXQ + ["?"]),
        "level_zero": "2\n+ a 0\n?\n",
        "level_big": f"2\n+ a {MAXV + 1}\n?\n",
        "long_name": "2\n+ abcdefghijk 1\n?\n",
        "upper_name": "2\n+ Ann 1\n?\n",
        "no_call": "2\n+ a 1\n+ b 2\n",
        "missing": "3\n+ a 1\n?\n",
        "double_space": "2\n+  a 1\n?\n",
        "leading_zero": "2\n+ a 01\n?\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
