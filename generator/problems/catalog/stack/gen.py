"""Test generator for the stack tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (paren_check | multi_brackets | next_greater | histogram) and its bounds
(maxlen; maxt, maxtotal; maxn, lowv, maxv).
Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, and the variant's anti/max modes (see the bottom);
invalid inputs: invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
rng = random.Random(seed)
P = {k: int(v) for k, v in opts.items() if v.lstrip("-").isdigit()}
KINDS = "()[]{}" if VARIANT == "multi_brackets" else "()"


def balanced(pairs, kinds=KINDS, max_depth=None):
    """A random balanced string with `pairs` pairs over the bracket kinds in `kinds` (e.g. "()[]")."""
    out, stack = [], []
    opens_left = pairs
    while opens_left or stack:
        can_open = opens_left > 0 and (max_depth is None or len(stack) < max_depth)
        if can_open and (not stack or rng.random() < 0.5):
            k = rng.randrange(len(kinds) // 2)
            out.append(kinds[2 * k])
            stack.append(kinds[2 * k + 1])
            opens_left -= 1
        else:
            out.append(stack.pop())
    return "".join(out)


def spoil(s, kinds=KINDS):
    """Break a balanced string a little: change, swap, drop or add one bracket."""
    chars = list(s)
    how, i = rng.randrange(4), rng.randrange(len(chars))
    if how == 0:
        chars[i] = rng.choice(kinds)
    elif how == 1 and len(chars) > 1:
        j = min(len(chars) - 1, i + 1)
        chars[i], chars[j] = chars[j], chars[i]
    elif how == 2 and len(chars) > 1:
        del chars[i]
    else:
        chars.insert(i, rng.choice(kinds))
    return "".join(chars)


def nested(pairs, kinds=KINDS):
    # seeded bracket kinds (one kind when there is one): each problem its own test
    chosen = [rng.randrange(len(kinds) // 2) for _ in range(pairs)]
    opens = "".join(kinds[2 * k] for k in chosen)
    closes = "".join(kinds[2 * k + 1] for k in chosen)
    return opens + closes[::-1]


def all_balanced(pairs):
    """Every balanced string of round brackets with `pairs` pairs."""
    if pairs == 0:
        return [""]
    return [f"({a}){b}" for k in range(pairs) for a in all_balanced(k) for b in all_balanced(pairs - 1 - k)]


def paren_case(pairs):
    s = balanced(pairs)
    return s if rng.random() < 0.5 else spoil(s)


def multi_string(pairs):
    s = balanced(pairs)
    r = rng.random()
    if r < 0.4:
        return s
    if r < 0.55 and len(s) >= 4:  # crossed pairs: every kind is balanced on its own, the string is not
        i = rng.randrange(len(s) - 1)
        return s[:i] + "([)]" + s[i:]
    if r < 0.7:
        return s + rng.choice("([{")  # left open at the end
    return spoil(s)


def strings(items):
    return f"{len(items)}\n" + "".join(x + "\n" for x in items)


def seq(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def seq_random(n, cap):
    return seq([rng.randint(P["lowv"], min(cap, P["maxv"])) for _ in range(n)])


# Hand-made first samples for the histogram: the largest rectangle spans several bars, is neither the tallest
# bar alone nor the full width at the lowest height, and no other rectangle ties with it.
HIST_SAMPLES = ((2, 1, 4, 5, 1, 3, 3), (3, 1, 6, 4, 5, 1, 2), (2, 4, 1, 3, 5, 4, 1, 2), (1, 4, 3, 1, 6, 5, 2, 2),
                (2, 5, 1, 4, 4, 6, 2, 1))


def sample1():
    if VARIANT == "paren_check":
        # Like "(()())": balanced, with a pair inside another and two pairs side by side.
        choices = [s for p in range(3, 8) for s in all_balanced(p) if "((" in s and ")(" in s]
        return rng.choice(choices) + "\n"
    if VARIANT == "multi_brackets":
        # Balanced, crossed, left open, deeply nested, closed before opened; bracket kinds swapped around.
        first = ["([]){}", "([)]", "((", "{[()()]}", "}{"]
        rng.shuffle(first)
        order = ["()", "[]", "{}"]
        rng.shuffle(order)
        swap = str.maketrans("()[]{}", "".join(order))
        return strings([x.translate(swap) for x in first])
    if VARIANT == "next_greater":
        # The answers 5, 7, 7, -1 of "3 5 2 7", with the values replaced by random ones in the same order.
        low = sorted(rng.sample(range(1, 21), 4))
        return seq([low[1], low[2], low[0], low[3]])
    k = rng.randint(1, 20)  # one of HIST_SAMPLES, maybe mirrored, all heights times k
    first = [k * h for h in rng.choice(HIST_SAMPLES)]
    if rng.random() < 0.5:
        first.reverse()
    return seq(first)


def sample2():
    if VARIANT == "paren_check":
        # Like "())(()": as many '(' as ')', but one ')' comes before its '('.
        short = [s for p in (1, 2) for s in all_balanced(p)]
        return rng.choice(short) + ")(" + rng.choice(short) + "\n"
    if VARIANT == "multi_brackets":
        return strings([multi_string(rng.randint(1, 4)) for _ in range(rng.randint(1, 4))])
    if VARIANT == "next_greater":
        return seq([9, 5, 4, 8, 4, 8])
    return seq([2, 1, 2])


def random_case(lo, hi):
    if VARIANT == "paren_check":
        return paren_case(rng.randint(lo, hi)) + "\n"
    if VARIANT == "multi_brackets":
        return strings([multi_string(rng.randint(1, hi)) for _ in range(rng.randint(1, int(opts["t"])))])
    cap = int(opts.get("cap") or rng.choice([1, 5, P["maxv"]]))
    return seq_random(rng.randint(lo, hi), cap)


def crossed_deep(a, b, c):
    """Deep strings that go wrong only in the middle or at the end; seeded depths (each problem its own test)."""
    return ["{[" * a + "(" + "]}" * a + ")", "[(" * b + ")]" * b + "[", "([)]" * c]


def fixed(case):
    if VARIANT == "paren_check":
        return {"open": "(\n", "close": ")\n", "reversed": ")(\n", "neighbours": "()" * 20 + "\n",
                "all_close": ")" * P["maxlen"] + "\n",
                "early_close": "())" + "(" * 10 + ")" * 10 + "\n",
                # seeded bodies (each problem its own test): a close first; balanced until a final ")("
                "first_close": ")" + balanced(500, "()") + "\n",
                "late_cross": balanced(150, "()") + ")(" + "\n"}[case]
    if VARIANT == "multi_brackets":
        return strings({"open": ["("], "close": ["]"], "each_kind": ["()", "[]", "{}", "([{}])", "{[(])}"],
                        "deep": ["(" * 10 + ")" * 10, "[" * 10 + "]" * 9 + ")"],
                        "many_pairs": ["()"] * P["maxt"],
                        "crossed_deep": crossed_deep(rng.randint(25, 35), rng.randint(45, 55), rng.randint(90, 110)),
                        }[case])
    V = P["maxv"]
    return seq({"one": [max(P["lowv"], 1)], "zero": [P["lowv"]], "top": [V], "two_top": [V, V],
                "plateau": [5, 5, 5, 6, 6, 1], "down": list(range(10, 0, -1)), "up": list(range(1, 11)),
                "up6": [1, 2, 3, 4, 5, 6], "equal4": [3, 3, 3, 3]}[case])


def invalid(kind):
    if VARIANT == "paren_check":
        return {"too_long": "(" * (P["maxlen"] + 1) + "\n", "carriage_return": "(())\r\n", "other_bracket": "(()]\n",
                "space": "(( ))\n", "two_lines": "(())\n()\n"}[kind]
    if VARIANT == "multi_brackets":
        first = ["([]){}", "([)]", "((", "{[()()]}", "}{"]
        return {"too_many": strings(["()"] * (P["maxt"] + 1)),
                "too_long": strings(["(" * (P["maxtotal"] // 2) + ")" * (P["maxtotal"] // 2 + 1)]),
                "zero": "0\n", "not_bracket": strings(["<" + first[0][1:]] + first[1:]),
                "empty_string": strings(first[:2] + [""] + first[3:]),
                "missing": f"{len(first) + 1}\n" + "".join(x + "\n" for x in first),
                "space": strings([first[0][:1] + " " + first[0][1:]] + first[1:])}[kind]
    head, body = sample1().split("\n")[:2]
    values = body.split(" ")
    return {"too_many": seq([max(P["lowv"], 1)] * (P["maxn"] + 1)), "zero": "0\n\n",
            "too_big": f"{head}\n" + " ".join([str(P["maxv"] + 1)] + values[1:]) + "\n",
            "too_small": f"{head}\n" + " ".join([str(P["lowv"] - 1)] + values[1:]) + "\n",
            "missing": f"{head}\n" + " ".join(values[:-1]) + "\n",
            "trailing_space": f"{head}\n" + " ".join(values) + " \n",
            "double_space": f"{head}\n" + "  ".join(values) + "\n",
            "one_per_line": f"{head}\n" + "\n".join(values) + "\n"}[kind]


if mode == "sample1":
    out = sample1()
elif mode == "sample2":
    out = sample2()
elif mode == "random":
    out = random_case(int(opts["lo"]), int(opts["hi"]))
elif mode == "fixed":
    out = fixed(opts["case"])
elif mode == "balanced_max":  # paren_check: valid strings keep every prefix non-negative
    out = balanced(P["maxlen"] // 2) + "\n"
elif mode == "nested_max":  # depth just under the bound, seeded (each problem its own test)
    out = nested(P["maxlen"] // 2 - rng.randint(0, 999)) + "\n" if VARIANT == "paren_check" else \
        strings([nested(P["maxtotal"] // 2 - rng.randint(0, 999))])
elif mode == "opens_max":  # length just under the bound, seeded (each problem its own test)
    out = "(" * (P["maxlen"] - rng.randint(0, 999)) + "\n"
elif mode == "many_strings":  # multi_brackets: T strings of about the same length
    per = P["maxtotal"] // P["maxt"]
    out = strings([multi_string(per // 2 - 3) for _ in range(P["maxt"])])
elif mode == "deep_random":
    out = strings([balanced(P["maxtotal"] // 2, max_depth=rng.randint(1000, 50_000))])
elif mode == "small_values":  # many equal neighbours
    out = seq([rng.randint(max(P["lowv"], 1), 3 if VARIANT == "next_greater" else 5) for _ in range(int(opts["n"]))])
elif mode == "decreasing":
    out = seq(sorted((rng.randint(P["lowv"], P["maxv"]) for _ in range(P["maxn"])), reverse=True))
elif mode == "all_equal":
    count = int(opts.get("n", P["maxn"]))
    if opts.get("value") == "top":  # every value at the top: the count is seeded (each problem its own test)
        out = seq([P["maxv"]] * (count - rng.randint(0, min(10, count - 1))))
    else:
        out = seq([rng.randint(1, P["maxv"])] * count)
elif mode == "valley":  # the lowest point seeded near the middle (each problem its own test)
    bottom = P["maxn"] // 2 + rng.randint(-min(100, P["maxn"] // 4), min(100, P["maxn"] // 4))
    out = seq([P["maxv"] - abs(i - bottom) for i in range(P["maxn"])])
elif mode == "max_random":
    out = seq_random(P["maxn"], P["maxv"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
