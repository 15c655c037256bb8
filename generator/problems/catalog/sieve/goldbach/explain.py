"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
ns = case["input"].split()[1:]
pairs = case["output"].split("\n")
parts = [f"{n} = {p.split()[0]} + {p.split()[1]}" for n, p in zip(ns, pairs)]
print(("차이가 가장 작은 분할: " if ko else "Closest partitions: ") + "; ".join(parts) + ".")
