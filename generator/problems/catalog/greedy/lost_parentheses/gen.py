"""Test generator for the lost-parentheses task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxlen. Modes: sample kind=hand|random; random lo= hi= (that many numbers); single; plus_only k=;
minus_only k=; zeros k=; plus_then_minus k= (a run of '+' before the first '-', mixed after it); minus_last k= (one
'-', before the last number); long kind=mixed|plus_heavy|wide (as many numbers as fit in maxlen); invalid
kind=leading_op|trailing_op|double_op|six_digits|bad_char|too_long|space. k may say max (as many as fit).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXLEN = int(opts["maxlen"])
rng = random.Random(seed)


def number(digits=None, zero_lead=0.15):
    digits = digits or rng.choice([1, 1, 2, 2, 3, 4, 5])
    value = rng.randint(0, 10 ** digits - 1)
    text = str(value)
    if rng.random() < zero_lead:
        text = text.zfill(rng.randint(len(text), 5))
    return text


def build(nums, ops):
    return "".join(n + o for n, o in zip(nums, ops)) + nums[-1] + "\n"


def fits(per_number):
    return max(1, (MAXLEN + 1) // (per_number + 1))


def count(key):
    value = opts[key]
    return fits(5) if value == "max" else int(value)


def random_ops(k, minus_share):
    return ["-" if rng.random() < minus_share else "+" for _ in range(k - 1)]


def hand_sample():
    # Some '+' before the first '-' and some after it: evaluating as written, or subtracting everything but the
    # first number, both give other values.
    before, after = rng.randint(1, 2), rng.randint(2, 4)
    k = before + after + 1
    nums = [number(rng.choice([1, 2, 2, 3]), 0.2) for _ in range(k)]
    ops = ["+"] * before + ["-"] + ["-" if rng.random() < 0.3 else "+" for _ in range(after - 1)]
    if "+" not in ops[before + 1:]:
        ops[-1] = "+"
    return build(nums, ops)


def invalid(kind):
    text = hand_sample().rstrip("\n")
    if kind == "leading_op":
        return "-" + text + "\n"
    if kind == "trailing_op":
        return text + "+\n"
    if kind == "double_op":
        i = next(i for i, ch in enumerate(text) if ch in "+-")
        return text[:i] + "+" + text[i:] + "\n"
    if kind == "six_digits":
        return "123456+" + text + "\n"
    if kind == "bad_char":
        i = next(i for i, ch in enumerate(text) if ch in "+-")
        return text[:i] + "*" + text[i + 1:] + "\n"
    if kind == "too_long":
        k = (MAXLEN + 1) // 2 + 1
        return "+".join("1" for _ in range(k)) + "\n"
    if kind == "space":
        i = next(i for i, ch in enumerate(text) if ch in "+-")
        return text[:i] + " " + text[i:] + "\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        k = rng.randint(3, 6)
        out = build([number(rng.choice([1, 2, 3])) for _ in range(k)], random_ops(k, rng.choice([0.3, 0.5])))
elif mode == "random":
    k = rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = build([number() for _ in range(k)], random_ops(k, rng.choice([0.0, 0.1, 0.3, 0.5, 0.8, 1.0])))
elif mode == "single":
    out = number(rng.randint(1, 5), 0.5) + "\n"
elif mode == "plus_only":
    k = count("k")
    out = build([number() for _ in range(k)], ["+"] * (k - 1))
elif mode == "minus_only":
    k = count("k")
    out = build([number() for _ in range(k)], ["-"] * (k - 1))
elif mode == "zeros":
    k = count("k")
    out = build(["0" * rng.randint(1, 5) for _ in range(k)], random_ops(k, 0.5))
elif mode == "plus_then_minus":
    k = count("k")
    before = rng.randint(1, max(1, (k - 1) // 2))
    ops = ["+"] * before + ["-"] + random_ops(k - before - 1, 0.3)
    out = build([number() for _ in range(k)], ops[:k - 1])
elif mode == "minus_last":
    k = count("k")
    out = build([number() for _ in range(k)], ["+"] * (k - 2) + ["-"])
elif mode == "long":
    kind = opts["kind"]
    if kind == "wide":  # five-digit numbers only, many with leading zeros
        k = fits(5)
        nums = [number(5, 0.3) for _ in range(k)]
        ops = random_ops(k, 0.5)
    else:
        nums, length = [], 0
        while True:
            nxt = number()
            if length + len(nxt) + (1 if nums else 0) > MAXLEN:
                break
            nums.append(nxt)
            length += len(nxt) + (1 if len(nums) > 1 else 0)
        ops = random_ops(len(nums), 0.5 if kind == "mixed" else 0.02)
        if kind == "plus_heavy":  # the first '-' late in the expression
            first = rng.randint(len(ops) // 2, len(ops) - 1)
            ops = ["+"] * first + ["-"] + ops[first + 1:]
    out = build(nums, ops)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
