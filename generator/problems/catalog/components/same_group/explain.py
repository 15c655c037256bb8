"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
yes = case["output"].split()[0] == "YES"
if case["language"] == "ko":
    print("A에서 간선을 (양방향으로) 따라가면 B에 닿습니다." if yes else "A에서 간선을 어떻게 따라가도 B에 닿지 않습니다.")
else:
    print("Following edges (in either direction) from A reaches B." if yes else
          "No way along the edges leads from A to B.")
