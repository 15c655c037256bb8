"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
lines = case["input"].split("\n")
n = int(lines[0].split()[0])
moves = lines[n + 1].strip()
before = [int(v) for row in lines[1:n + 1] for v in row.split() if v != "0"]
after = [int(v) for v in case["output"].split() if v != "0"]
merges = len(before) - len(after)
if case["language"] == "ko":
    how = f"{moves} 방향으로 한 번" if len(moves) == 1 else f"{' → '.join(moves)} 순서로"
    print(f"{how} 밀면 타일 {len(before)}개가 {merges}번 합쳐져 {len(after)}개가 남고, "
          f"합은 {sum(after)} 그대로입니다.")
else:
    how = f"The move {moves} merges" if len(moves) == 1 else f"The moves {', '.join(moves)} merge"
    print(f"{how} tiles {merges} time{'s' if merges != 1 else ''}, so {len(before)} "
          f"tile{'s become' if len(before) != 1 else ' becomes'} {len(after)}; their sum stays {sum(after)}.")
