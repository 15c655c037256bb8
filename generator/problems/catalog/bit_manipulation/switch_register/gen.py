"""Test generator for bit_manipulation.switch_register: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, bits. Modes: sample, small, list ops=on:3,test:3,code,..., random, high (switches 31..59 only), max,
invalid kind=... Every input has at least one test or code command.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, BITS = int(opts["maxq"]), int(opts["bits"])
rng = random.Random(seed)


def render(ops):
    return f"{len(ops)}\n" + "".join(op.replace(":", " ") + "\n" for op in ops)


def commands(n, low, high):
    ops = []
    for _ in range(n):
        kind = rng.choice(["on", "on", "off", "off", "flip", "test", "test", "code"])
        ops.append(kind if kind == "code" else f"{kind}:{rng.randint(low, high)}")
    if not any(op == "code" or op.startswith("test") for op in ops):
        ops.append("code")
    return ops


if mode == "sample":
    # redrawn until the first `off` really turns a switch off, the second `off` meets a switch that is already off
    # (an `off` done as a flip then fails the last `code`), and the two tests answer 1 and 0 (in some order): with
    # one test and a random `off`, both samples at seed 5 printed only 0 for `test` and their `off` changed nothing
    while True:
        ops = [f"on:{rng.randint(0, 3)}", f"on:{rng.randint(4, 6)}", "code", f"flip:{rng.randint(0, 6)}",
               f"test:{rng.randint(0, 6)}", f"off:{rng.randint(0, 6)}", f"test:{rng.randint(0, 6)}",
               f"off:{rng.randint(0, 6)}", "code"]
        code, answers, off_changed = 0, [], []
        for op in ops:
            kind, _, k = op.partition(":")
            bit = 1 << int(k) if k else 0
            if kind == "on":
                code |= bit
            elif kind == "flip":
                code ^= bit
            elif kind == "off":
                off_changed.append(bool(code & bit))
                code &= ~bit
            elif kind == "test":
                answers.append(int(bool(code & bit)))
        if off_changed == [True, False] and sorted(answers) == [0, 1]:
            break
    out = render(ops)
elif mode == "small":
    out = render(commands(rng.randint(1, 10), 0, rng.choice([3, BITS - 1])))
elif mode == "list":
    out = render(opts["ops"].split(","))
elif mode == "random":
    out = render(commands(rng.randint(100, MAXQ // 10), 0, BITS - 1))
elif mode == "high":
    out = render(commands(rng.randint(500, 3000), 31, BITS - 1))
elif mode == "max":
    out = render(commands(MAXQ - 1, 0, BITS - 1))
elif mode == "invalid":
    out = {
        "bad_switch": f"2\non {BITS}\ncode\n", "unknown_command": "2\nset 3\ncode\n", "too_few": "3\non 1\ncode\n",
        "code_with_number": "1\ncode 3\n", "no_output": "2\non 1\noff 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
