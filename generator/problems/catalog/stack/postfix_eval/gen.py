"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, bound. Modes: sample1, sample2, random lo= hi= [cap=] [push=], fixed case=, left_deep,
right_deep, max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, BOUND = int(opts["maxn"]), int(opts["maxv"]), int(opts["bound"])
rng = random.Random(seed)


def text(tokens):
    return f"{len(tokens)}\n" + " ".join(map(str, tokens)) + "\n"


def apply(a, b, op):
    return a + b if op == "+" else a - b if op == "-" else a * b


def build(n, cap, push_share, ops="+-*"):
    """A valid postfix expression of n tokens (n odd) whose intermediate values stay within BOUND."""
    numbers_left, ops_left = (n + 1) // 2, (n - 1) // 2
    stack, tokens = [], []
    while numbers_left or ops_left:
        can_op = len(stack) >= 2 and ops_left
        if numbers_left and (not can_op or rng.random() < push_share):
            x = rng.randint(0, cap)
            stack.append(x)
            tokens.append(x)
            numbers_left -= 1
            continue
        b, a = stack.pop(), stack.pop()
        choices = [op for op in ops if abs(apply(a, b, op)) <= BOUND] or [op for op in "+-" if abs(apply(a, b, op)) <= BOUND]
        op = rng.choice(choices)
        stack.append(apply(a, b, op))
        tokens.append(op)
        ops_left -= 1
    return tokens


if mode == "sample1":  # subtraction where the operand order matters, and a stack three deep
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9)
    out = text([a, b, c, "*", "-", rng.randint(1, 9), "+"])
elif mode == "sample2":
    out = text(build(rng.choice([7, 9, 11]), 9, 0.55))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    n -= 1 - n % 2
    cap = int(opts.get("cap") or rng.choice([9, 1000, MAXV]))
    out = text(build(max(n, 1), min(cap, MAXV), float(opts.get("push", rng.choice([0.4, 0.55, 0.7])))))
elif mode == "fixed":
    out = text({"one": [MAXV], "zero": [0], "minus": [1, 2, "-"], "deep_minus": [9, 5, 3, 1, "-", "-", "-"],
                "times_zero": [MAXV, 0, "*"], "big": [MAXV, MAXV, "*"], "negative_big": [0, MAXV, MAXV, "*", "-"],
                "left_then_right": [8, 3, "-", 10, 4, 2, "-", "*", "-"]}[opts["case"]])
elif mode == "left_deep":  # a b op c op d op ...: the stack never holds more than two values
    n = MAXN - (1 - MAXN % 2)
    out = text(build(n, MAXV, 0.0))
elif mode == "right_deep":  # all numbers first, then all operators: the stack grows to N/2
    n = MAXN - (1 - MAXN % 2)
    out = text(build(n, MAXV, 1.0))
elif mode == "max_random":
    n = MAXN - (1 - MAXN % 2)
    out = text(build(n, MAXV, 0.5))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(build(MAXN + 2 - MAXN % 2, 9, 0.5)), "too_big": text([MAXV + 1]),
           "negative_literal": text([-3]), "missing_operator": text([1, 2]), "extra_operator": text([1, 2, "+", "+"]),
           "overflow": text([MAXV, MAXV, "*", MAXV, "*"]), "bad_token": text([1, 2, "/"]),
           "count_mismatch": "3\n1 2\n", "double_space": "3\n1  2 +\n", "leading_zero": "1\n07\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
