"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxt. Modes: sample, random hi=, fixed at=HH:MM t=, max, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT = int(opts["maxt"])
rng = random.Random(seed)


def text(h, m, t):
    return f"{h:02d}:{m:02d}\n{t}\n"


if mode == "sample":  # late in the evening, running past midnight
    out = text(rng.randint(20, 23), rng.randint(0, 59), rng.randint(100, 600))
elif mode == "random":
    out = text(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, int(opts["hi"])))
elif mode == "fixed":
    h, m = map(int, opts["at"].split(":"))
    out = text(h, m, int(opts["t"]))
elif mode == "max":
    out = text(rng.randint(0, 23), rng.randint(0, 59), rng.randint(MAXT - 1000, MAXT))
elif mode == "invalid":
    out = {
        "hour_24": "24:00\n5\n",
        "minute_60": "10:60\n5\n",
        "one_digit": "9:05\n5\n",
        "t_big": f"10:00\n{MAXT + 1}\n",
        "t_negative": "10:00\n-5\n",
        "leading_zero": "10:00\n05\n",
        "no_colon": "10 00\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
