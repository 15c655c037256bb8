"""stack.paren_check: the third sample and one anti test (testlib style): python gen_sample.py SEED sample3|mid_cross.

A balanced piece, one ')' that nothing opened, and another balanced piece (like "())()"): the answer is NO. The
shared samples are one balanced string and one with as many '(' as ')' where a ')' comes first; there, skipping the
unmatched ')' still leaves an '(' open, so a program that silently ignores such a ')' answered both right.

mid_cross: long balanced piece + ")(" + long balanced piece. As many '(' as ')', first '(' and last ')', so a program
that checks only the counts and the two ends says YES; the answer is NO. Seeded lengths (each problem its own test).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode in ("sample3", "mid_cross"), mode
rng = random.Random(seed)


def all_balanced(pairs):
    """Every balanced string of round brackets with `pairs` pairs."""
    if pairs == 0:
        return [""]
    return [f"({a}){b}" for k in range(pairs) for a in all_balanced(k) for b in all_balanced(pairs - 1 - k)]


def balanced(pairs):
    out, depth, opens_left = [], 0, pairs
    while opens_left or depth:
        if opens_left and (not depth or rng.random() < 0.5):
            out.append("(")
            depth += 1
            opens_left -= 1
        else:
            out.append(")")
            depth -= 1
    return "".join(out)


if mode == "sample3":
    pieces = [s for p in (1, 2, 3) for s in all_balanced(p)]
    print(rng.choice(pieces) + ")" + rng.choice(pieces))
else:
    print(balanced(rng.randint(2000, 3000)) + ")(" + balanced(rng.randint(2000, 3000)))
